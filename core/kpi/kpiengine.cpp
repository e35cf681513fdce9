#include "kpiengine.h"

#include "factcache.h"

#include <store/store.h>

#include <algorithm>
#include <future>
#include <numeric>

namespace huddle::kpi {

using store::Dims;

namespace {

// A grouping dimension: its names and where a row keeps its number. Listed in the order a
// drill-down looks a bare group name up in.
struct Dimension
{
    GroupBy by;
    store::Dictionary store::KpiFacts::*names;
    quint16 Dims::*number;
};

constexpr Dimension kDimensions[] = {
    {GroupBy::Agent, &store::KpiFacts::agents, &Dims::agent},
    {GroupBy::Team, &store::KpiFacts::teams, &Dims::team},
    {GroupBy::Queue, &store::KpiFacts::queues, &Dims::queue},
    {GroupBy::Channel, &store::KpiFacts::channels, &Dims::channel},
    {GroupBy::Reason, &store::KpiFacts::reasons, &Dims::reason},
};

const Dimension *dimensionOf(GroupBy by)
{
    for (const Dimension &d : kDimensions) {
        if (d.by == by)
            return &d;
    }
    return nullptr; // GroupBy::All
}

// The label of a group number, as figures carry it: the agent id as imported, the team,
// queue, channel or reason name, or "all".
QString groupName(const store::KpiFacts &facts, GroupBy by, size_t group)
{
    const Dimension *d = dimensionOf(by);
    return d ? (facts.*d->names).name(quint16(group)) : QStringLiteral("all");
}

// The group number of a row: 0 (none) where it has no value for the dimension.
size_t groupOf(GroupBy by, const Dims &dims)
{
    const Dimension *d = dimensionOf(by);
    return d ? dims.*d->number : 0;
}

// Undated rows belong to no day: they count only where the question is "all of it".
bool countsUndated(const KpiQuery &query)
{
    return query.period == PeriodKind::All && !query.from && !query.to;
}

// The instant a row happened at, for its hour of the week. Pulses are dated, not timed.
qint64 instantOf(const store::ContactFact &row)
{
    return row.startedAt;
}
qint64 instantOf(const store::SurveyFact &row)
{
    return row.at;
}
qint64 instantOf(const store::QaFact &row)
{
    return row.at;
}
qint64 instantOf(const store::EngagementFact &)
{
    return store::kNoInstant;
}

} // namespace

std::optional<GroupBy> groupByFromName(const QString &name)
{
    static const QHash<QString, GroupBy> names = {
        {QStringLiteral("all"), GroupBy::All},         {QStringLiteral("team"), GroupBy::Team},
        {QStringLiteral("agent"), GroupBy::Agent},     {QStringLiteral("queue"), GroupBy::Queue},
        {QStringLiteral("channel"), GroupBy::Channel}, {QStringLiteral("reason"), GroupBy::Reason},
    };
    const auto it = names.constFind(name);
    return it == names.constEnd() ? std::nullopt : std::optional(*it);
}

// The periods a query adds up into, addressed by local day (or, for hours of the week,
// local day and instant).
struct KpiEngine::Periods
{
    PeriodKind kind = PeriodKind::All;
    qint32 firstDay = 0;
    qint32 lastDay = -1;
    std::vector<qint32> starts; // first days, or hours of the week
    std::vector<qint32> periodOfDay;
    // Hours of the week only: the local hour of each instant (its offset cache fills as the
    // facts are visited).
    mutable std::optional<LocalDayConverter> clock;

    bool contains(qint32 day) const { return day >= firstDay && day <= lastDay; }
    // The period of a dated row; none for an hour of the week of a row with no time.
    std::optional<size_t> periodOf(qint32 day, qint64 instant) const
    {
        if (kind != PeriodKind::HourOfWeek)
            return size_t(periodOfDay[size_t(day - firstDay)]);
        if (instant == store::kNoInstant)
            return std::nullopt;
        return size_t(hourOfWeek(day, clock->hourOf(instant)));
    }
};

// One grouping's grid of cells, periods × groups, and what each cell added up.
struct KpiEngine::Tallies
{
    GroupBy by = GroupBy::All;
    quint16 Dims::*number = nullptr; // where a row keeps its group; none for GroupBy::All
    size_t groupCount = 1;
    std::vector<CellTally> cells;
    std::vector<quint8> used; // bools in bytes: the halves of the periods write them at once

