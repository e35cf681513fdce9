#include "reasonparetomodel.h"

#include <QDate>
#include <QLocale>

namespace huddle::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

ReasonParetoModel::ReasonParetoModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReasonParetoModel::setReasons(QList<reasons::ReasonShare> reasons)
{
    beginResetModel();
    m_reasons = std::move(reasons);
    endResetModel();
}

int ReasonParetoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.size());
}

int ReasonParetoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReasonParetoModel::labelOf(const reasons::ReasonShare &reason)
{
    QStringList labels;
    if (reason.structural)
        labels.append(tr("structural"));
    QStringList days;
    for (const QString &day : reason.incidentDays)
        days.append(QLocale().toString(QDate::fromString(day, Qt::ISODate), QLocale::ShortFormat));
    if (!days.isEmpty())
        labels.append(tr("incident on %1").arg(days.join(QStringLiteral(", "))));
    return labels.join(QStringLiteral("; "));
}

QVariant ReasonParetoModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reasons.size())
        return {};
    const reasons::ReasonShare &r = m_reasons[index.row()];
    switch (role) {
    case StructuralRole: return r.structural;
    case IncidentDaysRole: return r.incidentDays;
    case Qt::TextAlignmentRole:
        return index.column() == Reason || index.column() == Label ? QVariant()
                                                                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == Label && r.structural)
            return tr("At least the structural share of contacts for 4 weeks in a row.");
        if (index.column() == Label && !r.incidentDays.isEmpty())
            return tr("Daily volume above its trailing 28-day mean + 3 σ, back below within 7 days.");
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Reason: return index.row();
        case Contacts: return r.contacts;
        case Share: return r.share;
        case CumulativeShare: return r.cumulativeShare;
        case RepeatRate: return r.repeatRate ? QVariant(*r.repeatRate) : QVariant();
        case Label: return labelOf(r);
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Reason: return r.reason;
        case Contacts: return QLocale().toString(r.contacts);
        case Share: return percent(r.share);
        case CumulativeShare: return percent(r.cumulativeShare);
        case RepeatRate: return r.repeatRate ? percent(*r.repeatRate) : QStringLiteral("—");
        case Label: return labelOf(r);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ReasonParetoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reason: return tr("Reason");
    case Contacts: return tr("Contacts");
    case Share: return tr("Share");
    case CumulativeShare: return tr("Cumulative share");
    case RepeatRate: return tr("Repeat rate");
    case Label: return tr("Structural or incident");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
