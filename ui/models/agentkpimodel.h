#pragma once

#include <conflicts/conflict.h>
#include <kpi/figure.h>
#include <trends/trend.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace huddle::ui {

// The agents table of the dashboard: one row per agent for one week, the KPIs a team leader
// reads first, each with its trend arrow, low samples greyed, the interval and n on hover,
// and the agent's conflicts as badges. Sort through a QSortFilterProxyModel on SortRole
// (raw numbers; "no data" sorts last).
class AgentKpiModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value (double), or the text
        KpiIdRole,                   // the column's KPI id
        LowSampleRole,               // bool
        DirectionRole,               // "rising", "falling", "flat" or empty
        ConflictsRole,               // QStringList of rule names (conflicts column)
    };

    explicit AgentKpiModel(QObject *parent = nullptr);

    // The columns after Agent and Team, by KPI id.
    static const QStringList &kpiColumns();
    // The model's column of a KPI of kpiColumns() (-1: none), and of the conflicts.
    static int columnOf(const QString &kpi);
    static int conflictsColumn();

    // weekly: figures by agent by week (this week's are shown, the weeks up to it give the
    // trends); teams: agent → team; conflicts: this week's agent conflicts.
    void setWeek(const QString &week, const QList<kpi::Figure> &weekly, const QHash<QString, QString> &teams,
                 const QList<conflicts::Conflict> &conflicts, int trendWeeks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        std::optional<kpi::Figure> figure;
        QList<qsizetype> recent; // where its last trend weeks are in m_weekly, newest first
        // Worked out when first shown (trendOf()): most cells of hundreds of agents never are.
        mutable std::optional<std::optional<trends::Trend>> trend;
    };
    struct Row
    {
        QString agent;
        QString team;
        QList<Cell> cells; // in kpiColumns() order
        QStringList conflicts;      // rule names (ConflictsRole)
        QStringList conflictTitles; // the same, as people read them
    };
    QVariant cellData(const Row &row, int kpiColumn, int role) const;
    const std::optional<trends::Trend> &trendOf(const Cell &cell) const;

    QList<Row> m_rows;
    QList<kpi::Figure> m_weekly; // what the cells' trends read (shared, not copied)
    int m_trendWeeks = 0;
};

} // namespace huddle::ui
