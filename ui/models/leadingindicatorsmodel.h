#pragma once

#include <trends/outlook.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// The leading-indicators view: each leading KPI (day-to-day steering) beside a lagging KPI
// it runs ahead of (strategic review), per group: each side's newest value, its trend as an
// arrow and a word, and where that trend leads in four weeks. Built from
// trends::leadingView(); the KPI names are the definition cards' names.
class LeadingIndicatorsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Leading, LeadingTrend, LeadingProjection, Lagging, LaggingTrend, LaggingProjection, ColumnCount };
    enum Role {
        DirectionRole = Qt::UserRole + 1, // "rising", "falling" or "flat" on the trend columns (for colouring)
        KpiIdRole,                        // the side's KPI id, on every column of that side
        ProjectedValueRole,               // double: the value projected furthest ahead (projection columns)
    };

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
