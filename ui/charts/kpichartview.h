#pragma once

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>

#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStringList>

#include <optional>

namespace huddle::ui {

// What one weekly KPI chart shows: the focus (the operation, a team or an agent) with its
// interval band, the line it is set against (its team's or all teams' median), the target
// and the weeks with a conflict on this KPI.
struct KpiChartData
{
    QStringList weeks; // the shared axis, oldest first
    QString selectedWeek;
    QString focusName;
    QList<kpi::Figure> focus; // the focus's weekly figures of this KPI
    QString comparisonName;   // empty: no comparison line
    QList<std::optional<double>> comparison; // per week of `weeks`
    std::optional<double> target;
    struct Mark
    {
        QString week;
        QString text; // what the conflict is, for the tooltip
    };
    QList<Mark> conflicts;
    QList<Mark> notes; // coaching notes about the focus, at their weeks (text: what they say)
};

// A weekly chart of one KPI (Qt Charts). The charts of the dashboard and of the agent view
// share it, so the same figure looks the same everywhere. Conflict weeks are marked with
// vermilion triangles (Okabe–Ito: told apart from the blue line by colour-blind readers
// too, and by shape where colour fails) and named in the legend. Coaching notes are
// reddish-purple diamonds along the foot of the plot, apart from the line so that they never
// hide a conflict's mark. Hovering a point shows its figure; double-clicking one asks for the
// contacts behind it.
class KpiChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit KpiChartView(const kpi::KpiSpec &spec, QWidget *parent = nullptr);

    const kpi::KpiSpec &spec() const { return m_spec; }
    void setData(const KpiChartData &data);
    const KpiChartData &data() const { return m_data; }

    // For tests: the series by role.
    QLineSeries *focusSeries() const { return m_focusSeries; }
    QLineSeries *comparisonSeries() const { return m_comparisonSeries; }
    QScatterSeries *conflictSeries() const { return m_conflictSeries; }
    QScatterSeries *noteSeries() const { return m_noteSeries; }

signals:
    // A point of the focus line was double-clicked: its week's figure.
    void figureActivated(const kpi::Figure &figure);

protected:
    void changeEvent(QEvent *event) override;

private:
    double scaled(double value) const;
    const kpi::Figure *figureAt(double x) const;
    void rebuild();

    const kpi::KpiSpec &m_spec;
    KpiChartData m_data;
    QLineSeries *m_focusSeries = nullptr;
    QLineSeries *m_comparisonSeries = nullptr;
    QScatterSeries *m_conflictSeries = nullptr;
    QScatterSeries *m_noteSeries = nullptr;
};

} // namespace huddle::ui
