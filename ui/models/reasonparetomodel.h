#pragma once

#include <reasons/reasons.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// The contact reasons' Pareto as a table: each reason's contacts, share and cumulative
// share (biggest first), its repeat rate, and whether it is structural or had incident
// days. A thin adapter over reasons::analyse(); sort through a QSortFilterProxyModel on
// SortRole.
class ReasonParetoModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reason, Contacts, Share, CumulativeShare, RepeatRate, Label, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers; the Pareto rank on the Reason column
        StructuralRole,              // bool
        IncidentDaysRole,            // QStringList of ISO dates
    };

    explicit ReasonParetoModel(QObject *parent = nullptr);

    void setReasons(QList<reasons::ReasonShare> reasons);
    const QList<reasons::ReasonShare> &reasons() const { return m_reasons; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The label column's words for a reason: "structural", "incident on 12 Oct 2026", both.
    static QString labelOf(const reasons::ReasonShare &reason);

private:
    QList<reasons::ReasonShare> m_reasons;
};

} // namespace huddle::ui
