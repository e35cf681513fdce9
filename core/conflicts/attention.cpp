#include "attention.h"

#include <kpi/kpidefinition.h>
#include <trends/headline.h>
#include <trends/trend.h>

#include <QMap>

#include <algorithm>

namespace huddle::conflicts {

namespace {

class Attention
{
    Q_DECLARE_TR_FUNCTIONS(Attention)

public:
    static QString conflict(const Conflict &c)
    {
        return c.severity == u"high" ? tr("%1 conflict (high)").arg(ruleTitle(c.rule))
                                     : tr("%1 conflict (medium)").arg(ruleTitle(c.rule));
    }
    static QString offTarget(const kpi::KpiSpec &spec, double value, double target)
    {
        return tr("%1 %2 misses its target %3")
            .arg(kpi::Definitions::name(spec), kpi::formatValue(spec, value), kpi::formatValue(spec, target));
    }
    static QString worsening(const kpi::KpiSpec &spec, const trends::Trend &trend)
    {
        return trend.direction == trends::Direction::Falling
            ? tr("%1 falling over %2 weeks").arg(kpi::Definitions::name(spec)).arg(trend.weeks)
            : tr("%1 rising over %2 weeks").arg(kpi::Definitions::name(spec)).arg(trend.weeks);
    }
};

// The same minimum as the conflict rules' trends: fewer weeks say too little.
constexpr int kMinimumTrendWeeks = 4;

// The whole interval (or, without one, the value) on the wrong side of the target.
bool clearlyMisses(const kpi::KpiSpec &spec, const kpi::Figure &f, double target)
{
    if (!f.value || f.lowSample)
        return false;
    const double nearest = spec.better == kpi::Better::Lower ? f.ciLow.value_or(*f.value) : f.ciHigh.value_or(*f.value);
    return !trends::meetsTarget(spec, nearest, target);
}

bool worsening(const kpi::KpiSpec &spec, const trends::Trend &trend)
{
    if (trend.weeks < kMinimumTrendWeeks)
        return false;
    return (spec.better == kpi::Better::Higher && trend.direction == trends::Direction::Falling)
        || (spec.better == kpi::Better::Lower && trend.direction == trends::Direction::Rising);
}

} // namespace

const QStringList &attentionKpis()
{
    static const QStringList kpis = {QStringLiteral("fcr"),           QStringLiteral("aht"),
                                     QStringLiteral("csat"),          QStringLiteral("nps"),
                                     QStringLiteral("transfer_rate"), QStringLiteral("qa_score"),
                                     QStringLiteral("sentiment")};
    return kpis;
}

QList<AgentAttention> agentsNeedingAttention(const GroupWeekly &agents, const QList<Conflict> &conflicts,
                                             const kpi::KpiSettings &settings, const QString &week)
{
    // agent -> kpi -> weeks up to this one, oldest first
    QMap<QString, QHash<QString, QList<kpi::Figure>>> series;
    for (const kpi::Figure &f : agents.figures) {
        if (f.period <= week)
            series[f.group][f.kpi].append(f);
    }
    for (auto &byKpi : series) {
        for (auto &weeks : byKpi)
            std::sort(weeks.begin(), weeks.end(), [](const kpi::Figure &a, const kpi::Figure &b) { return a.period < b.period; });
    }
    QList<AgentAttention> found;
    for (auto agent = series.cbegin(); agent != series.cend(); ++agent) {
        AgentAttention attention;
        attention.agent = agent.key();
        attention.team = agents.teamOfAgent.value(agent.key());
        bool inWeek = false;
        for (auto kpiSeries = agent->cbegin(); kpiSeries != agent->cend(); ++kpiSeries)
            inWeek = inWeek || kpiSeries->last().period == week;
        if (!inWeek)
            continue;
        for (const Conflict &c : conflicts) {
            if (c.groupKind == u"agent" && c.group == agent.key() && c.week == week)
                attention.reasons.append({AttentionReason::Kind::Conflict, {}, c.rule,
                                          c.severity == u"high" ? 3 : 2, Attention::conflict(c)});
        }
        // In the KPIs' listed order, so that equal weights read the same way every week.
        for (const kpi::KpiSpec &spec : kpi::kpiSpecs()) {
            const QString id = QLatin1StringView(spec.id);
            const QList<kpi::Figure> weeks = agent->value(id);
            if (weeks.isEmpty() || weeks.last().period != week)
                continue;
            const kpi::Figure &current = weeks.last();
            if (const auto target = settings.targetFor(id); target && clearlyMisses(spec, current, *target))
                attention.reasons.append(
                    {AttentionReason::Kind::OffTarget, id, {}, 1, Attention::offTarget(spec, *current.value, *target)});
            if (!attentionKpis().contains(id))
                continue;
            if (const auto trend = trends::recentTrend(weeks, settings.trendWeeks); trend && worsening(spec, *trend))
                attention.reasons.append(
                    {AttentionReason::Kind::Worsening, id, {}, 1, Attention::worsening(spec, *trend)});
        }
        if (attention.reasons.isEmpty())
            continue;
        std::stable_sort(attention.reasons.begin(), attention.reasons.end(),
                         [](const AttentionReason &a, const AttentionReason &b) { return a.weight > b.weight; });
        for (const AttentionReason &r : attention.reasons)
            attention.score += r.weight;
        found.append(attention);
    }
    std::stable_sort(found.begin(), found.end(), [](const AgentAttention &a, const AgentAttention &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.reasons.size() > b.reasons.size();
    });
    return found;
}

} // namespace huddle::conflicts
