#include "conflict.h"

#include <trends/trend.h>

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <future>

namespace huddle::conflicts {

using kpi::Figure;

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The median and interquartile range of the values (linear interpolation).
std::pair<double, double> medianAndIqr(std::vector<float> values)
{
    const double median = kpi::percentile(values, 0.5);
    const double iqr = kpi::percentile(values, 0.75) - kpi::percentile(values, 0.25);
    return {median, iqr};
}

} // namespace

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Rushing: return QStringLiteral("rushing");
    case Rule::TransferGaming: return QStringLiteral("transfer_gaming");
    case Rule::CallbackChurn: return QStringLiteral("callback_churn");
    case Rule::Capacity: return QStringLiteral("capacity");
    case Rule::HiddenDissatisfaction: return QStringLiteral("hidden_dissatisfaction");
    case Rule::QualityGap: return QStringLiteral("quality_gap");
    }
    return {};
}

QString ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::Rushing: return ConflictFinder::tr("Rushing");
    case Rule::TransferGaming: return ConflictFinder::tr("Transfer gaming");
    case Rule::CallbackChurn: return ConflictFinder::tr("Callback churn");
    case Rule::Capacity: return ConflictFinder::tr("Capacity");
    case Rule::HiddenDissatisfaction: return ConflictFinder::tr("Hidden dissatisfaction");
    case Rule::QualityGap: return ConflictFinder::tr("Quality gap");
    }
    return {};
}

namespace {

// The ids of ConflictFinder::Kpi, in its order.
constexpr const char *kRuleKpiIds[] = {"aht", "csat", "fcr", "volume", "service_level", "abandonment_rate",
                                       "nps", "sentiment", "qa_score", "transfer_rate"};

} // namespace

const QSet<QString> &ruleKpis()
{
    static const QSet<QString> kpis = [] {
        QSet<QString> ids;
        for (const char *id : kRuleKpiIds)
            ids.insert(QString::fromLatin1(id));
        return ids;
    }();
    return kpis;
}

std::optional<ConflictFinder::Kpi> ConflictFinder::ruleKpi(const QString &id)
{
    static_assert(std::size(kRuleKpiIds) == size_t(Kpi::Count));
    static const QHash<QString, Kpi> kpis = [] {
        QHash<QString, Kpi> byId;
        for (size_t k = 0; k < size_t(Kpi::Count); ++k)
            byId.insert(QString::fromLatin1(kRuleKpiIds[k]), Kpi(k));
        return byId;
    }();
    const auto it = kpis.constFind(id);
    return it == kpis.constEnd() ? std::nullopt : std::optional(*it);
}

ConflictFinder::ConflictFinder(const QList<Figure> &weekly, const kpi::KpiSettings &settings)
    : m_settings(settings)
{
    // Only the KPIs the rules read, and of each figure only its week and numbers: copies of
    // hundreds of thousands of figures with their group and KPI names would cost more than
    // the rules. A group's figures come together (the engine lists them by period, group and
    // KPI), so its series are looked up once for each run of them, and made room for once.
    qsizetype periods = 0;
    for (qsizetype i = 0; i < weekly.size(); ++i)
        periods += i == 0 || weekly[i].period != weekly[i - 1].period;
    const QString *group = nullptr;
    Series *series = nullptr;
    for (const Figure &f : weekly) {
        const auto kpi = ruleKpi(f.kpi);
        if (!kpi)
            continue;
        if (!group || f.group != *group) {
            group = &f.group;
            series = &m_series[f.group];
        }
        QList<Figure> &list = (*series)[size_t(*kpi)];
        if (list.isEmpty())
            list.reserve(periods);
        Figure &copy = list.emplaceBack();
        copy.period = f.period;
        copy.value = f.value;
        copy.numerator = f.numerator;
        copy.denominator = f.denominator;
        copy.n = f.n;
        copy.ciLow = f.ciLow;
        copy.ciHigh = f.ciHigh;
        copy.lowSample = f.lowSample;
    }
    const auto byPeriod = [](const Figure &a, const Figure &b) { return a.period < b.period; };
    for (Series &byKpi : m_series) {
        for (QList<Figure> &list : byKpi) {
            if (!std::is_sorted(list.cbegin(), list.cend(), byPeriod))
                std::sort(list.begin(), list.end(), byPeriod);
        }
    }
}

qsizetype ConflictFinder::weekIn(const QList<Figure> &series, const QString &week)
{
    // Week labels sort as the weeks do.
    const auto it = std::lower_bound(series.cbegin(), series.cend(), week,
                                     [](const Figure &f, const QString &w) { return f.period < w; });
    return it != series.cend() && it->period == week ? it - series.cbegin() : -1;
}

