#include "store.h"

#include "schema.h"
#include "storeerror.h"
#include "writetransaction.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace huddle::store {

namespace {

constexpr int kApplicationId = 0x48756464; // "Hudd": marks a SQLite file as a Huddle store
// How long a statement waits for another writer (the GUI, a second huddle-cli) to finish.
constexpr int kBusyTimeoutMs = 10000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("huddle-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// SQLite gives its -wal and -shm files the main file's permissions, so creating the main
// file owner-only first keeps all three private. Also used for the upgrade backup, which
// VACUUM INTO fills: it accepts an empty file, so the copy is never readable by others.
bool createOwnerOnly(const QString &path, QString *reason)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(kOwnerOnly)) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

// SQLite's busy handler waits out another writer, but not every lock: a connection that meets
// a store being created, or switched to WAL, by another process at that moment is refused at
// once. Statements that change nothing when refused (reads, the switch to WAL) are therefore
// tried again, for as long as the busy timeout.
bool execRetryingWhileBusy(QSqlQuery &query, const QString &sql)
{
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    for (int pauseMs = 2;; pauseMs = std::min(2 * pauseMs, 100)) {
        if (query.exec(sql))
            return true;
        if (!StoreError::isBusy(query.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(pauseMs);
    }
}

// What the file says it is, read without writing.
struct Header
{
    qint64 version = 0;
    qint64 applicationId = 0;
    qint64 objects = 0; // schema_version: 0 for a file nothing was ever created in

    bool isFresh() const { return version == 0 && objects == 0; }
};

std::optional<Header> readHeader(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    // One statement, so one snapshot: another Huddle may be creating the store meanwhile.
    if (!execRetryingWhileBusy(query,
            QStringLiteral("SELECT * FROM pragma_user_version, pragma_application_id, pragma_schema_version"))
        || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return Header { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong() };
}

// Why a header could not be read: the store was held too long, its file is damaged, or the
// file is not a store at all.
QString headerError(const QString &path, const QSqlError &error)
{
    const int code = StoreError::code(error);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CORRUPT)
        return Store::tr("%1: cannot open: %2").arg(path, StoreError::explain(error.text()));
    return Store::tr("%1: not a Huddle store (%2)").arg(path, error.text());
}

// A store this Huddle may open: not from a newer Huddle, not another program's SQLite file.
bool isAcceptable(const QString &path, const Header &header, QString *error)
{
    if (header.version > Schema::latestVersion()) {
        *error = Store::tr(
            "%1 was written by a newer Huddle (store version %2; this Huddle reads up to version %3). "
            "Update Huddle to open it; the file was not changed.")
                     .arg(path)
                     .arg(header.version)
                     .arg(Schema::latestVersion());
        return false;
    }
    if (!header.isFresh() && header.applicationId != kApplicationId) {
        *error = Store::tr("%1: this SQLite file is not a Huddle store; it was not changed.").arg(path);
        return false;
    }
    return true;
}

// VACUUM INTO cannot run inside a transaction: the copy is made on a connection of its own
// while the caller's holds the write lock, so nobody changes the store in between.
bool copyStore(const QString &path, const QString &copy, QString *error)
{
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        QSqlQuery query(db);
        if (db.open() && query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            query.addBindValue(copy);
            ok = query.exec();
        }
        if (!ok)
            *error = StoreError::explain(db.isOpen() ? query.lastError().text() : db.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::useRollbackJournalIfAlone()
{
    QSqlQuery query(database());
    // Asked without waiting: if someone else has the store open, their reads come first.
    query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const bool switched = query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()
        && query.value(0).toString() == QLatin1String("delete");
    query.finish();
    // sql-safe: PRAGMA takes no bound parameters; the value is our own constant
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    // A rollback journal with synchronous = NORMAL may corrupt the file on a power cut.
    if (switched)
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return switched;
}

void Store::useWriteAheadLog()
{
    QSqlQuery query(database());
    // Someone who opened the store meanwhile may be reading it (or switching it back himself).
    execRetryingWhileBusy(query, QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/huddle.sqlite");
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    // SQLite's memory statistics take a process-wide mutex around every allocation, thousands
    // per imported row; Huddle never reads them. SQLite takes this only before its first use
    // in the process (the first store opened) and refuses it, harmlessly, after.
    [[maybe_unused]] static const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QString ignored;
    if (!error)
        error = &ignored;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool existed = QFileInfo::exists(absolute);
    QString reason;
    // Another Huddle may create the file at this very moment: then it is opened as it is.
    if (!existed && !createOwnerOnly(absolute, &reason) && !QFileInfo::exists(absolute)) {
        *error = tr("%1: cannot create the store: %2").arg(absolute, reason);
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(absolute, nextConnectionName()));
    if (!store->initialize(error))
        return nullptr;
    return store;
}

bool Store::initialize(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Waits for another writer (the GUI and huddle-cli on one store) instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        *error = tr("%1: cannot open: %2").arg(m_path, StoreError::explain(db.lastError().text()));
        return false;
    }

    // Read-only checks first: nothing below may write to a store we are going to refuse.
    QSqlError failure;
    const auto header = readHeader(db, &failure);
    if (!header) {
        *error = headerError(m_path, failure);
        return false;
    }
    if (!isAcceptable(m_path, *header, error))
        return false;

    QSqlQuery query(db);
    if (!execRetryingWhileBusy(query, QStringLiteral("PRAGMA journal_mode = WAL"))
        || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        *error = tr("%1: %2").arg(m_path, StoreError::explain(query.lastError().text()));
        return false;
    }
    return header->version == Schema::latestVersion() || upgrade(error);
}

// Creates or upgrades the schema under the write lock. Another Huddle (the GUI, a second
// huddle-cli) may be opening the same store at this moment: the header is read again once the
// lock is held, and whoever comes second finds the work done.
bool Store::upgrade(QString *error)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QString reason;
    const auto failed = [&](const QString &message) {
        *error = message;
        transaction.rollback();
        return false;
    };
    const auto commit = [&] {
        return transaction.commit(&reason)
            || failed(tr("%1: cannot upgrade the store: %2").arg(m_path, StoreError::explain(reason)));
    };
    if (!transaction.begin(&reason))
        return failed(tr("%1: cannot upgrade the store: %2").arg(m_path, StoreError::explain(reason)));
    QSqlError failure;
    const auto header = readHeader(db, &failure);
    if (!header)
        return failed(headerError(m_path, failure));
    if (!isAcceptable(m_path, *header, error))
        return failed(*error);
    if (header->version == Schema::latestVersion())
        return commit(); // created or upgraded by another Huddle meanwhile

    if (!header->isFresh()) {
        // A copy from before the upgrade, in case a user needs their old file back.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(header->version);
        QFile::remove(backup);
        if (!createOwnerOnly(backup, &reason) || !copyStore(m_path, backup, &reason))
            return failed(
                tr("%1: cannot write the backup %2 before upgrading: %3").arg(m_path, backup, reason));
    }
    if (!Schema::upgrade(db, int(header->version), &reason))
        return failed(tr("%1: cannot upgrade the store: %2").arg(m_path, StoreError::explain(reason)));
    if (header->isFresh()) {
        // sql-safe: PRAGMA takes no bound parameters; the value is our own constant
        QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(secret.begin(), secret.end());
        const bool ok = setSetting(QStringLiteral("customer_key_secret"), QString::fromLatin1(secret.toHex()))
            && setSetting(QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        if (!ok)
            return failed(tr("%1: cannot write the store's settings").arg(m_path));
    }
    return commit();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    QSqlDatabase db = database();
    QSqlError ignored;
    const auto header = readHeader(db, &ignored);
    return header ? int(header->version) : 0;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QTimeZone Store::timeZone() const
{
    const QTimeZone zone(setting(QStringLiteral("time_zone")).toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QByteArray Store::customerKeySecret() const
{
    return QByteArray::fromHex(setting(QStringLiteral("customer_key_secret")).toLatin1());
}

} // namespace huddle::store
