#include "kpichartview.h"

#include "../models/figuretooltip.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace huddle::ui {

namespace {

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const QColor kFocusColour(0x00, 0x72, 0xB2);      // blue
const QColor kTargetColour(0x00, 0x9E, 0x73);     // bluish green
const QColor kConflictColour(0xD5, 0x5E, 0x00);   // vermilion
const QColor kNoteColour(0xCC, 0x79, 0xA7);       // reddish purple

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

KpiChartView::KpiChartView(const kpi::KpiSpec &spec, QWidget *parent)
    : QChartView(parent)
    , m_spec(spec)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("%1 by week").arg(kpi::Definitions::name(spec)));
    rebuild();
}

void KpiChartView::setData(const KpiChartData &data)
{
    m_data = data;
    rebuild();
}

void KpiChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // light and dark themes follow the system's palette
}

// Rates are shown in percent on the charts.
double KpiChartView::scaled(double value) const
{
    return m_spec.unit == kpi::Unit::Fraction ? value * 100 : value;
}

const kpi::Figure *KpiChartView::figureAt(double x) const
{
    const qsizetype index = qRound(x);
    if (index < 0 || index >= m_data.weeks.size())
        return nullptr;
    for (const kpi::Figure &f : m_data.focus) {
        if (f.period == m_data.weeks[index])
            return &f;
    }
    return nullptr;
}