const Figure *ConflictFinder::figure(const Series &series, Kpi kpi, const QString &week)
{
    const QList<Figure> &weekly = series[size_t(kpi)];
    const qsizetype at = weekIn(weekly, week);
    return at >= 0 ? &weekly[at] : nullptr;
}

QJsonObject ConflictFinder::Movement::evidence() const
{
    if (!level.isEmpty() || !current)
        return level;
    QJsonObject evidence{{QStringLiteral("value"), number(current->value)},
                         {QStringLiteral("ci_low"), number(current->ciLow)},
                         {QStringLiteral("ci_high"), number(current->ciHigh)},
                         {QStringLiteral("n"), current->n}};
    if (previous)
        evidence.insert(QStringLiteral("previous"), number(previous->value));
    if (change)
        evidence.insert(QStringLiteral("change"), change->delta);
    if (trend) {
        evidence.insert(QStringLiteral("trend_per_week"), trend->slope);
        evidence.insert(QStringLiteral("trend"), trends::directionName(trend->direction));
    }
    return evidence;
}

// A KPI moved significantly in the given direction in this week: week over week, or by
// its trend over the last trend_weeks weeks.
ConflictFinder::Movement ConflictFinder::moved(const Series &byKpi, Kpi kpi, const QString &week, Move move,
                                               bool strict) const
{
    static const std::array<const kpi::KpiSpec *, size_t(Kpi::Count)> specs = [] {
        std::array<const kpi::KpiSpec *, size_t(Kpi::Count)> found{};
        for (size_t k = 0; k < found.size(); ++k)
            found[k] = kpi::findKpi(QString::fromLatin1(kRuleKpiIds[k]));
        return found;
    }();
    const double confidence = strict ? 0.99 : 0.95;
    Movement movement;
    const kpi::KpiSpec *spec = specs[size_t(kpi)];
    const QList<Figure> *series = &byKpi[size_t(kpi)];
    const qsizetype at = weekIn(*series, week);
    if (!spec || at < 0 || !(*series)[at].value)
        return movement;
    const Figure &current = (*series)[at];
    movement.current = &current;
    const auto wanted = [&](double delta) { return move == Move::Up ? delta > 0 : delta < 0; };
    // Quiet by design: a week-over-week move counts only between two weeks of enough
    // sample, a trend only over at least four weeks (KPI-DEFINITIONS.md, min_sample).
    if (at > 0) {
        const Figure &previous = (*series)[at - 1];
        movement.previous = &previous;
        movement.change = trends::weekOverWeek(*spec, previous, current, confidence);
        if (movement.change && movement.change->significant && wanted(movement.change->delta) && !previous.lowSample
            && !current.lowSample)
            movement.found = movement.weekOverWeek = true;
    }
    constexpr int kMinimumTrendWeeks = 4;
    if (const auto trend = trends::recentTrend(std::span(*series).first(size_t(at) + 1), m_settings.trendWeeks,
                                               confidence);
        trend && trend->weeks >= kMinimumTrendWeeks) {
        movement.trend = trend;
        if (trend->direction == (move == Move::Up ? trends::Direction::Rising : trends::Direction::Falling))
            movement.found = true;
    }
    return movement;
}

