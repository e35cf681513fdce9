#include "headline.h"

namespace huddle::trends {

QList<kpi::Figure> seriesOf(const QList<kpi::Figure> &figures, const QString &kpi)
{
    QList<kpi::Figure> series;
    for (const kpi::Figure &f : figures) {
        if (f.kpi == kpi)
            series.append(f);
    }
    return series;
}

Headline headline(const QList<kpi::Figure> &series, const QString &week, const kpi::KpiSettings &settings)
{
    Headline result;
    qsizetype at = -1;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (series[i].period == week)
            at = i;
    }
    while (at >= 0 && !series[at].value) {
        --at;
        result.asOf = at >= 0 ? series[at].period : QString();
    }
    if (at >= 0)
        result.current = series[at];
    if (at > 0)
        result.previous = series[at - 1];
    result.trend = recentTrend(series.mid(0, at + 1), settings.trendWeeks);
    if (!series.isEmpty())
        result.target = settings.targetFor(series.first().kpi);
    return result;
}

bool meetsTarget(const kpi::KpiSpec &spec, double value, double target)
{
    return spec.better == kpi::Better::Lower ? value <= target : value >= target;
}

} // namespace huddle::trends
