#include "actiondata.h"

#include <common/localday.h>
#include <kpi/period.h>
#include <store/actionrepository.h>
#include <store/interactionrepository.h>
#include <store/store.h>

#include <algorithm>

namespace huddle::actions {

namespace {

constexpr double kWeeksPerMonth = 30.44 / 7;
constexpr int kImpactWeeks = 4;

double effortWeight(Effort effort)
{
    switch (effort) {
    case Effort::Low: return 1;
    case Effort::Medium: return 2;
    case Effort::High: return 4;
    }
    return 2;
}

// The weeks' figures of the groups other than `own`, as one per week, in the form
// coaching::span() pools: counts summed; proportions and means from their summed numerators
// and denominators; NPS and percentiles n-weighted. No intervals: the comparison is a level
// the target is set against, not an estimate of its own.
coaching::WeeklyFigures othersCombined(const QList<kpi::Figure> &figures, const QString &own, const kpi::KpiSpec &spec)
{
    coaching::WeeklyFigures weekly;
    QHash<QString, double> weights;
    const bool fromParts = spec.shape == kpi::Shape::Proportion || spec.shape == kpi::Shape::Mean;
    for (const kpi::Figure &f : figures) {
        if (f.group == own || !f.value)
            continue;
        kpi::Figure &sum = weekly[f.period];
        sum.kpi = f.kpi;
        sum.period = f.period;
        if (spec.shape == kpi::Shape::Count) {
            sum.value = sum.value.value_or(0) + *f.value;
        } else if (fromParts) {
            sum.numerator = sum.numerator.value_or(0) + f.numerator.value_or(0);
            sum.denominator = sum.denominator.value_or(0) + f.denominator.value_or(0);
        } else {
            sum.value = sum.value.value_or(0) + *f.value * double(f.n);
            weights[f.period] += double(f.n);
        }
        sum.n += f.n;
    }
    for (auto it = weekly.begin(); it != weekly.end();) {
        kpi::Figure &f = *it;
        if (fromParts)
            f.value = f.denominator.value_or(0) > 0 ? std::optional(*f.numerator / *f.denominator) : std::nullopt;
        else if (spec.shape != kpi::Shape::Count)
            f.value = weights.value(it.key()) > 0 ? std::optional(*f.value / weights.value(it.key())) : std::nullopt;
        it = f.value ? std::next(it) : weekly.erase(it);
    }
    return weekly;
}

coaching::WeeklyFigures ofGroup(const QList<kpi::Figure> &figures, const QString &group)
{
    coaching::WeeklyFigures weekly;
    for (const kpi::Figure &f : figures) {
        if (f.group == group)
            weekly.insert(f.period, f);
    }
    return weekly;
}

} // namespace

QString newestWeek(store::Store &store)
{
    const auto span = store::InteractionRepository(store).startedSpan();
    if (!span)
        return {};
    const QDate day = QDateTime::fromSecsSinceEpoch(span->second, store.timeZone()).date();
    return kpi::periodLabel(kpi::PeriodKind::Week,
                            kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(day)));
}

std::optional<ActionEffect> measureAction(store::Store &store, kpi::KpiEngine &engine, const ImprovementAction &action,
                                          QString *error)
{
    const bool byReason = !action.reason.isEmpty();
    const kpi::KpiSpec &spec = *kpi::findKpi(byReason ? QStringLiteral("volume") : action.kpi);
    if (!action.start)
        return actionEffect(action, spec, {}, {}, newestWeek(store), engine.settings());
    kpi::KpiQuery query;
    const QDate monday = action.start->addDays(1 - action.start->dayOfWeek());
    query.from = monday.addDays(-7 * kEffectWeeks);
    query.to = monday.addDays(7 * (kEffectWeeks + 1) + 6);
    query.period = kpi::PeriodKind::Week;
    query.kpis = {QString::fromLatin1(spec.id)};
    QString group;
    if (byReason) {
        query.by = kpi::GroupBy::Reason;
        query.team = action.team;
        query.queue = action.queue;
        group = action.reason;
    } else if (!action.team.isEmpty()) {
        query.by = kpi::GroupBy::Team;
        group = action.team;
    } else if (!action.queue.isEmpty()) {
        query.by = kpi::GroupBy::Queue;
        group = action.queue;
    }
    const auto figures = engine.compute(query, error);
    if (!figures)
        return std::nullopt;
    // The whole operation's KPI: the target is all of it, and nothing is left untouched.
    const bool whole = query.by == kpi::GroupBy::All;
    const coaching::WeeklyFigures target = ofGroup(*figures, whole ? QStringLiteral("all") : group);
    const coaching::WeeklyFigures comparison = whole ? coaching::WeeklyFigures() : othersCombined(*figures, group, spec);
    return actionEffect(action, spec, target, comparison, newestWeek(store), engine.settings());
}

