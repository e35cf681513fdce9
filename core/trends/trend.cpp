#include "trend.h"

#include <kpi/statistics.h>

#include <QHash>

#include <cmath>
#include <vector>

namespace huddle::trends {

using kpi::Figure;
using kpi::Interval;
using kpi::KpiSpec;
using kpi::Shape;

namespace {

constexpr double kZ = 1.959963984540054;

// A mean's standard error, recovered from its t-interval.
std::optional<double> standardError(const Figure &f)
{
    if (!f.ciLow || !f.ciHigh || f.n < 2)
        return std::nullopt;
    return (*f.ciHigh - *f.ciLow) / 2 / kpi::tQuantile975(f.n - 1);
}

bool isProportion(const KpiSpec &spec)
{
    return spec.shape == Shape::Proportion || spec.shape == Shape::Churn || spec.shape == Shape::Retention;
}

} // namespace

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Rising: return QStringLiteral("rising");
    case Direction::Falling: return QStringLiteral("falling");
    case Direction::Flat: return QStringLiteral("flat");
    }
    return {};
}

std::optional<LineFit> fitLine(std::span<const Figure> weeks)
{
    LineFit f;
    double sx = 0, sy = 0;
    const auto each = [&](auto visit) {
        for (size_t i = 0; i < weeks.size(); ++i) {
            if (weeks[i].value && weeks[i].n > 0)
                visit(double(i), *weeks[i].value, double(weeks[i].n));
        }
    };
    each([&](double x, double y, double w) {
        f.sumW += w;
        sx += w * x;
        sy += w * y;
        ++f.weeks;
    });
    if (f.weeks < 3)
        return std::nullopt;
    f.meanX = sx / f.sumW;
    f.meanY = sy / f.sumW;
    double sxy = 0;
    each([&](double x, double y, double w) {
        f.sxx += w * (x - f.meanX) * (x - f.meanX);
        sxy += w * (x - f.meanX) * (y - f.meanY);
    });
    if (f.sxx <= 0)
        return std::nullopt;
    f.slope = sxy / f.sxx;
    double rss = 0;
    each([&](double x, double y, double w) {
        const double r = y - (f.meanY + f.slope * (x - f.meanX));
        rss += w * r * r;
    });
    f.df = f.weeks - 2;
    f.sigma2 = rss / double(f.df);
    f.meanW = f.sumW / double(f.weeks);
    return f;
}

std::optional<Trend> weightedTrend(std::span<const Figure> weeks, double confidence)
{
    const auto line = fitLine(weeks);
    if (!line)
        return std::nullopt;
    Trend trend;
    trend.weeks = line->weeks;
    trend.slope = line->slope;
    const double half = kpi::tQuantile(line->df, confidence) * std::sqrt(line->sigma2 / line->sxx);
    trend.interval = {trend.slope - half, trend.slope + half};
    if (trend.interval.low > 0)
        trend.direction = Direction::Rising;
    else if (trend.interval.high < 0)
        trend.direction = Direction::Falling;
    return trend;
}

std::optional<Trend> recentTrend(std::span<const Figure> weeks, int trendWeeks, double confidence)
{
    return weightedTrend(weeks.last(std::min(weeks.size(), size_t(std::max(trendWeeks, 0)))), confidence);
}

std::optional<Change> weekOverWeek(const KpiSpec &spec, const Figure &previous, const Figure &current,
                                   double confidence)
{
    if (!previous.value || !current.value)
        return std::nullopt;
    Change change;
    change.delta = *current.value - *previous.value;
    double se = 0;
    if (isProportion(spec)) {
        const auto variance = [](const Figure &f) { return *f.value * (1 - *f.value) / double(f.n); };
        se = std::sqrt(variance(previous) + variance(current));
    } else if (spec.shape == Shape::Count) {
        se = std::sqrt(*previous.value + *current.value);
    } else if (spec.shape == Shape::Nps) {
        // The NPS interval is ±1.96·se in points.
        const auto npsSe = [](const Figure &f) { return (*f.ciHigh - *f.ciLow) / 2 / kZ; };
        if (!previous.ciLow || !current.ciLow)
            return std::nullopt;
        se = std::sqrt(std::pow(npsSe(previous), 2) + std::pow(npsSe(current), 2));
    } else {
        const auto a = standardError(previous);
        const auto b = standardError(current);
        if (!a || !b)
            return std::nullopt;
        se = std::sqrt(*a * *a + *b * *b);
    }
    const double z = kpi::zQuantile(confidence);
    change.interval = {change.delta - z * se, change.delta + z * se};
    change.significant = change.interval.low > 0 || change.interval.high < 0;
    return change;
}

std::optional<ControlLimits> controlLimits(const KpiSpec &spec, const QList<Figure> &preceding, const Figure &current)
{
    if (!current.value || current.n <= 0)
        return std::nullopt;
    ControlLimits limits;
    if (isProportion(spec)) {
        double numerator = 0, denominator = 0;
        int weeks = 0;
        for (const Figure &f : preceding) {
            if (f.numerator && f.denominator && *f.denominator > 0) {
                numerator += *f.numerator;
                denominator += *f.denominator;
                ++weeks;
            }
        }
        if (weeks < 2 || denominator <= 0)
            return std::nullopt;
        limits.centre = numerator / denominator;
        const double sigma = std::sqrt(limits.centre * (1 - limits.centre) / double(current.n));
        limits.low = std::max(0.0, limits.centre - 3 * sigma);
        limits.high = std::min(1.0, limits.centre + 3 * sigma);
    } else {
        // Grand mean weighted by n; σ pooled from each week's standard error · √n.
        double sum = 0, weight = 0, pooled = 0;
        int weeks = 0;
        for (const Figure &f : preceding) {
            const auto se = standardError(f);
            if (!f.value || !se)
                continue;
            sum += *f.value * double(f.n);
            weight += double(f.n);
            pooled += *se * *se * double(f.n) * double(f.n - 1);
            ++weeks;
        }
        if (weeks < 2 || weight <= double(weeks))
            return std::nullopt;
        limits.centre = sum / weight;
        const double sigma = std::sqrt(pooled / (weight - double(weeks)));
        limits.low = limits.centre - 3 * sigma / std::sqrt(double(current.n));
        limits.high = limits.centre + 3 * sigma / std::sqrt(double(current.n));
    }
    limits.outOfControl = *current.value < limits.low || *current.value > limits.high;
    return limits;
}

QList<std::optional<double>> medianByPeriod(const QList<kpi::Figure> &figures, const QString &kpi,
                                            const QSet<QString> &members, const QStringList &periods)
{
    QHash<QString, std::vector<float>> values;
    for (const kpi::Figure &f : figures) {
        if (f.kpi == kpi && f.value && members.contains(f.group))
            values[f.period].push_back(float(*f.value));
    }
    QList<std::optional<double>> medians;
    medians.reserve(periods.size());
    for (const QString &period : periods) {
        auto it = values.find(period);
        medians.append(it == values.end() ? std::nullopt : std::optional<double>(kpi::percentile(*it, 0.5)));
    }
    return medians;
}

} // namespace huddle::trends
