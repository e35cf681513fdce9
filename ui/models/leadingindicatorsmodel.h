#pragma once

#include <trends/outlook.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// The leading-indicators view: each leading KPI's trend (day-to-day steering) beside the
// trend of a lagging KPI it runs ahead of (strategic review), per group. Built from
// trends::leadingView(); the KPI names are the definition cards' names.
class LeadingIndicatorsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Leading, LeadingTrend, Lagging, LaggingTrend, ColumnCount };
    // The trend's direction as "rising", "falling" or "flat" (for colouring), on the trend columns.
    enum Role { DirectionRole = Qt::UserRole + 1, KpiIdRole };

    explicit LeadingIndicatorsModel(QObject *parent = nullptr);

    void setRows(QList<trends::LeadLag> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<trends::LeadLag> m_rows;
};

} // namespace huddle::ui