std::optional<double> impactPerMonth(kpi::KpiEngine &engine, const ImprovementAction &action,
                                     const QString &newest, QString *error)
{
    if (action.expectedImpact)
        return action.expectedImpact;
    const auto week = kpi::periodFromLabel(newest);
    if (action.reason.isEmpty() || !week)
        return std::nullopt;
    kpi::KpiQuery query;
    query.from = LocalDayConverter::toDate(week->second - 7 * (kImpactWeeks - 1));
    query.to = LocalDayConverter::toDate(week->second + 6);
    query.by = kpi::GroupBy::Reason;
    query.team = action.team;
    query.queue = action.queue;
    query.kpis = {QStringLiteral("volume")};
    const auto figures = engine.compute(query, error);
    if (!figures)
        return std::nullopt;
    for (const kpi::Figure &f : *figures) {
        if (f.group == action.reason && f.value)
            return *f.value / kImpactWeeks * kWeeksPerMonth;
    }
    return 0.0;
}

QString quadrantName(MatrixEntry::Quadrant quadrant)
{
    switch (quadrant) {
    case MatrixEntry::Quadrant::QuickWin: return QStringLiteral("quick_win");
    case MatrixEntry::Quadrant::MajorProject: return QStringLiteral("major_project");
    case MatrixEntry::Quadrant::FillIn: return QStringLiteral("fill_in");
    case MatrixEntry::Quadrant::Thankless: return QStringLiteral("thankless");
    case MatrixEntry::Quadrant::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool byPriority(const MatrixEntry &a, const MatrixEntry &b)
{
    if (a.contactsPerMonth.has_value() != b.contactsPerMonth.has_value())
        return a.contactsPerMonth.has_value();
    return a.priority > b.priority;
}

double highImpactThreshold(const QList<MatrixEntry> &entries)
{
    QList<double> impacts;
    for (const MatrixEntry &e : entries) {
        if (e.contactsPerMonth)
            impacts.append(*e.contactsPerMonth);
    }
    std::sort(impacts.begin(), impacts.end());
    return impacts.isEmpty() ? 0
        : impacts.size() % 2 ? impacts[impacts.size() / 2]
                             : (impacts[impacts.size() / 2 - 1] + impacts[impacts.size() / 2]) / 2;
}

QList<MatrixEntry> impactEffortMatrix(QList<MatrixEntry> entries)
{
    const double median = highImpactThreshold(entries);
    for (MatrixEntry &e : entries) {
        if (!e.contactsPerMonth)
            continue;
        const bool high = *e.contactsPerMonth >= median && *e.contactsPerMonth > 0;
        const bool easy = e.action.effort != Effort::High;
        e.quadrant = high ? (easy ? MatrixEntry::Quadrant::QuickWin : MatrixEntry::Quadrant::MajorProject)
                          : (easy ? MatrixEntry::Quadrant::FillIn : MatrixEntry::Quadrant::Thankless);
        e.priority = *e.contactsPerMonth / effortWeight(e.action.effort);
    }
    std::stable_sort(entries.begin(), entries.end(), byPriority);
    return entries;
}

std::optional<QList<ActionStanding>> actionStandings(store::Store &store, kpi::KpiEngine &engine, const QString &team,
                                                     QString *error)
{
    const QString newest = newestWeek(store);
    QList<ActionStanding> standings;
    QList<MatrixEntry> open;
    for (const ImprovementAction &a : store::ActionRepository(store, {}).list()) {
        if (!team.isEmpty() && a.team != team)
            continue;
        ActionStanding standing{a, std::nullopt, std::nullopt};
        if (a.start) {
            standing.effect = measureAction(store, engine, a, error);
            if (!standing.effect)
                return std::nullopt;
        }
        if (a.status == ActionStatus::Proposed || a.status == ActionStatus::InProgress) {
            MatrixEntry entry;
            entry.action = a;
            entry.contactsPerMonth = impactPerMonth(engine, a, newest, error);
            if (!error->isEmpty())
                return std::nullopt;
            if (entry.contactsPerMonth)
                entry.moneyPerMonth = *entry.contactsPerMonth * engine.settings().costPerContact;
            open.append(entry);
        }
        standings.append(standing);
    }
    for (const MatrixEntry &entry : impactEffortMatrix(open)) {
        for (ActionStanding &standing : standings) {
            if (standing.action.id == entry.action.id)
                standing.matrix = entry;
        }
    }
    return standings;
}

} // namespace huddle::actions
