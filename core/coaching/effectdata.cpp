#include "effectdata.h"

#include <common/localday.h>
#include <kpi/period.h>

namespace huddle::coaching {

namespace {

using ByGroup = QHash<QString, QHash<QString, WeeklyFigures>>;

ByGroup byGroup(const QList<kpi::Figure> &figures, QString *newestWeek)
{
    ByGroup groups;
    for (const kpi::Figure &f : figures) {
        groups[f.group][f.kpi].insert(f.period, f);
        // ISO week labels sort in time order.
        if (f.value && f.period > *newestWeek)
            *newestWeek = f.period;
    }
    return groups;
}

} // namespace

std::optional<EffectData> loadEffectData(
    kpi::KpiEngine &engine, const QList<CoachingNote> &notes, const QTimeZone &zone, QString *error)
{
    EffectData data;
    data.coachWeeks = engine.settings().coachWeeks;
    std::optional<qint32> first, last;
    for (const CoachingNote &note : notes) {
        const auto week = kpi::periodFromLabel(note.anchorWeek(zone));
        if (!week)
            continue;
        const qint32 from = week->second - 7 * (data.coachWeeks + kBaselineWeeks);
        const qint32 to = week->second + 7 * data.coachWeeks + 6;
        first = std::min(first.value_or(from), from);
        last = std::max(last.value_or(to), to);
    }
    if (!first)
        return data;
    kpi::KpiQuery query;
    query.period = kpi::PeriodKind::Week;
    query.from = LocalDayConverter::toDate(*first);
    query.to = LocalDayConverter::toDate(*last);
    query.by = kpi::GroupBy::Agent;
    const auto agents = engine.compute(query, error);
    if (!agents)
        return std::nullopt;
    data.teamOfAgent = engine.agentTeams();
    query.by = kpi::GroupBy::Team;
    const auto teams = engine.compute(query, error);
    if (!teams)
        return std::nullopt;
    data.agents = byGroup(*agents, &data.newestWeek);
    data.teams = byGroup(*teams, &data.newestWeek);
    return data;
}

QList<CoachingEffect> effectsOf(const CoachingNote &note, const EffectData &data, const QTimeZone &zone)
{
    QList<CoachingEffect> effects;
    const QString week = note.anchorWeek(zone);
    const QString team = data.teamOfAgent.value(note.agent);
    for (const QString &id : note.kpis) {
        const kpi::KpiSpec *spec = kpi::findKpi(id);
        if (!spec)
            continue;
        CoachingEffect effect = coachingEffect(*spec, week, data.coachWeeks,
            data.agents.value(note.agent).value(id), data.teams.value(team).value(id), data.newestWeek);
        effect.noteId = note.id;
        effect.agent = note.agent;
        effect.team = team;
        effects.append(effect);
    }
    return effects;
}

} // namespace huddle::coaching
