#include "agentkpimodel.h"

#include <algorithm>

#include "figuretooltip.h"

#include <kpi/kpidefinition.h>

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace huddle::ui {

namespace {

enum FixedColumn { AgentColumn, TeamColumn, FirstKpiColumn };

QString arrow(const std::optional<trends::Trend> &trend)
{
    if (!trend)
        return {};
    switch (trend->direction) {
    case trends::Direction::Rising: return QStringLiteral(" ↑");
    case trends::Direction::Falling: return QStringLiteral(" ↓");
    case trends::Direction::Flat: return QStringLiteral(" →");
    }
    return {};
}

} // namespace

AgentKpiModel::AgentKpiModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const QStringList &AgentKpiModel::kpiColumns()
{
    // Every KPI an agent has on their own (service level and abandonment belong to queues,
    // churn and money to the operation), the ones read first first.
    static const QStringList columns = {
        QStringLiteral("volume"),        QStringLiteral("aht"),               QStringLiteral("fcr"),
        QStringLiteral("csat"),          QStringLiteral("transfer_rate"),     QStringLiteral("fcr_flag"),
        QStringLiteral("repeat_contact_rate"), QStringLiteral("nps"),        QStringLiteral("ces"),
        QStringLiteral("sentiment"),     QStringLiteral("qa_score"),          QStringLiteral("response_time_p50"),
        QStringLiteral("sla_compliance"), QStringLiteral("proactive_ratio"),  QStringLiteral("engagement"),
    };
    return columns;
}

void AgentKpiModel::setWeek(const QString &week, const QList<kpi::Figure> &weekly,
                            const QHash<QString, QString> &teams, const QList<conflicts::Conflict> &conflicts,
                            int trendWeeks)
{
    const QStringList &columns = kpiColumns();
    static const QHash<QString, qsizetype> columnOf = [] {
        QHash<QString, qsizetype> byKpi;
        for (qsizetype c = 0; c < kpiColumns().size(); ++c)
            byKpi.insert(kpiColumns()[c], c);
        return byKpi;
    }();
    QMap<QString, Row> rows; // sorted by agent
    // Read from the newest figure back (they come in week order): first this week's, which
    // make the rows, then the weeks before, whose places the rows' trends keep. With hundreds
    // of agents this runs at every filter change: an agent's figures of a week come together
    // and it is looked up once for them, and nothing else of a week is copied.
    const QString *agent = nullptr;
    Row *row = nullptr;
    for (qsizetype i = weekly.size() - 1; i >= 0; --i) {
        const kpi::Figure &f = weekly[i];
        if (f.period > week)
            continue;
        const auto column = columnOf.constFind(f.kpi);
        if (column == columnOf.cend())
            continue;
        if (!agent || f.group != *agent) {
            agent = &f.group;
            auto it = rows.find(f.group);
            if (it == rows.end() && f.period == week) {
                it = rows.insert(f.group, Row{f.group, teams.value(f.group), QList<Cell>(columns.size()), {}, {}});
            }
            row = it == rows.end() ? nullptr : &*it;
        }
        if (!row)
            continue; // no figures this week
        Cell &cell = row->cells[*column];
        if (f.period == week)
            cell.figure = f;
        if (cell.recent.size() < trendWeeks)
            cell.recent.append(i);
    }
    for (const conflicts::Conflict &c : conflicts) {
        if (c.groupKind == u"agent" && c.week == week && rows.contains(c.group)) {
            rows[c.group].conflicts.append(conflicts::ruleName(c.rule));
            rows[c.group].conflictTitles.append(conflicts::ruleTitle(c.rule));
        }
    }
    beginResetModel();
    m_rows = rows.values();
    m_weekly = weekly;
    m_trendWeeks = trendWeeks;
    endResetModel();
}

const std::optional<trends::Trend> &AgentKpiModel::trendOf(const Cell &cell) const
{
    if (!cell.trend) {
        QList<kpi::Figure> series; // oldest first
        series.reserve(cell.recent.size());
        for (auto index = cell.recent.crbegin(); index != cell.recent.crend(); ++index)
            series.append(m_weekly[*index]);
        cell.trend = trends::recentTrend(series, m_trendWeeks);
    }
    return *cell.trend;
}

int AgentKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentKpiModel::columnOf(const QString &kpi)
{
    const qsizetype index = kpiColumns().indexOf(kpi);
    return index < 0 ? -1 : int(FirstKpiColumn + index);
}

int AgentKpiModel::conflictsColumn()
{
    return int(FirstKpiColumn + kpiColumns().size());
}

int AgentKpiModel::columnCount(const QModelIndex &parent) const
{
    // Agent, team, the KPIs, conflicts.
    return parent.isValid() ? 0 : int(FirstKpiColumn + kpiColumns().size() + 1);
}

QVariant AgentKpiModel::cellData(const Row &row, int kpiColumn, int role) const
{
    const Cell &cell = row.cells[kpiColumn];
    const kpi::KpiSpec *spec = kpi::findKpi(kpiColumns()[kpiColumn]);
    const bool hasValue = cell.figure && cell.figure->value;
    switch (role) {
    case Qt::DisplayRole: return hasValue ? kpi::formatValue(*spec, *cell.figure->value) + arrow(trendOf(cell)) : QStringLiteral("—");
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: return hasValue ? QVariant(*cell.figure->value) : QVariant();
    case KpiIdRole: return kpiColumns()[kpiColumn];
    case LowSampleRole: return cell.figure && cell.figure->lowSample;
    case DirectionRole: {
        const auto &trend = trendOf(cell);
        return trend ? trends::directionName(trend->direction) : QString();
    }
    case Qt::ForegroundRole:
        // Low samples are greyed, in the palette's own disabled colour (dark mode included).
        if (cell.figure && cell.figure->lowSample)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole: return cell.figure ? FigureToolTip::text(*spec, *cell.figure) : QVariant();
    default: return {};
    }
}

QVariant AgentKpiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (column >= FirstKpiColumn && column < FirstKpiColumn + kpiColumns().size())
        return cellData(row, column - FirstKpiColumn, role);
    const bool conflictsColumn = column == FirstKpiColumn + kpiColumns().size();
    if (conflictsColumn && role == ConflictsRole)
        return row.conflicts;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (column == AgentColumn)
        return row.agent;
    if (column == TeamColumn)
        return row.team;
    if (conflictsColumn)
        return role == SortRole ? QVariant(row.conflicts.size()) : QVariant(row.conflictTitles.join(QStringLiteral(", ")));
    return {};
}

QVariant AgentKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == AgentColumn)
        return tr("Agent");
    if (section == TeamColumn)
        return tr("Team");
    if (section == FirstKpiColumn + kpiColumns().size())
        return tr("Conflicts");
    const kpi::KpiSpec *spec = kpi::findKpi(kpiColumns().value(section - FirstKpiColumn));
    return spec ? kpi::Definitions::name(*spec) : QVariant();
}

} // namespace huddle::ui
