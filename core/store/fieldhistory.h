#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace huddle::store {

// Values as the store's columns hold them: empty text and invalid instants as NULL,
// instants as Unix seconds.
QVariant orNull(const QString &text);
QVariant secondsOrNull(const QDateTime &at);
QDateTime instant(const QVariant &seconds);

// One change to one field of a row (a coaching note, an improvement action). Fields are
// named as huddle-cli's JSON names them; "created" marks the row's creation. Values are
// text, empty for none.
struct FieldChange
{
    qint64 rowId = 0;
    QDateTime changedAt;
    QString author;
    QString field;
    QString oldValue;
    QString newValue;
};

// The field-by-field history of one table's rows, written in the caller's transaction so a
// change and its record land together or not at all. The tables are a fixed list: their
// names never come from data.
class FieldHistory
{
public:
    enum class Of { CoachingNotes, ImprovementActions };
    FieldHistory(QSqlDatabase db, Of table);

    bool recordCreated(qint64 rowId, qint64 now, const QString &author);
    bool recordChange(qint64 rowId, qint64 now, const QString &author, const QString &field, const QString &oldValue,
                      const QString &newValue);
    QList<FieldChange> read(qint64 rowId) const;
    QString lastError() const { return m_lastError; }
    // "coaching_note_history (note_id": the table and its row column, for the caller's own
    // statements on it.
    QString table() const;
    QString rowColumn() const;

private:
    QSqlDatabase m_db;
    Of m_table;
    QString m_lastError;
};

} // namespace huddle::store
