#include "insightsdata.h"

#include <common/localday.h>
#include <kpi/period.h>
#include <store/interactionrepository.h>
#include <store/store.h>

namespace huddle::ui {

namespace {

bool isHeatMapKpi(const QString &kpi)
{
    return kpi == u"service_level" || kpi == u"abandonment_rate";
}

} // namespace

std::optional<QList<trends::LeadLag>> loadOutlook(kpi::KpiEngine &engine, const kpi::KpiQuery &question,
                                                QString *error)
{
    kpi::KpiQuery weekly = question;
    weekly.period = kpi::PeriodKind::Week;
    weekly.by = kpi::GroupBy::All;
    // A trend needs trend_weeks weeks with a value, however short the question: read back
    // that far from its last week, and further by the weeks FCR may still have pending.
    const int trendWeeks = engine.settings().trendWeeks;
    if (question.to) {
        const int weeksBack = trendWeeks + (engine.settings().fcrWindowDays + 6) / 7;
        const qint32 lastMonday = kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(*question.to));
        const QDate earliest = LocalDayConverter::toDate(lastMonday - 7 * weeksBack);
        weekly.from = question.from ? std::min(*question.from, earliest) : earliest;
    }
    const auto operation = engine.compute(weekly, error);
    if (!operation)
        return std::nullopt;
    QList<trends::LeadLag> lines = trends::leadingView(*operation, trendWeeks);
    if (question.team.isEmpty()) {
        weekly.by = kpi::GroupBy::Team;
        const auto teams = engine.compute(weekly, error);
        if (!teams)
            return std::nullopt;
        lines += trends::leadingView(*teams, trendWeeks);
    }
    return lines;
}

std::optional<voice::VoiceQuery> voiceQueryOf(const kpi::KpiQuery &question, store::Store &store,
                                              const QTimeZone &zone)
{
    std::optional<QDate> from = question.from;
    std::optional<QDate> to = question.to;
    if (!from || !to) {
        const auto span = store::InteractionRepository(store).startedSpan();
        if (!span)
            return std::nullopt;
        LocalDayConverter days(zone);
        from = from.value_or(LocalDayConverter::toDate(days.dayOf(span->first)));
        to = to.value_or(LocalDayConverter::toDate(days.dayOf(span->second)));
    }
    voice::VoiceQuery query;
    query.firstMonday =
        LocalDayConverter::toDate(kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(*from)));
    query.lastSunday =
        LocalDayConverter::toDate(kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(*to)) + 6);
    query.team = question.team;
    query.agent = question.agent;
    query.queue = question.queue;
    query.channel = question.channel;
    return query;
}

InsightsData loadInsights(const QString &storePath, const kpi::KpiQuery &question)
{
    InsightsData data;
    auto store = store::Store::open(storePath, &data.error);
    if (!store)
        return data;
    data.settings = kpi::KpiSettings::load(*store);
    data.timeZone = QString::fromUtf8(store->timeZone().id());
    kpi::KpiEngine engine(*store, data.settings, store->timeZone());

    kpi::KpiQuery hours = question;
    hours.period = kpi::PeriodKind::HourOfWeek;
    hours.by = kpi::GroupBy::All;
    const auto hourly = engine.compute(hours, &data.error);
    if (!hourly)
        return data;
    for (const kpi::Figure &f : *hourly) {
        if (isHeatMapKpi(f.kpi))
            data.hourOfWeek.append(f);
    }

    auto reasons = reasons::analyse(engine, question, &data.error);
    if (!reasons)
        return data;
    data.reasons = std::move(*reasons);

    auto outlook = loadOutlook(engine, question, &data.error);
    if (!outlook)
        return data;
    data.outlook = std::move(*outlook);

    auto drivers = drivers::analyse(engine, question, &data.error);
    if (!drivers)
        return data;
    data.drivers = std::move(*drivers);

    if (const auto voiceQuery = voiceQueryOf(question, *store, store->timeZone())) {
        auto voice = voice::listen(engine, *voiceQuery, &data.error);
        if (!voice)
            return data;
        data.voiceQuery = *voiceQuery;
        data.voice = std::move(*voice);
    }
    return data;
}

} // namespace huddle::ui