    Tallies(const store::KpiFacts &facts, GroupBy grouping, size_t periods)
        : by(grouping)
    {
        if (const Dimension *dimension = dimensionOf(grouping)) {
            number = dimension->number;
            groupCount = size_t((facts.*dimension->names).size());
        }
        cells.resize(groupCount * periods);
        used.resize(groupCount * periods);
    }
    // The cell of a row in a period; none where the row has no value for the grouping's
    // dimension (e.g. an abandoned call has no agent).
    std::optional<size_t> cellOf(const Dims &dims, size_t period) const
    {
        if (!number)
            return period * groupCount;
        const size_t group = dims.*number;
        if (group == 0)
            return std::nullopt;
        return period * groupCount + group;
    }
};

KpiEngine::KpiEngine(store::Store &store, KpiSettings settings, QTimeZone zone)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_zone(std::move(zone))
{
}

bool KpiEngine::load(const KpiQuery &query, QString *error)
{
    store::FactRange range;
    LocalDayConverter days(m_zone);
    if (query.from)
        range.fromUtc = days.startOfDay(LocalDayConverter::fromDate(*query.from));
    if (query.to)
        range.toUtc = days.startOfDay(LocalDayConverter::fromDate(*query.to) + 1);
    // FCR looks up to a window past the last contact for repeats.
    range.contactTailSeconds = qint64(m_settings.fcrWindowDays) * 86400;
    // Questions about one span (by agent, then by team, then by queue) read it once.
    if (m_facts && m_factsRange == range)
        return true;
    m_classifier.reset(); // it refers to the facts being replaced
    m_facts = FactCache(m_store).read(range, m_zone, error);
    m_factsRange = range;
    if (!m_facts)
        return false;
    // Classifying (FCR's repeat search above all) depends on the facts and the settings
    // only: once for every question about the span.
    m_classifier.emplace(*m_facts, m_settings);
    return true;
}

KpiEngine::Periods KpiEngine::layout(const KpiQuery &query) const
{
    const store::KpiFacts &facts = *m_facts;
    Periods periods;
    // The days covered: the query's dates, else every day with data.
    if (query.from && query.to) {
        periods.firstDay = LocalDayConverter::fromDate(*query.from);
        periods.lastDay = LocalDayConverter::fromDate(*query.to);
    } else {
        qint32 first = std::numeric_limits<qint32>::max();
        qint32 last = std::numeric_limits<qint32>::min();
        bool undated = false;
        const auto see = [&](const Dims &d) {
            if (d.day == store::kNoDay) {
                undated = true;
                return;
            }
            first = std::min(first, d.day);
            last = std::max(last, d.day);
        };
        for (const auto &c : facts.contacts)
            see(c.dims);
        for (const auto &s : facts.surveys)
            see(s.dims);
        for (const auto &q : facts.qa)
            see(q.dims);
        for (const auto &e : facts.engagement)
            see(e.dims);
        for (const auto &r : facts.summaries)
            see(r.dims);
        if (undated && first > last && countsUndated(query))
            first = last = 0; // only undated rows: one "all" period for them
        periods.firstDay = query.from ? LocalDayConverter::fromDate(*query.from) : first;
        periods.lastDay = query.to ? LocalDayConverter::fromDate(*query.to) : last;
    }
    periods.kind = query.period;
    if (query.period == PeriodKind::HourOfWeek) {
        // Every hour of the week, whichever days are asked: the days fold onto them.
        if (periods.firstDay <= periods.lastDay) {
            for (qint32 hour = 0; hour < kHoursPerWeek; ++hour)
                periods.starts.push_back(hour);
        }
        periods.clock.emplace(m_zone);
    }
    for (qint32 day = periods.firstDay; day <= periods.lastDay && query.period != PeriodKind::HourOfWeek; ++day) {
        const qint32 start = periodStart(query.period, day);
        if (periods.starts.empty() || periods.starts.back() != start)
            periods.starts.push_back(start);
        periods.periodOfDay.push_back(qint32(periods.starts.size() - 1));
    }
    return periods;
}

template <typename Visit>
void KpiEngine::visitFacts(const KpiQuery &query, const Periods &periods, PeriodRange range, Visit &&visit) const
{
    const store::KpiFacts &facts = *m_facts;
    // Filters: a name the store does not know matches nothing.
    const auto filterIndex = [](const QString &name, const store::Dictionary &dictionary) -> int {
        if (name.isEmpty())
            return -1;
        const quint16 index = dictionary.find(name);
        return index == 0 ? 0x10000 : index;
    };
    const int team = filterIndex(query.team, facts.teams);
    const int agent = filterIndex(query.agent, facts.agents);
    const int queue = filterIndex(query.queue, facts.queues);
    const int channel = filterIndex(query.channel.toLower(), facts.channels);
    const auto matches = [&](const Dims &d) {
        if ((team >= 0 && d.team != team) || (agent >= 0 && d.agent != agent) || (queue >= 0 && d.queue != queue)
            || (channel >= 0 && d.channel != channel))
            return false;
        if (query.direction)
            return (*query.direction == store::Direction::Outbound) == (d.direction == store::Direction::Outbound);
        return true;
    };
    if (periods.starts.empty())
        return;

    const bool undatedCount = countsUndated(query);
    const FactClassifier &classifier = *m_classifier;
    const auto each = [&](const char *table, const auto &rows, auto classify) {
        for (size_t i = 0; i < rows.size(); ++i) {
            const Dims &d = rows[i].dims;
            const bool undated = d.day == store::kNoDay;
            if ((undated ? !undatedCount : !periods.contains(d.day)) || !matches(d))
                continue;
            const std::optional<size_t> period =
                undated ? std::optional<size_t>(0) : periods.periodOf(d.day, instantOf(rows[i]));
            if (!period || *period < range.first || *period >= range.second)
                continue;
            visit(table, i, *period, d, (classifier.*classify)(i));
        }
    };
    each("interactions", facts.contacts, &FactClassifier::contact);
    each("surveys", facts.surveys, &FactClassifier::survey);
    each("qa_evaluations", facts.qa, &FactClassifier::qa);
    each("engagement", facts.engagement, &FactClassifier::engagement);
}

void KpiEngine::addSummaries(const KpiQuery &query, const Periods &periods, Tallies &tallies) const
{
    // Summary rows have a queue and a channel, never an agent, team, reason or direction:
    // grouped by those they have no group (cellOf), filtered by them they never match. A row
    // sums a day or an interval, so it has no one hour of the week.
    if (!query.agent.isEmpty() || !query.team.isEmpty() || query.direction || periods.starts.empty()
        || periods.kind == PeriodKind::HourOfWeek)
        return;
    const bool undatedCount = countsUndated(query);
    const store::KpiFacts &facts = *m_facts;
    for (const store::SummaryFact &row : facts.summaries) {
        const bool undated = row.dims.day == store::kNoDay;
        if (undated ? !undatedCount : !periods.contains(row.dims.day))
            continue;
        if ((!query.queue.isEmpty() && facts.queues.name(row.dims.queue) != query.queue)
            || (!query.channel.isEmpty() && facts.channels.name(row.dims.channel) != query.channel.toLower()))
            continue;
        const auto cell = tallies.cellOf(row.dims, undated ? 0 : *periods.periodOf(row.dims.day, row.at));
        if (!cell)
            continue;
        tallies.cells[*cell].add(row);
        tallies.used[*cell] = true;
    }
}

void KpiEngine::addChurn(const KpiQuery &query, const Periods &periods, Tallies &tallies) const
{
    // Churn belongs to the whole operation (customers are not any one agent's) and to spans
    // of days (a customer is not lost at an hour of the week).
    const bool wholeOperation = tallies.by == GroupBy::All && query.team.isEmpty() && query.agent.isEmpty()
        && query.queue.isEmpty() && query.channel.isEmpty() && !query.direction
        && query.period != PeriodKind::HourOfWeek;
    if (!wholeOperation || m_facts->customers.empty())
        return;
    for (size_t p = 0; p < periods.starts.size(); ++p) {
        const qint32 start = std::max(periods.starts[p], periods.firstDay);
        const qint32 end = std::min(periodEnd(periods.kind, periods.starts[p]), periods.lastDay);
        qint64 active = 0;
        qint64 lost = 0;
        for (const store::CustomerFact &c : m_facts->customers) {
            if (c.sinceDay < start && c.churnedDay >= start) {
                ++active;
                lost += c.churnedDay <= end;
            }
        }
        tallies.cells[p].churn = std::pair{active, lost};
        tallies.used[p] = true;
    }
}

QList<Figure> KpiEngine::figures(const Periods &periods, PeriodRange range, Tallies &tallies,
                                 const QStringList &kpis) const
{
    const store::KpiFacts &facts = *m_facts;
    const auto groupLabel = [&](size_t group) { return groupName(facts, tallies.by, group); };
    std::vector<size_t> groupOrder(tallies.groupCount);
    std::iota(groupOrder.begin(), groupOrder.end(), 0);
    std::sort(groupOrder.begin(), groupOrder.end(),
              [&](size_t a, size_t b) { return groupLabel(a) < groupLabel(b); });

    std::vector<const KpiSpec *> specs;
    for (const KpiSpec &spec : kpiSpecs()) {
        if (kpis.isEmpty() || kpis.contains(QLatin1StringView(spec.id)))
            specs.push_back(&spec);
    }
    QList<Figure> figures;
    const auto usedBegin = tallies.used.begin() + qsizetype(range.first * tallies.groupCount);
    const auto usedEnd = tallies.used.begin() + qsizetype(range.second * tallies.groupCount);
    figures.reserve(qsizetype(size_t(std::count(usedBegin, usedEnd, true)) * specs.size()));
    for (size_t p = range.first; p < range.second; ++p) {
        const QString period = periodLabel(periods.kind, periods.starts[p]);
        for (size_t group : groupOrder) {
            const size_t cell = p * tallies.groupCount + group;
            if (!tallies.used[cell])
                continue;
            CellTally &tally = tallies.cells[cell];
            const auto append = [&](Figure figure) {
                figure.group = groupLabel(group);
                figure.period = period;
                figures.append(std::move(figure));
            };
            for (const KpiSpec *wanted : specs) {
                const KpiSpec &spec = *wanted;
                const bool churnFigure =
                    spec.shape == Shape::Churn || spec.shape == Shape::Retention || spec.shape == Shape::ChurnValue;
                if (churnFigure && !tally.churn)
                    continue;
                append(computeFigure(spec, tally, m_settings));
                if (spec.measure == Measure::QaScore) {
                    QList<std::pair<QString, quint16>> criteria;
                    for (auto it = tally.qaCriteria.cbegin(); it != tally.qaCriteria.cend(); ++it)
                        criteria.append({facts.criteria.name(it.key()), it.key()});
                    std::sort(criteria.begin(), criteria.end());
                    for (const auto &[name, index] : criteria)
                        append(criterionFigure(name, tally.qaCriteria.value(index), m_settings));
                }
            }
        }
    }
    return figures;
}

std::optional<QList<Figure>> KpiEngine::compute(const KpiQuery &query, QString *error)
{
    auto figures = computeGroupings(query, {Grouping{query.by, query.kpis}}, error);
    if (!figures)
        return std::nullopt;
    return std::move(figures->first());
}

void KpiEngine::addFacts(const KpiQuery &query, const Periods &periods, PeriodRange range,
                         std::vector<Tallies> &tallies) const
{
    const store::KpiFacts &facts = *m_facts;
    visitFacts(query, periods, range,
               [&](const char *table, size_t index, size_t period, const Dims &dims, const Classified &fact) {
                   for (Tallies &grouping : tallies) {
                       const auto cell = grouping.cellOf(dims, period);
                       if (!cell)
                           continue;
                       CellTally &tally = grouping.cells[*cell];
                       tally.add(fact);
                       grouping.used[*cell] = true;
                       if (table[0] == 'q') {
                           for (const auto &[criterion, score] : facts.qa[index].criteria)
                               tally.qaCriteria[criterion].add(score);
                       }
                   }
               });
}

namespace {

// Runs work(range) over the two halves of the periods at once, the first on this thread.
// A fact's cells all lie in its period, so the halves share no cell and each cell gets its
// facts in the order one pass gives them: the same figures to the last bit, in about half
// the time on two cores. Hours of the week stay whole: a fact's hour needs the clock, whose
// cache is not to be shared between threads.
template <typename Work>
void inHalves(size_t periods, bool split, Work work)
{
    const size_t middle = split ? (periods + 1) / 2 : periods;
    std::future<void> second;
    if (middle < periods)
        second = std::async(std::launch::async, [&] { work(std::pair{middle, periods}); });
    work(std::pair{size_t(0), middle});
    if (second.valid())
        second.get();
}

} // namespace

std::optional<QList<QList<Figure>>> KpiEngine::computeGroupings(const KpiQuery &query,
                                                               const QList<Grouping> &groupings, QString *error)
{
    if (!load(query, error))
        return std::nullopt;
    const Periods periods = layout(query);
    std::vector<Tallies> tallies;
    tallies.reserve(size_t(groupings.size()));
    for (const Grouping &grouping : groupings)
        tallies.emplace_back(*m_facts, grouping.by, periods.starts.size());

    const size_t periodCount = periods.starts.size();
    const bool split = periods.kind != PeriodKind::HourOfWeek;
    inHalves(periodCount, split, [&](PeriodRange range) { addFacts(query, periods, range, tallies); });
    for (Tallies &grouping : tallies) {
        addSummaries(query, periods, grouping);
        addChurn(query, periods, grouping);
    }
    std::vector<std::array<QList<Figure>, 2>> halves(tallies.size());
    inHalves(periodCount, split, [&](PeriodRange range) {
        for (size_t g = 0; g < tallies.size(); ++g)
            halves[g][range.first == 0 ? 0 : 1] = figures(periods, range, tallies[g], groupings[qsizetype(g)].kpis);
    });
    QList<QList<Figure>> figuresByGrouping;
    for (auto &[first, second] : halves) {
        first.append(std::move(second));
        figuresByGrouping.append(std::move(first));
    }
    return figuresByGrouping;
}

QHash<QString, QString> KpiEngine::agentTeams() const
{
    QHash<QString, QString> teams;
    if (!m_facts)
        return teams;
    // Contacts per agent and team, counted in a table: there are few of either.
    const auto teamCount = size_t(m_facts->teams.size());
    std::vector<qint64> contactsOf(size_t(m_facts->agents.size()) * teamCount);
    for (const store::ContactFact &c : m_facts->contacts) {
        if (c.dims.agent != 0 && c.dims.team != 0)
            ++contactsOf[c.dims.agent * teamCount + c.dims.team];
    }
    for (quint16 agent = 1; agent < quint16(m_facts->agents.size()); ++agent) {
        quint16 best = 0;
        for (quint16 team = 1; team < quint16(teamCount); ++team) {
            const qint64 contacts = contactsOf[agent * teamCount + team];
            const qint64 most = contactsOf[agent * teamCount + best];
            // A tie goes to the team first by name, whatever order the facts came in.
            if (contacts > most
                || (contacts > 0 && contacts == most && m_facts->teams.name(team) < m_facts->teams.name(best)))
                best = team;
        }
        if (best != 0)
            teams.insert(m_facts->agents.name(agent), m_facts->teams.name(best));
    }
    return teams;
}

QList<DrillPart> drillParts(const KpiSpec &spec)
{
    if (spec.shape == Shape::Churn || spec.shape == Shape::Retention || spec.shape == Shape::ChurnValue
        || spec.shape == Shape::Unavailable)
        return {};
    // drillDown() lists a mean's measured facts for its numerator and denominator alike and
    // none as failed; a count's denominator is its numerator.
    if (spec.measure != Measure::Count)
        return {DrillPart::Denominator};
    if (spec.denominator == Part::Count)
        return {DrillPart::Numerator};
    return {DrillPart::Numerator, DrillPart::Denominator, DrillPart::Failed};
}

std::optional<QList<store::FactRow>> KpiEngine::drillDown(const KpiQuery &asked, const QString &kpi,
                                                          const QString &group, const QString &period,
                                                          DrillPart part, QString *error)
{
    // A QA criterion (qa_score.empathy) lists the evaluations behind the QA score.
    const KpiSpec *spec = findKpi(kpi.section(u'.', 0, 0));
    if (!spec) {
        *error = tr("unknown KPI \"%1\"").arg(kpi);
        return std::nullopt;
    }
    if (drillParts(*spec).isEmpty()) {
        *error = tr("%1 has no contacts behind it to list").arg(kpi);
        return std::nullopt;
    }
    const auto wanted = periodFromLabel(period);
    if (!wanted || wanted->first != asked.period) {
        *error = tr("\"%1\" is not a period of the kind asked for").arg(period);
        return std::nullopt;
    }
    KpiQuery query = asked;
    // Only the period asked for needs reading (an hour of the week is in every week).
    if (query.period != PeriodKind::All && query.period != PeriodKind::HourOfWeek) {
        if (!query.from)
            query.from = LocalDayConverter::toDate(wanted->second);
        if (!query.to)
            query.to = LocalDayConverter::toDate(periodEnd(query.period, wanted->second));
    }
    if (!load(query, error))
        return std::nullopt;
    // "contacts --group A17" without --by: the group is whichever dimension knows the name.
    if (query.by == GroupBy::All && group != u"all") {
        for (const Dimension &d : kDimensions) {
            if (((*m_facts).*d.names).find(group) != 0) {
                query.by = d.by;
                break;
            }
        }
    }

    // Which facts count in the asked part of the figure.
    const auto inPart = [&](const Classified &fact) {
        if (spec->measure != Measure::Count)
            return part != DrillPart::Failed && store::known(fact.measure(spec->measure));
        const Part numerator = spec->shape == Shape::Nps && part == DrillPart::Failed ? Part::Detractor
                                                                                       : spec->numerator;
        const Part denominator = spec->denominator == Part::Count ? spec->numerator : spec->denominator;
        switch (part) {
        case DrillPart::Numerator: return fact.has(spec->numerator);
        case DrillPart::Denominator: return fact.has(denominator);
        case DrillPart::Failed:
            return spec->shape == Shape::Nps ? fact.has(numerator) : fact.has(denominator) && !fact.has(numerator);
        }
        return false;
    };
    const Periods periods = layout(query);
    QHash<QString, QList<qint64>> idsByTable;
    QStringList tables;
    const store::KpiFacts &facts = *m_facts;
    visitFacts(query, periods, {0, periods.starts.size()},
               [&](const char *table, size_t index, size_t p, const Dims &dims, const Classified &fact) {
        if (periods.starts[p] != wanted->second && query.period != PeriodKind::All)
            return;
        const size_t g = groupOf(query.by, dims);
        if ((g == 0 && query.by != GroupBy::All) || groupName(facts, query.by, g) != group || !inPart(fact))
            return;
        const QString name = QLatin1StringView(table);
        if (!idsByTable.contains(name))
            tables.append(name);
        qint64 rowId = 0;
        switch (name.at(0).unicode()) {
        case 'i': rowId = facts.contacts[index].rowId; break;
        case 's': rowId = facts.surveys[index].rowId; break;
        case 'q': rowId = facts.qa[index].rowId; break;
        default: rowId = facts.engagement[index].rowId; break;
        }
        idsByTable[name].append(rowId);
    });
    QList<store::FactRow> rows;
    store::KpiFactReader reader(m_store);
    for (const QString &table : tables) {
        rows += reader.describe(table, idsByTable.value(table), error);
        if (!error->isEmpty())
            return std::nullopt;
    }
    return rows;
}

} // namespace huddle::kpi
