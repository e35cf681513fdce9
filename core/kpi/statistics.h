#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace huddle::kpi {

// 95 % intervals for the figures of KPI-DEFINITIONS.md. Pure functions: they know nothing
// of contacts, only counts, sums and samples.
struct Interval
{
    double low = 0;
    double high = 0;
};

// Running count, sum and sum of squares: enough for a mean and its t-interval.
struct MeanTally
{
    qint64 n = 0;
    double sum = 0;
    double sumOfSquares = 0;

    void add(double value)
    {
        ++n;
        sum += value;
        sumOfSquares += value * value;
    }
    void merge(const MeanTally &other)
    {
        n += other.n;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
    }
    double mean() const { return sum / double(n); }
    // Sample standard deviation (n - 1); 0 for fewer than two values.
    double standardDeviation() const;
};

// Wilson score interval of k successes in n trials (n > 0).
Interval wilsonInterval(qint64 successes, qint64 trials);

// Two-sided 97.5 % quantile of Student's t with the given degrees of freedom (>= 1).
double tQuantile975(qint64 degreesOfFreedom);
// The 99.5 % quantile (a two-sided 99 % interval), for tests that must be stricter.
double tQuantile995(qint64 degreesOfFreedom);
// The normal quantile and t quantile of a two-sided interval of 95 % or 99 %.
double zQuantile(double confidence);
double tQuantile(qint64 degreesOfFreedom, double confidence);

// t-interval of a mean; none for fewer than two values (no spread to estimate).
std::optional<Interval> meanInterval(const MeanTally &tally);

// NPS interval as KPI-DEFINITIONS.md gives it, in NPS points (-100 … 100), clipped.
Interval npsInterval(qint64 promoters, qint64 detractors, qint64 answers);

// The p-th percentile (0 < p < 1) by linear interpolation between closest ranks (as
// Excel's PERCENTILE.INC and R's type 7). Reorders the values; values must not be empty.
double percentile(std::vector<float> &values, double p);

// Distribution-free 95 % interval of a percentile: the order statistics whose ranks are
// n·p ± 1.96·√(n·p·(1 − p)). Reorders the values; values must not be empty.
Interval percentileInterval(std::vector<float> &values, double p);

} // namespace huddle::kpi
