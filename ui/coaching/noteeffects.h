#pragma once

#include <coaching/coachingnote.h>
#include <coaching/effect.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace huddle::ui {

// The effects of some notes on their KPIs, or why there are none.
struct NoteEffects
{
    QString error;
    QList<coaching::CoachingEffect> effects; // in the notes' order, then their KPIs'

    QList<coaching::CoachingEffect> of(qint64 noteId) const;
};

// Reads the weekly figures the notes' effects need and measures them, as huddle-cli notes
// effect does. Opens its own connection to the store: call it on a worker thread.
NoteEffects loadNoteEffects(const QString &storePath, const QList<coaching::CoachingNote> &notes);

// Whether two lists of notes have the same effects (the same notes, agents, weeks and KPIs):
// an edit of a note's text does not need them measured again.
bool sameEffectInputs(const QList<coaching::CoachingNote> &a, const QList<coaching::CoachingNote> &b);

// An effect in words for the team leader: the KPI before and after the note with their
// intervals, the change and the verdict, the team over the same weeks.
class EffectText
{
    Q_DECLARE_TR_FUNCTIONS(EffectText)

public:
    static QString describe(const coaching::CoachingEffect &effect);
    // "312 s (300 – 324), n 420", or "no data".
    static QString spanFigure(const kpi::KpiSpec &spec, const coaching::Span &span);
};

} // namespace huddle::ui
