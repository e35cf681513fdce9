// What happens when the store cannot be written: the disk is full, the store is read-only,
// another program holds it, its file is damaged. Each time the user reads what happened in
// words they can act on (never SQLite's "database is locked"), and the store is left as it was.
#include <import/importer.h>
#include <store/store.h>

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace huddle;
using namespace huddle::import;

namespace {

QByteArray rows(int from, int to)
{
    QByteArray bytes = "contact_id,started_at,channel,agent_id,customer_id,wait_s,answered,talk_s\n";
    for (int i = from; i < to; ++i)
        bytes += "c" + QByteArray::number(i) + ",2026-03-02T09:00:00Z,voice,a1,+3161234"
            + QByteArray::number(i) + ",12,1,300\n";
    return bytes;
}

ImportResult importFile(store::Store &store, const QString &file)
{
    ImportRequest request;
    request.file = file;
    request.kind = Kind::Interactions;
    return runImport(store, request);
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void exec(store::Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

// SQLite's own words, which must never reach the user.
void verifyPlainWords(const QString &message)
{
    for (const char *raw : { "database is locked", "database or disk is full", "readonly database",
             "malformed", "not a database" })
        QVERIFY2(!message.contains(QLatin1String(raw)), qPrintable(message));
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void diskFullDuringImport();
    void readOnlyStore();
    void storeHeldByAnotherWriter();
    void shortLockIsWaitedOut();
    void damagedStoreFile();
};

// SQLITE_FULL halfway through a large import: the limit on the store's size stands in for a
// full disk (SQLite reports both alike).
void TestFaults::diskFullDuringImport()
{
    test::TempStore t;
    QCOMPARE(importFile(t.store(), test::writeFile(t.dir(), "small.csv", rows(0, 100))).status,
        ImportStatus::Imported);
    const QString before = test::dumpTables(t.store());
    const qint64 pages = test::queryRow(t.store(), "PRAGMA page_count").value(0).toLongLong();
    exec(t.store(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4));

    const QString big = test::writeFile(t.dir(), "big.csv", rows(100, 20100));
    const ImportResult full = importFile(t.store(), big);
    QCOMPARE(full.status, ImportStatus::Failed);
    QVERIFY2(full.message.contains(QStringLiteral("the disk is full")), qPrintable(full.message));
    QVERIFY2(full.message.contains(QStringLiteral("nothing was imported")), qPrintable(full.message));
    verifyPlainWords(full.message);
    QCOMPARE(test::dumpTables(t.store()), before);

    // Space again: the same file imports whole.
    exec(t.store(), QStringLiteral("PRAGMA max_page_count = 1073741823"));
    const ImportResult retried = importFile(t.store(), big);
    QCOMPARE(retried.status, ImportStatus::Imported);
    QCOMPARE(retried.rowsAdded, qint64(20000));
}

// SQLITE_READONLY: query_only makes the connection refuse writes exactly as a read-only
// file does (these tests run as root, whom file permissions do not stop).
void TestFaults::readOnlyStore()
{
    test::TempStore t;
    QCOMPARE(importFile(t.store(), test::writeFile(t.dir(), "first.csv", rows(0, 10))).status,
        ImportStatus::Imported);
    const QString before = test::dumpTables(t.store());
    exec(t.store(), QStringLiteral("PRAGMA query_only = ON"));
    const ImportResult r = importFile(t.store(), test::writeFile(t.dir(), "second.csv", rows(10, 20)));
    QCOMPARE(r.status, ImportStatus::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("read-only")), qPrintable(r.message));
    verifyPlainWords(r.message);
    QCOMPARE(test::dumpTables(t.store()), before);
}

// Another program (huddle-cli, a second window) holds the write lock for longer than the busy
// timeout: the import says the store is in use and writes nothing; once the other writer is
// done, the same import goes through.
void TestFaults::storeHeldByAnotherWriter()
{
    test::TempStore t;
    const QString before = test::dumpTables(t.store());
    exec(t.store(), QStringLiteral("PRAGMA busy_timeout = 200")); // not the 10 s a user gets
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(t.path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        const QString file = test::writeFile(t.dir(), "w.csv", rows(0, 10));
        const ImportResult r = importFile(t.store(), file);
        QCOMPARE(r.status, ImportStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("the store is in use")), qPrintable(r.message));
        verifyPlainWords(r.message);
        QCOMPARE(test::dumpTables(t.store()), before);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(importFile(t.store(), file).status, ImportStatus::Imported);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

// A writer that finishes within the busy timeout is simply waited for: the user sees nothing.
void TestFaults::shortLockIsWaitedOut()
{
    test::TempStore t;
    std::promise<void> locked;
    std::thread other([&, path = t.path()] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("brief"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', 'was here')"));
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            query.exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("brief"));
    });
    locked.get_future().wait();
    const ImportResult r = importFile(t.store(), test::writeFile(t.dir(), "w.csv", rows(0, 10)));
    other.join();
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(10));
    QCOMPARE(t.store().setting(QStringLiteral("other")), QStringLiteral("was here"));
}

// A store whose pages were overwritten (a failing disk, a copy cut short): Huddle says the
// file is damaged and points to the backups, and does not write to it.
void TestFaults::damagedStoreFile()
{
    test::TempStore t;
    QCOMPARE(importFile(t.store(), test::writeFile(t.dir(), "w.csv", rows(0, 3000))).status,
        ImportStatus::Imported);
    t.close();
    {
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        constexpr qint64 kPage = 4096; // the header page survives: SQLite opens the file
        QVERIFY(file.size() > 8 * kPage);
        file.seek(2 * kPage);
        file.write(QByteArray(file.size() - 3 * kPage, '\xAB'));
    }
    const QByteArray damaged = digest(t.path());

    QString error;
    auto store = store::Store::open(t.path(), &error);
    if (store) {
        const ImportResult r = importFile(*store, test::writeFile(t.dir(), "more.csv", rows(3000, 3010)));
        QCOMPARE(r.status, ImportStatus::Failed);
        error = r.message;
        store.reset();
    }
    QVERIFY2(error.contains(QStringLiteral("the store file is damaged")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("backup")), qPrintable(error));
    verifyPlainWords(error);
    QCOMPARE(digest(t.path()), damaged);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
