#pragma once

#include <drivers/drivers.h>
#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <kpi/kpisettings.h>
#include <reasons/reasons.h>
#include <trends/outlook.h>
#include <voice/verbatims.h>

#include <QString>
#include <QTimeZone>

#include <optional>

namespace huddle::store {
class Store;
}

namespace huddle::ui {

// Everything the insights tab shows for one store and one question, computed off the GUI
// thread by loadInsights(): the leading-vs-lagging outlook, the contact reasons' Pareto,
// service level and abandonment by hour of the week, what drives satisfaction and the voice
// of the customer.
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
    // CSAT's and NPS's drivers across the question's agent-weeks (drivers::analyse()).
    QList<drivers::DriverAnalysis> drivers;
    // The survey comments of the question's whole weeks (voiceQuery), their highlights and
    // the words rising in negative ones against the baseline weeks before.
    voice::VoiceQuery voiceQuery;
    voice::VoiceOfCustomer voice;
};

// Reads the store at storePath (its own connection: call it from a worker thread). The
// query gives the dates (local, inclusive; none: all of the store) and the team, queue,
// channel or agent filters; its period and grouping are set here for each part.
// The leading-vs-lagging lines of a question: the (filtered) operation's, then each team's
// when no team is asked for. Reads trend_weeks back from the question's last week.
std::optional<QList<trends::LeadLag>> loadOutlook(kpi::KpiEngine &engine, const kpi::KpiQuery &question,
                                                  QString *error);

// The voice of the customer's question for an insights question: its whole local weeks (the
// store's first to newest contact when it has no dates) and its filters. None for a store
// without contacts.
std::optional<voice::VoiceQuery> voiceQueryOf(const kpi::KpiQuery &question, store::Store &store,
                                              const QTimeZone &zone);

InsightsData loadInsights(const QString &storePath, const kpi::KpiQuery &question);

} // namespace huddle::ui