QList<Conflict> ConflictFinder::find(const QString &groupKind, const QStringList &weeks,
                                     const QHash<QString, QString> &teamOfAgent) const
{
    QStringList groups = m_series.keys();
    groups.sort();
    // Group by group, so that a group's figures stay in the cache over its weeks; each week's
    // conflicts are kept apart, to be listed week by week with the groups in order.
    std::vector<QList<Conflict>> byWeek(size_t(weeks.size()));
    QList<Conflict> *found = nullptr; // the week's
    const auto add = [&](Rule rule, const QString &group, const QString &week, const QString &kpiA, const Movement &a,
                         const QString &kpiB, const Movement &b, const QString &explanation, const QString &topic) {
        Conflict c;
        c.rule = rule;
        c.groupKind = groupKind;
        c.group = group;
        c.week = week;
        c.severity = a.weekOverWeek && b.weekOverWeek ? QStringLiteral("high") : QStringLiteral("medium");
        c.evidence = QJsonObject{{kpiA, a.evidence()}, {kpiB, b.evidence()}};
        c.explanation = explanation;
        c.coachingTopic = topic;
        found->append(c);
    };
    for (const QString &group : groups) {
        const Series &series = *m_series.constFind(group);
        for (qsizetype w = 0; w < weeks.size(); ++w) {
            const QString &week = weeks[w];
            found = &byWeek[size_t(w)];
            const Movement ahtDown = moved(series, Kpi::Aht, week, Move::Down);
            if (ahtDown.found) {
                const Movement csatDown = moved(series, Kpi::Csat, week, Move::Down);
                const Movement fcrDown = moved(series, Kpi::Fcr, week, Move::Down);
                if (csatDown.found || fcrDown.found) {
                    add(Rule::Rushing, group, week, QStringLiteral("aht"), ahtDown, csatDown.found ? QStringLiteral("csat") : QStringLiteral("fcr"),
                        csatDown.found ? csatDown : fcrDown,
                        tr("Handle time is falling while %1 falls too: contacts may be closed too fast.")
                            .arg(csatDown.found ? tr("satisfaction") : tr("first contact resolution")),
                        tr("Take the time to solve: resolve before closing"));
                }
            }
            const Movement fcrDown = moved(series, Kpi::Fcr, week, Move::Down);
            const Movement volumeUp = moved(series, Kpi::Volume, week, Move::Up);
            if (fcrDown.found && volumeUp.found)
                add(Rule::CallbackChurn, group, week, QStringLiteral("fcr"), fcrDown, QStringLiteral("volume"), volumeUp,
                    tr("First contact resolution is falling while volume rises: repeat contacts inflate the volume."),
                    tr("Find the repeat drivers: what brings customers back"));
            const Movement slDown = moved(series, Kpi::ServiceLevel, week, Move::Down);
            const Movement abandonUp = moved(series, Kpi::AbandonmentRate, week, Move::Up);
            if (slDown.found && abandonUp.found)
                add(Rule::Capacity, group, week, QStringLiteral("service_level"), slDown, QStringLiteral("abandonment_rate"), abandonUp,
                    tr("Service level is falling while abandonment rises: too few agents for the demand."),
                    tr("Staffing and schedule adherence"));
            const Figure *csat = figure(series, Kpi::Csat, week);
            if (csat && csat->value && *csat->value >= m_settings.csatTarget) {
                const Movement npsDown = moved(series, Kpi::Nps, week, Move::Down, true);
                const Movement sentimentDown = moved(series, Kpi::Sentiment, week, Move::Down, true);
                if (npsDown.found || sentimentDown.found) {
                    Movement csatLevel;
                    csatLevel.found = true;
                    csatLevel.weekOverWeek = true;
                    csatLevel.level = QJsonObject{{QStringLiteral("value"), number(csat->value)},
                                                     {QStringLiteral("target"), m_settings.csatTarget}};
                    add(Rule::HiddenDissatisfaction, group, week, QStringLiteral("csat"), csatLevel,
                        npsDown.found ? QStringLiteral("nps") : QStringLiteral("sentiment"), npsDown.found ? npsDown : sentimentDown,
                        tr("Surveys look good while %1 falls: the surveys may be shallow or biased.")
                            .arg(npsDown.found ? tr("NPS") : tr("sentiment")),
                        tr("Listen to calls: how do customers really sound"));
                }
            }
            const Movement qaDown = moved(series, Kpi::QaScore, week, Move::Down, true);
            if (qaDown.found && !moved(series, Kpi::Aht, week, Move::Up).found) {
                Movement aht = ahtDown;
                if (!aht.found) {
                    aht = moved(series, Kpi::Aht, week, Move::Up); // for its evidence only
                    aht.found = true;
                }
                add(Rule::QualityGap, group, week, QStringLiteral("qa_score"), qaDown, QStringLiteral("aht"), aht,
                    tr("Quality scores are falling while handle time is flat or falling: the checklist is met, "
                       "the customer not helped."),
                    tr("Quality of the conversation, not the checklist"));
            }
        }
    }
    QList<Conflict> all;
    for (qsizetype w = 0; w < weeks.size(); ++w) {
        all += byWeek[size_t(w)];
        if (groupKind == u"agent")
            all += transferGaming(weeks[w], teamOfAgent);
    }
    return all;
}

