#include "risingwordsmodel.h"

#include <QLocale>

namespace huddle::ui {

RisingWordsModel::RisingWordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RisingWordsModel::setWords(QList<voice::RisingWord> words)
{
    beginResetModel();
    m_words = std::move(words);
    endResetModel();
}

int RisingWordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_words.size());
}

int RisingWordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RisingWordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_words.size())
        return {};
    const voice::RisingWord &w = m_words[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Word || index.column() == Clear ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Clear)
        return tr("Clear when the rise is more than chance: the 95 % interval of its log odds ratio excludes 0.");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Word: return w.word;
    case Comments: return locale.toString(w.count);
    case Before: return locale.toString(w.previousCount);
    case Ratio: return tr("× %1").arg(locale.toString(w.ratio, 'f', 1));
    case Clear: return w.clear ? tr("clear rise") : tr("could be chance");
    case ColumnCount: break;
    }
    return {};
}

QVariant RisingWordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Word: return tr("Word");
    case Comments: return tr("Negative comments");
    case Before: return tr("In the weeks before");
    case Ratio: return tr("Share rose");
    case Clear: return tr("Rise");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
