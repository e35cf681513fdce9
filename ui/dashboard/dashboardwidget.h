#pragma once

#include "dashboarddata.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace huddle::ui {

class AgentKpiModel;
class KpiTile;

// The team leader's morning screen: the week's KPI tiles, FCR, AHT and CSAT side by side on
// one weekly axis, the agents table and the week's conflicts. Figures are computed on a
// worker thread (its own store connection) and shown when ready.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Loads (again) from the store at path, for the given week or the newest.
    void load(const QString &storePath, const QString &week = {});
    bool isLoading() const;
    // Shows another week of the loaded store without reading it again.
    void selectWeek(const QString &week);

    // For tests and the review mode.
    const DashboardData &data() const { return m_data; }
    KpiTile *tile(const QString &kpi) const;
    AgentKpiModel *agentsModel() const { return m_agents; }
    QStandardItemModel *conflictsModel() const { return m_conflicts; }
    QChartView *chart(const QString &kpi) const;
    // Selects the agent of a conflict (the conflicts panel's row) in the agents table.
    void selectConflict(int row);
    QString selectedAgent() const;

signals:
    void loaded();

private:
    void display(DashboardData data);
    void fillTiles();
    void fillCharts();
    void fillConflicts();
    void stepWeek(int step);

    QString m_storePath;
    DashboardData m_data;
    QFutureWatcher<DashboardData> m_watcher;
    QComboBox *m_week;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QList<KpiTile *> m_tiles;
    QList<QChartView *> m_charts;
    AgentKpiModel *m_agents;
    QSortFilterProxyModel *m_agentFilter;
    QTableView *m_agentTable;
    QLineEdit *m_search;
    QStandardItemModel *m_conflicts;
    QListView *m_conflictList;
};

} // namespace huddle::ui
