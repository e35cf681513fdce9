#include "reviewwindow.h"

#include "reviewpages.h"
#include "reviewslide.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace huddle::ui {

ReviewWindow::ReviewWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_slides(new QStackedWidget(this))
    , m_indicator(new QLabel(this))
{
    setWindowTitle(tr("Weekly review"));
    setAccessibleName(tr("Weekly review"));
    setAccessibleDescription(tr("Right, Page Down or Space: next page. Left, Page Up or Backspace: previous page. "
                                "Home, End: first, last page. Escape: close."));
    setFocusPolicy(Qt::StrongFocus);
    // High contrast whatever the desktop's theme: white on black.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::black);
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    // The window is the screen: slides fit in it, they never grow it.
    m_slides->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_indicator->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_slides, 1);
    layout->addWidget(m_indicator);
    connect(m_slides, &QStackedWidget::currentChanged, this, [this](int page) {
        m_indicator->setText(pageIndicator());
        m_indicator->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
        emit pageChanged(page);
    });
}

ReviewWindow *ReviewWindow::showFor(const DashboardData &data, const QList<FollowUp> &followUps, QWidget *parent)
{
    auto *window = new ReviewWindow(parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setData(data, followUps);
    if (parent && parent->screen())
        window->setScreen(parent->screen());
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

void ReviewWindow::setData(const DashboardData &data, const QList<FollowUp> &followUps)
{
    while (m_slides->count() > 0) {
        QWidget *old = m_slides->widget(0);
        m_slides->removeWidget(old);
        delete old;
    }
    if (data.weeks.isEmpty()) {
        auto *empty = new ReviewSlide(tr("Weekly review"));
        empty->addLine(data.error.isEmpty() ? tr("No contacts in this store yet.") : data.error,
                       ReviewSlide::Role::Heading);
        empty->addStretch();
        addSlide(empty);
    } else {
        addSlide(ReviewPages::summary(data));
        for (ReviewSlide *slide : ReviewPages::conflicts(data))
            addSlide(slide);
        for (ReviewSlide *slide : ReviewPages::attention(data))
            addSlide(slide);
        addSlide(ReviewPages::followUps(data, followUps));
    }
    scaleText();
    m_slides->setCurrentIndex(0);
    m_indicator->setText(pageIndicator());
}

void ReviewWindow::addSlide(ReviewSlide *slide)
{
    slide->setAccessibleDescription(slide->text());
    m_slides->addWidget(slide);
}

int ReviewWindow::pageCount() const
{
    return m_slides->count();
}

int ReviewWindow::currentPage() const
{
    return m_slides->currentIndex();
}

ReviewSlide *ReviewWindow::slide(int page) const
{
    return qobject_cast<ReviewSlide *>(m_slides->widget(page));
}

QString ReviewWindow::pageIndicator() const
{
    return QStringLiteral("%1 / %2").arg(currentPage() + 1).arg(pageCount());
}

void ReviewWindow::goToPage(int page)
{
    if (pageCount() > 0)
        m_slides->setCurrentIndex(std::clamp(page, 0, pageCount() - 1));
}

void ReviewWindow::next()
{
    goToPage(currentPage() + 1);
}

void ReviewWindow::previous()
{
    goToPage(currentPage() - 1);
}

void ReviewWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space: next(); break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace: previous(); break;
    case Qt::Key_Home: goToPage(0); break;
    case Qt::Key_End: goToPage(pageCount() - 1); break;
    case Qt::Key_Escape:
        showNormal();
        close();
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void ReviewWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleText();
}

void ReviewWindow::scaleText()
{
    // Each slide sizes its own text when it gets its size (ReviewSlide::resizeEvent).
    QFont font = m_indicator->font();
    font.setPixelSize(std::max(1, height() * 40 / 1080));
    m_indicator->setFont(font);
    const int gap = height() * 24 / 1080;
    layout()->setContentsMargins(gap, 0, gap * 3, gap);
}

} // namespace huddle::ui
