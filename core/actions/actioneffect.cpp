#include "actioneffect.h"

#include <common/localday.h>
#include <kpi/period.h>
#include <trends/outlook.h>

#include <algorithm>

namespace huddle::actions {

namespace {

// A count pooled over weeks, as a level per week.
coaching::Span perWeek(coaching::Span span, const kpi::KpiSpec &spec)
{
    if (spec.shape != kpi::Shape::Count || span.weeksWithData == 0 || !span.figure.value)
        return span;
    const double weeks = span.weeksWithData;
    span.figure.value = *span.figure.value / weeks;
    if (span.figure.ciLow)
        span.figure.ciLow = *span.figure.ciLow / weeks;
    if (span.figure.ciHigh)
        span.figure.ciHigh = *span.figure.ciHigh / weeks;
    return span;
}

// Is the whole of [low, high] on the better (or worse) side of `level`?
bool wholly(const kpi::Figure &f, double level, kpi::Better better, bool onBetterSide)
{
    if (!f.ciLow || !f.ciHigh || better == kpi::Better::Neither)
        return false;
    const bool lowerIsGood = (better == kpi::Better::Lower) == onBetterSide;
    return lowerIsGood ? *f.ciHigh < level : *f.ciLow > level;
}

bool disjoint(const kpi::Figure &after, const kpi::Figure &before, kpi::Better better, bool onBetterSide)
{
    if (!before.ciLow || !before.ciHigh)
        return false;
    const bool lowerIsGood = (better == kpi::Better::Lower) == onBetterSide;
    return wholly(after, lowerIsGood ? *before.ciLow : *before.ciHigh, better, onBetterSide);
}

QList<kpi::Figure> weeksOf(const coaching::WeeklyFigures &weekly, const QString &first, int count)
{
    QList<kpi::Figure> list;
    for (int i = 0; i < count; ++i) {
        const auto it = weekly.constFind(coaching::addWeeks(first, i));
        if (it != weekly.constEnd() && it->value)
            list.append(*it);
    }
    return list;
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Improved: return QStringLiteral("improved");
    case Verdict::NoClearChange: return QStringLiteral("no_clear_change");
    case Verdict::Worse: return QStringLiteral("worse");
    case Verdict::Pending: return QStringLiteral("pending");
    case Verdict::NoData: return QStringLiteral("no_data");
    }
    return {};
}

ActionEffect actionEffect(const ImprovementAction &action, const kpi::KpiSpec &spec,
                          const coaching::WeeklyFigures &target, const coaching::WeeklyFigures &comparison,
                          const QString &newestWeek, const kpi::KpiSettings &settings)
{
    ActionEffect effect;
    effect.kpi = QString::fromLatin1(spec.id);
    if (!action.start)
        return effect;
    effect.startWeek = kpi::periodLabel(kpi::PeriodKind::Week,
                                        kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(*action.start)));
    const QString firstBefore = coaching::addWeeks(effect.startWeek, -kEffectWeeks);
    const QString firstAfter = coaching::addWeeks(effect.startWeek, 1);
    int weeksAfter = 0;
    while (weeksAfter < kEffectWeeks && coaching::addWeeks(firstAfter, weeksAfter) <= newestWeek)
        ++weeksAfter;
    effect.before = perWeek(coaching::span(spec, target, firstBefore, kEffectWeeks), spec);
    if (weeksAfter == 0) {
        effect.verdict = Verdict::Pending;
        return effect;
    }
    effect.after = perWeek(coaching::span(spec, target, firstAfter, weeksAfter), spec);
    effect.comparisonBefore = perWeek(coaching::span(spec, comparison, firstBefore, kEffectWeeks), spec);
    effect.comparisonAfter = perWeek(coaching::span(spec, comparison, firstAfter, weeksAfter), spec);
    const kpi::Figure &before = effect.before.figure;
    const kpi::Figure &after = effect.after.figure;
    if (!before.value || !after.value)
        return effect; // no data
    effect.change = trends::weekOverWeek(spec, before, after);

    // The trend already under way, carried over the after-weeks (horizons 2…: the start's
    // own week lies between).
    const QList<kpi::Figure> beforeWeeks = weeksOf(target, firstBefore, kEffectWeeks);
    const auto trend = trends::weightedTrend(beforeWeeks);
    if (trend && trend->direction != trends::Direction::Flat) {
        const QList<trends::ProjectedWeek> projection = trends::project(beforeWeeks, kEffectWeeks, weeksAfter + 1);
        double sum = 0;
        int count = 0;
        for (const trends::ProjectedWeek &p : projection) {
            if (p.weeksAhead >= 2) {
                sum += p.value;
                ++count;
            }
        }
        if (count > 0)
            effect.trendExpected = sum / count;
    }
    const kpi::Figure &cb = effect.comparisonBefore.figure;
    const kpi::Figure &ca = effect.comparisonAfter.figure;
    if (cb.value && ca.value && *cb.value != 0) {
        effect.comparisonExpected = spec.shape == kpi::Shape::Count ? *before.value * (*ca.value / *cb.value)
                                                                    : *before.value + (*ca.value - *cb.value);
    }

    // Volume has no better direction as a KPI, but an action on a contact reason (or on
    // volume) sets out to cut it.
    const kpi::Better better = spec.better == kpi::Better::Neither ? kpi::Better::Lower : spec.better;
    const auto beats = [&](bool onBetterSide) {
        return (!effect.trendExpected || !onBetterSide || wholly(after, *effect.trendExpected, better, onBetterSide))
            && (!effect.comparisonExpected || wholly(after, *effect.comparisonExpected, better, onBetterSide));
    };
    if (disjoint(after, before, better, true) && beats(true))
        effect.verdict = Verdict::Improved;
    else if (disjoint(after, before, better, false) && beats(false))
        effect.verdict = Verdict::Worse;
    else
        effect.verdict = Verdict::NoClearChange;

    if (spec.shape == kpi::Shape::Count && effect.comparisonExpected) {
        effect.contactsSavedPerWeek = *effect.comparisonExpected - *after.value;
        effect.moneySaved = *effect.contactsSavedPerWeek * weeksAfter * settings.costPerContact;
        if (action.cost && *action.cost > 0) {
            effect.roi = (*effect.moneySaved - *action.cost) / *action.cost;
            const double perWeek = *effect.contactsSavedPerWeek * settings.costPerContact;
            if (perWeek > 0)
                effect.paybackWeeks = *action.cost / perWeek;
        }
    }
    return effect;
}

} // namespace huddle::actions
