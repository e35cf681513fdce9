#include <import/importer.h>
#include <store/importrepository.h>
#include <store/noterepository.h>
#include <store/schema.h>
#include <store/store.h>

#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace huddle;

namespace {
import::ImportResult importContacts(store::Store &s)
{
    return test::importCanonical(s, test::fixture(QStringLiteral("kpi/interactions.csv")));
}

QStringList column(store::Store &s, const QString &sql)
{
    QSqlQuery q(s.database());
    QStringList values;
    if (q.exec(sql)) {
        while (q.next())
            values.append(q.value(0).toString());
    }
    return values;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString journalMode(store::Store &s)
{
    return column(s, QStringLiteral("PRAGMA journal_mode")).value(0);
}

qint64 pragma(store::Store &s, const char *name)
{
    QSqlQuery q(s.database());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    q.next();
    return q.value(0).toLongLong();
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsPrivateVersionedStore();
    void hasEveryTable();
    void upgradesVersion1WithBackup();
    void upgradesVersion2WithBackup();
    void upgradesVersion4KnowingItsAgents();
    void knowsAgentsOfImportedContacts();
    void bulkLoadAloneWritesNoLog();
    void bulkLoadBesideReadersKeepsLog();
    void refusesNewerStoreUntouched();
    void refusesForeignSqliteFile();
    void refusesGarbageFile();
    void settingsRoundTrip();
    void reopenKeepsSecret();
};

void TestStore::createsPrivateVersionedStore()
{
    test::TempStore t;
    QCOMPARE(t.store().schemaVersion(), store::Schema::latestVersion());
    QCOMPARE(QFileInfo(t.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                                  | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(pragma(t.store(), "foreign_keys"), qint64(1));
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(t.store().customerKeySecret().size(), 32);
}

void TestStore::hasEveryTable()
{
    test::TempStore t;
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    for (const char *name : {"agents", "interactions", "surveys", "qa_evaluations", "engagement", "customers",
                             "coaching_notes", "coaching_note_history", "improvement_actions", "improvement_action_history",
                             "imports", "settings", "summary", "interaction_agents"})
        QVERIFY2(tables.contains(QLatin1String(name)), name);
}

void TestStore::upgradesVersion1WithBackup()
{
    // A version-1 store (the foundation's): no kpi_snapshot table yet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.huddle"));
    {
        QString error;
        auto s = store::Store::open(path, &error);
        QVERIFY(s);
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE kpi_snapshot")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE coaching_note_history")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE improvement_action_history")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE improvement_actions")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE interaction_agents")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('marker', 'kept')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QString error;
    auto s = store::Store::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->schemaVersion(), store::Schema::latestVersion());
    QSqlQuery q(s->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kpi_snapshot")));
    QCOMPARE(s->setting(QStringLiteral("marker")), QStringLiteral("kept"));
    // The copy taken before the upgrade is the old store, owner-only.
    const QString backup = path + QStringLiteral(".v1.bak");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery b(db);
        QVERIFY(b.exec(QStringLiteral("PRAGMA user_version")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
        QVERIFY(b.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")) && b.next());
        QCOMPARE(b.value(0).toString(), QStringLiteral("kept"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestStore::upgradesVersion2WithBackup()
{
    // A version-2 store: coaching notes without their history table.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.huddle"));
    {
        QString error;
        auto s = store::Store::open(path, &error);
        QVERIFY(s);
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE coaching_note_history")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE improvement_action_history")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE improvement_actions")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE interaction_agents")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO coaching_notes (agent_id, author, created_at, updated_at, week, "
                                      "observed, status) VALUES ('A1', 'alice', 1784000000, 1784000000, '2026-W30', "
                                      "'Written before history existed', 'open')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    QString error;
    auto s = store::Store::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->schemaVersion(), store::Schema::latestVersion());
    store::NoteRepository notes(*s, QStringLiteral("bob"));
    const auto note = notes.get(1);
    QVERIFY(note);
    QCOMPARE(note->observed, QStringLiteral("Written before history existed"));
    QVERIFY(notes.history(1).isEmpty());
    // The old note is editable, and its edits are kept from now on.
    auto edited = *note;
    edited.agreed = QStringLiteral("Follow up in two weeks");
    QVERIFY2(notes.update(edited, &error), qPrintable(error));
    QCOMPARE(notes.history(1).size(), 1);
    const QString backup = path + QStringLiteral(".v2.bak");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup2"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery b(db);
        QVERIFY(b.exec(QStringLiteral("PRAGMA user_version")) && b.next());
        QCOMPARE(b.value(0).toInt(), 2);
        QVERIFY(b.exec(QStringLiteral("SELECT observed FROM coaching_notes")) && b.next());
        QCOMPARE(b.value(0).toString(), QStringLiteral("Written before history existed"));
        QVERIFY(!b.exec(QStringLiteral("SELECT count(*) FROM coaching_note_history")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup2"));
}

void TestStore::upgradesVersion4KnowingItsAgents()
{
    // A version-4 store holding contacts: the agent and customer indexes, no interaction_agents.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.huddle"));
    {
        QString error;
        auto s = store::Store::open(path, &error);
        QVERIFY(s);
        QCOMPARE(int(importContacts(*s).status), int(import::ImportStatus::Imported));
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE interaction_agents")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX interactions_agent ON interactions (agent_id, started_at)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX interactions_customer ON interactions (customer_key, started_at)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
    }
    QString error;
    auto s = store::Store::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->schemaVersion(), store::Schema::latestVersion());
    QVERIFY(QFile::exists(path + QStringLiteral(".v4.bak")));
    const QStringList agents = column(*s, QStringLiteral("SELECT DISTINCT agent_id FROM interactions WHERE agent_id IS NOT NULL ORDER BY 1"));
    QVERIFY(agents.size() >= 2);
    QCOMPARE(column(*s, QStringLiteral("SELECT agent_id FROM interaction_agents ORDER BY 1")), agents);
    QCOMPARE(column(*s, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                       "'interactions' AND sql IS NOT NULL ORDER BY 1")),
             QStringList{QStringLiteral("interactions_started")});
    QVERIFY(store::NoteRepository(*s, QStringLiteral("bob")).agentKnown(agents.first()));
}

void TestStore::knowsAgentsOfImportedContacts()
{
    test::TempStore t;
    store::NoteRepository notes(t.store(), QStringLiteral("bob"));
    QVERIFY(!notes.agentKnown(QStringLiteral("A1")));
    const auto contacts = importContacts(t.store());
    QCOMPARE(int(contacts.status), int(import::ImportStatus::Imported));
    QVERIFY(notes.agentKnown(QStringLiteral("A1")));
    QVERIFY(!notes.agentKnown(QStringLiteral("a1")));
    QCOMPARE(column(t.store(), QStringLiteral("SELECT agent_id FROM interaction_agents ORDER BY 1")),
             column(t.store(), QStringLiteral("SELECT DISTINCT agent_id FROM interactions WHERE agent_id IS NOT NULL ORDER BY 1")));
    // A re-import adds no contact, so it brings no agent either; undoing the first forgets them.
    const auto again = importContacts(t.store());
    QCOMPARE(again.rowsAdded, qint64(0));
    QCOMPARE(column(t.store(), QStringLiteral("SELECT DISTINCT import_id FROM interaction_agents")),
             QStringList{QString::number(contacts.importId)});
    qint64 removed = 0;
    QString error;
    QVERIFY2(store::ImportRepository(t.store()).undo(contacts.importId, &removed, &error), qPrintable(error));
    QVERIFY(!notes.agentKnown(QStringLiteral("A1")));
    QVERIFY(column(t.store(), QStringLiteral("SELECT agent_id FROM interaction_agents")).isEmpty());
}

// Alone on the store, an import writes its pages once, into the file, under a rollback
// journal, and leaves the store in write-ahead-log mode afterwards.
void TestStore::bulkLoadAloneWritesNoLog()
{
    test::TempStore t;
    QVERIFY(t.store().useRollbackJournalIfAlone());
    QCOMPARE(journalMode(t.store()), QStringLiteral("delete"));
    t.store().useWriteAheadLog();
    QCOMPARE(journalMode(t.store()), QStringLiteral("wal"));

    const auto contacts = importContacts(t.store());
    QCOMPARE(int(contacts.status), int(import::ImportStatus::Imported));
    QCOMPARE(journalMode(t.store()), QStringLiteral("wal"));
    QCOMPARE(QFileInfo(t.path() + QStringLiteral("-wal")).size(), qint64(0));
    QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-journal")));
    QCOMPARE(column(t.store(), QStringLiteral("SELECT count(*) FROM interactions")).value(0),
             QString::number(contacts.rowsAdded));
}

// With anyone else reading the store (the GUI, a second huddle-cli), an import must not
// block them: it stays in write-ahead-log mode, and finds that out without waiting.
void TestStore::bulkLoadBesideReadersKeepsLog()
{
    test::TempStore t;
    QString error;
    const auto reader = store::Store::open(t.path(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(pragma(*reader, "user_version"), qint64(store::Schema::latestVersion()));

    QElapsedTimer asked;
    asked.start();
    QVERIFY(!t.store().useRollbackJournalIfAlone());
    QCOMPARE_LT(asked.elapsed(), 1000); // not the busy timeout
    QCOMPARE(journalMode(t.store()), QStringLiteral("wal"));

    const auto contacts = importContacts(t.store());
    QCOMPARE(int(contacts.status), int(import::ImportStatus::Imported));
    QVERIFY(QFileInfo(t.path() + QStringLiteral("-wal")).size() > 0);
    QCOMPARE(column(*reader, QStringLiteral("SELECT count(*) FROM interactions")).value(0),
             QString::number(contacts.rowsAdded));
}

void TestStore::refusesNewerStoreUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.huddle"));
    {
        QString error;
        auto s = store::Store::open(path, &error);
        QVERIFY(s);
        QSqlQuery(s->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
        QSqlQuery(s->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = digest(path);
    QString error;
    QVERIFY(!store::Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Huddle")), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(digest(path), before);
}

void TestStore::refusesForeignSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = digest(path);
    QString error;
    QVERIFY(!store::Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Huddle store")), qPrintable(error));
    QCOMPARE(digest(path), before);
}

void TestStore::refusesGarbageFile()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.path(), QStringLiteral("garbage.huddle"), QByteArray(4096, 'x'));
    QString error;
    QVERIFY(!store::Store::open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), qint64(4096));
}

void TestStore::settingsRoundTrip()
{
    test::TempStore t;
    QVERIFY(t.store().setSetting(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
    QCOMPARE(t.store().timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(t.store().setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void TestStore::reopenKeepsSecret()
{
    test::TempStore t;
    const QByteArray secret = t.store().customerKeySecret();
    t.reopen();
    QCOMPARE(t.store().customerKeySecret(), secret);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
