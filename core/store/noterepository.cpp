#include "noterepository.h"

#include "fieldhistory.h"
#include "store.h"
#include "storeerror.h"
#include "writetransaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

using coaching::CoachingNote;
using coaching::NoteStatus;

namespace {

// Typing in one field within this many seconds of the last change makes one history entry.
constexpr qint64 kTypingSeconds = 60;

const QString kSelectNotes = QStringLiteral("SELECT id, agent_id, author, created_at, updated_at, week, kpi, "
                                            "conflict, observed, agreed, follow_up, status, "
                                            "shared, acknowledged_at, deleted_at FROM coaching_notes");

CoachingNote noteFrom(const QSqlQuery &q)
{
    CoachingNote note;
    note.id = q.value(0).toLongLong();
    note.agent = q.value(1).toString();
    note.author = q.value(2).toString();
    note.createdAt = instant(q.value(3));
    note.updatedAt = instant(q.value(4));
    note.week = q.value(5).toString();
    note.kpis = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    note.conflict = q.value(7).toString();
    note.observed = q.value(8).toString();
    note.agreed = q.value(9).toString();
    if (!q.value(10).isNull())
        note.followUp = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    note.status = coaching::statusFromName(q.value(11).toString()).value_or(NoteStatus::Open);
    note.shared = q.value(12).toBool();
    note.acknowledgedAt = instant(q.value(13));
    note.deletedAt = instant(q.value(14));
    return note;
}

// The note's columns in the order of kNoteColumns.
QVariantList columnValues(const CoachingNote &note)
{
    return { note.agent, orNull(note.week), orNull(note.kpis.join(u',')), orNull(note.conflict),
        orNull(note.observed), orNull(note.agreed),
        note.followUp ? QVariant(note.followUp->toString(Qt::ISODate)) : QVariant(),
        coaching::statusName(note.status), int(note.shared), secondsOrNull(note.acknowledgedAt),
        secondsOrNull(note.deletedAt) };
}

const QStringList kNoteColumns = {
    QStringLiteral("agent_id"),
    QStringLiteral("week"),
    QStringLiteral("kpi"),
    QStringLiteral("conflict"),
    QStringLiteral("observed"),
    QStringLiteral("agreed"),
    QStringLiteral("follow_up"),
    QStringLiteral("status"),
    QStringLiteral("shared"),
    QStringLiteral("acknowledged_at"),
    QStringLiteral("deleted_at"),
};

// A LIKE pattern that finds `text` anywhere, with LIKE's wildcards taken literally.
QString containsPattern(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + text + u'%';
}

} // namespace

NoteRepository::NoteRepository(Store &store, QString user)
    : m_store(store)
    , m_user(std::move(user))
{
}

QString NoteRepository::currentUser()
{
    for (const char *variable : { "USER", "USERNAME" }) {
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    }
    // Services and containers often run without either: the home folder is named after the user.
    return QDir::home().dirName();
}

bool NoteRepository::agentKnown(const QString &agent) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM agents WHERE agent_id = ?) "
                                 "OR EXISTS (SELECT 1 FROM interaction_agents WHERE agent_id = ?) "
                                 "OR EXISTS (SELECT 1 FROM qa_evaluations WHERE agent_id = ?)"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(agent);
    return query.exec() && query.next() && query.value(0).toBool();
}

