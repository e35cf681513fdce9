#include "reviewslide.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

const char kRoleProperty[] = "reviewRole";

// Pixels at a 1080-line screen; everything scales with the height. Body at 44 px is about
// the size of a 28-point slide font: readable from some 10 m on a projected wall.
int pixelsAt1080(ReviewSlide::Role role)
{
    switch (role) {
    case ReviewSlide::Role::Figure: return 120;
    case ReviewSlide::Role::Title: return 72;
    case ReviewSlide::Role::Heading: return 54;
    case ReviewSlide::Role::Body: return 44;
    }
    return 44;
}

} // namespace

ReviewSlide::ReviewSlide(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(nullptr)
    , m_layout(new QVBoxLayout(this))
{
    m_title = addLine(title, Role::Title);
    setTitle(title);
}

QString ReviewSlide::title() const
{
    return m_title->text();
}

void ReviewSlide::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    setAccessibleName(title);
}

QLabel *ReviewSlide::makeLabel(const QString &text, Role role, const QString &colour)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setProperty(kRoleProperty, int(role));
    if (!colour.isEmpty())
        label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    if (role == Role::Figure || role == Role::Title || role == Role::Heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QLabel *ReviewSlide::addLine(const QString &text, Role role, const QString &colour)
{
    QLabel *label = makeLabel(text, role, colour);
    m_layout->addWidget(label);
    return label;
}

QGridLayout *ReviewSlide::addGrid()
{
    auto *grid = new QGridLayout;
    m_layout->addLayout(grid, 1);
    return grid;
}

void ReviewSlide::addStretch()
{
    m_layout->addStretch(1);
}

QString ReviewSlide::text() const
{
    QStringList lines;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

void ReviewSlide::applyScale(double scale)
{
    for (QLabel *label : findChildren<QLabel *>()) {
        const QVariant role = label->property(kRoleProperty);
        if (!role.isValid())
            continue;
        QFont font = label->font();
        font.setPixelSize(std::max(1, int(pixelsAt1080(Role(role.toInt())) * scale)));
        label->setFont(font);
    }
    const int gap = int(24 * scale);
    m_layout->setContentsMargins(gap * 3, gap * 2, gap * 3, gap);
    m_layout->setSpacing(gap / 2);
    m_title->setContentsMargins(0, 0, 0, gap);
    m_layout->invalidate();
}

void ReviewSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Sized from the window (the screen), shrunk in small steps while the slide's lines,
    // wrapped to its width, need more height than it has. Below the floor, the type would
    // no longer read from the back of the room: the last lines are cut instead.
    constexpr double kStep = 0.93;
    constexpr double kFloor = 0.6;
    const double full = window()->height() / 1080.0;
    double scale = full;
    applyScale(scale);
    const auto needed = [this] {
        return m_layout->hasHeightForWidth() ? m_layout->heightForWidth(width()) : m_layout->sizeHint().height();
    };
    while (needed() > height() && scale * kStep >= full * kFloor) {
        scale *= kStep;
        applyScale(scale);
    }
}

} // namespace huddle::ui
