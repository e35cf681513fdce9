#pragma once

#include "dashboarddata.h"

#include "../charts/kpichartview.h"

#include <QCoreApplication>

namespace huddle::ui {

// Whom the dashboard looks at: the whole operation, one team or one agent. Tiles and
// charts show the focus's figures; charts set a team against the median of all teams and
// an agent against the median of their team's agents.
struct Focus
{
    enum class Kind { Operation, Team, Agent };
    Kind kind = Kind::Operation;
    QString name; // team or agent id; empty for the operation

    static Focus operation() { return {}; }
    static Focus team(const QString &name) { return {Kind::Team, name}; }
    static Focus agent(const QString &id) { return {Kind::Agent, id}; }
    bool operator==(const Focus &) const = default;
    // "agent", "team" or empty: the conflicts' group kinds.
    QString groupKind() const;
};

// What the dashboard shows for a focus, from the loaded data (nothing is read again).
class FocusView
{
    Q_DECLARE_TR_FUNCTIONS(FocusView)

public:
    FocusView(const DashboardData &data, const Focus &focus);

    // "Operation", "Team Billing", "AG101 · Sanne de Vries (Billing)".
    QString title() const;
    // The focus's weekly figures of one KPI, oldest first.
    QList<kpi::Figure> weekly(const QString &kpi) const;
    // The chart of one KPI: the focus, its comparison median, target and conflict weeks.
    KpiChartData chart(const QString &kpi) const;
    // The focus's conflicts in the span (for an operation: the teams' and queues').
    QList<conflicts::Conflict> conflicts() const;

private:
    const QList<kpi::Figure> &figures() const;
    QString group() const; // the figures' group label

    const DashboardData &m_data;
    Focus m_focus;
};

} // namespace huddle::ui
