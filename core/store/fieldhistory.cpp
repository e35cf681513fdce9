#include "fieldhistory.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant secondsOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant();
}

// In UTC: a local-time QDateTime asks the C library for the zone (a stat of /etc/localtime)
// at every conversion, which sorting 10,000 notes by date did a million times. Readers
// convert to the store's zone anyway.
QDateTime instant(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
}

FieldHistory::FieldHistory(QSqlDatabase db, Of table)
    : m_db(std::move(db))
    , m_table(table)
{
}

QString FieldHistory::table() const
{
    return m_table == Of::CoachingNotes ? QStringLiteral("coaching_note_history")
                                        : QStringLiteral("improvement_action_history");
}

QString FieldHistory::rowColumn() const
{
    return m_table == Of::CoachingNotes ? QStringLiteral("note_id") : QStringLiteral("action_id");
}

bool FieldHistory::recordCreated(qint64 rowId, qint64 now, const QString &author)
{
    return recordChange(rowId, now, author, QStringLiteral("created"), {}, {});
}

bool FieldHistory::recordChange(qint64 rowId, qint64 now, const QString &author, const QString &field,
                                const QString &oldValue, const QString &newValue)
{
    QSqlQuery query(m_db);
    // sql-safe: table() and rowColumn() are the fixed names above; every value is bound
    query.prepare(QStringLiteral("INSERT INTO %1 (%2, changed_at, author, field, old_value, new_value) "
                                 "VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(table(), rowColumn()));
    for (const QVariant &value : {QVariant(rowId), QVariant(now), orNull(author), QVariant(field), orNull(oldValue),
                                  orNull(newValue)})
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<FieldChange> FieldHistory::read(qint64 rowId) const
{
    QSqlQuery query(m_db);
    // sql-safe: table() and rowColumn() are the fixed names above; the id is bound
    query.prepare(QStringLiteral("SELECT changed_at, author, field, old_value, new_value FROM %1 WHERE %2 = ? ORDER BY id")
                      .arg(table(), rowColumn()));
    query.addBindValue(rowId);
    QList<FieldChange> changes;
    if (query.exec()) {
        while (query.next())
            changes.append({rowId, instant(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString()});
    }
    return changes;
}

} // namespace huddle::store
