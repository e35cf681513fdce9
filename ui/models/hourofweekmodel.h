#pragma once

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace huddle::ui {

// One KPI by hour of the week as a 7 × 24 grid: weekday rows Monday … Sunday (the locale's
// day names), local hour columns 00 … 23. Built from figures of period kind hour_of_week
// (labels "Mon 09"); cells without contacts are empty.
class HourOfWeekModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double, or invalid for no data
        LowSampleRole,                // bool
        CompactTextRole,              // the value in a few characters, for the grid's cells
    };

    explicit HourOfWeekModel(const QString &kpi, QObject *parent = nullptr);

    const kpi::KpiSpec &spec() const { return *m_spec; }
    // Takes this model's KPI from any figures (others are ignored).
    void setFigures(const QList<kpi::Figure> &figures);
    std::optional<kpi::Figure> figureAt(int weekdayRow, int hour) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const kpi::KpiSpec *m_spec;
    std::array<std::optional<kpi::Figure>, 7 * 24> m_cells;
};

} // namespace huddle::ui
