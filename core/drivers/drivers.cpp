#include "drivers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace huddle::drivers {

using kpi::Figure;
using kpi::Interval;

namespace {

class DriversText
{
    Q_DECLARE_TR_FUNCTIONS(Drivers)
};

// The inverse of a symmetric positive semi-definite matrix by Gauss-Jordan elimination with
// partial pivoting; none when a pivot is negligible next to the largest diagonal element
// (the matrix is singular as far as doubles can tell).
std::optional<std::vector<std::vector<double>>> inverse(std::vector<std::vector<double>> a)
{
    const size_t size = a.size();
    double scale = 0;
    for (size_t i = 0; i < size; ++i)
        scale = std::max(scale, std::abs(a[i][i]));
    std::vector<std::vector<double>> inv(size, std::vector<double>(size, 0.0));
    for (size_t i = 0; i < size; ++i)
        inv[i][i] = 1;
    for (size_t col = 0; col < size; ++col) {
        size_t pivot = col;
        for (size_t row = col + 1; row < size; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        }
        if (!(std::abs(a[pivot][col]) > 1e-10 * scale))
            return std::nullopt;
        std::swap(a[pivot], a[col]);
        std::swap(inv[pivot], inv[col]);
        const double p = a[col][col];
        for (size_t k = 0; k < size; ++k) {
            a[col][k] /= p;
            inv[col][k] /= p;
        }
        for (size_t row = 0; row < size; ++row) {
            if (row == col || a[row][col] == 0)
                continue;
            const double f = a[row][col];
            for (size_t k = 0; k < size; ++k) {
                a[row][k] -= f * a[col][k];
                inv[row][k] -= f * inv[col][k];
            }
        }
    }
    return inv;
}

struct WeightedMoments
{
    double mean = 0;
    double spread = 0; // √(Σw(x − x̄)²/Σw)
};

WeightedMoments moments(const std::vector<double> &x, const std::vector<double> &w)
{
    double total = 0;
    double sum = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        total += w[i];
        sum += w[i] * x[i];
    }
    const double mean = sum / total;
    double squares = 0;
    for (size_t i = 0; i < x.size(); ++i)
        squares += w[i] * (x[i] - mean) * (x[i] - mean);
    return {mean, std::sqrt(squares / total)};
}

// A spread this small next to the values is rounding, not variation.
bool varies(const WeightedMoments &m)
{
    return m.spread > 1e-9 * std::max(1.0, std::abs(m.mean));
}

} // namespace

const QStringList &outcomeKpis()
{
    static const QStringList ids = {QStringLiteral("csat"), QStringLiteral("nps")};
    return ids;
}

const QStringList &driverKpis()
{
    static const QStringList ids = {QStringLiteral("fcr"),      QStringLiteral("aht"),
                                    QStringLiteral("transfer_rate"), QStringLiteral("asa"),
                                    QStringLiteral("qa_score"), QStringLiteral("sentiment")};
    return ids;
}

