#include "impactmatrixview.h"

#include "actionmodel.h"

#include "../common/axisticks.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

using Quadrant = actions::MatrixEntry::Quadrant;

constexpr int kMargin = 8;
constexpr double kRadius = 6;
constexpr double kSpread = 16; // between the dots of one effort column, side by side
constexpr int kValueTicks = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Okabe–Ito: bluish green for the quick wins, blue, orange and vermilion for the others.
QColor quadrantColour(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return QColor(0x00, 0x9E, 0x73);
    case Quadrant::MajorProject: return QColor(0x00, 0x72, 0xB2);
    case Quadrant::FillIn: return QColor(0xE6, 0x9F, 0x00);
    case Quadrant::Thankless: return QColor(0xD5, 0x5E, 0x00);
    case Quadrant::Unknown: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

// The effort's column: low, medium, high from left to right.
int column(actions::Effort effort)
{
    return effort == actions::Effort::Low ? 0 : effort == actions::Effort::Medium ? 1 : 2;
}

QString quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return ImpactMatrixView::tr("Quick wins: high impact, low effort — first");
    case Quadrant::MajorProject: return ImpactMatrixView::tr("Major projects");
    case Quadrant::FillIn: return ImpactMatrixView::tr("Fill-ins");
    case Quadrant::Thankless: return ImpactMatrixView::tr("Thankless");
    case Quadrant::Unknown: break;
    }
    return {};
}

} // namespace

ImpactMatrixView::ImpactMatrixView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Impact–effort matrix of the open actions"));
    setMouseTracking(false);
}

void ImpactMatrixView::setEntries(const QList<actions::MatrixEntry> &entries, const QString &currency)
{
    m_entries.clear();
    for (const actions::MatrixEntry &e : entries) {
        if (e.contactsPerMonth)
            m_entries.append(e);
    }
    m_unplaced = entries.size() - m_entries.size();
    m_threshold = actions::highImpactThreshold(entries);
    m_currency = currency;
    double highest = m_threshold;
    for (const actions::MatrixEntry &e : std::as_const(m_entries))
        highest = std::max(highest, *e.contactsPerMonth);
    m_step = highest > 0 ? niceStep(highest, kValueTicks) : 1;
    m_top = m_step * std::max(1.0, std::ceil(highest * 1.1 / m_step));
    update();
}

void ImpactMatrixView::setSelected(qint64 actionId)
{
    m_selected = actionId;
    update();
}

QSize ImpactMatrixView::sizeHint() const
{
    return {560, 320};
}

QSize ImpactMatrixView::minimumSizeHint() const
{
    return {360, 220};
}

QRectF ImpactMatrixView::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const double left = kMargin + line + 6 + metrics.horizontalAdvance(QLocale().toString(m_top, 'f', 0)) + 6;
    const double top = kMargin + 1.5 * line + 4; // the title, and room for the top tick's label
    // Below: the effort labels (clear of the dots on the axis) and the note on unplaced actions.
    const double bottom = height() - kMargin - 2 * line - 8 - kRadius;
    return QRectF(left, top, std::max(40.0, width() - left - kMargin), std::max(40.0, bottom - top));
}

double ImpactMatrixView::yOf(double impact) const
{
    const QRectF area = plotArea();
    return area.bottom() - impact / m_top * area.height();
}

QRectF ImpactMatrixView::quadrantRect(Quadrant quadrant) const
{
    const QRectF area = plotArea();
    const double split = area.left() + area.width() * 2 / 3; // between medium and high effort
    const double line = yOf(m_threshold);
    const bool easy = quadrant == Quadrant::QuickWin || quadrant == Quadrant::FillIn;
    const bool high = quadrant == Quadrant::QuickWin || quadrant == Quadrant::MajorProject;
    const double left = easy ? area.left() : split;
    const double right = easy ? split : area.right();
    const double top = high ? area.top() : line;
    const double bottom = high ? line : area.bottom();
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

std::optional<QPointF> ImpactMatrixView::pointOf(qint64 actionId) const
{
    const QRectF area = plotArea();
    const double columnWidth = area.width() / 3;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const actions::MatrixEntry &e = m_entries[i];
        if (e.action.id != actionId)
            continue;
        // Side by side with the other dots of its column, in the matrix's order.
        qsizetype before = 0;
        qsizetype inColumn = 0;
        for (qsizetype j = 0; j < m_entries.size(); ++j) {
            if (column(m_entries[j].action.effort) == column(e.action.effort)) {
                before += j < i;
                ++inColumn;
            }
        }
        const double spread = std::min(kSpread, (columnWidth - 2 * kRadius) / double(std::max<qsizetype>(inColumn, 1)));
        const double x = area.left() + columnWidth * (column(e.action.effort) + 0.5)
            + (double(before) - double(inColumn - 1) / 2) * spread;
        return QPointF(x, yOf(*e.contactsPerMonth));
    }
    return std::nullopt;
}

