#pragma once

#include "coachingnote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace huddle::coaching {

// Notes as files: CSV for spreadsheets, Markdown to print a shared note for the agent.
class NoteExport
{
    Q_DECLARE_TR_FUNCTIONS(NoteExport)

public:
    // RFC 4180, one row per note; the columns are huddle-cli's JSON keys (id, agent, week, kpi,
    // conflict, text, agreed, follow_up, status, shared, acknowledged_at, deleted_at, author,
    // created_at, updated_at). Instants ISO in UTC.
    static QString csv(const QList<CoachingNote> &notes);
    // One note as a page, times in `zone`.
    static QString markdown(const CoachingNote &note, const QTimeZone &zone);
};

} // namespace huddle::coaching
