#include "actionfromconflict.h"

#include <common/localday.h>
#include <kpi/period.h>

namespace huddle::actions {

namespace {

class ActionFromConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ActionFromConflict)
};

// Of the two KPIs a rule may name in its evidence, the one this conflict named.
QString eitherOf(const conflicts::Conflict &conflict, const QString &first, const QString &second)
{
    return conflict.evidence.contains(first) ? first : second;
}

} // namespace

QString kpiAtRisk(const conflicts::Conflict &conflict)
{
    using conflicts::Rule;
    switch (conflict.rule) {
    case Rule::Rushing: return eitherOf(conflict, QStringLiteral("csat"), QStringLiteral("fcr"));
    case Rule::TransferGaming: return QStringLiteral("transfer_rate");
    case Rule::CallbackChurn: return QStringLiteral("fcr");
    case Rule::Capacity: return QStringLiteral("service_level");
    case Rule::HiddenDissatisfaction: return eitherOf(conflict, QStringLiteral("nps"), QStringLiteral("sentiment"));
    case Rule::QualityGap: return QStringLiteral("qa_score");
    }
    return {};
}

ImprovementAction actionFromConflict(const conflicts::Conflict &conflict, const QString &agentTeam)
{
    ImprovementAction action;
    action.title = conflict.explanation;
    action.kpi = kpiAtRisk(conflict);
    if (conflict.groupKind == u"queue")
        action.queue = conflict.group;
    else if (conflict.groupKind == u"team")
        action.team = conflict.group;
    else
        action.team = agentTeam;
    if (const auto week = kpi::periodFromLabel(conflict.week); week && week->first == kpi::PeriodKind::Week)
        action.start = LocalDayConverter::toDate(week->second);
    action.status = ActionStatus::Proposed;
    action.origin = QStringLiteral("conflict:") + conflicts::ruleName(conflict.rule);
    QStringList description{ActionFromConflictText::tr("Conflict: %1, %2, %3.")
                                .arg(conflicts::ruleTitle(conflict.rule), conflict.group, conflict.week)};
    if (!conflict.coachingTopic.isEmpty())
        description.append(ActionFromConflictText::tr("Coaching topic: %1.").arg(conflict.coachingTopic));
    action.description = description.join(u'\n');
    return action;
}

} // namespace huddle::actions
