#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace huddle::store {

// One prepared INSERT (of one row or of many) executed many times: the bulk-load path. For SQLite it talks to the
// sqlite3 handle directly, because Qt SQL's per-value overhead (QVariant conversions,
// placeholder bookkeeping) costs more than SQLite's own insert; other drivers use QSqlQuery.
class InsertStatement
{
public:
    virtual ~InsertStatement() = default;

    // index is 0-based; the value stays alive until execute() returns. A value stays bound
    // for the following executions until bound again. A QByteArray is a record's UTF-8 text
    // (record.h), never a blob (unlike RowCursor's parameters, where it is a blob).
    virtual void bind(int index, const QVariant &value) = 0;
    // Runs the statement with the bound values; *inserted counts the rows it added (those
    // ON CONFLICT DO NOTHING skipped are not).
    virtual bool execute(qint64 *inserted, QString *error) = 0;
    // The id of the last row the statement added.
    virtual qint64 lastInsertId() const = 0;

    static std::unique_ptr<InsertStatement> prepare(QSqlDatabase db, const QString &sql, QString *error);
};

} // namespace huddle::store
