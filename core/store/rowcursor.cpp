#include "rowcursor.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

namespace {

class SqliteRowCursor final : public RowCursor
{
public:
    SqliteRowCursor(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    ~SqliteRowCursor() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteRowCursor)

    bool next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool isNull(int column) override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) override { return sqlite3_column_double(m_statement, column); }
    QByteArrayView text(int column) override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
    }
    QByteArrayView blob(int column) override
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
    }
    QString error() const override { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QString m_error;
};

class QtSqlRowCursor final : public RowCursor
{
public:
    explicit QtSqlRowCursor(const QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }
    bool exec(const QString &sql, const QVariantList &values, QString *error)
    {
        if (m_query.prepare(sql)) {
            for (const QVariant &value : values)
                m_query.addBindValue(value);
            if (m_query.exec())
                return true;
        }
        *error = m_query.lastError().text();
        return false;
    }
    bool next() override
    {
        const bool more = m_query.next();
        if (!more && m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return more;
    }
    bool isNull(int column) override { return m_query.isNull(column); }
    qint64 integer(int column) override { return m_query.value(column).toLongLong(); }
    double real(int column) override { return m_query.value(column).toDouble(); }
    QByteArrayView text(int column) override
    {
        m_text = m_query.value(column).toString().toUtf8();
        return m_text;
    }
    QByteArrayView blob(int column) override
    {
        m_text = m_query.value(column).toByteArray();
        return m_text;
    }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_query;
    QByteArray m_text;
    QString m_error;
};

bool bindSqlite(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        int rc = SQLITE_OK;
        if (value.isNull())
            rc = sqlite3_bind_null(statement, i + 1);
        else if (value.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
        else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace

std::unique_ptr<RowCursor> RowCursor::open(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                           QString *error)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK
            || !bindSqlite(statement, values)) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::make_unique<SqliteRowCursor>(handle, statement);
    }
    auto cursor = std::make_unique<QtSqlRowCursor>(db);
    if (!cursor->exec(sql, values, error))
        return nullptr;
    return cursor;
}

} // namespace huddle::store
