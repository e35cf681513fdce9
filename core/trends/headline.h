#pragma once

#include "trend.h"

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>
#include <kpi/kpisettings.h>

#include <QList>
#include <QString>

#include <optional>

namespace huddle::trends {

// One KPI of one group in a chosen week, as a headline (a dashboard tile, a review slide)
// shows it. FCR's newest weeks have no value until their repeat window has passed: then the
// newest decided week before it is shown, and asOf names it.
struct Headline
{
    std::optional<kpi::Figure> current;
    std::optional<kpi::Figure> previous; // the week before current
    std::optional<Trend> trend;          // over the trend_weeks up to current
    std::optional<double> target;        // KpiSettings::targetFor
    QString asOf;                        // current's week when it is not the chosen one
};

// One KPI's figures out of figures of many KPIs (of one group), in their order.
QList<kpi::Figure> seriesOf(const QList<kpi::Figure> &figures, const QString &kpi);

// series: one KPI's weekly figures of one group, oldest first.
Headline headline(const QList<kpi::Figure> &series, const QString &week, const kpi::KpiSettings &settings);

// Whether a value meets a target, higher or lower being better per the spec.
bool meetsTarget(const kpi::KpiSpec &spec, double value, double target);

} // namespace huddle::trends
