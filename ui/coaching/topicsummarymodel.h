#pragma once

#include <coaching/effect.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// How often coaching on each KPI was followed by improvement (coaching::topicSummary()), one
// row per KPI, most coached first: notes judged, improved, no clear change, worse, how many
// followed an unusually bad spell, how many are too recent to judge.
class TopicSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Topic, Judged, Improved, NoClearChange, Worse, AfterBadSpell, TooEarly, ColumnCount };

    explicit TopicSummaryModel(QObject *parent = nullptr);

    void setTopics(QList<coaching::TopicSummary> topics);
    const QList<coaching::TopicSummary> &topics() const { return m_topics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<coaching::TopicSummary> m_topics;
};

} // namespace huddle::ui
