#include "store.h"

#include "schema.h"
#include "storeerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace huddle::store {

namespace {

constexpr int kApplicationId = 0x48756464; // "Hudd": marks a SQLite file as a Huddle store


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

std::optional<qint64> pragmaValue(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    // sql-safe: pragma is one of the fixed names initialize() and schemaVersion() pass
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
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

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/huddle.sqlite");
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool existed = QFileInfo::exists(absolute);
    QString reason;
    if (!existed && !createOwnerOnly(absolute, &reason)) {
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
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = tr("%1: cannot open: %2").arg(m_path, StoreError::explain(db.lastError().text()));
        return false;
    }

    // Read-only checks first: nothing below may write to a store we are going to refuse.
    QString reason;
    const auto version = pragmaValue(db, QStringLiteral("user_version"), &reason);
    const auto applicationId = pragmaValue(db, QStringLiteral("application_id"), &reason);
    const auto objects = pragmaValue(db, QStringLiteral("schema_version"), &reason);
    if (!version || !applicationId || !objects) {
        *error = tr("%1: not a Huddle store (%2)").arg(m_path, reason);
        return false;
    }
    if (*version > Schema::latestVersion()) {
        *error = tr("%1 was written by a newer Huddle (store version %2; this Huddle reads up to version %3). "
                    "Update Huddle to open it; the file was not changed.")
                     .arg(m_path)
                     .arg(*version)
                     .arg(Schema::latestVersion());
        return false;
    }
    const bool fresh = *version == 0 && *objects == 0;
    if (!fresh && *applicationId != kApplicationId) {
        *error = tr("%1: this SQLite file is not a Huddle store; it was not changed.").arg(m_path);
        return false;
    }

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        *error = tr("%1: %2").arg(m_path, StoreError::explain(query.lastError().text()));
        return false;
    }
    if (!fresh && *version < Schema::latestVersion()) {
        // A copy from before the upgrade, in case a user needs their old file back.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(*version);
        QFile::remove(backup);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        QString fileError;
        if (!createOwnerOnly(backup, &fileError) || !query.exec()) {
            *error = tr("%1: cannot write the backup %2 before upgrading: %3")
                         .arg(m_path, backup, fileError.isEmpty() ? StoreError::explain(query.lastError().text()) : fileError);
            return false;
        }
    }
    if (!Schema::upgrade(db, int(*version), &reason)) {
        *error = tr("%1: cannot upgrade the store: %2").arg(m_path, StoreError::explain(reason));
        return false;
    }
    if (fresh) {
        // sql-safe: PRAGMA takes no bound parameters; the value is our own constant
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(secret.begin(), secret.end());
        const bool ok = setSetting(QStringLiteral("customer_key_secret"), QString::fromLatin1(secret.toHex()))
            && setSetting(QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        if (!ok) {
            *error = tr("%1: cannot write the store's settings").arg(m_path);
            return false;
        }
    }
    return true;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    QSqlDatabase db = database();
    QString ignored;
    return int(pragmaValue(db, QStringLiteral("user_version"), &ignored).value_or(0));
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
