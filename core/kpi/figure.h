#pragma once

#include "classify.h"
#include "statistics.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace huddle::kpi {

// One KPI for one group and period, as `huddle-cli kpi --format json` prints it. A value
// without a denominator (zero) is "no data": value and interval stay empty.
struct Figure
{
    QString kpi;
    QString group;
    QString period;
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    qint64 n = 0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool lowSample = false;
};

// Everything one cell (group × period) adds up; figures are pure functions of it.
struct CellTally
{
    std::array<qint64, size_t(Part::Count)> counts{};
    std::array<MeanTally, size_t(Measure::Count)> means{};
    std::vector<float> firstResponses;
    QHash<quint16, MeanTally> qaCriteria;
    // Churn: customers active at the period's start and lost in it (whole operation only).
    std::optional<std::pair<qint64, qint64>> churn;

    void add(const Classified &fact);
    qint64 count(Part part) const { return counts[size_t(part)]; }
    const MeanTally &mean(Measure m) const { return means[size_t(m)]; }
};

// The figure of one KPI from a cell's tally.
Figure computeFigure(const KpiSpec &spec, CellTally &tally, const KpiSettings &settings);
// A per-criterion QA figure (kpi id "qa_score.CRITERION").
Figure criterionFigure(const QString &criterion, const MeanTally &tally, const KpiSettings &settings);

} // namespace huddle::kpi
