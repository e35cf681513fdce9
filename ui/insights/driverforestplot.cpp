#include "driverforestplot.h"

#include "../common/axisticks.h"
#include "../models/driversmodel.h"

#include <kpi/kpidefinition.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kTicks = 2; // on each side of 0

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Okabe–Ito blue; its lighter sky blue on a dark background.
QColor clearColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

QString kpiName(const QString &id)
{
    const kpi::KpiSpec *spec = kpi::findKpi(id);
    return spec ? kpi::Definitions::name(*spec) : id;
}

} // namespace

DriverForestPlot::DriverForestPlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DriverForestPlot::setAnalysis(const drivers::DriverAnalysis &analysis)
{
    m_analysis = analysis;
    double reach = 0;
    for (const drivers::DriverEffect &e : m_analysis.effects) {
        if (e.interval)
            reach = std::max({reach, std::abs(e.interval->low), std::abs(e.interval->high)});
    }
    // A round end a little past the widest interval, so the ticks read as round numbers.
    const double step = reach > 0 ? niceStep(reach, kTicks) : 0.01;
    m_reach = step * std::max(1.0, std::ceil(reach / step * 1.05));
    setAccessibleName(tr("Drivers of %1 with their 95 % intervals").arg(kpiName(analysis.outcome)));
    updateGeometry();
    update();
}

int DriverForestPlot::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize DriverForestPlot::sizeHint() const
{
    const int rows = int(std::max<qsizetype>(m_analysis.effects.size(), 1));
    return {520, (rows + 3) * rowHeight() + 2 * kMargin};
}

QSize DriverForestPlot::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

QRect DriverForestPlot::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    int labels = 0;
    for (const drivers::DriverEffect &e : m_analysis.effects)
        labels = std::max(labels, metrics.horizontalAdvance(kpiName(e.driver)));
    const int top = kMargin + rowHeight(); // the title's line
    const int rows = int(m_analysis.effects.size());
    // Half a tick label of room at each end, so the outer labels are not cut.
    const int tickRoom = metrics.horizontalAdvance(DriversModel::effectText(m_analysis.outcome, -m_reach)) / 2 + 2;
    const int left = kMargin + labels + 12 + tickRoom;
    return QRect(left, top, std::max(40, width() - left - kMargin - tickRoom), rows * rowHeight());
}

double DriverForestPlot::xOf(double effect) const
{
    const QRect area = plotArea();
    return area.left() + (effect + m_reach) / (2 * m_reach) * area.width();
}

void DriverForestPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grey = text;
    grey.setAlphaF(0.45);
    const QColor clear = clearColour(palette());
    const QRect area = plotArea();
    const int line = rowHeight();

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1: %n agent-week(s)", nullptr, int(m_analysis.observations)).arg(kpiName(m_analysis.outcome)));
    painter.setFont(font());

    // No effect, and round ticks either side of it with their values below the rows: when
    // there is an effect to read against them.
    const bool anyFitted = std::any_of(m_analysis.effects.cbegin(), m_analysis.effects.cend(),
                                       [](const drivers::DriverEffect &e) { return e.interval.has_value(); });
    const double step = m_reach / kTicks;
    for (int i = -kTicks; anyFitted && i <= kTicks; ++i) {
        const double value = i * step;
        const int x = int(std::lround(xOf(value)));
        QPen pen(i == 0 ? text : grey, 1, i == 0 ? Qt::SolidLine : Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(x, area.top(), x, area.bottom());
        painter.setPen(text);
        const QString label = i == 0 ? QStringLiteral("0") : DriversModel::effectText(m_analysis.outcome, value);
        const int labelWidth = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x - labelWidth / 2 - 2, area.bottom() + 4, labelWidth + 4, line), Qt::AlignCenter, label);
    }
    painter.setPen(grey);
    if (anyFitted)
        painter.drawText(QRect(area.left(), area.bottom() + 4 + line, area.width(), line), Qt::AlignCenter,
                         tr("with one standard deviation more of the driver"));

    for (qsizetype row = 0; row < m_analysis.effects.size(); ++row) {
        const drivers::DriverEffect &e = m_analysis.effects[row];
        const QRect band(0, area.top() + int(row) * line, width(), line);
        painter.setPen(text);
        painter.drawText(QRect(kMargin, band.top(), area.left() - kMargin - 12, line), Qt::AlignRight | Qt::AlignVCenter,
                         kpiName(e.driver));
        if (!e.coefficient || !e.interval) {
            painter.setPen(grey);
            painter.drawText(QRect(area.left() + 6, band.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             drivers::verdictText(e.verdict));
            continue;
        }
        const bool isClear = e.verdict == drivers::Verdict::Clear || e.verdict == drivers::Verdict::Strongest;
        const QColor colour = isClear ? clear : grey;
        const double y = band.center().y() + 0.5;
        painter.setPen(QPen(colour, isClear ? 2.5 : 1.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(xOf(e.interval->low), y), QPointF(xOf(e.interval->high), y));
        const double radius = e.verdict == drivers::Verdict::Strongest ? 6 : 4;
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(xOf(*e.coefficient), y), radius, radius);
        painter.setBrush(Qt::NoBrush);
    }
}

} // namespace huddle::ui
