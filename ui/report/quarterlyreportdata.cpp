#include "quarterlyreportdata.h"

#include <common/localday.h>
#include <kpi/kpiengine.h>
#include <kpi/period.h>
#include <store/store.h>

#include <QCoreApplication>

namespace huddle::ui {

namespace {

class QuarterlyText
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReportData)
};

} // namespace

const QStringList &quarterlyKpis()
{
    static const QStringList kpis = {
        QStringLiteral("nps"),          QStringLiteral("churn_rate"), QStringLiteral("retention_rate"),
        QStringLiteral("volume"),       QStringLiteral("csat"),       QStringLiteral("fcr"),
        QStringLiteral("aht"),          QStringLiteral("service_level"), QStringLiteral("repeat_cost"),
        QStringLiteral("fcr_gain_savings"), QStringLiteral("churn_value_at_risk"),
    };
    return kpis;
}

bool QuarterlyReportData::hasData() const
{
    const auto contacts = figure(QStringLiteral("volume"), quarter);
    return contacts && contacts->value.value_or(0) > 0;
}

std::optional<kpi::Figure> QuarterlyReportData::figure(const QString &kpi, const QString &period) const
{
    for (const QList<kpi::Figure> *list : {&quarters, &monthly}) {
        for (const kpi::Figure &f : *list) {
            if (f.kpi == kpi && f.period == period)
                return f;
        }
    }
    return std::nullopt;
}

QuarterlyReportData loadQuarterlyReport(const QString &storePath, const QString &quarter, const QString &team)
{
    QuarterlyReportData data;
    data.quarter = quarter;
    data.team = team;
    const auto period = kpi::periodFromLabel(quarter);
    if (!period || period->first != kpi::PeriodKind::Quarter) {
        data.failure = QuarterlyReportData::Failure::BadQuarter;
        data.error = QuarterlyText::tr("“%1” is not a quarter such as 2026-Q3.").arg(quarter);
        return data;
    }
    const qint32 first = period->second;
    const qint32 previous = kpi::periodStart(kpi::PeriodKind::Quarter, first - 1);
    data.first = LocalDayConverter::toDate(first);
    data.last = LocalDayConverter::toDate(kpi::periodEnd(kpi::PeriodKind::Quarter, first));
    data.previousQuarter = kpi::periodLabel(kpi::PeriodKind::Quarter, previous);
    for (qint32 month = previous; month <= LocalDayConverter::fromDate(data.last);
         month = kpi::periodEnd(kpi::PeriodKind::Month, month) + 1)
        data.months.append(kpi::periodLabel(kpi::PeriodKind::Month, month));

    auto store = store::Store::open(storePath, &data.error);
    if (!store) {
        data.failure = QuarterlyReportData::Failure::Store;
        return data;
    }
    data.zone = store->timeZone();
    data.generatedAt = QDateTime::currentDateTime().toTimeZone(data.zone);
    data.settings = kpi::KpiSettings::load(*store);
    kpi::KpiEngine engine(*store, data.settings, data.zone);
    kpi::KpiQuery query;
    query.from = LocalDayConverter::toDate(previous);
    query.to = data.last;
    query.team = team;
    query.kpis = quarterlyKpis();
    for (auto [kind, target] : {std::pair{kpi::PeriodKind::Month, &data.monthly},
                                std::pair{kpi::PeriodKind::Quarter, &data.quarters}}) {
        query.period = kind;
        const auto figures = engine.compute(query, &data.error);
        if (!figures) {
            data.failure = QuarterlyReportData::Failure::Store;
            return data;
        }
        *target = *figures;
    }
    if (!team.isEmpty() && !data.figure(QStringLiteral("volume"), data.quarter)
        && !data.figure(QStringLiteral("volume"), data.previousQuarter)) {
        data.failure = QuarterlyReportData::Failure::UnknownTeam;
        data.error = QuarterlyText::tr("No team “%1” has contacts in %2 or %3.").arg(team, data.previousQuarter, quarter);
        return data;
    }

    const auto standings = actions::actionStandings(*store, engine, team, &data.error);
    if (!standings) {
        data.failure = QuarterlyReportData::Failure::Store;
        return data;
    }
    for (const actions::ActionStanding &standing : *standings) {
        if (standing.matrix)
            data.matrix.append(*standing.matrix);
        if (standing.effect && standing.action.status != actions::ActionStatus::Dropped && *standing.action.start <= data.last)
            data.actions.append(standing);
    }
    std::stable_sort(data.matrix.begin(), data.matrix.end(), actions::byPriority);
    data.error.clear();
    return data;
}

} // namespace huddle::ui
