// The GUI and huddle-cli writing one store at once, as a team leader does when a scheduled
// huddle-cli import runs while they write coaching notes: the GUI's import job (worker
// thread), its note editor's writes (GUI thread) and its dashboard's KPI snapshot (worker
// thread) against huddle-cli importing and adding notes in a child process, many times
// over. Every write lands exactly once, the store stays sound, and nobody reads "locked".
#include <dashboard/dashboardwidget.h>
#include <import/importjob.h>
#include <store/noterepository.h>
#include <store/schema.h>
#include <store/store.h>

#include "cli.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace huddle;

namespace {

constexpr int kRounds = 12; // imports on each side
constexpr int kRowsPerImport = 3000; // enough that each import holds the write lock a while
constexpr int kGuiNotes = 60;

QByteArray contacts(const QByteArray &prefix, int count)
{
    QByteArray bytes = "contact_id,started_at,channel,agent_id,wait_s,answered,talk_s\n";
    for (int i = 0; i < count; ++i)
        bytes += prefix + QByteArray::number(i) + ",2026-03-0" + QByteArray::number(2 + i % 5)
            + "T09:00:00Z,voice,a" + QByteArray::number(i % 5) + ",12,1,300\n";
    return bytes;
}

// Any trace of SQLite's busy errors in what a user would read.
bool mentionsLocking(const QString &text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("busy"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("in use"), Qt::CaseInsensitive);
}

// Runs huddle-cli commands one after another in child processes, like a script would.
class CliSequence : public QObject
{
public:
    explicit CliSequence(QList<QStringList> commands)
        : m_commands(std::move(commands))
    {
        connect(&m_process, &QProcess::finished, this, [this] {
            m_runs.append({ m_process.exitCode(), QString::fromUtf8(m_process.readAllStandardOutput()),
                QString::fromUtf8(m_process.readAllStandardError()) });
            startNext();
        });
    }
    void start() { startNext(); }
    bool done() const { return m_runs.size() == m_commands.size(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    const QList<test::CliRun> &runs() const { return m_runs; }
    const QList<QStringList> &commands() const { return m_commands; }

private:
    void startNext()
    {
        if (m_runs.size() < m_commands.size())
            m_process.start(QStringLiteral(HUDDLE_CLI_PATH), m_commands[m_runs.size()]);
    }

    QList<QStringList> m_commands;
    QList<test::CliRun> m_runs;
    QProcess m_process;
};

// The user_version of the upgrade's backup copy, read without upgrading it.
int backupVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec("PRAGMA user_version") && q.next())
            version = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    return version;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void guiAndCliWriteAtOnce();
    void openedByManyAtOnce_data();
    void openedByManyAtOnce();
    void noteChangedMeanwhileIsKept();
};

void TestConcurrentWriters::guiAndCliWriteAtOnce()
{
    test::TempStore t;
    const QString base = test::writeFile(t.dir(), "base.csv", contacts("b", 50));
    import::ImportRequest request;
    request.file = base;
    request.timeZone = QStringLiteral("UTC");
    QCOMPARE(import::runImport(t.store(), request).status, import::ImportStatus::Imported);

    // huddle-cli: an import, then a note, kRounds times.
    QList<QStringList> commands;
    for (int r = 0; r < kRounds; ++r) {
        const QString file = test::writeFile(t.dir(), QStringLiteral("cli-%1.csv").arg(r),
            contacts("k" + QByteArray::number(r) + "-", kRowsPerImport));
        commands << QStringList { "--db", t.path(), "import", "interactions", file }
                 << QStringList { "--db", t.path(), "notes", "add", "--agent", "a1", "--text",
                        QStringLiteral("cli note %1").arg(r) };
    }
    CliSequence cli(commands);

    // The GUI: the wizard's import job, one file after another, the dashboard reloading
    // after each (its KPI snapshot is a write), and the note editor saving notes meanwhile.
    QStringList guiFiles;
    for (int r = 0; r < kRounds; ++r)
        guiFiles << test::writeFile(t.dir(), QStringLiteral("gui-%1.csv").arg(r),
            contacts("g" + QByteArray::number(r) + "-", kRowsPerImport));
    ui::DashboardWidget dashboard;
    dashboard.load(t.path());
    ui::ImportJob job;
    QList<import::ImportResult> guiImports;
    int overlaps = 0; // GUI imports that started while huddle-cli was running
    const auto startGuiImport = [&] {
        request.file = guiFiles[guiImports.size()];
        overlaps += cli.running() ? 1 : 0;
        job.start(t.path(), request);
    };
    connect(&job, &ui::ImportJob::finished, this, [&] {
        guiImports.append(*job.result());
        dashboard.reload();
        if (guiImports.size() < kRounds)
            startGuiImport();
    });

    store::NoteRepository notes(t.store(), QStringLiteral("team lead"));
    QStringList noteErrors;
    int guiNotes = 0;
    QTimer noteTimer;
    noteTimer.setInterval(15);
    connect(&noteTimer, &QTimer::timeout, this, [&] {
        coaching::CoachingNote note;
        note.agent = QStringLiteral("a2");
        note.observed = QStringLiteral("gui note %1").arg(guiNotes);
        QString error;
        const auto id = notes.add(note, &error);
        if (id) {
            note.id = *id;
            note.observed += QStringLiteral(" edited");
            notes.update(note, &error, store::NoteRepository::Grain::Typing);
        }
        if (!error.isEmpty())
            noteErrors << error;
        if (++guiNotes == kGuiNotes)
            noteTimer.stop();
    });

    cli.start();
    startGuiImport();
    noteTimer.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        cli.done() && guiImports.size() == kRounds && guiNotes == kGuiNotes && !dashboard.isLoading(),
        300000);

