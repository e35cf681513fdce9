#pragma once

#include "../dashboard/dashboarddata.h"

#include <reasons/reasons.h>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class KpiChartView;
class ReasonParetoModel;

// One agent at a glance: FCR, AHT and CSAT against their team's median with the conflict
// weeks marked, every conflict of the span, the reasons customers contacted them for, and
// the coaching notes written about them. Opened by double-clicking an agent on the
// dashboard; shows what the dashboard loaded, and reads only the agent's reasons and notes.
class AgentView final : public QWidget
{
    Q_OBJECT

public:
    AgentView(store::Store &store, const DashboardData &data, const QString &agent, QWidget *parent = nullptr);
    ~AgentView() override;

    const QString &agent() const { return m_agent; }
    QString title() const;
    KpiChartView *chart(const QString &kpi) const;
    QStandardItemModel *conflictsModel() const { return m_conflicts; }
    ReasonParetoModel *reasonsModel() const { return m_reasons; }
    QStandardItemModel *notesModel() const { return m_notes; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();

private:
    void fillConflicts();
    void fillNotes();

    store::Store &m_store;
    DashboardData m_data;
    QString m_agent;
    QLabel *m_title;
    QList<KpiChartView *> m_charts;
    QStandardItemModel *m_conflicts;
    ReasonParetoModel *m_reasons;
    QStandardItemModel *m_notes;
    QLabel *m_reasonsStatus;
    bool m_loading = true; // until the reasons are shown
    QFutureWatcher<std::pair<QString, QList<reasons::ReasonShare>>> m_watcher;
};

} // namespace huddle::ui
