#include "importhistorymodel.h"

#include <QLocale>

namespace huddle::ui {

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setImports(QList<store::ImportInfo> imports)
{
    beginResetModel();
    m_imports = std::move(imports);
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ImportInfo &info = m_imports[index.row()];
    const bool undone = info.status == u"undone";
    if (role == ImportIdRole)
        return info.id;
    if (role == UndoneRole)
        return undone;
    if (role == Qt::TextAlignmentRole && index.column() >= Added && index.column() <= Rejected)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role == Qt::ForegroundRole && undone)
        return QVariant::fromValue(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Id: return info.id;
    case When: return locale.toString(info.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind: return info.kind;
    case File: return info.fileName;
    case Added: return locale.toString(info.rowsAdded);
    case Present: return locale.toString(info.rowsPresent);
    case Rejected: return locale.toString(info.rowsRejected);
    case Status: return undone ? tr("undone") : tr("complete");
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Import");
    case When: return tr("When");
    case Kind: return tr("Kind");
    case File: return tr("File");
    case Added: return tr("Added");
    case Present: return tr("Already present");
    case Rejected: return tr("Rejected");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
