#pragma once

#include "fieldhistory.h"

#include <coaching/coachingnote.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace huddle::store {

class Store;

// Which notes a list shows. Empty or unset members do not filter.
struct NoteFilter
{
    enum class Deleted
    {
        Exclude,
        Include,
        Only
    };
    QString agent {};
    std::optional<coaching::NoteStatus> status {};
    QString topic {}; // a KPI id among the note's KPIs, or its conflict rule
    std::optional<QDate> from {}; // written on or after this local day (the store's time zone)
    std::optional<QDate> to {}; // written on or before this local day
    QString text {}; // in what was observed or agreed, case-insensitive
    Deleted deleted = Deleted::Exclude;
};

// One change to one field of a note. Fields are named as huddle-cli's JSON names them
// (agent, week, kpi, conflict, text, agreed, follow_up, status, shared, acknowledged_at,
// deleted_at); "created" marks the note's creation.
using NoteChange = FieldChange;

// The coaching notes of a store and their history. Notes belong to agents, not to
// imports: importing or undoing an import never touches them. Every change is kept in
// coaching_note_history, field by field, in the same transaction as the change; deleting is
// a soft delete that restore() undoes.
//
// Changes are attributed to `user` (default: the OS user name). Failures return false or
// nothing and set *error to a message for people.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)

public:
    explicit NoteRepository(Store &store, QString user = currentUser());

    // $USER, else %USERNAME%, else the name of the home folder.
    static QString currentUser();
    QString user() const { return m_user; }

    // Stores a new note (its id is ignored) and returns its id. The author defaults to the
    // user; the agent must be known to the store (roster or contacts).
    std::optional<qint64> add(const coaching::CoachingNote &note, QString *error);

    // Whether a history entry of its own is kept for each change, or whether changes that
    // follow each other within a minute in the same field by the same user make one entry
    // (autosave while typing: the entry keeps the value from before the first keystroke).
    enum class Grain
    {
        EachChange,
        Typing
    };
    // Writes the note's fields over the stored note with the same id and records each field
    // that differs. Creation time and author stay as stored. Nothing changed is not an error.
    bool update(const coaching::CoachingNote &note, QString *error, Grain grain = Grain::EachChange);
    bool setStatus(qint64 id, coaching::NoteStatus status, QString *error);
    bool softDelete(qint64 id, QString *error);
    bool restore(qint64 id, QString *error);
    // Shared notes only: the agent has read the note (at `when`, default now).
    bool acknowledge(qint64 id, QString *error, const QDateTime &when = {});

    // Deleted notes too.
    std::optional<coaching::CoachingNote> get(qint64 id) const;
    // In creation order.
    QList<coaching::CoachingNote> list(const NoteFilter &filter = {}) const;
    // Oldest first.
    QList<NoteChange> history(qint64 id) const;

    // The agent has a roster entry, contacts or QA evaluations in the store.
    bool agentKnown(const QString &agent) const;

private:
    std::optional<coaching::CoachingNote> existing(qint64 id, QString *error) const;
    // Reads note `id` under the write lock, lets `edit` change it (false, with *error set,
    // refuses), and stores what changed with its history.
    bool change(qint64 id, const std::function<bool(coaching::CoachingNote &, QString *)> &edit,
        QString *error, Grain grain = Grain::EachChange);

    Store &m_store;
    QString m_user;
};

} // namespace huddle::store
