#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace huddle::kpi {

namespace {

constexpr double kZ = 1.959963984540054; // two-sided 95 %

// The k-th least of the values (from 0), found by partitioning them around it: linear
// time, where sorting a week's thousands of response times for two ranks took n log n.
float orderStatistic(std::vector<float> &values, size_t k)
{
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
    return values[k];
}

} // namespace

double MeanTally::standardDeviation() const
{
    if (n < 2)
        return 0;
    const double m = mean();
    // max(): rounding can make the difference slightly negative for constant samples.
    return std::sqrt(std::max(0.0, (sumOfSquares - double(n) * m * m) / double(n - 1)));
}

Interval wilsonInterval(qint64 successes, qint64 trials)
{
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = kZ * kZ;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double tQuantile975(qint64 degreesOfFreedom)
{
    // Exact table where the normal approximation is poor; beyond it the Cornish-Fisher
    // expansion is within 1e-4.
    static const double kTable[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060,
                                    2.2622,  2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199,
                                    2.1098,  2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
                                    2.0595,  2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    if (degreesOfFreedom <= qint64(std::size(kTable)))
        return kTable[std::max<qint64>(degreesOfFreedom, 1) - 1];
    const double df = double(degreesOfFreedom);
    const double z = kZ;
    return z + (z * z * z + z) / (4 * df) + (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
}

double tQuantile995(qint64 degreesOfFreedom)
{
    static const double kTable[] = {63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169,
                                    3.106,  3.055, 3.012, 2.977, 2.947, 2.921, 2.898, 2.878, 2.861, 2.845,
                                    2.831,  2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.750};
    if (degreesOfFreedom <= qint64(std::size(kTable)))
        return kTable[std::max<qint64>(degreesOfFreedom, 1) - 1];
    const double df = double(degreesOfFreedom);
    const double z = zQuantile(0.99);
    return z + (z * z * z + z) / (4 * df) + (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
}

double zQuantile(double confidence)
{
    return confidence >= 0.99 ? 2.5758293035489004 : kZ;
}

double tQuantile(qint64 degreesOfFreedom, double confidence)
{
    return confidence >= 0.99 ? tQuantile995(degreesOfFreedom) : tQuantile975(degreesOfFreedom);
}

std::optional<Interval> meanInterval(const MeanTally &tally)
{
    if (tally.n < 2)
        return std::nullopt;
    const double half = tQuantile975(tally.n - 1) * tally.standardDeviation() / std::sqrt(double(tally.n));
    return Interval{tally.mean() - half, tally.mean() + half};
}

Interval npsInterval(qint64 promoters, qint64 detractors, qint64 answers)
{
    const double n = double(answers);
    const double p = double(promoters) / n;
    const double d = double(detractors) / n;
    const double variance = (p + d - (p - d) * (p - d)) / n;
    const double half = kZ * std::sqrt(std::max(0.0, variance));
    return {std::max(-100.0, 100 * (p - d - half)), std::min(100.0, 100 * (p - d + half))};
}

double percentile(std::vector<float> &values, double p)
{
    const double rank = p * double(values.size() - 1);
    const auto below = size_t(std::floor(rank));
    const size_t above = std::min(below + 1, values.size() - 1);
    const float low = orderStatistic(values, below);
    // The values after `below` are now the larger ones: the next rank is their least.
    const float high = above == below ? low : *std::min_element(values.begin() + qsizetype(above), values.end());
    return low + (rank - double(below)) * (high - low);
}

Interval percentileInterval(std::vector<float> &values, double p)
{
    const double n = double(values.size());
    const double spread = kZ * std::sqrt(n * p * (1 - p));
    const auto rankAt = [&](double rank) {
        const auto clamped = std::clamp<qint64>(qint64(rank), 1, qint64(values.size()));
        return double(orderStatistic(values, size_t(clamped - 1)));
    };
    return {rankAt(std::floor(n * p - spread)), rankAt(std::ceil(n * p + spread) + 1)};
}

} // namespace huddle::kpi
