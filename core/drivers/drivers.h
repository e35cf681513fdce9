#pragma once

#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <kpi/statistics.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace huddle::drivers {

// What drives satisfaction: how an outcome (CSAT, NPS) moves with the KPIs a team leader can
// work on, across agent-weeks. Pure functions over the engine's weekly figures by agent;
// docs/kpis.md ("Drivers") gives the method and its caveats. It finds association, not cause.

// The outcomes (csat, nps) and the drivers looked at (fcr, aht, transfer_rate, asa,
// qa_score, sentiment), as KPI ids.
const QStringList &outcomeKpis();
const QStringList &driverKpis();

// Fewer observations than this make a small sample: the analysis says so.
constexpr qint64 kSmallSample = 30;

// One agent-week: the outcome's value, its n (the weight), and each driver's value in the
// order of the drivers asked (none: the driver has no data that week).
struct Observation
{
    QString agent;
    QString week;
    double outcome = 0;
    double weight = 1;
    std::vector<std::optional<double>> drivers;
};

// The agent-weeks of weekly figures by agent (period week, group = agent) whose outcome has a
// value from enough answers (not low sample), in the figures' order.
QList<Observation> observations(const QList<kpi::Figure> &weeklyByAgent, const QString &outcome,
                                const QStringList &drivers);

// Weighted least squares of y on the columns of `x` (one row per observation) and an
// intercept: β = (XᵀWX)⁻¹XᵀWy, the residual variance σ̂² = Σ w·e² / (rows − columns − 1), the
// standard errors √(σ̂²·(XᵀWX)⁻¹ᵢᵢ) (as R's lm with weights). None when no degree of freedom
// is left or XᵀWX is singular (a column is constant or a combination of others).
struct LeastSquaresFit
{
    std::vector<double> coefficients;   // the intercept first, then one per column
    std::vector<double> standardErrors; // in the same order
    std::optional<double> rSquared;     // 1 − Σ w·e² / Σ w·(y − ȳ)², ȳ weighted; none if y is constant
    qint64 degreesOfFreedom = 0;
};
std::optional<LeastSquaresFit> weightedLeastSquares(const std::vector<std::vector<double>> &x,
                                                    const std::vector<double> &y, const std::vector<double> &weights);

// The weighted Pearson correlation of two series; none when either is constant.
std::optional<double> weightedCorrelation(const std::vector<double> &a, const std::vector<double> &b,
                                          const std::vector<double> &weights);
// The 95 % interval of a correlation r over n observations by Fisher's z: tanh(atanh r ± 1.96/√(n − 3));
// none for n ≤ 3.
std::optional<kpi::Interval> correlationInterval(double r, qint64 n);

enum class Verdict {
    Strongest, // the clear driver with the largest effect
    Clear,     // its interval excludes 0
    Unclear,   // its interval crosses 0
    Dropped,   // left out: the same in every agent-week, or missing in most of them
    NotFitted, // too few agent-weeks, or drivers that move together too closely to separate
};
// strongest, clear, unclear, dropped, not_fitted
QString verdictName(Verdict verdict);
// The verdict for people: "unclear (interval crosses 0)".
QString verdictText(Verdict verdict);

// One driver of one outcome. The coefficient is standardized: the outcome's change (in its
// own unit: CSAT a fraction, NPS points) with one standard deviation more of the driver, the
// other drivers held equal.
struct DriverEffect
{
    QString driver;
    Verdict verdict = Verdict::NotFitted;
    QString note;                   // why it was dropped or not fitted, for people
    std::optional<double> spread;   // the driver's standard deviation over the agent-weeks used
    std::optional<double> coefficient;
    std::optional<kpi::Interval> interval; // t on the fit's degrees of freedom
    std::optional<double> correlation;     // simple (weighted) correlation with the outcome
    std::optional<kpi::Interval> correlationInterval;
};

struct DriverAnalysis
{
    QString outcome;
    qint64 observations = 0; // agent-weeks in the fit
    qint64 rowsDropped = 0;  // agent-weeks left out because a kept driver had no data
    std::optional<double> rSquared;
    bool smallSample = false; // observations < kSmallSample
    QList<DriverEffect> effects; // one per driver asked, in that order
};

// The standardized multiple regression of the outcome on the drivers over the observations,
// each weighted by the outcome's n: drivers missing in more than half of the observations are
// dropped, then every observation missing a remaining driver (list-wise deletion), then
// drivers with no variance left. Each driver is z-scored with the weighted mean and standard
// deviation (Σw(x − x̄)²/Σw) of the observations used.
DriverAnalysis analyse(const QString &outcome, const QStringList &drivers, const QList<Observation> &rows);

// The caveat every analysis is shown with: association across agent-weeks is not cause.
QString causationCaveat();
// The warning for an analysis of fewer than kSmallSample observations.
QString smallSampleWarning(qint64 observations);

// The whole question as `huddle-cli drivers` asks it: weekly figures by agent over the span's
// dates and team (period, grouping and KPIs are set here), analysed for each outcome. None,
// with *error, when the store cannot be read.
std::optional<QList<DriverAnalysis>> analyse(kpi::KpiEngine &engine, const kpi::KpiQuery &span, QString *error);

} // namespace huddle::drivers
