#include "dashboarddata.h"

#include "kpiwording.h"

#include "../models/agentkpimodel.h"

#include <common/localday.h>
#include <conflicts/attention.h>
#include <kpi/period.h>
#include <store/interactionrepository.h>
#include <store/store.h>

#include <algorithm>

namespace huddle::ui {

namespace {

QString weekOf(QDate date)
{
    const qint32 day = LocalDayConverter::fromDate(date);
    return kpi::periodLabel(kpi::PeriodKind::Week, kpi::periodStart(kpi::PeriodKind::Week, day));
}

// The labels of the figures' groups, sorted.
QStringList groupLabels(const QList<kpi::Figure> &figures)
{
    QStringList labels;
    for (const kpi::Figure &f : figures) {
        if (!f.group.isEmpty() && (labels.isEmpty() || labels.last() != f.group))
            labels.append(f.group);
    }
    labels.sort();
    labels.removeDuplicates();
    return labels;
}

// The span shown: the filters' dates, or the newest weeks with contacts.
void chooseSpan(DashboardData &data, store::Store &store)
{
    data.from = data.filters.from.value_or(QDate());
    data.to = data.filters.to.value_or(QDate());
    if (data.from.isValid() && data.to.isValid())
        return;
    const auto span = store::InteractionRepository(store).startedSpan();
    if (!span)
        return; // no contacts: surveys or summaries alone are shown whole
    const QTimeZone zone = store.timeZone();
    if (!data.to.isValid())
        data.to = QDateTime::fromSecsSinceEpoch(span->second, zone).date();
    if (!data.from.isValid()) {
        const QDate monday = data.to.addDays(1 - data.to.dayOfWeek());
        data.from = std::max(monday.addDays(-7 * (DashboardData::kDefaultWeeks - 1)),
                             QDateTime::fromSecsSinceEpoch(span->first, zone).date());
    }
}

// What is read of the agents', teams' and queues' figures: the agents table, the tiles and
// charts of a focus, the conflict rules and the review's attention rule. The operation's
// figures have every KPI.
QStringList groupKpis()
{
    QSet<QString> kpis = conflicts::ruleKpis();
    for (const QStringList *list : {&AgentKpiModel::kpiColumns(), &headlineKpis(), &conflicts::attentionKpis()})
        kpis.unite(QSet<QString>(list->cbegin(), list->cend()));
    QStringList sorted = kpis.values();
    sorted.sort();
    return sorted;
}

} // namespace

const conflicts::GroupWeekly *DashboardData::group(const QString &kind) const
{
    for (const conflicts::GroupWeekly &g : groups) {
        if (g.kind == kind)
            return &g;
    }
    return nullptr;
}

QList<conflicts::Conflict> DashboardData::conflictsOf(const QString &w) const
{
    QList<conflicts::Conflict> found;
    std::copy_if(conflicts.cbegin(), conflicts.cend(), std::back_inserter(found),
                 [&](const conflicts::Conflict &c) { return c.week == w; });
    return found;
}

kpi::KpiQuery DashboardData::query() const
{
    kpi::KpiQuery query;
    if (from.isValid())
        query.from = from;
    if (to.isValid())
        query.to = to;
    query.channel = filters.channel;
    query.queue = filters.queue;
    return query;
}

DashboardLoader::DashboardLoader() = default;
DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::invalidate()
{
    m_engine.reset();
    m_store.reset();
}

bool DashboardLoader::open(const QString &storePath, QString *error)
{
    if (m_store && m_store->path() == storePath)
        return true;
    invalidate();
    m_store = store::Store::open(storePath, error);
    if (!m_store)
        return false;
    m_settings = kpi::KpiSettings::load(*m_store);
    m_agentNames = store::InteractionRepository(*m_store).agentNames();
    m_engine = std::make_unique<kpi::KpiEngine>(*m_store, m_settings, m_store->timeZone());
    m_optionsSpan.clear();
    return true;
}

DashboardData DashboardLoader::load(const QString &storePath, const DashboardFilters &filters, const QString &week)
{
    DashboardData data;
    data.filters = filters;
    if (!open(storePath, &data.error))
        return data;
    data.settings = m_settings;
    data.agentNames = m_agentNames;
    chooseSpan(data, *m_store);
    kpi::KpiEngine &engine = *m_engine;

    // Read from trend_weeks before the span, so its first weeks have their history.
    kpi::KpiQuery query = data.query();
    if (query.from)
        query.from = query.from->addDays(-7 * data.settings.trendWeeks);

    // What the filter bar offers depends on the dates only: kept while they stay.
    const QString span = data.from.toString(Qt::ISODate) + u'/' + data.to.toString(Qt::ISODate);
    if (span != m_optionsSpan) {
        kpi::KpiQuery options = query;
        options.channel.clear();
        options.queue.clear();
        // Every group with data has a volume figure: the labels need no other KPI.
        const QStringList volume{QStringLiteral("volume")};
        const auto figures = engine.computeGroupings(
            options, {kpi::Grouping{kpi::GroupBy::Channel, volume}, kpi::Grouping{kpi::GroupBy::Queue, volume}},
            &data.error);
        if (!figures)
            return data;
        m_channels = groupLabels(figures->at(0));
        m_queues = groupLabels(figures->at(1));
        m_optionsSpan = span;
    }
    data.channels = m_channels;
    data.queues = m_queues;

    // The operation's figures (every KPI) and the groups' in one pass over the facts.
    kpi::KpiQuery byGroup = query;
    byGroup.kpis = groupKpis();
    auto groups = conflicts::weeklyByGroup(engine, byGroup, &data.error, &data.operationWeekly);
    if (!groups)
        return data;
    const QString first = data.from.isValid() ? weekOf(data.from) : QString();
    const QString last = data.to.isValid() ? weekOf(data.to) : QString();
    for (const kpi::Figure &f : data.operationWeekly) {
        const bool inSpan = (first.isEmpty() || f.period >= first) && (last.isEmpty() || f.period <= last);
        if (inSpan && (data.weeks.isEmpty() || data.weeks.last() != f.period))
            data.weeks.append(f.period);
    }
    if (data.weeks.isEmpty())
        return data;
    data.groups = std::move(*groups);
    data.conflicts = conflicts::findConflicts(data.groups, data.settings, data.weeks);
    return withWeek(std::move(data), week);
}

DashboardData loadDashboard(const QString &storePath, const DashboardFilters &filters, const QString &week)
{
    return DashboardLoader().load(storePath, filters, week);
}

DashboardData withWeek(DashboardData data, const QString &week)
{
    if (!data.weeks.isEmpty())
        data.week = data.weeks.contains(week) ? week : data.weeks.last();
    return data;
}

} // namespace huddle::ui
