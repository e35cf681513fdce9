#pragma once

#include <store/kpifactreader.h>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::ui {

// The rows behind one figure (a drill-down): when, which contact and agent, the contact's
// survey scores and comment where it answered one, and its channel, queue and source. Times are
// shown in the store's zone, the zone the figure's periods were cut in. Sort through a
// QSortFilterProxyModel on SortRole (times as instants, not as localized text).
class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the contact said first; where it ran (channel, queue, source) after.
    enum Column { When, Contact, Agent, Survey, Comment, Channel, Queue, Source, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit DrillDownModel(QObject *parent = nullptr);

    void setRows(QList<store::FactRow> rows, const QTimeZone &zone);
    const store::FactRow &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const store::FactRow &row, Column column) const;
    QString toolTip(const store::FactRow &row, Column column) const;

    QList<store::FactRow> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::ui
