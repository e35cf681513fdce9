#include "drilldowndata.h"

#include <kpi/kpisettings.h>
#include <store/store.h>

namespace huddle::ui {

DrillResult loadDrillDown(const DrillRequest &request)
{
    DrillResult result;
    result.part = request.part;
    auto store = store::Store::open(request.storePath, &result.error);
    if (!store)
        return result;
    kpi::KpiSettings settings = kpi::KpiSettings::load(*store);
    result.currency = settings.currency;
    result.zone = store->timeZone();
    kpi::KpiEngine engine(*store, std::move(settings), result.zone);
    // The figure's period label says which kind of period it is (as in huddle-cli contacts),
    // whatever span the query that computed the figure was for.
    kpi::KpiQuery query = request.query;
    if (const auto period = kpi::periodFromLabel(request.period))
        query.period = period->first;
    auto rows = engine.drillDown(query, request.kpi, request.group, request.period, request.part, &result.error);
    if (rows)
        result.rows = std::move(*rows);
    return result;
}

} // namespace huddle::ui
