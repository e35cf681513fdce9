#pragma once

#include "coachingnote.h"
#include "effect.h"

#include <kpi/kpiengine.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace huddle::coaching {

// The weekly figures the effects of some notes need, read once: every agent's and every
// team's weeks from the first baseline week to the last week after any of the notes.
struct EffectData
{
    QHash<QString, QHash<QString, WeeklyFigures>> agents; // agent -> kpi -> week -> figure
    QHash<QString, QHash<QString, WeeklyFigures>> teams; // team -> kpi -> week -> figure
    QHash<QString, QString> teamOfAgent;
    QString newestWeek; // the newest week with data in the span read
    int coachWeeks = 4;
};

// Computes the weekly figures for the notes (their anchor weeks in `zone`) with the engine's
// settings (coach_weeks). Returns nothing and sets *error when the engine fails.
std::optional<EffectData> loadEffectData(
    kpi::KpiEngine &engine, const QList<CoachingNote> &notes, const QTimeZone &zone, QString *error);

// The effect of a note on each of its KPIs.
QList<CoachingEffect> effectsOf(const CoachingNote &note, const EffectData &data, const QTimeZone &zone);

} // namespace huddle::coaching
