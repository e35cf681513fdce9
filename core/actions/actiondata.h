#pragma once

#include "actioneffect.h"

#include <kpi/kpiengine.h>

namespace huddle::store {
class Store;
}

namespace huddle::actions {

// Reads what an action's effect is measured on and measures it: the targeted reason's weekly
// volume against the other reasons', or the KPI of the action's team or queue against the
// other teams or queues (the whole operation's KPI has no untouched comparison). None, with
// *error, when the store cannot be read.
std::optional<ActionEffect> measureAction(store::Store &store, kpi::KpiEngine &engine, const ImprovementAction &action,
                                          QString *error);

// How big an action is expected to be, in contacts a month: its own expected impact, or for a
// reason the reason's contacts over the last four weeks with data, as a month (what removing
// its cause would save at most). None for a KPI action without an expected impact.
std::optional<double> impactPerMonth(kpi::KpiEngine &engine, const ImprovementAction &action,
                                     const QString &newestWeek, QString *error);

// The impact–effort matrix: open and proposed actions, "high impact, low effort first".
struct MatrixEntry
{
    enum class Quadrant { QuickWin, MajorProject, FillIn, Thankless, Unknown };
    ImprovementAction action;
    std::optional<double> contactsPerMonth;
    std::optional<double> moneyPerMonth;
    Quadrant quadrant = Quadrant::Unknown;
    double priority = 0; // impact per unit of effort (low 1, medium 2, high 4)
};
// quick_win, major_project, fill_in, thankless, unknown
QString quadrantName(MatrixEntry::Quadrant quadrant);

// Places each entry: high impact is at least highImpactThreshold() (and above 0); low effort
// is low or medium. Sorted by priority, unknown impact last.
QList<MatrixEntry> impactEffortMatrix(QList<MatrixEntry> entries);
// The median impact of the entries with one (0 without any): where high impact begins.
double highImpactThreshold(const QList<MatrixEntry> &entries);
// The matrix's order: by priority, unknown impact last.
bool byPriority(const MatrixEntry &a, const MatrixEntry &b);

// An action of the store as it stands: its measured effect (none without a start) and, while
// proposed or in progress, its place in the impact–effort matrix.
struct ActionStanding
{
    ImprovementAction action;
    std::optional<ActionEffect> effect;
    std::optional<MatrixEntry> matrix;
};
// Every action not deleted (only those of `team`, when given), measured and placed.
std::optional<QList<ActionStanding>> actionStandings(store::Store &store, kpi::KpiEngine &engine, const QString &team,
                                                     QString *error);

// The newest ISO week with contacts (empty: none).
QString newestWeek(store::Store &store);

} // namespace huddle::actions