    for (qsizetype i = 0; i < cli.runs().size(); ++i) {
        const test::CliRun &run = cli.runs()[i];
        const QString what = cli.commands()[i].join(u' ') + QStringLiteral(": ") + run.err;
        QVERIFY2(run.code == 0, qPrintable(what));
        QVERIFY2(!mentionsLocking(run.out + run.err), qPrintable(what));
    }
    for (const import::ImportResult &r : std::as_const(guiImports)) {
        QVERIFY2(r.status == import::ImportStatus::Imported, qPrintable(r.message));
        QCOMPARE(r.rowsAdded, qint64(kRowsPerImport));
        QVERIFY2(!mentionsLocking(r.message), qPrintable(r.message));
    }
    QVERIFY2(noteErrors.isEmpty(), qPrintable(noteErrors.join(u'\n')));
    QVERIFY2(!mentionsLocking(dashboard.data().error), qPrintable(dashboard.data().error));
    QVERIFY2(dashboard.data().error.isEmpty(), qPrintable(dashboard.data().error));

    QCOMPARE(test::queryRow(t.store(), "PRAGMA integrity_check").value(0).toString(), QStringLiteral("ok"));
    // Each file once, complete; each contact once.
    const int files = 1 + 2 * kRounds;
    QCOMPARE(test::queryRow(t.store(),
                 "SELECT count(*), count(DISTINCT file_name), sum(status = 'complete') "
                 "FROM imports"),
        (QVariantList { files, files, files }));
    const int rows = 50 + 2 * kRounds * kRowsPerImport;
    QCOMPARE(test::queryRow(t.store(), "SELECT count(*), count(DISTINCT contact_id) FROM interactions"),
        (QVariantList { rows, rows }));
    // Each note once, with its history: created (+ the GUI's edit).
    QCOMPARE(test::queryRow(t.store(),
                 "SELECT count(*), count(DISTINCT observed), sum(observed LIKE 'gui note % edited'), "
                 "sum(observed LIKE 'cli note %') FROM coaching_notes"),
        (QVariantList { kGuiNotes + kRounds, kGuiNotes + kRounds, kGuiNotes, kRounds }));
    QCOMPARE(test::queryRow(t.store(),
                 "SELECT count(*), sum(field = 'created'), sum(field = 'text') "
                 "FROM coaching_note_history"),
        (QVariantList { 2 * kGuiNotes + kRounds, kGuiNotes + kRounds, kGuiNotes }));
    // The two sides did write at the same time.
    QVERIFY2(overlaps > kRounds / 2, qPrintable(QStringLiteral("only %1 overlapping imports").arg(overlaps)));
}

// The GUI starting while scripts run huddle-cli: several programs open one store at the same
// moment, a new one (each would create it) or an old one (each would upgrade it). One of them
// does the work under the write lock; the others find it done. Nobody fails, the customer
// key is made once, and the backup holds the store from before the upgrade.
void TestConcurrentWriters::openedByManyAtOnce_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::newRow("new store") << 0;
    QTest::newRow("version 2 store") << 2;
}

