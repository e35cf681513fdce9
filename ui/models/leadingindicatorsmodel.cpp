#include "leadingindicatorsmodel.h"

#include <kpi/kpidefinition.h>

#include <QLocale>

namespace huddle::ui {

namespace {

QString kpiName(const QString &id)
{
    const kpi::KpiSpec *spec = kpi::findKpi(id);
    return spec ? kpi::Definitions::name(*spec) : id;
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
    const bool leadingSide = index.column() == Leading || index.column() == LeadingTrend;
    const std::optional<trends::Trend> &trend = leadingSide ? row.leadingTrend : row.laggingTrend;
    if (role == KpiIdRole)
        return leadingSide ? row.leading : row.lagging;
    if (role == DirectionRole && (index.column() == LeadingTrend || index.column() == LaggingTrend))
        return trend ? trends::directionName(trend->direction) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Group: return row.group;
    case Leading: return kpiName(row.leading);
    case Lagging: return kpiName(row.lagging);
    case LeadingTrend:
    case LaggingTrend: {
        if (!trend)
            return tr("too few weeks");
        const QString slope = QLocale().toString(trend->slope, 'g', 3);
        switch (trend->direction) {
        case trends::Direction::Rising: return tr("rising (%1 a week)").arg(slope);
        case trends::Direction::Falling: return tr("falling (%1 a week)").arg(slope);
        case trends::Direction::Flat: return tr("flat");
        }
        return {};
    }
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
    case Lagging: return tr("Lagging indicator it precedes");
    case LaggingTrend: return tr("Its trend");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
