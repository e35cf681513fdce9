#pragma once

#include "dashboarddata.h"
#include "focus.h"

#include <coaching/coachingnote.h>

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QToolButton;
class QTreeView;

namespace huddle::ui {

class AgentKpiModel;
class KpiChartView;
class KpiTile;

// One figure the user asked about (double-click on a tile, chart point or table cell).
struct FigureRef
{
    QString kpi;
    Focus focus;
    QString period; // week label
};

// The team leader's morning screen: a navigation tree (operation → teams → agents), a
// filter bar (week, dates, channel, queue), the focus's KPI tiles, FCR, AHT and CSAT side
// by side on one weekly axis against the median, the agents table and the week's
// conflicts. Figures are computed on a worker thread (its own store connection); focus
// and week changes reuse what is loaded.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Loads (again) from the store at path with the filters, for the given week or the
    // newest. A request while one runs is done after it (the newest request wins).
    void load(const QString &storePath, const DashboardFilters &filters = {}, const QString &week = {});
    // Loads again after the store's data or settings changed (import, undo, settings).
    void reload();
    void setFilters(const DashboardFilters &filters);
    DashboardFilters filters() const { return m_data.filters; }
    bool isLoading() const;
    // Shows another week of the loaded span without computing again.
    void selectWeek(const QString &week);
    // Shows the operation, a team or an agent (named so as not to hide QWidget::setFocus).
    void focusOn(const Focus &focus);
    Focus focused() const { return m_focus; }

    // For tests, the review mode and the report.
    const DashboardData &data() const { return m_data; }
    KpiTile *tile(const QString &kpi) const;
    AgentKpiModel *agentsModel() const { return m_agents; }
    QSortFilterProxyModel *agentsView() const { return m_agentSearch; }
    QStandardItemModel *conflictsModel() const { return m_conflicts; }
    QStandardItemModel *navigationModel() const { return m_navigation; }
    KpiChartView *chart(const QString &kpi) const;
    // Selects the agent (or team) and week of a conflict of the conflicts panel.
    void selectConflict(int row);
    QString selectedAgent() const;
    // The coaching notes, so the conflicts panel says which conflicts have one already.
    void setNotes(const QList<coaching::CoachingNote> &notes);
    // Asks for a coaching note about a conflict of the conflicts panel (noteRequested).
    void writeNoteFor(int row);
    // Asks for an improvement action about a conflict of the conflicts panel (actionRequested).
    void proposeActionFor(int row);

signals:
    void loaded();
    // Double-click on an agent's name: open the agent view.
    void agentActivated(const QString &agent);
    // Double-click on a figure: list the contacts behind it.
    void drillDownRequested(const huddle::ui::FigureRef &figure);
    // "Write a coaching note…" on a conflict of the panel.
    void noteRequested(const huddle::conflicts::Conflict &conflict);
    // "Improvement action…" on a conflict of the panel.
    void actionRequested(const huddle::conflicts::Conflict &conflict);

private:
    QWidget *createFilterBar();
    void start(const DashboardFilters &filters, const QString &week);
    void display(DashboardData data);
    void fillFilterBar();
    void fillNavigation();
    void fillAgents();
    void fillFocus();
    void fillConflicts();
    bool hasNote(const conflicts::Conflict &conflict) const;
    void stepWeek(int step);
    void applyFilterBar();
    void activateAgentCell(const QModelIndex &index);

    QString m_storePath;
    DashboardData m_data;
    Focus m_focus;
    QFutureWatcher<DashboardData> m_watcher;
    // One worker thread that keeps the loader's store connection and facts between loads.
    QThreadPool m_pool;
    std::shared_ptr<DashboardLoader> m_loader = std::make_shared<DashboardLoader>();
    bool m_dataChanged = false; // the next load reads the store afresh
    struct Request
    {
        DashboardFilters filters;
        QString week;
    };
    std::optional<Request> m_pending;
    bool m_filling = false; // the filter bar is being set from data: not a user's change

    QComboBox *m_week;
    QToolButton *m_previous;
    QToolButton *m_next;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_channel;
    QComboBox *m_queue;
    QLabel *m_status;
    QStandardItemModel *m_navigation;
    QTreeView *m_tree;
    QLabel *m_title;
    QList<KpiTile *> m_tiles;
    QList<KpiChartView *> m_charts;
    AgentKpiModel *m_agents;
    QSortFilterProxyModel *m_agentTeam;   // the focused team's agents
    QSortFilterProxyModel *m_agentSearch; // the search box
    QTableView *m_agentTable;
    QLineEdit *m_search;
    QStandardItemModel *m_conflicts;
    QListView *m_conflictList;
    QPushButton *m_writeNote;
    QPushButton *m_proposeAction;
    QList<coaching::CoachingNote> m_notes;
};

} // namespace huddle::ui

Q_DECLARE_METATYPE(huddle::ui::FigureRef)
