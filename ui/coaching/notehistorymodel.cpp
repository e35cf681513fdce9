#include "notehistorymodel.h"

#include <QLocale>

namespace huddle::ui {

NoteHistoryModel::NoteHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NoteHistoryModel::setChanges(QList<store::NoteChange> changes, const QTimeZone &zone)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_zone = zone;
    endResetModel();
}

int NoteHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int NoteHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoteHistoryModel::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("week"), QT_TR_NOOP("Week")},
        {QStringLiteral("kpi"), QT_TR_NOOP("KPIs")},
        {QStringLiteral("conflict"), QT_TR_NOOP("Conflict")},
        {QStringLiteral("text"), QT_TR_NOOP("Observed")},
        {QStringLiteral("agreed"), QT_TR_NOOP("Agreed")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("shared"), QT_TR_NOOP("Shared")},
        {QStringLiteral("acknowledged_at"), QT_TR_NOOP("Acknowledged")},
        {QStringLiteral("deleted_at"), QT_TR_NOOP("Deleted")},
    };
    const char *title = titles.value(field);
    return title ? tr(title) : field;
}

QVariant NoteHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const store::NoteChange &c = m_changes[index.row()];
    if (role == Qt::ToolTipRole && (index.column() == Was || index.column() == Now))
        return index.column() == Was ? c.oldValue : c.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When: return QLocale().toString(c.changedAt.toTimeZone(m_zone), QLocale::ShortFormat);
    case Who: return c.author;
    case Field: return fieldTitle(c.field);
    case Was: return c.oldValue.simplified();
    case Now: return c.newValue.simplified();
    case ColumnCount: break;
    }
    return {};
}

QVariant NoteHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Field: return tr("Field");
    case Was: return tr("Was");
    case Now: return tr("Now");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
