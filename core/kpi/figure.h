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

// An average rolled up from summary rows: each row's average weighted by its own count
// (KPI-DEFINITIONS.md, "Summary reports"). No spread is known, so no interval.
struct WeightedMean
{
    double weight = 0;
    double sum = 0;
    void add(double average, double count)
    {
        weight += count;
        sum += average * count;
    }
};

// Everything one cell (group × period) adds up; figures are pure functions of it.
struct CellTally
{
    std::array<qint64, size_t(Part::Count)> counts{};
    std::array<MeanTally, size_t(Measure::Count)> means{};
    std::array<WeightedMean, size_t(Measure::Count)> summaryMeans{};
    WeightedMean summaryServiceLevel; // the platform's per-row service levels
    std::vector<float> firstResponses;
    QHash<quint16, MeanTally> qaCriteria;
    // Churn: customers active at the period's start and lost in it (whole operation only).
    std::optional<std::pair<qint64, qint64>> churn;

    void add(const Classified &fact);
    void add(const store::SummaryFact &row);
    qint64 count(Part part) const { return counts[size_t(part)]; }
    const MeanTally &mean(Measure m) const { return means[size_t(m)]; }
};

// The figure of one KPI from a cell's tally.
Figure computeFigure(const KpiSpec &spec, CellTally &tally, const KpiSettings &settings);
// A per-criterion QA figure (kpi id "qa_score.CRITERION").
Figure criterionFigure(const QString &criterion, const MeanTally &tally, const KpiSettings &settings);

} // namespace huddle::kpi
