#include "verbatimmodel.h"

#include <QLocale>

namespace huddle::ui {

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

const int kRightAligned = int(Qt::AlignRight | Qt::AlignVCenter);

} // namespace

VerbatimModel::VerbatimModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VerbatimModel::setComments(QList<voice::Verbatim> comments)
{
    beginResetModel();
    m_comments = std::move(comments);
    endResetModel();
}

int VerbatimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int VerbatimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerbatimModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return {};
    const voice::Verbatim &v = m_comments[index.row()];
    switch (role) {
    case NegativeRole: return v.negative;
    case Qt::TextAlignmentRole:
        return index.column() == Csat || index.column() == Nps || index.column() == Sentiment ? QVariant(kRightAligned)
                                                                                              : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Comment)
            return v.comment;
        if (index.column() == Week && v.at.isValid())
            return QLocale().toString(v.at, QLocale::ShortFormat);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Week: return v.at;
        case Agent: return v.agent;
        case Reason: return v.reason;
        case Csat: return optionalInt(v.csat);
        case Nps: return optionalInt(v.nps);
        case Sentiment: return v.sentiment;
        case Comment: return v.comment;
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Week: return v.week;
        case Agent: return v.agent;
        case Reason: return v.reason;
        case Csat: return v.csat ? tr("%1/%2").arg(*v.csat).arg(v.csatScale) : QString();
        case Nps: return v.nps ? QString::number(*v.nps) : QString();
        case Sentiment: return QLocale().toString(v.sentiment, 'f', 2);
        case Comment: return v.comment;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant VerbatimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Week: return tr("Week");
    case Agent: return tr("Agent");
    case Reason: return tr("Reason");
    case Csat: return tr("CSAT");
    case Nps: return tr("NPS");
    case Sentiment: return tr("Sentiment");
    case Comment: return tr("Comment");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
