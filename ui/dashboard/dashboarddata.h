#pragma once

#include <conflicts/conflict.h>
#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <kpi/kpisettings.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace huddle::store {
class Store;
}

namespace huddle::ui {

// What the dashboard's filter bar asks for: a span of local days (none: the newest
// kDefaultWeeks weeks with contacts), a channel and a queue (empty: all).
struct DashboardFilters
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString channel;
    QString queue;

    bool operator==(const DashboardFilters &) const = default;
};

// Everything the dashboard shows for one store, computed off the GUI thread by
// loadDashboard(): the operation's weekly figures, those of every agent, team and queue,
// and their conflicts, for the weeks of the filters' span.
struct DashboardData
{
    static constexpr int kDefaultWeeks = 13; // a quarter: the review's usual horizon

    QString error;
    DashboardFilters filters; // as asked
    QDate from, to;           // the span shown (filters.from/to, or the default)
    QStringList weeks;        // the span's weeks with contacts, oldest first
    QString week;             // the selected week
    // Figures also hold up to trend_weeks weeks before the span, so that trends and
    // conflicts of its first weeks have their history.
    QList<kpi::Figure> operationWeekly;
    QList<conflicts::GroupWeekly> groups; // agents, teams, queues (no queues for a queue filter)
    QList<conflicts::Conflict> conflicts; // every week of the span
    QHash<QString, QString> agentNames;
    QStringList channels; // what the filter bar offers, whatever is filtered
    QStringList queues;
    kpi::KpiSettings settings;

    const conflicts::GroupWeekly &agents() const { return groups.first(); }
    const conflicts::GroupWeekly *group(const QString &kind) const;
    // The conflicts of one week (the selected one by default).
    QList<conflicts::Conflict> conflictsOf(const QString &week) const;
    QList<conflicts::Conflict> weekConflicts() const { return conflictsOf(week); }
    // The engine query of the filters for the span shown: what a drill-down asks for.
    kpi::KpiQuery query() const;
};

// Loads the dashboard's data, keeping its store connection, settings and KPI engine (with
// the facts it read) from one load to the next of the same store: a filter change then
// computes from facts in memory instead of reading and classifying them again. A store
// connection belongs to its thread, so one loader is used from one thread only.
class DashboardLoader
{
public:
    DashboardLoader();
    ~DashboardLoader();

    // The store's data or settings changed: the next load reads it afresh.
    void invalidate();
    // Reads the store at storePath with the filters for the given week; an empty or absent
    // week selects the newest one.
    DashboardData load(const QString &storePath, const DashboardFilters &filters, const QString &week);
    // The connection and engine of the last load, for further questions about the same facts
    // (the report's); none before a load or after a failed open.
    store::Store *store() const { return m_store.get(); }
    kpi::KpiEngine *engine() const { return m_engine.get(); }

private:
    bool open(const QString &storePath, QString *error);

    std::unique_ptr<store::Store> m_store;
    kpi::KpiSettings m_settings;
    std::unique_ptr<kpi::KpiEngine> m_engine;
    QHash<QString, QString> m_agentNames;
    QString m_optionsSpan; // the dates m_channels and m_queues were found for
    QStringList m_channels;
    QStringList m_queues;
};

// One load on a fresh connection (call it from a worker thread).
DashboardData loadDashboard(const QString &storePath, const DashboardFilters &filters, const QString &week);
// The same data with another week selected: nothing is computed again.
DashboardData withWeek(DashboardData data, const QString &week);

} // namespace huddle::ui
