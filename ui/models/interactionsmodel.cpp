#include "interactionsmodel.h"

#include <QLocale>

namespace huddle::ui {

namespace {

// Durations as people read them on a wallboard: 4:05, or 1:02:03 past an hour.
QString clockDuration(double seconds)
{
    const qint64 total = qint64(seconds + 0.5);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QVariant yesNo(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? InteractionsModel::tr("yes") : InteractionsModel::tr("no");
}

} // namespace

InteractionsModel::InteractionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InteractionsModel::setStore(store::Store *store)
{
    m_store = store;
    reload();
}

void InteractionsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = m_store == nullptr;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int InteractionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InteractionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void InteractionsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<store::InteractionRow> page = store::InteractionRepository(*m_store).page(m_rows.size(), kPageSize);
    m_complete = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant InteractionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::InteractionRow &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Wait || index.column() == Talk;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Started:
        return row.startedAt.isValid() ? QLocale().toString(row.startedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QVariant();
    case Contact: return row.contactId;
    case Channel: return row.channel;
    case Queue: return row.queue;
    case Agent: return row.agentId;
    case Team: return row.team;
    case Reason: return row.reason;
    case Wait: return row.waitSeconds ? QVariant(clockDuration(*row.waitSeconds)) : QVariant();
    case Talk: return row.talkSeconds ? QVariant(clockDuration(*row.talkSeconds)) : QVariant();
    case Answered: return yesNo(row.answered);
    case Transferred: return yesNo(row.transferred);
    case Resolved: return yesNo(row.resolved);
    case ColumnCount: break;
    }
    return {};
}

QVariant InteractionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Started: return tr("Started");
    case Contact: return tr("Contact");
    case Channel: return tr("Channel");
    case Queue: return tr("Queue");
    case Agent: return tr("Agent");
    case Team: return tr("Team");
    case Reason: return tr("Reason");
    case Wait: return tr("Wait");
    case Talk: return tr("Talk");
    case Answered: return tr("Answered");
    case Transferred: return tr("Transferred");
    case Resolved: return tr("Resolved");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
