#pragma once

#include "action.h"

#include <conflicts/conflict.h>

namespace huddle::actions {

// A new improvement action pre-filled from a conflict of the dashboard, as a coaching note
// is by coaching::noteFromConflict(): titled with the conflict's explanation, aimed at the KPI
// the conflict puts at risk (rushing: the satisfaction or resolution that fell; transfer
// gaming: the transfer rate; callback churn: FCR; capacity: service level; hidden
// dissatisfaction: the NPS or sentiment that fell; quality gap: the QA score), of the
// conflict's team or queue — an agent's conflict is aimed at `agentTeam`, since an action
// changes how a team works — starting on the Monday of the conflict's week (none when the
// week cannot be read), with the rule, group, week and coaching topic as its description.
// Proposed, not stored.
ImprovementAction actionFromConflict(const conflicts::Conflict &conflict, const QString &agentTeam = {});

// The KPI a conflict puts at risk (see actionFromConflict()).
QString kpiAtRisk(const conflicts::Conflict &conflict);

} // namespace huddle::actions
