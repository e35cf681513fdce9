#pragma once

#include <drivers/drivers.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// What drives satisfaction as a table: for each outcome (CSAT, then NPS) each driver's
// standardized effect with its 95 % interval, its simple correlation, the verdict in words and
// the agent-weeks the outcome was fitted on. A thin adapter over drivers::analyse(); the
// forest plot reads the same analyses.
class DriversModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Outcome, Driver, Spread, Effect, Interval, Correlation, Verdict, AgentWeeks, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // the outcome's KPI id
        DriverRole,                     // the driver's KPI id
        CoefficientRole,                // double, in the outcome's unit; invalid when not fitted
        IntervalLowRole,
        IntervalHighRole,
        VerdictRole,                    // drivers::verdictName()
    };

    explicit DriversModel(QObject *parent = nullptr);

    void setAnalyses(QList<drivers::DriverAnalysis> analyses);
    const QList<drivers::DriverAnalysis> &analyses() const { return m_analyses; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // An effect in the outcome's own terms, signed ("+3.3 pts" for CSAT, "+4.1" for NPS).
    static QString effectText(const QString &outcome, double effect);

private:
    QString display(const drivers::DriverAnalysis &analysis, const drivers::DriverEffect &effect, int column) const;

    QList<drivers::DriverAnalysis> m_analyses;
    // Row → (analysis, effect) in m_analyses.
    QList<std::pair<qsizetype, qsizetype>> m_rows;
};

} // namespace huddle::ui
