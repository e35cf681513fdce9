#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

namespace huddle::store {

// A forward-only read of a prepared SELECT, typed per column. For SQLite it reads the
// sqlite3 statement directly: a KPI scan touches millions of cells, and a QVariant per
// cell would cost more than SQLite's own work. Other drivers go through QSqlQuery.
class RowCursor
{
public:
    virtual ~RowCursor() = default;

    virtual bool next() = 0;
    virtual bool isNull(int column) = 0;
    virtual qint64 integer(int column) = 0;
    virtual double real(int column) = 0;
    // UTF-8, valid until next().
    virtual QByteArrayView text(int column) = 0;
    // Bytes of a BLOB, valid until next().
    virtual QByteArrayView blob(int column) = 0;
    // Set when next() returned false because of an error rather than the end.
    virtual QString error() const = 0;

    QString string(int column) { return QString::fromUtf8(text(column)); }

    static std::unique_ptr<RowCursor> open(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                           QString *error);
};

} // namespace huddle::store
