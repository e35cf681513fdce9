#include "effect.h"

#include <kpi/period.h>
#include <kpi/statistics.h>

#include <QCoreApplication>

#include <cmath>

namespace huddle::coaching {

using kpi::Figure;
using kpi::KpiSpec;
using kpi::Shape;

namespace {

constexpr double kZ = 1.959963984540054;

bool judgeable(const KpiSpec &spec)
{
    switch (spec.shape) {
    case Shape::Unavailable:
    case Shape::RepeatCost:
    case Shape::FcrSavings:
    case Shape::ChurnValue:
        return false;
    default:
        return spec.better != kpi::Better::Neither;
    }
}

std::optional<qint32> mondayOf(const QString &week)
{
    const auto period = kpi::periodFromLabel(week);
    if (!period || period->first != kpi::PeriodKind::Week)
        return std::nullopt;
    return period->second;
}

Figure proportion(const QList<Figure> &weeks)
{
    double numerator = 0, denominator = 0;
    bool intervals = true;
    for (const Figure &f : weeks) {
        numerator += f.numerator.value_or(0);
        denominator += f.denominator.value_or(0);
        intervals = intervals && f.ciLow.has_value();
    }
    Figure pooled;
    pooled.numerator = numerator;
    pooled.denominator = denominator;
    pooled.n = qint64(denominator);
    if (denominator <= 0)
        return pooled;
    pooled.value = numerator / denominator;
    if (intervals) {
        const kpi::Interval i
            = kpi::wilsonInterval(qint64(std::llround(numerator)), qint64(std::llround(denominator)));
        pooled.ciLow = i.low;
        pooled.ciHigh = i.high;
    }
    return pooled;
}

// Exact: each week's sum and count are its numerator and denominator, and its standard
// deviation follows from its t-interval; the pooled sum of squares adds the spread within
// and between weeks.
Figure mean(const QList<Figure> &weeks)
{
    double sum = 0, count = 0;
    bool intervals = true;
    for (const Figure &f : weeks) {
        sum += f.numerator.value_or(0);
        count += f.denominator.value_or(0);
        intervals = intervals && (f.n < 2 || f.ciLow.has_value());
    }
    Figure pooled;
    pooled.numerator = sum;
    pooled.denominator = count;
    pooled.n = qint64(count);
    if (count <= 0)
        return pooled;
    pooled.value = sum / count;
    if (!intervals)
        return pooled;
    kpi::MeanTally tally;
    tally.n = pooled.n;
    tally.sum = sum;
    for (const Figure &f : weeks) {
        const double n = double(f.n);
        double sd = 0;
        if (f.n >= 2)
            sd = (*f.ciHigh - *f.ciLow) / 2 * std::sqrt(n) / kpi::tQuantile975(f.n - 1);
        tally.sumOfSquares += (n - 1) * sd * sd + n * *f.value * *f.value;
    }
    if (const auto interval = kpi::meanInterval(tally)) {
        pooled.ciLow = interval->low;
        pooled.ciHigh = interval->high;
    }
    return pooled;
}

Figure count(const QList<Figure> &weeks)
{
    Figure pooled;
    double total = 0;
    for (const Figure &f : weeks)
        total += *f.value;
    pooled.value = pooled.numerator = total;
    pooled.n = qint64(total);
    pooled.ciLow = std::max(0.0, total - kZ * std::sqrt(total));
    pooled.ciHigh = total + kZ * std::sqrt(total);
    return pooled;
}

// NPS and percentiles: the weeks as strata of one estimate.
Figure weighted(const QList<Figure> &weeks, double low, double high)
{
    Figure pooled;
    double weight = 0, sum = 0;
    bool intervals = true;
    for (const Figure &f : weeks) {
        weight += double(f.n);
        sum += double(f.n) * *f.value;
        intervals = intervals && f.ciLow.has_value();
    }
    pooled.n = qint64(weight);
    pooled.denominator = weight;
    if (weight <= 0)
        return pooled;
    pooled.value = sum / weight;
    if (!intervals)
        return pooled;
    double variance = 0;
    for (const Figure &f : weeks) {
        const double se = (*f.ciHigh - *f.ciLow) / 2 / kZ;
        variance += std::pow(double(f.n) / weight * se, 2);
    }
    pooled.ciLow = std::max(low, *pooled.value - kZ * std::sqrt(variance));
    pooled.ciHigh = std::min(high, *pooled.value + kZ * std::sqrt(variance));
    return pooled;
}

// The before and after intervals do not overlap (KPI-DEFINITIONS.md): +1 after above, −1 below.
int separation(const Figure &before, const Figure &after)
{
    if (!before.ciLow || !after.ciLow)
        return 0;
    if (*after.ciLow > *before.ciHigh)
        return 1;
    if (*after.ciHigh < *before.ciLow)
        return -1;
    return 0;
}

int betterSign(const KpiSpec &spec)
{
    return spec.better == kpi::Better::Higher ? 1 : -1;
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Improved:
        return QStringLiteral("improved");
    case Verdict::NoClearChange:
        return QStringLiteral("no_clear_change");
    case Verdict::Worse:
        return QStringLiteral("worse");
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::NoData:
        return QStringLiteral("no_data");
    case Verdict::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Improved:
        return QCoreApplication::translate("CoachingEffect", "improved");
    case Verdict::NoClearChange:
        return QCoreApplication::translate("CoachingEffect", "no clear change");
    case Verdict::Worse:
        return QCoreApplication::translate("CoachingEffect", "worse");
    case Verdict::Pending:
        return QCoreApplication::translate(
            "CoachingEffect", "too early: the weeks after the note are not all in the store yet");
    case Verdict::NoData:
        return QCoreApplication::translate("CoachingEffect", "no data before or after the note");
    case Verdict::NotApplicable:
        return QCoreApplication::translate("CoachingEffect", "not judged: this KPI has no better direction");
    }
    return {};
}

QString regressionCaveat(bool unusuallyBad)
{
    const QString general = QCoreApplication::translate("CoachingEffect",
        "Coaching usually follows a bad spell, and bad spells tend to end by themselves "
        "(regression to the mean): compare with the team's change over the same weeks.");
    return unusuallyBad
        ? QCoreApplication::translate("CoachingEffect",
              "The weeks before this note were clearly worse than this agent's usual level, so part "
              "of any improvement would have come anyway.")
            + u' ' + general
        : general;
}

QString addWeeks(const QString &week, int offset)
{
    const auto monday = mondayOf(week);
    return monday ? kpi::periodLabel(kpi::PeriodKind::Week, *monday + 7 * offset) : QString();
}

Figure pooledFigure(const KpiSpec &spec, const QList<Figure> &weeks)
{
    QList<Figure> withData;
    for (const Figure &f : weeks) {
        if (f.value)
            withData.append(f);
    }
    Figure pooled;
    if (!withData.isEmpty()) {
        switch (spec.shape) {
        case Shape::Proportion:
        case Shape::Churn:
        case Shape::Retention:
            pooled = proportion(withData);
            break;
        case Shape::Mean:
            pooled = mean(withData);
            break;
        case Shape::Count:
            pooled = count(withData);
            break;
        case Shape::Nps:
            pooled = weighted(withData, -100, 100);
            break;
        case Shape::Percentile:
            pooled = weighted(
                withData, -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity());
            break;
        default:
            break;
        }
    }
    pooled.kpi = QString::fromLatin1(spec.id);
    return pooled;
}

Span span(const KpiSpec &spec, const WeeklyFigures &weekly, const QString &firstWeek, int count)
{
    Span s;
    s.firstWeek = firstWeek;
    s.lastWeek = addWeeks(firstWeek, count - 1);
    const auto monday = mondayOf(firstWeek);
    QList<Figure> weeks;
    for (int i = 0; monday && i < count; ++i) {
        const auto it = weekly.constFind(kpi::periodLabel(kpi::PeriodKind::Week, *monday + 7 * i));
        if (it != weekly.constEnd() && it->value) {
            weeks.append(*it);
            ++s.weeksWithData;
        }
    }
    s.figure = pooledFigure(spec, weeks);
    s.figure.period = firstWeek + u'/' + s.lastWeek;
    return s;
}

CoachingEffect coachingEffect(const KpiSpec &spec, const QString &week, int coachWeeks,
    const WeeklyFigures &agent, const WeeklyFigures &team, const QString &newestWeek)
{
    CoachingEffect effect;
    effect.kpi = QString::fromLatin1(spec.id);
    effect.week = week;
    if (!mondayOf(week))
        return effect; // no data: a note without a week and a creation time
    const QString beforeStart = addWeeks(week, -coachWeeks);
    effect.before = span(spec, agent, beforeStart, coachWeeks);
    effect.after = span(spec, agent, addWeeks(week, 1), coachWeeks);
    effect.teamBefore = span(spec, team, beforeStart, coachWeeks);
    effect.teamAfter = span(spec, team, addWeeks(week, 1), coachWeeks);
    effect.baseline = span(spec, agent, addWeeks(beforeStart, -kBaselineWeeks), kBaselineWeeks);
    if (!judgeable(spec)) {
        effect.verdict = Verdict::NotApplicable;
        return effect;
    }
    const auto newest = mondayOf(newestWeek);
    if (newest && *mondayOf(effect.after.lastWeek) > *newest) {
        effect.verdict = Verdict::Pending;
        return effect;
    }
    if (!effect.before.figure.value || !effect.after.figure.value) {
        effect.verdict = Verdict::NoData;
        return effect;
    }
    effect.change = trends::weekOverWeek(spec, effect.before.figure, effect.after.figure);
    effect.teamChange = trends::weekOverWeek(spec, effect.teamBefore.figure, effect.teamAfter.figure);
    const int moved = separation(effect.before.figure, effect.after.figure) * betterSign(spec);
    effect.verdict = moved > 0 ? Verdict::Improved : moved < 0 ? Verdict::Worse : Verdict::NoClearChange;
    if (effect.baseline.figure.value) {
        const auto fromBaseline = trends::weekOverWeek(spec, effect.baseline.figure, effect.before.figure);
        effect.unusuallyBad
            = fromBaseline && fromBaseline->significant && fromBaseline->delta * betterSign(spec) < 0;
    }
    return effect;
}

QList<TopicSummary> topicSummary(const QList<CoachingEffect> &effects)
{
    QHash<QString, TopicSummary> byKpi;
    for (const CoachingEffect &e : effects) {
        TopicSummary &s = byKpi[e.kpi];
        s.kpi = e.kpi;
        switch (e.verdict) {
        case Verdict::Improved:
            ++s.improved;
            break;
        case Verdict::NoClearChange:
            ++s.noClearChange;
            break;
        case Verdict::Worse:
            ++s.worse;
            break;
        case Verdict::Pending:
            ++s.pending;
            break;
        case Verdict::NoData:
        case Verdict::NotApplicable:
            break;
        }
        const bool judged = e.verdict == Verdict::Improved || e.verdict == Verdict::NoClearChange
            || e.verdict == Verdict::Worse;
        s.judged += judged ? 1 : 0;
        s.unusuallyBad += judged && e.unusuallyBad ? 1 : 0;
    }
    QList<TopicSummary> list = byKpi.values();
    const auto order = [](const QString &id) {
        const kpi::KpiSpec *spec = kpi::findKpi(id);
        return spec ? spec - kpi::kpiSpecs().constData() : kpi::kpiSpecs().size();
    };
    std::sort(list.begin(), list.end(), [&](const TopicSummary &a, const TopicSummary &b) {
        const int coachedA = a.judged + a.pending, coachedB = b.judged + b.pending;
        return coachedA != coachedB ? coachedA > coachedB : order(a.kpi) < order(b.kpi);
    });
    return list;
}

} // namespace huddle::coaching
