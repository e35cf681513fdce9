#pragma once

#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <store/kpifactreader.h>

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace huddle::ui {

// One figure to list the rows of: the store, the query the figure was computed under (its
// span, filters and grouping; the kind of period follows from the period label) and the
// figure's KPI, group and period labels as KpiEngine::compute() gave them (the same words
// `huddle-cli contacts` takes), and which part to list first. The figure itself, when
// given, is shown in the title.
struct DrillRequest
{
    QString storePath;
    kpi::KpiQuery query;
    QString kpi;
    QString group = QStringLiteral("all");
    QString period = QStringLiteral("all");
    kpi::DrillPart part = kpi::DrillPart::Denominator;
    std::optional<kpi::Figure> figure;
};

// The rows of one part of a figure, or why there are none.
struct DrillResult
{
    QString error;
    kpi::DrillPart part = kpi::DrillPart::Denominator;
    QList<store::FactRow> rows;
    QTimeZone zone = QTimeZone::utc(); // the store's: the zone the periods were cut in
    QString currency;                  // of money figures, from the store's settings
};

// Reads the rows behind the request's figure from the store at its path (its own
// connection: call it from a worker thread), under the store's settings.
DrillResult loadDrillDown(const DrillRequest &request);

} // namespace huddle::ui
