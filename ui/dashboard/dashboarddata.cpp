#include "dashboarddata.h"

#include <kpi/kpiengine.h>
#include <store/store.h>

namespace huddle::ui {

DashboardData loadDashboard(const QString &storePath, const QString &week)
{
    DashboardData data;
    auto store = store::Store::open(storePath, &data.error);
    if (!store)
        return data;
    data.settings = kpi::KpiSettings::load(*store);
    kpi::KpiEngine engine(*store, data.settings, store->timeZone());
    kpi::KpiQuery weekly;
    weekly.period = kpi::PeriodKind::Week;
    const auto operation = engine.compute(weekly, &data.error);
    if (!operation)
        return data;
    data.operationWeekly = *operation;
    for (const kpi::Figure &f : data.operationWeekly) {
        if (data.weeks.isEmpty() || data.weeks.last() != f.period)
            data.weeks.append(f.period);
    }
    if (data.weeks.isEmpty())
        return data;
    data.week = data.weeks.contains(week) ? week : data.weeks.last();
    for (const auto &[kind, by] : {std::pair{QStringLiteral("agent"), kpi::GroupBy::Agent},
                                   std::pair{QStringLiteral("team"), kpi::GroupBy::Team},
                                   std::pair{QStringLiteral("queue"), kpi::GroupBy::Queue}}) {
        kpi::KpiQuery query = weekly;
        query.by = by;
        const auto figures = engine.compute(query, &data.error);
        if (!figures)
            return data;
        if (by == kpi::GroupBy::Agent) {
            data.agentWeekly = *figures;
            data.teamOfAgent = engine.agentTeams();
        }
        data.conflicts += conflicts::ConflictFinder(*figures, data.settings)
                              .find(kind, {data.week}, by == kpi::GroupBy::Agent ? data.teamOfAgent
                                                                                  : QHash<QString, QString>());
    }
    return data;
}

} // namespace huddle::ui
