#pragma once

#include <conflicts/conflict.h>
#include <kpi/figure.h>
#include <kpi/kpisettings.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace huddle::ui {

// Everything the dashboard shows for one store, computed off the GUI thread by
// loadDashboard(): the operation's weekly figures, those of every agent, team and queue,
// and the conflicts of the selected week.
struct DashboardData
{
    QString error;
    QStringList weeks; // every week with contacts, oldest first
    QString week;      // the selected week
    QList<kpi::Figure> operationWeekly;
    QList<conflicts::GroupWeekly> groups; // agents first
    QList<conflicts::Conflict> conflicts; // of the selected week: agents, teams and queues
    kpi::KpiSettings settings;

    const conflicts::GroupWeekly &agents() const { return groups.first(); }
};

// Reads the store at storePath (its own connection: call it from a worker thread) for the
// given week; an empty week selects the newest one with contacts.
DashboardData loadDashboard(const QString &storePath, const QString &week);
// The same data for another week: only the conflicts are found again, nothing is read.
DashboardData withWeek(DashboardData data, const QString &week);

} // namespace huddle::ui
