#pragma once

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>
#include <span>

namespace huddle::trends {

// Which way a KPI moves, as KPI-DEFINITIONS.md ("Leading and lagging indicators") says:
// pure functions over weekly figures of one KPI and one group, oldest first.

enum class Direction { Rising, Falling, Flat };
QString directionName(Direction direction);

// The sample-weighted least-squares line through a series' weeks with a value (x = the
// week's index in the list). Weights are sample sizes, so sigma2 is the residual variance
// per unit of weight.
struct LineFit
{
    double meanX = 0, meanY = 0, slope = 0, sigma2 = 0, sumW = 0, sxx = 0, meanW = 0;
    qint64 df = 0;
    int weeks = 0;
};
// None for fewer than three weeks with data (or all in one week).
std::optional<LineFit> fitLine(std::span<const kpi::Figure> weeks);

struct Trend
{
    double slope = 0; // change per week, in the KPI's unit
    kpi::Interval interval;
    Direction direction = Direction::Flat;
    int weeks = 0;
};

// Least-squares slope over the weeks that have a value, each weighted by its sample size
// (n), with a t-interval on weeks − 2 degrees of freedom; "flat" unless the interval
// excludes 0. None for fewer than three weeks with data.
std::optional<Trend> weightedTrend(std::span<const kpi::Figure> weeks, double confidence = 0.95);
// The trend of the last `trendWeeks` of the weeks (the setting trend_weeks).
std::optional<Trend> recentTrend(std::span<const kpi::Figure> weeks, int trendWeeks, double confidence = 0.95);

struct Change
{
    double delta = 0; // current − previous
    kpi::Interval interval;
    bool significant = false; // the interval excludes 0
};

// Week-over-week change: a difference of proportions (normal approximation), of means
// (standard errors from each week's t-interval), of counts (Poisson) or of NPS.
std::optional<Change> weekOverWeek(const kpi::KpiSpec &spec, const kpi::Figure &previous, const kpi::Figure &current,
                                   double confidence = 0.95);

struct ControlLimits
{
    double centre = 0;
    double low = 0;
    double high = 0;
    bool outOfControl = false;
};

// Shewhart limits from the preceding weeks (the spec: 12): a p-chart for proportions
// (p̄ ± 3·√(p̄(1 − p̄)/n) with the current week's n), an X-bar chart for means
// (x̄̄ ± 3·σ/√n, σ pooled from the weeks' own spread). None without two preceding weeks.
std::optional<ControlLimits> controlLimits(const kpi::KpiSpec &spec, const QList<kpi::Figure> &preceding,
                                           const kpi::Figure &current);

// The median of the members' values of one KPI per period, in the order of `periods`: the
// line an agent is set against (their team's agents) or a team (all teams). Members
// without a value in a period are left out of it; none where no member has one.
QList<std::optional<double>> medianByPeriod(const QList<kpi::Figure> &figures, const QString &kpi,
                                            const QSet<QString> &members, const QStringList &periods);

} // namespace huddle::trends
