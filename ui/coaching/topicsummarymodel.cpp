#include "topicsummarymodel.h"

#include <kpi/kpidefinition.h>

#include <QLocale>

namespace huddle::ui {

TopicSummaryModel::TopicSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopicSummaryModel::setTopics(QList<coaching::TopicSummary> topics)
{
    beginResetModel();
    m_topics = std::move(topics);
    endResetModel();
}

int TopicSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int TopicSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_topics.size())
        return {};
    const coaching::TopicSummary &t = m_topics[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Topic ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Improved && t.judged > 0)
        return tr("%1 of %2 judged notes were followed by a clear improvement")
            .arg(QLocale().toString(t.improved), QLocale().toString(t.judged));
    if (role != Qt::DisplayRole)
        return {};
    const auto count = [](int n) { return QLocale().toString(n); };
    switch (Column(index.column())) {
    case Topic: {
        const kpi::KpiSpec *spec = kpi::findKpi(t.kpi);
        return spec ? kpi::Definitions::name(*spec) : t.kpi;
    }
    case Judged: return count(t.judged);
    case Improved:
        return t.judged > 0 ? QStringLiteral("%1 (%2 %)").arg(count(t.improved),
                                                             QLocale().toString(100.0 * t.improved / t.judged, 'f', 0))
                            : count(t.improved);
    case NoClearChange: return count(t.noClearChange);
    case Worse: return count(t.worse);
    case AfterBadSpell: return count(t.unusuallyBad);
    case TooEarly: return count(t.pending);
    case ColumnCount: break;
    }
    return {};
}

QVariant TopicSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AfterBadSpell)
        return tr("Judged notes written after a spell clearly worse than the agent's usual level: part of any "
                  "recovery would have come anyway");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Topic: return tr("KPI coached");
    case Judged: return tr("Judged");
    case Improved: return tr("Improved");
    case NoClearChange: return tr("No clear change");
    case Worse: return tr("Worse");
    case AfterBadSpell: return tr("After a bad spell");
    case TooEarly: return tr("Too early");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