void TestConcurrentWriters::openedByManyAtOnce()
{
    QFETCH(int, fromVersion);
    constexpr int kTimes = 8;
    constexpr int kPrograms = 3;
    QTemporaryDir dir;
    for (int round = 0; round < kTimes; ++round) {
        const QString path = dir.filePath(QStringLiteral("store-%1.huddle").arg(round));
        if (fromVersion == 2) {
            QString error;
            auto old = store::Store::open(path, &error);
            QVERIFY2(old, qPrintable(error));
            QSqlQuery q(old->database());
            QVERIFY(q.exec("INSERT INTO settings (key, value) VALUES ('marker', 'from version 2')"));
            QVERIFY(q.exec("DROP TABLE coaching_note_history"));
            QVERIFY(q.exec("DROP TABLE improvement_action_history"));
            QVERIFY(q.exec("DROP TABLE improvement_actions"));
            QVERIFY(q.exec("DROP TABLE interaction_agents"));
            QVERIFY(q.exec("PRAGMA user_version = 2"));
        }
        QList<std::shared_ptr<QProcess>> programs;
        for (int i = 0; i < kPrograms; ++i) {
            programs.append(std::make_shared<QProcess>());
            programs.last()->start(QStringLiteral(HUDDLE_CLI_PATH), { "--db", path, "imports" });
        }
        for (const auto &p : std::as_const(programs))
            QVERIFY(p->waitForStarted());
        QTest::qWait(round * 10); // the GUI's own open lands at a different moment each round
        QString error;
        auto gui = store::Store::open(path, &error);
        QVERIFY2(gui, qPrintable(error));
        const QByteArray secret = gui->customerKeySecret();
        for (const auto &p : std::as_const(programs)) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(gui->schemaVersion(), store::Schema::latestVersion());
        QCOMPARE(test::queryRow(*gui, "PRAGMA integrity_check").value(0).toString(), QStringLiteral("ok"));
        // The customer key was made once: what the GUI read at its start is still the key.
        QCOMPARE(secret.size(), 32);
        QCOMPARE(gui->customerKeySecret(), secret);
        if (fromVersion == 2) {
            QCOMPARE(gui->setting("marker"), QStringLiteral("from version 2"));
            QCOMPARE(backupVersion(path + ".v2.bak"), 2);
        }
    }
}

// huddle-cli marks a note done while another program holds the store and changes the note's
// text: huddle-cli reads the note only once it has the write lock, so the text written
// meanwhile stays.
void TestConcurrentWriters::noteChangedMeanwhileIsKept()
{
    test::TempStore t;
    import::ImportRequest request;
    request.file = test::writeFile(t.dir(), "base.csv", contacts("b", 5));
    QCOMPARE(import::runImport(t.store(), request).status, import::ImportStatus::Imported);
    store::NoteRepository gui(t.store(), QStringLiteral("team lead"));
    coaching::CoachingNote note;
    note.agent = QStringLiteral("a1");
    note.observed = QStringLiteral("Long holds");
    QString error;
    const auto id = gui.add(note, &error);
    QVERIFY2(id, qPrintable(error));

    QSqlQuery lock(t.store().database());
    QVERIFY(lock.exec("BEGIN IMMEDIATE"));
    QProcess done;
    done.start(QStringLiteral(HUDDLE_CLI_PATH), { "--db", t.path(), "notes", "done", QString::number(*id) });
    QVERIFY(done.waitForStarted());
    QTest::qWait(500); // huddle-cli is waiting for the lock
    QCOMPARE(done.state(), QProcess::Running);
    lock.prepare("UPDATE coaching_notes SET observed = 'Long holds on billing calls' WHERE id = ?");
    lock.addBindValue(*id);
    QVERIFY(lock.exec());
    QVERIFY(lock.exec("COMMIT"));
    QVERIFY(done.waitForFinished(30000));
    QVERIFY2(done.exitCode() == 0, done.readAllStandardError().constData());

    const auto stored = gui.get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->observed, QStringLiteral("Long holds on billing calls"));
    QCOMPARE(stored->status, coaching::NoteStatus::Done);
    const QList<store::NoteChange> history = gui.history(*id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].field, QStringLiteral("status"));
    QCOMPARE(history[1].oldValue, QStringLiteral("open"));
    QCOMPARE(history[1].newValue, QStringLiteral("done"));
}

QTEST_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
