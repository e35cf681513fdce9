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
    auto rows = engine.drillDown(request.query, request.kpi, request.group, request.period, request.part, &result.error);
    if (rows)
        result.rows = std::move(*rows);
    return result;
}

} // namespace huddle::ui
