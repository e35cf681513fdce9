#pragma once

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>
#include <trends/trend.h>

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::coaching {

// The effect of coaching (KPI-DEFINITIONS.md, "Coaching effect"): pure functions over
// weekly figures of one KPI. docs/kpis.md says how the spans are chosen and pooled.

enum class Verdict
{
    Improved, // the after-span's interval lies entirely on the KPI's better side of the before-span's
    NoClearChange, // the intervals overlap (or there are none)
    Worse,
    Pending, // the weeks after the note have not all been imported yet
    NoData, // no figure before or after
    NotApplicable, // the KPI has no better direction (volume) or is money
};
// improved, no_clear_change, worse, pending, no_data, not_applicable
QString verdictName(Verdict verdict);
// The verdict in plain words for people.
QString verdictText(Verdict verdict);
// The regression-to-the-mean caveat every effect is shown with; `unusuallyBad` makes it
// say that this note followed such a spell.
QString regressionCaveat(bool unusuallyBad);

// One group's weekly figures of one KPI, by week label (2026-W45).
using WeeklyFigures = QHash<QString, kpi::Figure>;

// Weeks compared: `coach_weeks` before the note's week and as many after it; the note's own
// week is in neither (the coaching happened in it). The baseline is the agent's usual level
// over the 12 weeks before the before-span, to tell an unusually bad spell.
constexpr int kBaselineWeeks = 12;

// Consecutive weeks pooled into one figure.
struct Span
{
    QString firstWeek;
    QString lastWeek;
    int weeksWithData = 0;
    kpi::Figure figure; // value empty: no data in the span
};

// The weeks' figures as one figure over all of them: proportions from the summed counts
// (Wilson), means from the summed sums with the pooled spread (t), counts summed (Poisson),
// NPS and percentiles as the n-weighted mean of the weeks with the weeks' standard errors
// combined (normal). No interval when a week with data has none. Money and unavailable KPIs
// pool to no data.
kpi::Figure pooledFigure(const kpi::KpiSpec &spec, const QList<kpi::Figure> &weeks);

// `count` weeks starting at `firstWeek`, pooled from `weekly`.
Span span(const kpi::KpiSpec &spec, const WeeklyFigures &weekly, const QString &firstWeek, int count);

// The ISO week `offset` weeks after `week` (negative: before); empty for a label that is not a week.
QString addWeeks(const QString &week, int offset);

struct CoachingEffect
{
    qint64 noteId = 0;
    QString agent;
    QString team;
    QString kpi;
    QString week; // the note's week the spans are around
    Span before;
    Span after;
    std::optional<trends::Change> change; // after − before, 95 % interval
    Span teamBefore;
    Span teamAfter;
    std::optional<trends::Change> teamChange;
    Span baseline;
    // The before-span was significantly worse than the agent's baseline: some recovery is
    // to be expected without any coaching (regression to the mean).
    bool unusuallyBad = false;
    Verdict verdict = Verdict::NoData;
};

// The effect of a note about `week` on one KPI, from the agent's and the team's weekly
// figures. `newestWeek` is the newest week with data in the store: a later after-span is
// pending. The caller fills in note, agent and team.
CoachingEffect coachingEffect(const kpi::KpiSpec &spec, const QString &week, int coachWeeks,
    const WeeklyFigures &agent, const WeeklyFigures &team, const QString &newestWeek);

// How often coaching on one KPI was followed by improvement.
struct TopicSummary
{
    QString kpi;
    int judged = 0; // notes with a verdict: improved, no clear change or worse
    int improved = 0;
    int noClearChange = 0;
    int worse = 0;
    int unusuallyBad = 0; // of the judged: after an unusually bad spell
    int pending = 0;
};

// One row per KPI with at least one effect, most coached first (then in kpiSpecs() order).
QList<TopicSummary> topicSummary(const QList<CoachingEffect> &effects);

} // namespace huddle::coaching