const actions::MatrixEntry *ImpactMatrixView::entryAt(const QPointF &pos) const
{
    const actions::MatrixEntry *nearest = nullptr;
    double best = (kRadius + 3) * (kRadius + 3);
    for (const actions::MatrixEntry &e : m_entries) {
        const QPointF d = *pointOf(e.action.id) - pos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= best) {
            best = distance;
            nearest = &e;
        }
    }
    return nearest;
}

void ImpactMatrixView::mousePressEvent(QMouseEvent *event)
{
    if (const actions::MatrixEntry *e = entryAt(event->position()); e && event->button() == Qt::LeftButton) {
        setSelected(e->action.id);
        emit actionClicked(e->action.id);
        return;
    }
    QWidget::mousePressEvent(event);
}

bool ImpactMatrixView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const actions::MatrixEntry *e = entryAt(help->pos());
    if (!e) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QLocale locale;
    QString tip = tr("%1\n%2 contacts a month, %3 effort: %4")
                      .arg(e->action.title, locale.toString(*e->contactsPerMonth, 'f', 0),
                           ActionModel::effortText(e->action.effort), ActionModel::quadrantText(e->quadrant));
    if (e->moneyPerMonth)
        tip += u'\n' + tr("about %1 %2 a month").arg(locale.toString(*e->moneyPerMonth, 'f', 0), m_currency);
    QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

void ImpactMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grey = text;
    grey.setAlphaF(0.4);
    const QRectF area = plotArea();

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Impact and effort of the open actions"));
    painter.setFont(font());

    // The quadrant to start from, tinted; every quadrant named in its top-left corner.
    QColor tint = quadrantColour(Quadrant::QuickWin);
    tint.setAlphaF(isDark(palette()) ? 0.25 : 0.12);
    painter.fillRect(quadrantRect(Quadrant::QuickWin), tint);
    for (const Quadrant q : {Quadrant::QuickWin, Quadrant::MajorProject, Quadrant::FillIn, Quadrant::Thankless}) {
        const QRectF r = quadrantRect(q).adjusted(6, 4, -6, -4);
        if (r.height() < line)
            continue;
        painter.setFont(q == Quadrant::QuickWin ? bold : font());
        painter.setPen(q == Quadrant::QuickWin ? text : grey);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, quadrantLabel(q));
    }
    painter.setFont(font());

    // Axes: impact up the left, effort along the bottom; the quadrants' borders dashed.
    painter.setPen(QPen(text, 1));
    painter.drawLine(area.bottomLeft(), area.topLeft());
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    for (double value = 0; value <= m_top + m_step / 2; value += m_step) {
        const double y = yOf(value);
        painter.drawLine(QPointF(area.left() - 4, y), QPointF(area.left(), y));
        painter.drawText(QRectF(0, y - line / 2.0, area.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(value, 'f', 0));
    }
    painter.save();
    painter.translate(kMargin, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, 0, area.height(), line), Qt::AlignCenter, tr("Contacts a month"));
    painter.restore();
    for (const actions::Effort effort : {actions::Effort::Low, actions::Effort::Medium, actions::Effort::High}) {
        const double x = area.left() + area.width() / 3 * column(effort);
        painter.drawText(QRectF(x, area.bottom() + 4 + kRadius, area.width() / 3, line), Qt::AlignCenter,
                         tr("%1 effort").arg(ActionModel::effortText(effort)));
    }
    painter.setPen(QPen(grey, 1, Qt::DashLine));
    const double split = area.left() + area.width() * 2 / 3;
    painter.drawLine(QPointF(split, area.top()), QPointF(split, area.bottom()));
    painter.drawLine(QPointF(area.left(), yOf(m_threshold)), QPointF(area.right(), yOf(m_threshold)));

    if (m_entries.isEmpty()) {
        painter.setPen(text);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No open action with an impact to place yet."));
    }
    // The dots, each with its title beside it, the selected one ringed.
    for (const actions::MatrixEntry &e : std::as_const(m_entries)) {
        const QPointF p = *pointOf(e.action.id);
        if (e.action.id == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, kRadius + 4, kRadius + 4);
        }
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(quadrantColour(e.quadrant));
        painter.drawEllipse(p, kRadius, kRadius);
        painter.setPen(text);
        const double labelWidth = std::min(160.0, area.right() - p.x() - kRadius - 4);
        if (labelWidth > 30)
            painter.drawText(QRectF(p.x() + kRadius + 4, p.y() - line / 2.0, labelWidth, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(e.action.title, Qt::ElideRight, int(labelWidth)));
    }
    painter.setBrush(Qt::NoBrush);
    if (m_unplaced > 0) {
        painter.setPen(grey);
        painter.drawText(QRectF(area.left(), area.bottom() + 8 + kRadius + line, area.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%n open action(s) without an expected impact are not placed.", nullptr, int(m_unplaced)));
    }
}

} // namespace huddle::ui