QList<Observation> observations(const QList<Figure> &weeklyByAgent, const QString &outcome, const QStringList &drivers)
{
    QMap<std::pair<QString, QString>, QHash<QString, const Figure *>> cells; // (week, agent) -> kpi -> figure
    for (const Figure &f : weeklyByAgent)
        cells[{f.period, f.group}].insert(f.kpi, &f);
    QList<Observation> rows;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const Figure *result = it->value(outcome);
        if (!result || !result->value || result->lowSample)
            continue;
        Observation row;
        row.week = it.key().first;
        row.agent = it.key().second;
        row.outcome = *result->value;
        row.weight = double(result->n);
        for (const QString &driver : drivers) {
            const Figure *f = it->value(driver);
            row.drivers.push_back(f ? f->value : std::nullopt);
        }
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<LeastSquaresFit> weightedLeastSquares(const std::vector<std::vector<double>> &x,
                                                    const std::vector<double> &y, const std::vector<double> &weights)
{
    const size_t rows = y.size();
    const size_t columns = x.empty() ? 0 : x.front().size();
    const size_t size = columns + 1; // with the intercept
    if (rows <= size)
        return std::nullopt;
    const auto value = [&](size_t row, size_t column) { return column == 0 ? 1.0 : x[row][column - 1]; };
    std::vector<std::vector<double>> normal(size, std::vector<double>(size, 0.0));
    std::vector<double> right(size, 0.0);
    for (size_t i = 0; i < rows; ++i) {
        for (size_t a = 0; a < size; ++a) {
            right[a] += weights[i] * value(i, a) * y[i];
            for (size_t b = 0; b < size; ++b)
                normal[a][b] += weights[i] * value(i, a) * value(i, b);
        }
    }
    const auto inv = inverse(normal);
    if (!inv)
        return std::nullopt;
    LeastSquaresFit fit;
    fit.coefficients.assign(size, 0.0);
    for (size_t a = 0; a < size; ++a) {
        for (size_t b = 0; b < size; ++b)
            fit.coefficients[a] += (*inv)[a][b] * right[b];
    }
    const WeightedMoments outcome = moments(y, weights);
    double residualSquares = 0;
    double totalSquares = 0;
    for (size_t i = 0; i < rows; ++i) {
        double fitted = 0;
        for (size_t a = 0; a < size; ++a)
            fitted += fit.coefficients[a] * value(i, a);
        residualSquares += weights[i] * (y[i] - fitted) * (y[i] - fitted);
        totalSquares += weights[i] * (y[i] - outcome.mean) * (y[i] - outcome.mean);
    }
    fit.degreesOfFreedom = qint64(rows - size);
    const double variance = residualSquares / double(fit.degreesOfFreedom);
    for (size_t a = 0; a < size; ++a)
        fit.standardErrors.push_back(std::sqrt(std::max(0.0, variance * (*inv)[a][a])));
    if (varies(outcome))
        fit.rSquared = 1 - residualSquares / totalSquares;
    return fit;
}

std::optional<double> weightedCorrelation(const std::vector<double> &a, const std::vector<double> &b,
                                          const std::vector<double> &weights)
{
    const WeightedMoments ma = moments(a, weights);
    const WeightedMoments mb = moments(b, weights);
    if (!varies(ma) || !varies(mb))
        return std::nullopt;
    double total = 0;
    double covariance = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        total += weights[i];
        covariance += weights[i] * (a[i] - ma.mean) * (b[i] - mb.mean);
    }
    return std::clamp(covariance / total / (ma.spread * mb.spread), -1.0, 1.0);
}

std::optional<Interval> correlationInterval(double r, qint64 n)
{
    if (n <= 3)
        return std::nullopt;
    // atanh(±1) is infinite: a perfect correlation keeps its interval at the edge.
    const double z = std::atanh(std::clamp(r, -1 + 1e-15, 1 - 1e-15));
    const double half = kpi::zQuantile(0.95) / std::sqrt(double(n - 3));
    return Interval{std::tanh(z - half), std::tanh(z + half)};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Strongest: return QStringLiteral("strongest");
    case Verdict::Clear: return QStringLiteral("clear");
    case Verdict::Unclear: return QStringLiteral("unclear");
    case Verdict::Dropped: return QStringLiteral("dropped");
    case Verdict::NotFitted: return QStringLiteral("not_fitted");
    }
    return {};
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Strongest: return DriversText::tr("strongest");
    case Verdict::Clear: return DriversText::tr("clear");
    case Verdict::Unclear: return DriversText::tr("unclear (interval crosses 0)");
    case Verdict::Dropped: return DriversText::tr("left out");
    case Verdict::NotFitted: return DriversText::tr("not fitted");
    }
    return {};
}

QString causationCaveat()
{
    return DriversText::tr("These are associations across agent-weeks, not proof of cause: an agent who does well on "
                           "one KPI may do well on others for reasons the figures do not show (experience, the "
                           "contacts they get), and an agent's weeks are not independent of each other. Work on a "
                           "clear driver and watch whether the outcome follows.");
}

QString smallSampleWarning(qint64 observations)
{
    return DriversText::tr("Small sample: only %n agent-week(s) with enough answers; the intervals are wide and a "
                           "single agent can move them.",
                           nullptr, int(observations));
}

