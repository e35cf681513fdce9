#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace huddle::coaching {

enum class NoteStatus
{
    Open,
    Done,
    Cancelled
};
// open, done, cancelled: the names the store and huddle-cli use.
QString statusName(NoteStatus status);
std::optional<NoteStatus> statusFromName(const QString &name);

// A team leader's note about one agent: what was observed, what was agreed, and by when to
// look again. `observed` is the note's main text (huddle-cli's --text and JSON "text").
struct CoachingNote
{
    qint64 id = 0; // 0 until stored
    QString agent {};
    QString author {};
    QDateTime createdAt {};
    QDateTime updatedAt {};
    QString week {}; // the ISO week the note is about, e.g. 2026-W45; empty: the week it was written
    QStringList kpis {}; // KPI ids of kpi::kpiSpecs()
    QString conflict {}; // a conflict rule name (conflicts::ruleName) when made from one
    QString observed {};
    QString agreed {};
    std::optional<QDate> followUp {};
    NoteStatus status = NoteStatus::Open;
    bool shared = false; // shared with the agent (printable for them); else private to the team leader
    QDateTime acknowledgedAt {}; // shared notes: when the agent acknowledged it
    QDateTime deletedAt {}; // soft delete: set while the note is in the bin

    bool isDeleted() const { return deletedAt.isValid(); }
    // The week the note's effect is measured around: its week, else the local week it was written in.
    QString anchorWeek(const QTimeZone &zone) const;

    friend bool operator==(const CoachingNote &, const CoachingNote &) = default;
};

// The note's fields as text, named as huddle-cli's JSON names them (agent, week, kpi,
// conflict, text, agreed, follow_up, status, shared, acknowledged_at, deleted_at): what the
// history compares and records. Dates are ISO, instants ISO in UTC, none is empty.
QList<std::pair<QString, QString>> fieldTexts(const CoachingNote &note);

// What is wrong with a note before it is stored (no agent, a week that is not an ISO week,
// an unknown KPI), or empty.
QString problemWith(const CoachingNote &note);

// The open notes whose follow-up falls on or before the last day of the ISO week (e.g.
// 2026-W45): overdue ones too, since they are still to be done. Earliest first.
QList<CoachingNote> followUpsDue(const QList<CoachingNote> &notes, const QString &week);

} // namespace huddle::coaching
