#pragma once

#include "action.h"

#include <coaching/effect.h>
#include <kpi/kpisettings.h>

namespace huddle::actions {

// Weeks compared around an action's start: at most this many before and after; the start's
// own week is in neither (the change happened during it).
constexpr int kEffectWeeks = 8;

enum class Verdict { Improved, NoClearChange, Worse, Pending, NoData };
// improved, no_clear_change, worse, pending, no_data (huddle-cli actions effect's "verdict").
QString verdictName(Verdict verdict);

// What an action's target did from before its start to after it, set against what would
// have happened anyway: the trend that was already there, and an untouched comparison (the
// other contact reasons, or the rest of the operation for a team's KPI). Counts (a reason's
// volume) are per week.
struct ActionEffect
{
    QString kpi;          // the measured KPI: volume for a contact reason
    QString startWeek;
    coaching::Span before; // per week for counts
    coaching::Span after;
    std::optional<trends::Change> change; // after − before
    // Where the before-span's trend, carried on, puts the after-span (only when the trend
    // was clear: a flat line is the before-span itself).
    std::optional<double> trendExpected;
    QString comparisonName;
    coaching::Span comparisonBefore;
    coaching::Span comparisonAfter;
    // The before-span moved as the comparison moved: by its ratio for counts, by its
    // difference otherwise.
    std::optional<double> comparisonExpected;
    Verdict verdict = Verdict::NoData;
    // Contacts a week fewer than the comparison expected (reasons; repeat-driven KPIs are
    // not converted), money saved so far, return on the action's cost, payback in weeks.
    std::optional<double> contactsSavedPerWeek;
    std::optional<double> moneySaved;
    std::optional<double> roi;
    std::optional<double> paybackWeeks;
};

// From the target's and the comparison's weekly figures of the measured KPI. `newestWeek` is
// the newest week with data: an action whose after-span has not begun is pending.
// Improved needs all three: the after-span's interval entirely on the better side of the
// before-span's, of the trend's projection and of the comparison's expectation; worse is
// the same on the worse side (trend aside: a decline foretold is still a decline).
ActionEffect actionEffect(const ImprovementAction &action, const kpi::KpiSpec &spec,
                          const coaching::WeeklyFigures &target, const coaching::WeeklyFigures &comparison,
                          const QString &newestWeek, const kpi::KpiSettings &settings);

} // namespace huddle::actions