void KpiChartView::rebuild()
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setTitle(kpi::Definitions::name(m_spec));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    const qsizetype weekCount = m_data.weeks.size();
    const double lastX = double(std::max<qsizetype>(1, weekCount - 1));

    m_focusSeries = new QLineSeries(chart);
    m_focusSeries->setName(m_data.focusName.isEmpty() ? tr("Operation") : m_data.focusName);
    m_focusSeries->setPen(QPen(kFocusColour, 2.5));
    m_focusSeries->setPointsVisible(true);
    auto *low = new QLineSeries(chart);
    auto *high = new QLineSeries(chart);
    QHash<QString, double> focusAt; // week -> plotted value, where the marks sit
    for (qsizetype i = 0; i < weekCount; ++i) {
        const kpi::Figure *f = figureAt(double(i));
        if (!f || !f->value)
            continue;
        m_focusSeries->append(double(i), scaled(*f->value));
        focusAt.insert(m_data.weeks[i], scaled(*f->value));
        if (f->ciLow && f->ciHigh) {
            low->append(double(i), scaled(*f->ciLow));
            high->append(double(i), scaled(*f->ciHigh));
        }
    }
    auto *band = new QAreaSeries(high, low);
    band->setName(tr("95 % CI"));
    QColor bandColour = kFocusColour;
    bandColour.setAlpha(45);
    band->setBrush(bandColour);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);

    m_comparisonSeries = nullptr;
    if (!m_data.comparisonName.isEmpty()) {
        m_comparisonSeries = new QLineSeries(chart);
        m_comparisonSeries->setName(m_data.comparisonName);
        QPen pen(palette().color(QPalette::WindowText), 1.5, Qt::DashDotLine);
        m_comparisonSeries->setPen(pen);
        for (qsizetype i = 0; i < std::min(weekCount, m_data.comparison.size()); ++i) {
            if (m_data.comparison[i])
                m_comparisonSeries->append(double(i), scaled(*m_data.comparison[i]));
        }
        chart->addSeries(m_comparisonSeries);
    }
    chart->addSeries(m_focusSeries);

    if (m_data.target) {
        auto *line = new QLineSeries(chart);
        line->setName(tr("Target"));
        line->append(0, scaled(*m_data.target));
        line->append(lastX, scaled(*m_data.target));
        line->setPen(QPen(kTargetColour, 2, Qt::DashLine));
        chart->addSeries(line);
    }

    // The selected week: a thin vertical rule, not in the legend.
    if (const qsizetype selected = m_data.weeks.indexOf(m_data.selectedWeek); selected >= 0 && !focusAt.isEmpty()) {
        auto *rule = new QLineSeries(chart);
        QColor colour = palette().color(QPalette::WindowText);
        colour.setAlpha(90);
        rule->setPen(QPen(colour, 1));
        const auto [minIt, maxIt] = std::minmax_element(focusAt.cbegin(), focusAt.cend());
        rule->append(double(selected), *minIt);
        rule->append(double(selected), *maxIt);
        rule->setObjectName(QStringLiteral("selectedWeek"));
        chart->addSeries(rule);
    }

    m_conflictSeries = new QScatterSeries(chart);
    m_conflictSeries->setName(tr("Conflict"));
    m_conflictSeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_conflictSeries->setMarkerSize(14);
    m_conflictSeries->setColor(kConflictColour);
    m_conflictSeries->setBorderColor(palette().color(QPalette::Base));
    for (const KpiChartData::Mark &mark : m_data.conflicts) {
        const qsizetype i = m_data.weeks.indexOf(mark.week);
        if (i >= 0 && focusAt.contains(mark.week))
            m_conflictSeries->append(double(i), focusAt.value(mark.week));
    }
    chart->addSeries(m_conflictSeries);

    // Placed once the axis range is known: along the foot of the plot.
    m_noteSeries = new QScatterSeries(chart);
    m_noteSeries->setName(tr("Coaching note"));
    m_noteSeries->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_noteSeries->setMarkerSize(13);
    m_noteSeries->setColor(kNoteColour);
    m_noteSeries->setBorderColor(palette().color(QPalette::Base));
    chart->addSeries(m_noteSeries);

    auto *weeks = new QCategoryAxis;
    weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < weekCount; i += std::max<qsizetype>(1, weekCount / 6))
        weeks->append(m_data.weeks[i].mid(5), double(i));
    weeks->setRange(-0.3, lastX + 0.3); // room for the first and last weeks' marks
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(m_spec.unit == kpi::Unit::Fraction ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(weeks);
        s->attachAxis(axisY);
        if (s->objectName() == u"selectedWeek")
            hideFromLegend(chart, s);
    }
    // Every line in view (a median or target far from the focus too), then round numbers.
    double lowest = std::numeric_limits<double>::max(), highest = std::numeric_limits<double>::lowest();
    for (QAbstractSeries *s : chart->series()) {
        const auto *xy = qobject_cast<const QXYSeries *>(s);
        for (const QPointF &p : xy ? xy->points() : QList<QPointF>()) {
            lowest = std::min(lowest, p.y());
            highest = std::max(highest, p.y());
        }
    }
    for (const QPointF &p : low->points())
        lowest = std::min(lowest, p.y());
    for (const QPointF &p : high->points())
        highest = std::max(highest, p.y());
    if (lowest <= highest) {
        const double pad = std::max((highest - lowest) * 0.05, 0.5);
        axisY->setRange(lowest - pad, highest + pad);
    }
    axisY->applyNiceNumbers();
    if (m_conflictSeries->count() == 0)
        hideFromLegend(chart, m_conflictSeries);
    // One mark per week with notes, set at once: an agent may have thousands of notes, and
    // each point of a scatter series is an item of its own.
    const double noteY = axisY->min() + (axisY->max() - axisY->min()) * 0.04;
    QList<bool> weekHasNote(m_data.weeks.size(), false);
    for (const KpiChartData::Mark &mark : m_data.notes) {
        if (const qsizetype i = m_data.weeks.indexOf(mark.week); i >= 0)
            weekHasNote[i] = true;
    }
    QList<QPointF> notePoints;
    for (qsizetype i = 0; i < weekHasNote.size(); ++i) {
        if (weekHasNote[i])
            notePoints.append(QPointF(double(i), noteY));
    }
    m_noteSeries->replace(notePoints);
    if (m_noteSeries->count() == 0)
        hideFromLegend(chart, m_noteSeries);

    const auto showTip = [this](const QPointF &point, bool state) {
        const kpi::Figure *f = state ? figureAt(point.x()) : nullptr;
        if (!f) {
            QToolTip::hideText();
            return;
        }
        QString text = f->period + u'\n' + FigureToolTip::text(m_spec, *f);
        for (const KpiChartData::Mark &mark : m_data.conflicts) {
            if (mark.week == f->period)
                text += u'\n' + mark.text;
        }
        QToolTip::showText(QCursor::pos(), text, this);
    };
    connect(m_focusSeries, &QXYSeries::hovered, this, showTip);
    connect(m_conflictSeries, &QXYSeries::hovered, this, showTip);
    connect(m_noteSeries, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
        const qsizetype index = qRound(point.x());
        QStringList texts;
        for (const KpiChartData::Mark &mark : m_data.notes) {
            if (state && index >= 0 && index < m_data.weeks.size() && mark.week == m_data.weeks[index])
                texts.append(mark.text);
        }
        if (texts.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tr("Coaching notes of %1:").arg(m_data.weeks[index]) + u'\n'
                                   + texts.join(u'\n'), this);
    });
    const auto activate = [this](const QPointF &point) {
        if (const kpi::Figure *f = figureAt(point.x()))
            emit figureActivated(*f);
    };
    connect(m_focusSeries, &QXYSeries::doubleClicked, this, activate);
    connect(m_conflictSeries, &QXYSeries::doubleClicked, this, activate);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace huddle::ui
