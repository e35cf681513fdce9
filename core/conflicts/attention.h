#pragma once

#include "conflict.h"

#include <kpi/kpisettings.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace huddle::conflicts {

// Why an agent needs the team leader's attention in a week, and how much it weighs.
struct AttentionReason
{
    enum class Kind { Conflict, OffTarget, Worsening };
    Kind kind = Kind::Conflict;
    QString kpi;            // OffTarget and Worsening: the KPI
    Rule rule = Rule::Rushing; // Conflict: the rule
    int weight = 0;
    QString text; // for people: "Rushing conflict (high)", "… 62.0 % misses its target 80.0 %"
};

struct AgentAttention
{
    QString agent;
    QString team;
    int score = 0; // the sum of the reasons' weights
    QList<AttentionReason> reasons; // heaviest first
};

// The agents of a week who need attention, most pressing first. The rule:
// - each conflict of the agent in the week weighs 3 (severity high) or 2 (medium);
// - each KPI with a target (KpiSettings::targetFor) that misses it weighs 1, but only when
//   the figure is not low-sample and its whole interval misses the target: an agent is not
//   singled out on noise;
// - each of the watched KPIs (attentionKpis()) whose trend up to the week moves the worse
//   way (falling where higher is better, rising where lower is) over at least four weeks
//   weighs 1.
// Ranked by score, then by the number of reasons, then by agent. Agents without a figure
// in the week are left out.
QList<AgentAttention> agentsNeedingAttention(const GroupWeekly &agents, const QList<Conflict> &conflicts,
                                             const kpi::KpiSettings &settings, const QString &week);

// The KPIs whose worsening trend the rule counts: the ones an agent can be coached on.
const QStringList &attentionKpis();

} // namespace huddle::conflicts
