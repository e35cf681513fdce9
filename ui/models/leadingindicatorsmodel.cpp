#include "leadingindicatorsmodel.h"

#include <kpi/kpidefinition.h>
#include <kpi/period.h>

#include <QLocale>

namespace huddle::ui {

namespace {

QString kpiName(const QString &id)
{
    const kpi::KpiSpec *spec = kpi::findKpi(id);
    return spec ? kpi::Definitions::name(*spec) : id;
}

QString arrow(trends::Direction direction)
{
    switch (direction) {
    case trends::Direction::Rising: return QStringLiteral("↑");
    case trends::Direction::Falling: return QStringLiteral("↓");
    case trends::Direction::Flat: return QStringLiteral("→");
    }
    return {};
}

// The ISO week `weeksAhead` weeks after `week` (2026-W48 + 2 = 2026-W50).
QString weekAfter(const QString &week, int weeksAhead)
{
    const auto start = kpi::periodFromLabel(week);
    return start ? kpi::periodLabel(kpi::PeriodKind::Week, start->second + 7 * weeksAhead) : QString();
}

} // namespace

LeadingIndicatorsModel::LeadingIndicatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeadingIndicatorsModel::setRows(QList<trends::LeadLag> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LeadingIndicatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadingIndicatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadingIndicatorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const trends::LeadLag &row = m_rows[index.row()];
    const auto column = Column(index.column());
    if (column == Group && role == Qt::DisplayRole)
        return row.group == u"all" ? tr("All") : row.group; // "all": everything the question's filter keeps
    if (column == Group)
        return {};
    const bool leadingSide = column == Leading || column == LeadingTrend || column == LeadingProjection;
    const trends::KpiOutlook &side = leadingSide ? row.leading : row.lagging;
    const kpi::KpiSpec *spec = kpi::findKpi(side.kpi);
    const bool trendColumn = column == LeadingTrend || column == LaggingTrend;
    const bool projectionColumn = column == LeadingProjection || column == LaggingProjection;
    switch (role) {
    case KpiIdRole: return side.kpi;
    case DirectionRole:
        return trendColumn ? QVariant(side.trend ? trends::directionName(side.trend->direction) : QString()) : QVariant();
    case ProjectedValueRole:
        return projectionColumn && !side.projection.isEmpty() ? QVariant(side.projection.last().value) : QVariant();
    case Qt::ToolTipRole: {
        if (!projectionColumn || side.projection.isEmpty() || !spec)
            return {};
        // Every projected week with its 95 % prediction interval.
        QStringList lines = {tr("If the trend of the last weeks holds:")};
        for (const trends::ProjectedWeek &p : side.projection)
            lines.append(tr("%1: %2 (95 %: %3 – %4)")
                             .arg(weekAfter(side.week, p.weeksAhead), kpi::formatValue(*spec, p.value),
                                  kpi::formatValue(*spec, p.interval.low), kpi::formatValue(*spec, p.interval.high)));
        return lines.join(u'\n');
    }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Leading:
    case Lagging: {
        if (!side.latest || !spec)
            return kpiName(side.kpi);
        return tr("%1: %2 (%3)").arg(kpiName(side.kpi), kpi::formatValue(*spec, *side.latest), side.week);
    }
    case LeadingTrend:
    case LaggingTrend: {
        if (!side.trend || !spec)
            return tr("too few weeks");
        const QString slope = kpi::formatChange(*spec, side.trend->slope);
        switch (side.trend->direction) {
        case trends::Direction::Rising: return tr("%1 rising (%2 a week)").arg(arrow(side.trend->direction), slope);
        case trends::Direction::Falling: return tr("%1 falling (%2 a week)").arg(arrow(side.trend->direction), slope);
        case trends::Direction::Flat: return tr("%1 flat").arg(arrow(side.trend->direction));
        }
        return {};
    }
    case LeadingProjection:
    case LaggingProjection: {
        if (side.projection.isEmpty() || !spec)
            return tr("too few weeks");
        const trends::ProjectedWeek &last = side.projection.last();
        return tr("%1 by %2").arg(kpi::formatValue(*spec, last.value), weekAfter(side.week, last.weeksAhead));
    }
    case Group:
    case ColumnCount: break;
    }
    return {};
}

QVariant LeadingIndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group: return tr("Group");
    case Leading: return tr("Leading indicator");
    case LeadingTrend: return tr("Its trend");
    case LeadingProjection: return tr("Where it heads");
    case Lagging: return tr("Lagging indicator it precedes");
    case LaggingTrend: return tr("Its trend");
    case LaggingProjection: return tr("Where it heads");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