std::optional<qint64> NoteRepository::add(const CoachingNote &note, QString *error)
{
    if (const QString problem = coaching::problemWith(note); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (!agentKnown(note.agent)) {
        *error
            = tr("there is no agent \"%1\" in the store (import a roster or contacts with that agent first)")
                  .arg(note.agent);
        return std::nullopt;
    }
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error)) {
        *error = StoreError::explain(*error);
        return std::nullopt;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    // sql-safe: the column names are the compile-time list kNoteColumns; every value is bound
    query.prepare(QStringLiteral("INSERT INTO coaching_notes (%1, author, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kNoteColumns.join(QStringLiteral(", "))));
    for (const QVariant &value : columnValues(note))
        query.addBindValue(value);
    query.addBindValue(orNull(note.author.isEmpty() ? m_user : note.author));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        *error = StoreError::explain(query.lastError().text());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    FieldHistory history(m_store.database(), FieldHistory::Of::CoachingNotes);
    if (!history.recordCreated(id, now, m_user)) {
        *error = StoreError::explain(history.lastError());
        return std::nullopt;
    }
    if (!transaction.commit(error)) {
        *error = StoreError::explain(*error);
        return std::nullopt;
    }
    return id;
}

std::optional<CoachingNote> NoteRepository::get(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(kSelectNotes + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return noteFrom(query);
    return std::nullopt;
}

std::optional<CoachingNote> NoteRepository::existing(qint64 id, QString *error) const
{
    auto note = get(id);
    if (!note)
        *error = tr("there is no coaching note %1").arg(id);
    return note;
}

bool NoteRepository::update(const CoachingNote &note, QString *error, Grain grain)
{
    return change(
        note.id,
        [&](CoachingNote &stored, QString *) {
            stored = note;
            return true;
        },
        error, grain);
}

bool NoteRepository::change(
    qint64 id, const std::function<bool(CoachingNote &, QString *)> &edit, QString *error, Grain grain)
{
    // The note is read under the write lock: another program (the GUI, huddle-cli) changing
    // the same note meanwhile is neither overwritten with what was read before nor missing
    // from the history's old values.
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    const auto stored = existing(id, error);
    if (!stored)
        return false;
    CoachingNote note = *stored;
    if (!edit(note, error))
        return false;
    note.id = id;
    if (const QString problem = coaching::problemWith(note); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (note.agent != stored->agent && !agentKnown(note.agent)) {
        *error = tr("there is no agent \"%1\" in the store").arg(note.agent);
        return false;
    }
    const auto before = coaching::fieldTexts(*stored);
    const auto after = coaching::fieldTexts(note);
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before[i].second != after[i].second)
            changed.append(i);
    }
    if (changed.isEmpty())
        return true;

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    FieldHistory history(m_store.database(), FieldHistory::Of::CoachingNotes);
    const auto failed = [&] {
        *error = StoreError::explain(query.lastError().text());
        return false;
    };
    // sql-safe: the column names are the compile-time list kNoteColumns; every value is bound
    query.prepare(QStringLiteral("UPDATE coaching_notes SET %1 = ?, updated_at = ? WHERE id = ?")
                      .arg(kNoteColumns.join(QStringLiteral(" = ?, "))));
    for (const QVariant &value : columnValues(note))
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return failed();
    for (const qsizetype i : changed) {
        const QString &field = after[i].first;
        if (grain == Grain::Typing) {
            // The note's latest entry, if it is this user typing in this field just now.
            query.prepare(
                QStringLiteral("UPDATE coaching_note_history SET new_value = ?, changed_at = ? "
                               "WHERE id = (SELECT max(id) FROM coaching_note_history WHERE note_id = ?) "
                               "AND field = ? AND author IS ? AND changed_at >= ?"));
            query.addBindValue(orNull(after[i].second));
            query.addBindValue(now);
            query.addBindValue(id);
            query.addBindValue(field);
            query.addBindValue(orNull(m_user));
            query.addBindValue(now - kTypingSeconds);
            if (!query.exec())
                return failed();
            if (query.numRowsAffected() > 0)
                continue;
        }
        if (!history.recordChange(id, now, m_user, field, before[i].second, after[i].second)) {
            *error = StoreError::explain(history.lastError());
            return false;
        }
    }
    if (!transaction.commit(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    return true;
}

bool NoteRepository::setStatus(qint64 id, NoteStatus status, QString *error)
{
    return change(
        id,
        [&](CoachingNote &note, QString *) {
            note.status = status;
            return true;
        },
        error);
}

bool NoteRepository::softDelete(qint64 id, QString *error)
{
    return change(
        id,
        [](CoachingNote &note, QString *) {
            if (!note.isDeleted())
                note.deletedAt = QDateTime::currentDateTimeUtc();
            return true;
        },
        error);
}

bool NoteRepository::restore(qint64 id, QString *error)
{
    return change(
        id,
        [](CoachingNote &note, QString *) {
            note.deletedAt = {};
            return true;
        },
        error);
}

bool NoteRepository::acknowledge(qint64 id, QString *error, const QDateTime &when)
{
    return change(
        id,
        [&](CoachingNote &note, QString *problem) {
            if (!note.shared) {
                *problem
                    = tr("coaching note %1 is private: only a note shared with the agent can be acknowledged")
                          .arg(id);
                return false;
            }
            note.acknowledgedAt = when.isValid() ? when : QDateTime::currentDateTimeUtc();
            return true;
        },
        error);
}

QList<CoachingNote> NoteRepository::list(const NoteFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.agent.isEmpty()) {
        conditions << QStringLiteral("agent_id = ?");
        values << filter.agent;
    }
    if (filter.status) {
        conditions << QStringLiteral("status = ?");
        values << coaching::statusName(*filter.status);
    }
    if (!filter.topic.isEmpty()) {
        // kpi holds comma-separated ids: match whole ids only.
        conditions << QStringLiteral("(instr(',' || kpi || ',', ?) > 0 OR conflict = ?)");
        values << QString(u',' + filter.topic + u',') << filter.topic;
    }
    if (filter.from || filter.to) {
        const QTimeZone zone = m_store.timeZone();
        if (filter.from) {
            conditions << QStringLiteral("created_at >= ?");
            values << QDateTime(*filter.from, QTime(0, 0), zone).toSecsSinceEpoch();
        }
        if (filter.to) {
            conditions << QStringLiteral("created_at < ?");
            values << QDateTime(filter.to->addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        }
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(observed LIKE ? ESCAPE '\\' OR agreed LIKE ? ESCAPE '\\')");
        values << containsPattern(filter.text) << containsPattern(filter.text);
    }
    if (filter.deleted == NoteFilter::Deleted::Exclude)
        conditions << QStringLiteral("deleted_at IS NULL");
    else if (filter.deleted == NoteFilter::Deleted::Only)
        conditions << QStringLiteral("deleted_at IS NOT NULL");

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true); // read once: no cache of every row's values
    // sql-safe: the conditions are the fixed texts above; the filter's values are bound
    query.prepare(kSelectNotes
        + (conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<CoachingNote> notes;
    if (query.exec()) {
        while (query.next())
            notes.append(noteFrom(query));
    }
    return notes;
}

QList<NoteChange> NoteRepository::history(qint64 id) const
{
    return FieldHistory(m_store.database(), FieldHistory::Of::CoachingNotes).read(id);
}

} // namespace huddle::store
