#pragma once

#include "reportblocks.h"

namespace huddle::ui {

// Paints a weekly KPI chart for print: the same data and marks as the dashboard's
// KpiChartView (focus line with its 95 % band, comparison median, target, selected week,
// conflict triangles, coaching-note diamonds), as vector paths and real text, so a PDF's
// charts stay sharp at any zoom and their labels can be selected and searched.
class ReportChartPainter
{
public:
    ReportChartPainter(const ReportStyle &style, QPainter &painter);

    void paint(const QRectF &rect, const kpi::KpiSpec &spec, const KpiChartData &data, const QString &noDataText);
    // One legend swatch, drawn as the chart draws that mark.
    void legendMark(ChartLegendBlock::Mark mark, const QRectF &rect);

private:
    void triangle(const QPointF &at, qreal size);
    void diamond(const QPointF &at, qreal size);

    const ReportStyle &m_style;
    QPainter &m_painter;
};

// Round tick values covering [low, high], about `count` of them.
QList<double> niceTicks(double low, double high, int count = 5);

} // namespace huddle::ui
