#include "reportchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace huddle::ui {

namespace {

// Rates are plotted in percent, as on the dashboard.
double plotted(const kpi::KpiSpec &spec, double value)
{
    return spec.unit == kpi::Unit::Fraction ? value * 100 : value;
}

// "W47" for a week, "Sep" for a month (2026-09): the year is in the page's header.
QString axisLabel(const QString &period)
{
    if (period.contains(u'W'))
        return period.mid(5);
    const QDate month = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? QLocale().monthName(month.month(), QLocale::ShortFormat) : period;
}

} // namespace

QList<double> niceTicks(double low, double high, int count)
{
    if (!(high > low)) {
        const double pad = std::max(1.0, std::abs(low) * 0.1);
        low -= pad;
        high += pad;
    }
    const double rough = (high - low) / std::max(1, count - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    QList<double> ticks;
    for (double t = std::floor(low / step) * step; t <= high + step * 0.5; t += step)
        ticks.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
    if (ticks.size() < 2)
        ticks.append(ticks.value(0) + step);
    if (ticks.last() < high) // floating error at the top: one more step keeps the line inside
        ticks.append(ticks.last() + step);
    return ticks;
}

ReportChartPainter::ReportChartPainter(const ReportStyle &style, QPainter &painter)
    : m_style(style)
    , m_painter(painter)
{
}

void ReportChartPainter::paint(const QRectF &rect, const kpi::KpiSpec &spec, const KpiChartData &data,
                               const QString &noDataText)
{
    QPainter &p = m_painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF titleMetrics = m_style.metrics(m_style.bold);
    const QFontMetricsF labelMetrics = m_style.metrics(m_style.small);
    // A long name (German's "Durchschnittliche Bearbeitungszeit" in a third of the page) is
    // set up to 30 % smaller before it loses its end.
    const QString name = kpi::Definitions::name(spec);
    // (Stepwise: glyph widths do not scale exactly with the size.)
    QFont titleFont = m_style.bold;
    const qreal smallest = titleFont.pointSizeF() * 0.7;
    while (m_style.metrics(titleFont).horizontalAdvance(name) > rect.width() && titleFont.pointSizeF() > smallest)
        titleFont.setPointSizeF(std::max(smallest, titleFont.pointSizeF() * 0.96));
    p.setFont(titleFont);
    p.setPen(m_style.text);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
               m_style.metrics(titleFont).elidedText(name, Qt::ElideRight, rect.width()));
    // The unit on the axis labels: a long KPI name may lose its end, never its unit.
    const QString unit = spec.unit == kpi::Unit::Fraction ? QStringLiteral(" %")
        : spec.unit == kpi::Unit::Seconds                ? QStringLiteral(" s")
                                                         : QString();

    // The weeks' values, in plot units, where they are known.
    QList<std::optional<double>> values(data.weeks.size()), lows(data.weeks.size()), highs(data.weeks.size());
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    const auto cover = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const kpi::Figure &f : data.focus) {
        const qsizetype i = data.weeks.indexOf(f.period);
        if (i < 0 || !f.value)
            continue;
        values[i] = plotted(spec, *f.value);
        cover(*values[i]);
        if (f.ciLow && f.ciHigh) {
            lows[i] = plotted(spec, *f.ciLow);
            highs[i] = plotted(spec, *f.ciHigh);
            cover(*lows[i]);
            cover(*highs[i]);
        }
    }
    const QRectF frameArea(rect.left(), rect.top() + titleMetrics.height() * 1.2, rect.width(),
                           rect.height() - titleMetrics.height() * 1.2);
    if (low > high) {
        p.setPen(QPen(m_style.rule, m_style.pt(0.5)));
        p.drawRect(frameArea);
        p.setFont(m_style.body);
        p.setPen(m_style.muted);
        p.drawText(frameArea, Qt::AlignCenter | Qt::TextWordWrap, noDataText);
        p.restore();
        return;
    }
    for (const std::optional<double> &c : data.comparison) {
        if (c)
            cover(plotted(spec, *c));
    }
    if (data.target)
        cover(plotted(spec, *data.target));
    const QList<double> ticks = niceTicks(low, high);
    const QLocale locale;
    // As many decimals as the step needs (a score's 0.25 steps), none for whole steps.
    const double step = ticks[1] - ticks[0];
    int decimals = 0;
    while (decimals < 3 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    qreal labelWidth = 0;
    for (const double t : ticks)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(locale.toString(t, 'f', decimals) + unit));
    const QRectF plot(frameArea.left() + labelWidth + m_style.pt(4), frameArea.top() + m_style.pt(4),
                      frameArea.width() - labelWidth - m_style.pt(6), frameArea.height() - labelMetrics.height() * 1.4 - m_style.pt(4));
    const double y0 = ticks.first(), y1 = ticks.last();
    const auto yOf = [&](double v) { return plot.bottom() - (v - y0) / (y1 - y0) * plot.height(); };
    const qsizetype n = data.weeks.size();
    const auto xOf = [&](qsizetype i) { return plot.left() + (qreal(i) + 0.5) * plot.width() / qreal(std::max<qsizetype>(1, n)); };

    // Grid and axes.
    p.setFont(m_style.small);
    for (const double t : ticks) {
        p.setPen(QPen(m_style.shade.darker(108), m_style.pt(0.4)));
        p.drawLine(QPointF(plot.left(), yOf(t)), QPointF(plot.right(), yOf(t)));
        p.setPen(m_style.muted);
        p.drawText(QRectF(frameArea.left(), yOf(t) - labelMetrics.height() / 2, labelWidth, labelMetrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(t, 'f', decimals) + unit);
    }
    p.setPen(QPen(m_style.rule, m_style.pt(0.6)));
    p.drawRect(plot);
    const qsizetype every = std::max<qsizetype>(1, (n + 5) / 6);
    for (qsizetype i = 0; i < n; i += every) {
        const QString label = axisLabel(data.weeks[i]);
        const qreal w = labelMetrics.horizontalAdvance(label);
        p.setPen(m_style.muted);
        p.drawText(QRectF(xOf(i) - w, plot.bottom() + m_style.pt(2), 2 * w, labelMetrics.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // The selected week: a thin rule across the plot.
    if (const qsizetype selected = data.weeks.indexOf(data.selectedWeek); selected >= 0) {
        p.setPen(QPen(m_style.muted, m_style.pt(0.6)));
        p.drawLine(QPointF(xOf(selected), plot.top()), QPointF(xOf(selected), plot.bottom()));
    }

    // The 95 % band, in runs of consecutive weeks that have one.
    QColor band = m_style.focus;
    band.setAlpha(45);
    for (qsizetype i = 0; i < n;) {
        if (!lows[i]) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < n && lows[end + 1])
            ++end;
        QPolygonF polygon;
        for (qsizetype k = i; k <= end; ++k)
            polygon << QPointF(xOf(k), yOf(*highs[k]));
        for (qsizetype k = end; k >= i; --k)
            polygon << QPointF(xOf(k), yOf(*lows[k]));
        if (end == i) // one week alone: a short bar keeps its interval visible
            polygon = QPolygonF(QRectF(xOf(i) - m_style.pt(2), yOf(*highs[i]), m_style.pt(4), yOf(*lows[i]) - yOf(*highs[i])));
        p.setPen(Qt::NoPen);
        p.setBrush(band);
        p.drawPolygon(polygon);
        i = end + 1;
    }
    p.setBrush(Qt::NoBrush);

    const auto polyline = [&](const QList<std::optional<double>> &series, const QPen &pen) {
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < series.size() && i < n; ++i) {
            if (!series[i]) {
                drawing = false;
                continue;
            }
            const QPointF at(xOf(i), yOf(*series[i]));
            drawing ? path.lineTo(at) : path.moveTo(at);
            drawing = true;
        }
        p.setPen(pen);
        p.drawPath(path);
    };
    if (!data.comparisonName.isEmpty()) {
        QList<std::optional<double>> comparison;
        for (const std::optional<double> &c : data.comparison)
            comparison.append(c ? std::optional(plotted(spec, *c)) : std::nullopt);
        polyline(comparison, QPen(m_style.text, m_style.pt(0.9), Qt::DashDotLine));
    }
    if (data.target) {
        p.setPen(QPen(m_style.target, m_style.pt(1.1), Qt::DashLine));
        const qreal y = yOf(plotted(spec, *data.target));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    polyline(values, QPen(m_style.focus, m_style.pt(1.6)));
    p.setBrush(m_style.focus);
    p.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < n; ++i) {
        if (values[i])
            p.drawEllipse(QPointF(xOf(i), yOf(*values[i])), m_style.pt(1.6), m_style.pt(1.6));
    }
    for (const KpiChartData::Mark &mark : data.conflicts) {
        const qsizetype i = data.weeks.indexOf(mark.week);
        if (i >= 0 && values[i])
            triangle(QPointF(xOf(i), yOf(*values[i])), m_style.pt(7));
    }
    for (const KpiChartData::Mark &mark : data.notes) {
        if (const qsizetype i = data.weeks.indexOf(mark.week); i >= 0)
            diamond(QPointF(xOf(i), plot.bottom() - m_style.pt(5)), m_style.pt(6));
    }
    p.restore();
}

void ReportChartPainter::triangle(const QPointF &at, qreal size)
{
    const QPolygonF shape({QPointF(at.x(), at.y() - size * 0.6), QPointF(at.x() + size / 2, at.y() + size * 0.4),
                           QPointF(at.x() - size / 2, at.y() + size * 0.4)});
    m_painter.setPen(QPen(Qt::white, m_style.pt(0.6)));
    m_painter.setBrush(m_style.conflict);
    m_painter.drawPolygon(shape);
}

void ReportChartPainter::diamond(const QPointF &at, qreal size)
{
    const QPolygonF shape({QPointF(at.x(), at.y() - size / 2), QPointF(at.x() + size / 2, at.y()),
                           QPointF(at.x(), at.y() + size / 2), QPointF(at.x() - size / 2, at.y())});
    m_painter.setPen(QPen(Qt::white, m_style.pt(0.6)));
    m_painter.setBrush(m_style.note);
    m_painter.drawPolygon(shape);
}

void ReportChartPainter::legendMark(ChartLegendBlock::Mark mark, const QRectF &rect)
{
    QPainter &p = m_painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF left(rect.left(), rect.center().y()), right(rect.right(), rect.center().y());
    switch (mark) {
    case ChartLegendBlock::Mark::Line:
        p.setPen(QPen(m_style.focus, m_style.pt(1.6)));
        p.drawLine(left, right);
        break;
    case ChartLegendBlock::Mark::Band: {
        QColor band = m_style.focus;
        band.setAlpha(45);
        p.fillRect(rect, band);
        break;
    }
    case ChartLegendBlock::Mark::Dashed:
        p.setPen(QPen(m_style.text, m_style.pt(0.9), Qt::DashDotLine));
        p.drawLine(left, right);
        break;
    case ChartLegendBlock::Mark::Target:
        p.setPen(QPen(m_style.target, m_style.pt(1.1), Qt::DashLine));
        p.drawLine(left, right);
        break;
    case ChartLegendBlock::Mark::Conflict: triangle(rect.center(), m_style.pt(7)); break;
    case ChartLegendBlock::Mark::Note: diamond(rect.center(), m_style.pt(6)); break;
    }
    p.restore();
}

} // namespace huddle::ui
