#pragma once

#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <kpi/kpisettings.h>
#include <reasons/reasons.h>
#include <trends/outlook.h>

#include <QString>

namespace huddle::ui {

// Everything the insights tab shows for one store and one question, computed off the GUI
// thread by loadInsights(): the leading-vs-lagging outlook, the contact reasons' Pareto and
// service level and abandonment by hour of the week.
struct InsightsData
{
    QString error;
    kpi::KpiSettings settings;
    QString timeZone; // the store's, in which the hours of the week are local
    // The operation's lines first, then each team's (without a team filter); as of the
    // question's last week, over the trend_weeks weeks up to it.
    QList<trends::LeadLag> outlook;
    QList<reasons::ReasonShare> reasons;
    // service_level and abandonment_rate for each hour of the week with contacts.
    QList<kpi::Figure> hourOfWeek;
};

// Reads the store at storePath (its own connection: call it from a worker thread). The
// query gives the dates (local, inclusive; none: all of the store) and the team, queue,
// channel or agent filters; its period and grouping are set here for each part.
// The leading-vs-lagging lines of a question: the (filtered) operation's, then each team's
// when no team is asked for. Reads trend_weeks back from the question's last week.
std::optional<QList<trends::LeadLag>> loadOutlook(kpi::KpiEngine &engine, const kpi::KpiQuery &question,
                                                  QString *error);

InsightsData loadInsights(const QString &storePath, const kpi::KpiQuery &question);

} // namespace huddle::ui
