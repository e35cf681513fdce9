#include "action.h"

#include <kpi/kpidefinition.h>

#include <array>

namespace huddle::actions {

namespace {

class ActionText
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementAction)
};

const std::array<std::pair<Effort, const char *>, 3> kEfforts = {{
    {Effort::Low, "low"}, {Effort::Medium, "medium"}, {Effort::High, "high"}}};
const std::array<std::pair<ActionStatus, const char *>, 4> kStatuses = {{
    {ActionStatus::Proposed, "proposed"}, {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Done, "done"}, {ActionStatus::Dropped, "dropped"}}};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[v, text] : names) {
        if (name == QLatin1StringView(text))
            return v;
    }
    return std::nullopt;
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

QString effortName(Effort effort) { return nameOf(kEfforts, effort); }
std::optional<Effort> effortFromName(const QString &name) { return valueOf(kEfforts, name); }
QString statusName(ActionStatus status) { return nameOf(kStatuses, status); }
std::optional<ActionStatus> statusFromName(const QString &name) { return valueOf(kStatuses, name); }

QString problemWith(const ImprovementAction &action)
{
    if (action.title.trimmed().isEmpty())
        return ActionText::tr("an action needs a title");
    if (action.reason.isEmpty() == action.kpi.isEmpty())
        return ActionText::tr("an action targets either a contact reason or a KPI");
    if (!action.kpi.isEmpty() && !kpi::findKpi(action.kpi))
        return ActionText::tr("there is no KPI \"%1\"").arg(action.kpi);
    if (action.cost && *action.cost < 0)
        return ActionText::tr("an action's cost cannot be negative");
    return {};
}

QList<std::pair<QString, QString>> fieldTexts(const ImprovementAction &a)
{
    return {
        {QStringLiteral("title"), a.title},
        {QStringLiteral("reason"), a.reason},
        {QStringLiteral("kpi"), a.kpi},
        {QStringLiteral("team"), a.team},
        {QStringLiteral("queue"), a.queue},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("start"), a.start ? a.start->toString(Qt::ISODate) : QString()},
        {QStringLiteral("expected_impact"), number(a.expectedImpact)},
        {QStringLiteral("cost"), number(a.cost)},
        {QStringLiteral("effort"), effortName(a.effort)},
        {QStringLiteral("status"), statusName(a.status)},
        {QStringLiteral("origin"), a.origin},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("deleted_at"), a.deletedAt.isValid() ? a.deletedAt.toUTC().toString(Qt::ISODate) : QString()},
    };
}

} // namespace huddle::actions
