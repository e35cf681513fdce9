#include "insertstatement.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <vector>

namespace huddle::store {

namespace {

class SqliteInsertStatement final : public InsertStatement
{
public:
    SqliteInsertStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
        , m_utf8(size_t(sqlite3_bind_parameter_count(statement)))
    {
    }
    ~SqliteInsertStatement() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteInsertStatement)

    void bind(int index, const QVariant &value) override
    {
        const int position = index + 1;
        // A record's "no value" is an invalid QVariant (record.h): typeId() tells it apart
        // without isNull()'s out-of-line call, once per cell of every row. The values are read
        // in place, as their type says, without QVariant's conversions.
        const void *data = value.constData();
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_statement, position);
            break;
        case QMetaType::Bool:
            sqlite3_bind_int64(m_statement, position, *static_cast<const bool *>(data) ? 1 : 0);
            break;
        case QMetaType::Int:
            sqlite3_bind_int64(m_statement, position, *static_cast<const int *>(data));
            break;
        case QMetaType::LongLong:
            sqlite3_bind_int64(m_statement, position, *static_cast<const qlonglong *>(data));
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, position, *static_cast<const double *>(data));
            break;
        case QMetaType::QByteArray: {
            // Text already in UTF-8 (record.h); SQLITE_STATIC: the caller keeps it alive.
            const QByteArray &utf8 = *static_cast<const QByteArray *>(data);
            sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QString:
            bindText(index, *static_cast<const QString *>(data));
            break;
        default:
            bindText(index, value.toString());
            break;
        }
    }

    bool execute(qint64 *inserted, QString *error) override
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        *inserted = sqlite3_changes(m_db);
        return true;
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }

private:
    // Text goes in as UTF-8, the store's encoding. Bound as UTF-16, SQLite would convert it
    // itself, and again in every comparison while it checks a key or places an index entry:
    // a malloc'd translation per comparison, the largest cost of a bulk load. Each parameter
    // has its own buffer, reused from row to row, which holds the text until the next bind.
    void bindText(int index, QStringView text)
    {
        QByteArray &buffer = m_utf8[size_t(index)];
        const qsizetype room = m_encoder.requiredSpace(text.size());
        if (buffer.size() < room)
            buffer.resize(room);
        const char *end = m_encoder.appendToBuffer(buffer.data(), text);
        sqlite3_bind_text(m_statement, index + 1, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<QByteArray> m_utf8;
};

class QtSqlInsertStatement final : public InsertStatement
{
public:
    explicit QtSqlInsertStatement(QSqlDatabase db)
        : m_query(db)
    {
    }

    bool prepare(const QString &sql, QString *error)
    {
        if (m_query.prepare(sql))
            return true;
        *error = m_query.lastError().text();
        return false;
    }
    void bind(int index, const QVariant &value) override
    {
        m_query.bindValue(index, value.typeId() == QMetaType::QByteArray ? QVariant(value.toString()) : value);
    }
    bool execute(qint64 *inserted, QString *error) override
    {
        if (!m_query.exec()) {
            *error = m_query.lastError().text();
            return false;
        }
        *inserted = m_query.numRowsAffected();
        return true;
    }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
};

} // namespace

std::unique_ptr<InsertStatement> InsertStatement::prepare(QSqlDatabase db, const QString &sql, QString *error)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return nullptr;
        }
        return std::make_unique<SqliteInsertStatement>(handle, statement);
    }
    auto statement = std::make_unique<QtSqlInsertStatement>(db);
    if (!statement->prepare(sql, error))
        return nullptr;
    return statement;
}

} // namespace huddle::store
