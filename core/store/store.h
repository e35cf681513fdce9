#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace huddle::store {

// One operation's data: a SQLite file (WAL, foreign keys on, owner-only permissions) whose
// schema is versioned with PRAGMA user_version and upgraded forward on open, after a backup
// copy. A store written by a newer Huddle is refused and left untouched.
//
// A Store is one connection and must be used from the thread that opened it; a worker
// thread opens its own Store on the same path.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    // Opens (creating when missing) and migrates. On failure returns null and sets *error to
    // a message naming the file.
    static std::unique_ptr<Store> open(const QString &path, QString *error);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // QStandardPaths' app data folder, "huddle.sqlite".
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    // The zone that timestamps without an offset are read in (setting "time_zone").
    QTimeZone timeZone() const;
    // The per-store HMAC key for customer identifiers (created with the store).
    QByteArray customerKeySecret() const;

    // The journal of a bulk load. Under the write-ahead log every page a load writes is
    // written twice: into the log, then into the file when the log is checkpointed (a fifth
    // of a large import's time). A rollback journal keeps only the old content of the pages a
    // load changes (none for pages it adds at the end) and writes new pages once, into the
    // file; but while it is in use nobody else can read the store, so this connection takes
    // it only when no other connection has the store open. Huddles that open the store
    // meanwhile wait for the load to commit (the busy timeout), as for any writer.
    // Returns whether it switched. Call outside a transaction.
    bool useRollbackJournalIfAlone();
    // Back to the write-ahead log every Huddle expects. Call outside a transaction.
    void useWriteAheadLog();

private:
    Store(QString path, QString connectionName);
    bool initialize(QString *error);
    bool upgrade(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace huddle::store
