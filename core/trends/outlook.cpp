#include "outlook.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace huddle::trends {

using kpi::Figure;

namespace {

// KPI-DEFINITIONS.md, "Leading and lagging indicators".
const QStringList &leadingKpis()
{
    static const QStringList leading = {QStringLiteral("fcr"), QStringLiteral("repeat_contact_rate"),
                                        QStringLiteral("engagement"), QStringLiteral("qa_score"),
                                        QStringLiteral("proactive_ratio")};
    return leading;
}

} // namespace

Indicator indicatorOf(const QString &kpi)
{
    static const QStringList lagging = {QStringLiteral("nps"), QStringLiteral("churn_rate"),
                                        QStringLiteral("retention_rate"), QStringLiteral("volume"),
                                        QStringLiteral("csat")};
    if (leadingKpis().contains(kpi))
        return Indicator::Leading;
    if (lagging.contains(kpi))
        return Indicator::Lagging;
    return Indicator::Neither;
}

QString indicatorName(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Leading: return QStringLiteral("leading");
    case Indicator::Lagging: return QStringLiteral("lagging");
    case Indicator::Neither: return QStringLiteral("neither");
    }
    return {};
}

QStringList laggingFollowers(const QString &leadingKpi)
{
    // What each leading signal is known to run ahead of: resolution and repeats drive
    // satisfaction, loyalty and volume; engaged agents and good quality drive satisfaction;
    // proactive contacts take volume away.
    static const QHash<QString, QStringList> followers = {
        {QStringLiteral("fcr"), {QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("churn_rate")}},
        {QStringLiteral("repeat_contact_rate"), {QStringLiteral("volume"), QStringLiteral("churn_rate")}},
        {QStringLiteral("engagement"), {QStringLiteral("csat"), QStringLiteral("nps")}},
        {QStringLiteral("qa_score"), {QStringLiteral("csat")}},
        {QStringLiteral("proactive_ratio"), {QStringLiteral("volume")}},
    };
    return followers.value(leadingKpi);
}

QList<LeadLag> leadingView(const QList<Figure> &weekly, int trendWeeks)
{
    QMap<QString, QHash<QString, QList<Figure>>> series; // group -> kpi -> weeks
    for (const Figure &f : weekly)
        series[f.group][f.kpi].append(f);
    QList<LeadLag> rows;
    for (auto group = series.cbegin(); group != series.cend(); ++group) {
        const auto outlook = [&](const QString &kpi) {
            // FCR's newest weeks are pending (no value yet): the outlook starts at the newest
            // week that has one, as the trend does.
            QList<Figure> weeks = group->value(kpi);
            while (!weeks.isEmpty() && !weeks.last().value)
                weeks.removeLast();
            if (weeks.isEmpty())
                return KpiOutlook{kpi, {}, {}, {}, {}};
            return KpiOutlook{kpi, weeks.last().period, weeks.last().value, recentTrend(weeks, trendWeeks),
                              project(weeks, trendWeeks)};
        };
        for (const QString &leading : leadingKpis()) {
            if (!group->contains(leading))
                continue;
            for (const QString &lagging : laggingFollowers(leading)) {
                if (group->contains(lagging))
                    rows.append({group.key(), outlook(leading), outlook(lagging)});
            }
        }
    }
    return rows;
}

QList<ProjectedWeek> project(const QList<Figure> &weeks, int trendWeeks, int horizon)
{
    QList<ProjectedWeek> projection;
    const QList<Figure> window = weeks.mid(std::max<qsizetype>(0, weeks.size() - trendWeeks));
    const auto line = fitLine(window);
    if (!line)
        return projection;
    const double t = kpi::tQuantile975(line->df);
    for (int h = 1; h <= horizon; ++h) {
        const double x = double(window.size() - 1 + h);
        ProjectedWeek week;
        week.weeksAhead = h;
        week.value = line->meanY + line->slope * (x - line->meanX);
        // A new week of typical size: its own noise, the mean's and the slope's uncertainty.
        const double variance = line->sigma2
            * (1 / line->meanW + 1 / line->sumW + (x - line->meanX) * (x - line->meanX) / line->sxx);
        const double half = t * std::sqrt(variance);
        week.interval = {week.value - half, week.value + half};
        projection.append(week);
    }
    return projection;
}

QList<std::optional<double>> backtestError(const QList<Figure> &weeks, int trendWeeks, int horizon)
{
    QList<double> sums(horizon, 0);
    QList<int> counts(horizon, 0);
    for (qsizetype end = trendWeeks; end < weeks.size(); ++end) {
        const QList<ProjectedWeek> projected = project(weeks.mid(0, end), trendWeeks, horizon);
        for (const ProjectedWeek &p : projected) {
            const qsizetype actual = end - 1 + p.weeksAhead;
            if (actual < weeks.size() && weeks[actual].value) {
                sums[p.weeksAhead - 1] += std::abs(*weeks[actual].value - p.value);
                ++counts[p.weeksAhead - 1];
            }
        }
    }
    QList<std::optional<double>> errors;
    for (int h = 0; h < horizon; ++h)
        errors.append(counts[h] > 0 ? std::optional(sums[h] / counts[h]) : std::nullopt);
    return errors;
}

} // namespace huddle::trends
