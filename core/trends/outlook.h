#pragma once

#include "trend.h"

#include <QList>
#include <QString>

#include <optional>

namespace huddle::trends {

// Leading and lagging indicators (KPI-DEFINITIONS.md): which KPIs steer day to day, which
// report the outcome later, and which lagging KPIs each leading one precedes.
enum class Indicator { Leading, Lagging, Neither };
Indicator indicatorOf(const QString &kpi);
QString indicatorName(Indicator indicator);
QStringList laggingFollowers(const QString &leadingKpi);

struct ProjectedWeek
{
    int weeksAhead = 0;
    double value = 0;
    kpi::Interval interval;
};

// One side of a line of the leading-indicators view: a KPI's newest weekly value, its trend
// and where that trend leads from that week on (project(), empty with too few weeks).
struct KpiOutlook
{
    QString kpi;
    QString week; // the newest week with a value (FCR's newest weeks are still pending)
    std::optional<double> latest;
    std::optional<Trend> trend;
    QList<ProjectedWeek> projection;
};

// One line of the leading-indicators view: a leading KPI beside a lagging KPI it precedes,
// for one group.
struct LeadLag
{
    QString group;
    KpiOutlook leading;
    KpiOutlook lagging;
};
// From weekly figures (any KPIs and groups, oldest first within each series): every
// leading KPI present with each of its followers, over the last trendWeeks weeks.
QList<LeadLag> leadingView(const QList<kpi::Figure> &weekly, int trendWeeks);

// The weighted trend line carried forward `horizon` weeks from the last week of `weeks`
// (oldest first; the last `trendWeeks` weeks are fitted), each with a 95 % prediction
// interval for a week of the series' mean sample size.
QList<ProjectedWeek> project(const QList<kpi::Figure> &weeks, int trendWeeks, int horizon = 4);

// How far such projections missed on the series' own history: for each horizon 1…4, the mean
// absolute error of projecting from every earlier week that had trendWeeks of history.
// Empty where no week had enough history and a known outcome.
QList<std::optional<double>> backtestError(const QList<kpi::Figure> &weeks, int trendWeeks, int horizon = 4);

} // namespace huddle::trends