DriverAnalysis analyse(const QString &outcome, const QStringList &drivers, const QList<Observation> &rows)
{
    DriverAnalysis result;
    result.outcome = outcome;
    for (const QString &driver : drivers) {
        DriverEffect effect;
        effect.driver = driver;
        result.effects.append(effect);
    }
    if (rows.isEmpty()) {
        for (DriverEffect &e : result.effects)
            e.note = DriversText::tr("no agent-week has enough answers");
        return result;
    }

    // Drivers with data in most agent-weeks; then the agent-weeks that have all of them.
    std::vector<qsizetype> kept;
    for (qsizetype d = 0; d < drivers.size(); ++d) {
        const auto missing = std::count_if(rows.cbegin(), rows.cend(),
                                           [&](const Observation &r) { return !r.drivers[size_t(d)]; });
        if (2 * missing > rows.size()) {
            result.effects[d].verdict = Verdict::Dropped;
            result.effects[d].note = DriversText::tr("no data in %1 of %2 agent-weeks").arg(missing).arg(rows.size());
        } else {
            kept.push_back(d);
        }
    }
    std::vector<double> y;
    std::vector<double> w;
    std::vector<std::vector<double>> values(kept.size()); // per kept driver
    for (const Observation &r : rows) {
        if (std::any_of(kept.cbegin(), kept.cend(), [&](qsizetype d) { return !r.drivers[size_t(d)]; }))
            continue;
        y.push_back(r.outcome);
        w.push_back(r.weight);
        for (size_t k = 0; k < kept.size(); ++k)
            values[k].push_back(*r.drivers[size_t(kept[k])]);
    }
    result.observations = qint64(y.size());
    result.rowsDropped = rows.size() - result.observations;
    result.smallSample = result.observations < kSmallSample;

    // Standardize the drivers that vary: coefficients per standard deviation are comparable.
    std::vector<qsizetype> fitted;
    std::vector<std::vector<double>> x(y.size());
    for (size_t k = 0; k < kept.size(); ++k) {
        DriverEffect &effect = result.effects[kept[k]];
        if (y.empty()) {
            fitted.push_back(kept[k]); // not fitted below: no agent-week has every kept driver
            continue;
        }
        const WeightedMoments m = moments(values[k], w);
        if (!varies(m)) {
            effect.verdict = Verdict::Dropped;
            effect.note = DriversText::tr("the same in every agent-week");
            continue;
        }
        effect.spread = m.spread;
        effect.correlation = weightedCorrelation(values[k], y, w);
        if (effect.correlation)
            effect.correlationInterval = correlationInterval(*effect.correlation, result.observations);
        for (size_t i = 0; i < y.size(); ++i)
            x[i].push_back((values[k][i] - m.mean) / m.spread);
        fitted.push_back(kept[k]);
    }

    const auto fit = weightedLeastSquares(x, y, w);
    if (!fit) {
        const bool tooFew = y.size() <= fitted.size() + 1;
        for (qsizetype d : fitted) {
            result.effects[d].note =
                tooFew ? DriversText::tr("too few agent-weeks (%1) for %2 drivers").arg(y.size()).arg(fitted.size())
                       : DriversText::tr("moves with the other drivers too closely to tell them apart");
        }
        return result;
    }
    result.rSquared = fit->rSquared;
    const double t = kpi::tQuantile975(fit->degreesOfFreedom);
    DriverEffect *strongest = nullptr;
    for (size_t c = 0; c < fitted.size(); ++c) {
        DriverEffect &effect = result.effects[fitted[c]];
        const double b = fit->coefficients[c + 1];
        const double half = t * fit->standardErrors[c + 1];
        effect.coefficient = b;
        effect.interval = Interval{b - half, b + half};
        const bool clear = b - half > 0 || b + half < 0;
        effect.verdict = clear ? Verdict::Clear : Verdict::Unclear;
        if (clear && (!strongest || std::abs(b) > std::abs(*strongest->coefficient)))
            strongest = &effect;
    }
    if (strongest)
        strongest->verdict = Verdict::Strongest;
    return result;
}

std::optional<QList<DriverAnalysis>> analyse(kpi::KpiEngine &engine, const kpi::KpiQuery &span, QString *error)
{
    kpi::KpiQuery query = span;
    query.period = kpi::PeriodKind::Week;
    query.by = kpi::GroupBy::Agent;
    query.kpis = outcomeKpis() + driverKpis();
    const auto figures = engine.compute(query, error);
    if (!figures)
        return std::nullopt;
    QList<DriverAnalysis> analyses;
    for (const QString &outcome : outcomeKpis())
        analyses.append(analyse(outcome, driverKpis(), observations(*figures, outcome, driverKpis())));
    return analyses;
}

} // namespace huddle::drivers
