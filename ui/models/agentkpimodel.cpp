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
    // agent -> column -> where in weekly its last trendWeeks weeks up to this one are, newest
    // first. Read from the newest figure back (they come in week order), and only the
    // figures a trend reads are copied: with hundreds of agents this runs at every filter
    // change. An agent's figures of a week come together: it is looked up once for them.
    QHash<QString, QList<QList<qsizetype>>> recent;
    const QString *agent = nullptr;
    QList<QList<qsizetype>> *byColumn = nullptr;
    for (qsizetype i = weekly.size() - 1; i >= 0; --i) {
        const kpi::Figure &f = weekly[i];
        if (f.period > week)
            continue;
        const auto column = columnOf.constFind(f.kpi);
        if (column == columnOf.cend())
            continue;
        if (!agent || f.group != *agent) {
            agent = &f.group;
            byColumn = &recent[f.group];
            byColumn->resize(columns.size());
        }
        QList<qsizetype> &indexes = (*byColumn)[*column];
        if (indexes.size() < trendWeeks)
            indexes.append(i);
        if (f.period != week)
            continue;
        Row &row = rows[f.group];
        row.agent = f.group;
        row.team = teams.value(f.group);
        row.cells.resize(columns.size());
        row.cells[*column].figure = f;
    }
    QList<kpi::Figure> series; // one column's, oldest first
    for (Row &row : rows) {
        const QList<QList<qsizetype>> &indexesOf = recent[row.agent];
        for (qsizetype c = 0; c < columns.size(); ++c) {
            series.clear();
            for (auto index = indexesOf[c].crbegin(); index != indexesOf[c].crend(); ++index)
                series.append(weekly[*index]);
            row.cells[c].trend = trends::recentTrend(series, trendWeeks);
        }
    }
    for (const conflicts::Conflict &c : conflicts) {
        if (c.groupKind == u"agent" && c.week == week && rows.contains(c.group)) {
            rows[c.group].conflicts.append(conflicts::ruleName(c.rule));
            rows[c.group].conflictTitles.append(conflicts::ruleTitle(c.rule));
        }
    }
    beginResetModel();
    m_rows = rows.values();
    endResetModel();
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
    case Qt::DisplayRole: return hasValue ? kpi::formatValue(*spec, *cell.figure->value) + arrow(cell.trend) : QStringLiteral("—");
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: return hasValue ? QVariant(*cell.figure->value) : QVariant();
    case KpiIdRole: return kpiColumns()[kpiColumn];
    case LowSampleRole: return cell.figure && cell.figure->lowSample;
    case DirectionRole: return cell.trend ? trends::directionName(cell.trend->direction) : QString();
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
