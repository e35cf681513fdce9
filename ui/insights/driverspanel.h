#pragma once

#include <drivers/drivers.h>

#include <QWidget>

class QLabel;
class QTableView;

namespace huddle::ui {

class DriverForestPlot;
class DriversModel;

// The insights page "What drives satisfaction": CSAT's and NPS's drivers across the
// question's agent-weeks as forest plots and a table (DriversModel), each outcome's sample in
// words with core's small-sample warning, and core's causation caveat always beside them.
class DriversPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DriversPanel(QWidget *parent = nullptr);

    void setAnalyses(const QList<drivers::DriverAnalysis> &analyses);

    DriversModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // One per outcome, in the analyses' order (CSAT, NPS).
    const QList<DriverForestPlot *> &plots() const { return m_plots; }
    // What is said about the sample (agent-weeks, left out, R², small-sample warnings).
    QString sampleText() const;
    QString caveatText() const;

private:
    DriversModel *m_model;
    QTableView *m_table;
    QList<DriverForestPlot *> m_plots;
    QLabel *m_sample;
    QLabel *m_caveat;
};

} // namespace huddle::ui