// Transfer gaming compares an agent with the team in the same week: handle time below the
// team's median (the interval's top below it) while the transfer rate is above the team's
// median + 1 IQR (the interval's bottom above it).
QList<Conflict> ConflictFinder::transferGaming(const QString &week, const QHash<QString, QString> &teamOfAgent) const
{
    QList<Conflict> found;
    const auto agentFigure = [&](const QString &agent, Kpi kpi) -> const Figure * {
        const auto series = m_series.constFind(agent);
        return series == m_series.constEnd() ? nullptr : figure(*series, kpi, week);
    };
    QHash<QString, QStringList> agentsOfTeam;
    for (auto it = teamOfAgent.cbegin(); it != teamOfAgent.cend(); ++it)
        agentsOfTeam[it.value()].append(it.key());
    for (auto team = agentsOfTeam.cbegin(); team != agentsOfTeam.cend(); ++team) {
        std::vector<float> aht, transfers;
        for (const QString &agent : *team) {
            const Figure *a = agentFigure(agent, Kpi::Aht);
            const Figure *t = agentFigure(agent, Kpi::TransferRate);
            if (a && a->value && t && t->value) {
                aht.push_back(float(*a->value));
                transfers.push_back(float(*t->value));
            }
        }
        if (aht.size() < 4)
            continue; // too few colleagues for a median and quartiles
        const double ahtMedian = medianAndIqr(aht).first;
        const auto [transferMedian, transferIqr] = medianAndIqr(transfers);
        QStringList agents = *team;
        agents.sort();
        for (const QString &agent : agents) {
            const Figure *a = agentFigure(agent, Kpi::Aht);
            const Figure *t = agentFigure(agent, Kpi::TransferRate);
            if (!a || !t || !a->ciHigh || !t->ciLow)
                continue;
            if (*a->ciHigh < ahtMedian && *t->ciLow > transferMedian + transferIqr) {
                Conflict c;
                c.rule = Rule::TransferGaming;
                c.groupKind = QStringLiteral("agent");
                c.group = agent;
                c.week = week;
                c.severity = *t->value > 2 * transferMedian ? QStringLiteral("high") : QStringLiteral("medium");
                c.evidence = QJsonObject{
                    {QStringLiteral("team"), team.key()},
                    {QStringLiteral("aht"), QJsonObject{{QStringLiteral("value"), number(a->value)},
                                                        {QStringLiteral("ci_high"), number(a->ciHigh)},
                                                        {QStringLiteral("team_median"), ahtMedian}}},
                    {QStringLiteral("transfer_rate"),
                     QJsonObject{{QStringLiteral("value"), number(t->value)},
                                 {QStringLiteral("ci_low"), number(t->ciLow)},
                                 {QStringLiteral("team_median"), transferMedian},
                                 {QStringLiteral("team_iqr"), transferIqr}}},
                };
                c.explanation = tr("Handle time below the team's median while transferring far more than the team: "
                                   "contacts may be passed on instead of solved.");
                c.coachingTopic = tr("Own the contact: solve instead of transferring");
                found.append(c);
            }
        }
    }
    return found;
}

std::optional<QList<GroupWeekly>> weeklyByGroup(kpi::KpiEngine &engine, const kpi::KpiQuery &base, QString *error,
                                                QList<kpi::Figure> *operation)
{
    QList<GroupWeekly> groups;
    QList<kpi::Grouping> groupings;
    for (const auto &[kind, by] : {std::pair{QStringLiteral("agent"), kpi::GroupBy::Agent},
                                   std::pair{QStringLiteral("team"), kpi::GroupBy::Team},
                                   std::pair{QStringLiteral("queue"), kpi::GroupBy::Queue}}) {
        if (!base.team.isEmpty() && by == kpi::GroupBy::Queue)
            continue;
        groups.append({kind, by, {}, {}});
        groupings.append({by, base.kpis});
    }
    if (operation)
        groupings.append({kpi::GroupBy::All, {}});
    kpi::KpiQuery query = base;
    query.period = kpi::PeriodKind::Week;
    auto figures = engine.computeGroupings(query, groupings, error);
    if (!figures)
        return std::nullopt;
    for (qsizetype i = 0; i < groups.size(); ++i)
        groups[i].figures = std::move((*figures)[i]);
    groups.first().teamOfAgent = engine.agentTeams();
    if (operation)
        *operation = std::move(figures->last());
    return groups;
}

QList<Conflict> findConflicts(const QList<GroupWeekly> &groups, const kpi::KpiSettings &settings,
                              const QStringList &weeks)
{
    QList<Conflict> found;
    for (const GroupWeekly &group : groups) {
        const ConflictFinder finder(group.figures, settings);
        // The older half of the weeks on a second thread (find() only reads): with hundreds of
        // agents the rules are a good part of a dashboard's load. The order stays the weeks'.
        const QStringList older = weeks.mid(0, weeks.size() / 2);
        auto olderFound =
            std::async(std::launch::async, [&] { return finder.find(group.kind, older, group.teamOfAgent); });
        const QList<Conflict> newer = finder.find(group.kind, weeks.mid(older.size()), group.teamOfAgent);
        found += olderFound.get();
        found += newer;
    }
    return found;
}

} // namespace huddle::conflicts
