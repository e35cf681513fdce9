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
    auto groups = conflicts::weeklyByGroup(engine, kpi::KpiQuery(), &data.error);
    if (!groups)
        return data;
    data.groups = std::move(*groups);
    return withWeek(std::move(data), week);
}

DashboardData withWeek(DashboardData data, const QString &week)
{
    if (data.weeks.isEmpty() || data.groups.isEmpty())
        return data;
    data.week = data.weeks.contains(week) ? week : data.weeks.last();
    data.conflicts = conflicts::findConflicts(data.groups, data.settings, {data.week});
    return data;
}

} // namespace huddle::ui
