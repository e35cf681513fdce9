#include "kpiwording.h"

namespace huddle::ui {

const QStringList &headlineKpis()
{
    static const QStringList kpis = {QStringLiteral("fcr"),           QStringLiteral("aht"),
                                     QStringLiteral("csat"),          QStringLiteral("service_level"),
                                     QStringLiteral("abandonment_rate"), QStringLiteral("nps")};
    return kpis;
}

QString KpiWording::change(const kpi::KpiSpec &spec, const trends::Headline &headline)
{
    if (!headline.current || !headline.current->value || !headline.previous || !headline.previous->value)
        return {};
    return tr("%1 vs previous week").arg(kpi::formatChange(spec, *headline.current->value - *headline.previous->value));
}

QString KpiWording::trend(const trends::Headline &headline)
{
    if (!headline.trend)
        return {};
    switch (headline.trend->direction) {
    case trends::Direction::Rising: return tr("↑ rising over %1 weeks").arg(headline.trend->weeks);
    case trends::Direction::Falling: return tr("↓ falling over %1 weeks").arg(headline.trend->weeks);
    case trends::Direction::Flat: return tr("→ flat over %1 weeks").arg(headline.trend->weeks);
    }
    return {};
}

bool KpiWording::onTarget(const kpi::KpiSpec &spec, const trends::Headline &headline)
{
    return headline.target && headline.current && headline.current->value
        && trends::meetsTarget(spec, *headline.current->value, *headline.target);
}

QString KpiWording::targetStatus(const kpi::KpiSpec &spec, const trends::Headline &headline)
{
    if (!headline.target || !headline.current || !headline.current->value)
        return {};
    const QString target = kpi::formatValue(spec, *headline.target);
    return onTarget(spec, headline) ? tr("✔ on target (%1)").arg(target) : tr("✘ off target (%1)").arg(target);
}

QString KpiWording::asOf(const trends::Headline &headline)
{
    if (headline.asOf.isEmpty())
        return {};
    return tr("as of %1: newer contacts are still within their repeat window").arg(headline.asOf);
}

} // namespace huddle::ui
