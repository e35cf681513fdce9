// huddle-cli as scripts use it: exit codes, messages, and a SIGKILL in the middle of an
// import that must leave the store exactly as it was.
#include <store/store.h>

#include "cli.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace huddle;

namespace {

using Run = test::CliRun;
constexpr auto cli = &test::runCli;

const QByteArray kHeader = "contact_id,started_at,channel,agent_id,wait_s,answered,talk_s\n";

QByteArray rows(int from, int to)
{
    QByteArray bytes;
    for (int i = from; i < to; ++i)
        bytes += "c" + QByteArray::number(i) + ",2026-03-02T09:00:00Z,voice,a" + QByteArray::number(i % 50)
            + ",12,1,300\n";
    return bytes;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void importThenListThenUndo();
    void rejectedInputExitsTwo();
    void usageErrors_data();
    void usageErrors();
    void newerStoreExitsThree();
    void presetsListed();
    void sigkillMidImportLosesNothing_data();
    void sigkillMidImportLosesNothing();

private:
    QTemporaryDir m_dir;
};

void TestCli::importThenListThenUndo()
{
    const QString db = m_dir.filePath("cli.huddle");
    const QString file = test::writeFile(m_dir.path(), "w.csv", kHeader + rows(0, 10));
    Run r = cli({"--db", db, "import", "interactions", file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("import 1: 10 new, 0 already present, 0 rejected"), qPrintable(r.out));
    r = cli({"--db", db, "import", "interactions", file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("0 new, 10 already present"), qPrintable(r.out));
    QVERIFY(r.err.contains("imported before (import 1)"));

    r = cli({"--db", db, "imports", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonArray imports = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports[0].toObject()["rows_added"].toInt(), 10);
    QCOMPARE(imports[1].toObject()["rows_present"].toInt(), 10);
    QCOMPARE(imports[0].toObject()["file"].toString(), QStringLiteral("w.csv"));

    r = cli({"--db", db, "imports"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("w.csv"));

    r = cli({"--db", db, "undo-import", "1"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("10 rows removed"), qPrintable(r.out));
    QCOMPARE(cli({"--db", db, "undo-import", "99"}).code, 4);
}

void TestCli::rejectedInputExitsTwo()
{
    const QString db = m_dir.filePath("rejected.huddle");
    const QString file = test::writeFile(m_dir.path(), "bad.csv", kHeader + rows(0, 3) + "c9,soon,voice,a1,12,1,300\n");
    Run r = cli({"--db", db, "import", "interactions", file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(file + ":5:2: started_at: expected a date and time (soon)"), qPrintable(r.err));
    r = cli({"--db", db, "import", "interactions", file, "--on-error", "skip"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("3 new, 0 already present, 1 rejected"));
    r = cli({"--db", db, "import", "interactions", file, "--dry-run"});
    QCOMPARE(r.code, 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no command") << QStringList{} << 1;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 1;
    QTest::newRow("unknown kind") << QStringList{"import", "calls", "x.csv"} << 1;
    QTest::newRow("bad on-error") << QStringList{"import", "interactions", "x.csv", "--on-error", "maybe"} << 1;
    QTest::newRow("unknown preset") << QStringList{"import", "interactions", "x.csv", "--preset", "nope"} << 4;
    QTest::newRow("missing file") << QStringList{"import", "interactions", "/nonexistent/x.csv"} << 2;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(QStringList{"--db", m_dir.filePath("usage.huddle")} + args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::newerStoreExitsThree()
{
    const QString db = m_dir.filePath("newer.huddle");
    {
        QString error;
        auto s = store::Store::open(db, &error);
        QSqlQuery(s->database()).exec("PRAGMA user_version = 42");
    }
    const Run r = cli({"--db", db, "imports"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("newer Huddle"), qPrintable(r.err));
}

void TestCli::presetsListed()
{
    const Run r = cli({"presets"});
    QCOMPARE(r.code, 0);
    for (const char *name : {"pwc-call-centre", "asterisk-queue-log", "amazon-connect-ctr", "daily-summary",
                             "nps-survey-r", "support-tickets", "restaurant-booking-calls"})
        QVERIFY2(r.out.contains(QLatin1String(name)), name);
}

void TestCli::sigkillMidImportLosesNothing_data()
{
    QTest::addColumn<bool>("shared");
    // Alone on the store, the import writes under a rollback journal into the file itself.
    QTest::newRow("alone, rollback journal") << false;
    // With the store open elsewhere (the GUI), it writes to the write-ahead log.
    QTest::newRow("shared, write-ahead log") << true;
}

void TestCli::sigkillMidImportLosesNothing()
{
    QFETCH(bool, shared);
    const QString db = m_dir.filePath(shared ? "killed-shared.huddle" : "killed-alone.huddle");
    const QString before = test::writeFile(m_dir.path(), "before.csv", kHeader + rows(0, 1000));
    QCOMPARE(cli({"--db", db, "import", "interactions", before}).code, 0);
    // A coaching note with an edit in its history: the kill must not touch either.
    Run r = cli({"--db", db, "notes", "add", "--agent", "a1", "--text", "Rushes the wrap-up"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli({"--db", db, "notes", "edit", "1", "--agreed", "Summarise, then close"}).code, 0);

    // Large enough that the import is still writing when it is killed.
    QFile big(m_dir.filePath("big.csv"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(kHeader);
    for (int chunk = 0; chunk < 40; ++chunk)
        big.write(rows(1000 + chunk * 20000, 1000 + (chunk + 1) * 20000));
    big.close();

    std::unique_ptr<store::Store> reader;
    if (shared) {
        QString error;
        reader = store::Store::open(db, &error);
        QVERIFY2(reader, qPrintable(error));
    }
    const qint64 sizeBefore = QFileInfo(db).size();
    QProcess p;
    p.start(QStringLiteral(HUDDLE_CLI_PATH), {"--db", db, "import", "interactions", big.fileName()});
    QVERIFY(p.waitForStarted());
    // Kill once rows are reaching the disk (the log, or the file beside its journal): the
    // transaction is half done.
    const auto written = [&] {
        return shared ? QFileInfo(db + "-wal").size() : QFileInfo(db).size() - sizeBefore;
    };
    QTRY_VERIFY_WITH_TIMEOUT(written() > 2 * 1024 * 1024 || p.state() == QProcess::NotRunning, 60000);
    QCOMPARE(p.state(), QProcess::Running);
    QCOMPARE(QFileInfo::exists(db + "-journal"), !shared);
    // A note edited meanwhile (the GUI, a second huddle-cli) waits for the import's write
    // lock; the kill releases it and the edit goes through.
    QProcess edit;
    edit.start(QStringLiteral(HUDDLE_CLI_PATH), {"--db", db, "notes", "edit", "1", "--text", "Rushes the wrap-up twice"});
    QVERIFY(edit.waitForStarted());
    QTest::qWait(300);
    QCOMPARE(edit.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY(edit.waitForFinished(30000));
    QVERIFY2(edit.exitCode() == 0, edit.readAllStandardError().constData());

    QString error;
    auto s = store::Store::open(db, &error);
    QVERIFY2(s, qPrintable(error));
    QSqlQuery q(s->database());
    QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec("SELECT (SELECT count(*) FROM interactions), (SELECT count(*) FROM imports)") && q.next());
    QCOMPARE(q.value(0).toInt(), 1000);
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(q.exec("SELECT observed, agreed FROM coaching_notes WHERE id = 1") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Rushes the wrap-up twice"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Summarise, then close"));
    QVERIFY(q.exec("SELECT group_concat(field, ',') FROM (SELECT field FROM coaching_note_history "
                   "WHERE note_id = 1 ORDER BY id)") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("created,agreed,text"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
