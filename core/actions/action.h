#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace huddle::actions {

enum class Effort { Low, Medium, High };
enum class ActionStatus { Proposed, InProgress, Done, Dropped };

// low, medium, high / proposed, in_progress, done, dropped: the names the store and
// huddle-cli use.
QString effortName(Effort effort);
std::optional<Effort> effortFromName(const QString &name);
QString statusName(ActionStatus status);
std::optional<ActionStatus> statusFromName(const QString &name);

// An improvement action: what a team leader changes to move a figure, and what it targets —
// a contact reason (e.g. "password reset is structural: add self-service") or a KPI,
// optionally of one team or queue — so that its effect can be measured from its start.
struct ImprovementAction
{
    qint64 id = 0; // 0 until stored
    QString title {};
    QString reason {}; // a contact reason it targets; or
    QString kpi {};    // a KPI id of kpi::kpiSpecs()
    QString team {};
    QString queue {};
    QString owner {};
    std::optional<QDate> start {}; // when the change took effect (local day)
    std::optional<double> expectedImpact {}; // contacts a month it should save; none: estimated from the data
    std::optional<double> cost {};           // one-off cost in the store's currency, for ROI and payback
    Effort effort = Effort::Medium;
    ActionStatus status = ActionStatus::Proposed;
    QString origin {}; // where it came from: "reason", "conflict:rushing", "manual"
    QString description {};
    QString author {};
    QDateTime createdAt {};
    QDateTime updatedAt {};
    QDateTime deletedAt {};

    bool isDeleted() const { return deletedAt.isValid(); }
    friend bool operator==(const ImprovementAction &, const ImprovementAction &) = default;
};

// What is wrong with an action before it is stored (no title; neither or both of reason and
// KPI; an unknown KPI), or empty.
QString problemWith(const ImprovementAction &action);

// The action's fields as text, named as huddle-cli's JSON names them: what the history
// compares and records.
QList<std::pair<QString, QString>> fieldTexts(const ImprovementAction &action);

} // namespace huddle::actions
