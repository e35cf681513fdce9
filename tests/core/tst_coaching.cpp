// Coaching notes: the repository on a real store (history, soft delete, surviving imports and
// their undo), notes pre-filled from conflicts, the effect of coaching on hand-worked weekly
// figures, the topic summary, and huddle-cli's notes commands.
#include "cli.h"
#include "testsupport.h"

#include <coaching/effect.h>
#include <coaching/noteexport.h>
#include <coaching/notefromconflict.h>
#include <import/importer.h>
#include <kpi/statistics.h>
#include <store/importrepository.h>
#include <store/noterepository.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace huddle;
using coaching::CoachingNote;
using coaching::NoteStatus;
using coaching::Verdict;
using store::NoteFilter;
using store::NoteRepository;

namespace {

constexpr double kTolerance = 1e-6;

// A store whose roster knows A1, A2 and B1 (tests/fixtures/kpi/agents.csv).
qint64 importRoster(store::Store &s)
{
    const auto result = test::importCanonical(s, test::fixture("kpi/agents.csv"), import::Kind::Agents);
    if (result.status != import::ImportStatus::Imported)
        qFatal("roster import failed: %s", qPrintable(result.message));
    return result.importId;
}

CoachingNote sampleNote()
{
    CoachingNote note;
    note.agent = "A1";
    note.week = "2026-W30";
    note.kpis = { "fcr", "aht" };
    note.observed = "Closes calls before the customer confirms, 100% sure";
    note.agreed = "Ask \"is there anything else?\"";
    note.followUp = QDate(2026, 8, 31);
    note.shared = true;
    return note;
}

QString week(int number)
{
    return QStringLiteral("2026-W%1").arg(number, 2, 10, QLatin1Char('0'));
}

kpi::Figure proportionWeek(int weekNumber, qint64 k, qint64 n)
{
    return test::proportionFigure({}, {}, week(weekNumber), k, n);
}

// A weekly mean as the engine makes it: sum and count, t-interval from the sample sd.
kpi::Figure meanWeek(int weekNumber, double mean, double sd, qint64 n)
{
    kpi::Figure f;
    f.period = week(weekNumber);
    f.value = mean;
    f.numerator = mean * double(n);
    f.denominator = double(n);
    f.n = n;
    const double half = kpi::tQuantile975(n - 1) * sd / std::sqrt(double(n));
    f.ciLow = mean - half;
    f.ciHigh = mean + half;
    return f;
}

coaching::WeeklyFigures weekly(const QList<kpi::Figure> &figures)
{
    coaching::WeeklyFigures byWeek;
    for (const kpi::Figure &f : figures)
        byWeek.insert(f.period, f);
    return byWeek;
}

// FCR of agent A1 around a note about 2026-W30 (coach_weeks 4), by hand:
//   baseline W14–W25: 20/40 every week            = 240/480 = 0.5
//   before   W26–W29: 12, 14, 13, 11 of 40        =  50/160 = 0.3125, Wilson 0.245786 – 0.388006
//   W30 (the note's week, in neither span): 0/40
//   after    W31–W34: 24, 26, 25, 25 of 40        = 100/160 = 0.625,  Wilson 0.547882 – 0.696257
// The intervals do not overlap and FCR is better higher: improved. Change +0.3125, normal
// interval ±1.96·√(.3125·.6875/160 + .625·.375/160) = 0.208647 – 0.416353.
// Before vs baseline: −0.1875 ± 1.96·√(.5·.5/480 + .3125·.6875/160) = −0.272111 – −0.102889,
// excludes 0 on the worse side: an unusually bad spell.
// Team T1, the same weeks: before 75/150 ×4 = 300/600 = 0.5, after 80, 85, 80, 85 of 150 =
// 330/600 = 0.55, change +0.05 (−0.006438 – 0.106438).
coaching::WeeklyFigures agentFcr(
    const QList<qint64> &before, const QList<qint64> &after, qint64 baseline = 20)
{
    QList<kpi::Figure> weeks;
    for (int w = 14; w <= 25; ++w)
        weeks << proportionWeek(w, baseline, 40);
    for (int i = 0; i < 4; ++i)
        weeks << proportionWeek(26 + i, before[i], 40);
    weeks << proportionWeek(30, 0, 40);
    for (int i = 0; i < 4; ++i)
        weeks << proportionWeek(31 + i, after[i], 40);
    return weekly(weeks);
}

coaching::WeeklyFigures teamFcr()
{
    QList<kpi::Figure> weeks;
    for (int w = 26; w <= 29; ++w)
        weeks << proportionWeek(w, 75, 150);
    const qint64 after[] = { 80, 85, 80, 85 };
    for (int i = 0; i < 4; ++i)
        weeks << proportionWeek(31 + i, after[i], 150);
    return weekly(weeks);
}

using Run = test::CliRun;
constexpr auto cli = &test::runCli;

} // namespace

class TestCoaching : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOnRealFile();
    void refusesUnknownAgentAndBadFields();
    void listFilters_data();
    void listFilters();
    void historyKeepsEachChangedField();
    void typingMakesOneEntry();
    void softDeleteAndRestore();
    void acknowledgeSharedOnly();
    void notesSurviveImportAndUndo();
    void exportsCsvAndMarkdown();
    void noteFromConflictPrefills();
    void followUpsDueInTheWeek();
    void pooledMeanByHand();
    void effectAgainstTeamAndBaseline();
    void effectVerdicts_data();
    void effectVerdicts();
    void topicSummaryCounts();
    void cliAddListDoneHistory();
    void cliRefusals_data();
    void cliRefusals();
    void cliEffectThroughEngine();
};

void TestCoaching::roundTripOnRealFile()
{
    test::TempStore t;
    importRoster(t.store());
    QString error;
    const auto id = NoteRepository(t.store(), "alice").add(sampleNote(), &error);
    QVERIFY2(id, qPrintable(error));
    t.reopen();
    const auto stored = NoteRepository(t.store()).get(*id);
    QVERIFY(stored);
    CoachingNote expected = sampleNote();
    expected.id = *id;
    expected.author = "alice";
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QCOMPARE(*stored, expected);
    QVERIFY(qAbs(stored->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(stored->status, NoteStatus::Open);

    // Without an author, the note is the user's.
    const auto second = NoteRepository(t.store(), "bob").add(sampleNote(), &error);
    QCOMPARE(NoteRepository(t.store()).get(*second)->author, QStringLiteral("bob"));
}

void TestCoaching::refusesUnknownAgentAndBadFields()
{
    test::TempStore t;
    importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    CoachingNote note = sampleNote();
    note.agent = "Z9";
    QVERIFY(!notes.add(note, &error));
    QVERIFY2(error.contains("\"Z9\""), qPrintable(error));
    note = sampleNote();
    note.kpis = { "speed" };
    QVERIFY(!notes.add(note, &error));
    QVERIFY2(error.contains("speed"), qPrintable(error));
    note = sampleNote();
    note.week = "2026-07-20";
    QVERIFY(!notes.add(note, &error));
    QVERIFY2(error.contains("ISO week"), qPrintable(error));
    QCOMPARE(notes.list(NoteFilter { .deleted = NoteFilter::Deleted::Include }).size(), 0);
}

void TestCoaching::listFilters_data()
{
    QTest::addColumn<NoteFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes of the notes added below
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QTest::newRow("all") << NoteFilter {} << QList<int> { 0, 1, 2 };
    QTest::newRow("agent") << NoteFilter { .agent = "A2" } << QList<int> { 1 };
    QTest::newRow("status") << NoteFilter { .status = NoteStatus::Done } << QList<int> { 2 };
    QTest::newRow("topic kpi") << NoteFilter { .topic = "aht" } << QList<int> { 0, 2 };
    QTest::newRow("topic is a whole id") << NoteFilter { .topic = "fc" } << QList<int> {};
    QTest::newRow("topic conflict") << NoteFilter { .topic = "rushing" } << QList<int> { 1 };
    QTest::newRow("text, any case") << NoteFilter { .text = "HOLD" } << QList<int> { 1 };
    QTest::newRow("text, % is literal") << NoteFilter { .text = "100%" } << QList<int> { 0 };
    QTest::newRow("agreed text") << NoteFilter { .text = "anything else" } << QList<int> { 0, 2 };
    QTest::newRow("written today") << NoteFilter { .from = today, .to = today } << QList<int> { 0, 1, 2 };
    QTest::newRow("written before") << NoteFilter { .to = today.addDays(-1) } << QList<int> {};
    QTest::newRow("with deleted") << NoteFilter { .deleted = NoteFilter::Deleted::Include }
                                  << QList<int> { 0, 1, 2, 3 };
    QTest::newRow("deleted only") << NoteFilter { .deleted = NoteFilter::Deleted::Only } << QList<int> { 3 };
}

void TestCoaching::listFilters()
{
    QFETCH(NoteFilter, filter);
    QFETCH(QList<int>, expected);
    test::TempStore t;
    t.store().setSetting("time_zone", "UTC");
    importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    QList<qint64> ids;
    CoachingNote a = sampleNote();
    CoachingNote b = sampleNote();
    b.agent = "A2";
    b.kpis = { "fcr" };
    b.conflict = "rushing";
    b.observed = "Long hold times";
    b.agreed = "";
    CoachingNote c = sampleNote();
    c.kpis = { "aht" };
    c.observed = "Closes 100 calls a day"; // found by "100%" if % were a wildcard
    CoachingNote d = sampleNote();
    for (const CoachingNote &note : { a, b, c, d })
        ids << *notes.add(note, &error);
    QVERIFY(notes.setStatus(ids[2], NoteStatus::Done, &error));
    QVERIFY(notes.softDelete(ids[3], &error));
    QList<qint64> want;
    for (int i : expected)
        want << ids[i];
    QList<qint64> got;
    for (const CoachingNote &note : notes.list(filter))
        got << note.id;
    QCOMPARE(got, want);
}

void TestCoaching::historyKeepsEachChangedField()
{
    test::TempStore t;
    importRoster(t.store());
    QString error;
    const qint64 id = *NoteRepository(t.store(), "alice").add(sampleNote(), &error);
    NoteRepository bob(t.store(), "bob");
    CoachingNote note = *bob.get(id);
    note.observed = "Closes calls early";
    note.followUp.reset();
    note.agent = "A2";
    QVERIFY2(bob.update(note, &error), qPrintable(error));
    QVERIFY(bob.update(note, &error)); // nothing changed: no entry
    QVERIFY(bob.setStatus(id, NoteStatus::Cancelled, &error));

    const QList<store::NoteChange> history = bob.history(id);
    QCOMPARE(history.size(), 5);
    QCOMPARE(history[0].field, QStringLiteral("created"));
    QCOMPARE(history[0].author, QStringLiteral("alice"));
    const auto entry = [&](int i) {
        return QStringList { history[i].author, history[i].field, history[i].oldValue, history[i].newValue };
    };
    QCOMPARE(entry(1), (QStringList { "bob", "agent", "A1", "A2" }));
    QCOMPARE(entry(2),
        (QStringList {
            "bob", "text", "Closes calls before the customer confirms, 100% sure", "Closes calls early" }));
    QCOMPARE(entry(3), (QStringList { "bob", "follow_up", "2026-08-31", "" }));
    QCOMPARE(entry(4), (QStringList { "bob", "status", "open", "cancelled" }));
    QVERIFY(qAbs(history[4].changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The creation time and author stay.
    QCOMPARE(bob.get(id)->author, QStringLiteral("alice"));
    QVERIFY(!bob.update(CoachingNote { .id = 999, .agent = "A1" }, &error));
    QVERIFY2(error.contains("999"), qPrintable(error));
}

void TestCoaching::typingMakesOneEntry()
{
    test::TempStore t;
    importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    const qint64 id = *notes.add(sampleNote(), &error);
    CoachingNote note = *notes.get(id);
    for (const char *text : { "C", "Cl", "Clo" }) {
        note.observed = text;
        QVERIFY(notes.update(note, &error, NoteRepository::Grain::Typing));
    }
    QCOMPARE(notes.get(id)->observed, QStringLiteral("Clo"));
    QList<store::NoteChange> history = notes.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].oldValue, sampleNote().observed); // the value before the first keystroke
    QCOMPARE(history[1].newValue, QStringLiteral("Clo"));

    // Another field is another entry; so is typing again after a pause.
    note.agreed = "x";
    QVERIFY(notes.update(note, &error, NoteRepository::Grain::Typing));
    QSqlQuery(t.store().database()).exec("UPDATE coaching_note_history SET changed_at = changed_at - 120");
    note.agreed = "xy";
    QVERIFY(notes.update(note, &error, NoteRepository::Grain::Typing));
    history = notes.history(id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[3].oldValue, QStringLiteral("x"));
    QCOMPARE(history[3].newValue, QStringLiteral("xy"));
}

void TestCoaching::softDeleteAndRestore()
{
    test::TempStore t;
    importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    const qint64 id = *notes.add(sampleNote(), &error);
    const CoachingNote before = *notes.get(id);
    QVERIFY(notes.softDelete(id, &error));
    QVERIFY(notes.list().isEmpty());
    QVERIFY(notes.get(id)->isDeleted());
    QCOMPARE(notes.list({ .deleted = NoteFilter::Deleted::Only }).size(), 1);
    QVERIFY(notes.restore(id, &error));
    CoachingNote after = *notes.get(id);
    QVERIFY(!after.isDeleted());
    after.updatedAt = before.updatedAt;
    QCOMPARE(after, before);
    const QList<store::NoteChange> history = notes.history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[1].field, QStringLiteral("deleted_at"));
    QVERIFY(history[1].oldValue.isEmpty() && !history[1].newValue.isEmpty());
    QCOMPARE(history[2].field, QStringLiteral("deleted_at"));
    QCOMPARE(history[2].oldValue, history[1].newValue);
    QVERIFY(history[2].newValue.isEmpty());
}

void TestCoaching::acknowledgeSharedOnly()
{
    test::TempStore t;
    importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    CoachingNote privateNote = sampleNote();
    privateNote.shared = false;
    const qint64 hidden = *notes.add(privateNote, &error);
    QVERIFY(!notes.acknowledge(hidden, &error));
    QVERIFY2(error.contains("private"), qPrintable(error));
    const qint64 shared = *notes.add(sampleNote(), &error);
    const QDateTime when(QDate(2026, 8, 3), QTime(14, 0), QTimeZone::utc());
    QVERIFY(notes.acknowledge(shared, &error, when));
    QCOMPARE(notes.get(shared)->acknowledgedAt, when);
    QCOMPARE(notes.history(shared).last().newValue, QStringLiteral("2026-08-03T14:00:00Z"));
}

void TestCoaching::notesSurviveImportAndUndo()
{
    test::TempStore t;
    const qint64 roster = importRoster(t.store());
    NoteRepository notes(t.store(), "alice");
    QString error;
    const qint64 id = *notes.add(sampleNote(), &error);
    const CoachingNote written = *notes.get(id);
    const auto contacts
        = test::importCanonical(t.store(), test::fixture("kpi/interactions.csv"), import::Kind::Interactions);
    QCOMPARE(int(contacts.status), int(import::ImportStatus::Imported));
    QCOMPARE(*notes.get(id), written);
    store::ImportRepository imports(t.store());
    qint64 removed = 0;
    QVERIFY2(imports.undo(contacts.importId, &removed, &error), qPrintable(error));
    QVERIFY2(imports.undo(roster, &removed, &error), qPrintable(error));
    // The agent is gone from the data; the note and its history are not.
    QVERIFY(!notes.agentKnown("A1"));
    QCOMPARE(notes.list(), QList<CoachingNote> { written });
    QCOMPARE(notes.history(id).size(), 1);
    // And it can still be finished.
    QVERIFY2(notes.setStatus(id, NoteStatus::Done, &error), qPrintable(error));
}

void TestCoaching::exportsCsvAndMarkdown()
{
    CoachingNote note = sampleNote();
    note.id = 7;
    note.author = "alice";
    note.createdAt = QDateTime(QDate(2026, 7, 22), QTime(9, 30), QTimeZone::utc());
    note.updatedAt = note.createdAt;
    const QString csv = coaching::NoteExport::csv({ note });
    QCOMPARE(csv,
        QStringLiteral("id,agent,week,kpi,conflict,text,agreed,follow_up,status,shared,acknowledged_at,"
                       "deleted_at,author,created_at,updated_at\r\n"
                       "7,A1,2026-W30,\"fcr,aht\",,\"Closes calls before the customer confirms, 100% sure\","
                       "\"Ask \"\"is there anything else?\"\"\",2026-08-31,open,true,,,alice,"
                       "2026-07-22T09:30:00Z,2026-07-22T09:30:00Z\r\n"));
    const QString markdown = coaching::NoteExport::markdown(note, QTimeZone::utc());
    QVERIFY2(markdown.startsWith("# Coaching note 7: A1\n"), qPrintable(markdown));
    for (const char *part : { "| Week | 2026-W30 |", "First contact resolution",
             "## What was observed\n\nCloses calls", "## What was agreed\n\nAsk \"is there anything else?\"",
             "shared with the agent", "Read and discussed (agent)" })
        QVERIFY2(markdown.contains(QLatin1String(part)), part);
}

void TestCoaching::noteFromConflictPrefills()
{
    conflicts::Conflict c;
    c.rule = conflicts::Rule::Rushing;
    c.groupKind = "agent";
    c.group = "A1";
    c.week = "2026-W45";
    c.evidence = QJsonObject { { "aht", QJsonObject { { "value", 245.0 }, { "previous", 300.0 } } },
        { "csat", QJsonObject { { "value", 0.7 }, { "previous", 0.85 } } } };
    c.explanation = "Handle time is falling while satisfaction falls too.";
    c.coachingTopic = "Take the time to solve";
    const CoachingNote note = coaching::noteFromConflict(c);
    QCOMPARE(note.agent, QStringLiteral("A1"));
    QCOMPARE(note.week, QStringLiteral("2026-W45"));
    QCOMPARE(note.kpis, (QStringList { "aht", "csat" }));
    QCOMPARE(note.conflict, QStringLiteral("rushing"));
    QCOMPARE(note.status, NoteStatus::Open);
    QVERIFY(!note.shared);
    QCOMPARE(note.observed.section('\n', 0, 0), c.explanation);
    QVERIFY2(note.observed.contains("245 s (previous week 300 s)"), qPrintable(note.observed));
    QVERIFY2(note.observed.contains("70.0 % (previous week 85.0 %)"), qPrintable(note.observed));
    QVERIFY(note.observed.endsWith("Coaching topic: Take the time to solve."));

    // Transfer gaming's evidence names the team, which is no KPI; a team's conflict has no agent.
    c.rule = conflicts::Rule::TransferGaming;
    c.evidence = QJsonObject { { "team", "T1" },
        { "transfer_rate", QJsonObject { { "value", 0.3 }, { "team_median", 0.1 } } } };
    QCOMPARE(coaching::noteFromConflict(c).kpis, QStringList { "transfer_rate" });
    QVERIFY(coaching::noteFromConflict(c).observed.contains("(team median 10.0 %)"));
    c.groupKind = "team";
    QVERIFY(coaching::noteFromConflict(c).agent.isEmpty());
}

// The review's last page: open notes due by the week's Sunday, overdue ones included,
// earliest first; done, cancelled and deleted notes and later follow-ups left out.
void TestCoaching::followUpsDueInTheWeek()
{
    const auto note = [](qint64 id, std::optional<QDate> followUp, coaching::NoteStatus status = coaching::NoteStatus::Open) {
        coaching::CoachingNote n;
        n.id = id;
        n.agent = QStringLiteral("AG101");
        n.followUp = followUp;
        n.status = status;
        return n;
    };
    coaching::CoachingNote deleted = note(6, QDate(2026, 11, 3));
    deleted.deletedAt = QDateTime(QDate(2026, 11, 4), QTime(9, 0), QTimeZone::utc());
    const QList<coaching::CoachingNote> notes = {
        note(1, QDate(2026, 11, 8)),                               // W45's Sunday: due
        note(2, QDate(2026, 11, 9)),                               // the Monday after: not yet
        note(3, QDate(2026, 10, 20)),                              // overdue: due
        note(4, QDate(2026, 11, 5), coaching::NoteStatus::Done),   // done
        note(5, std::nullopt),                                     // no follow-up
        deleted,
    };
    const QList<coaching::CoachingNote> due = coaching::followUpsDue(notes, QStringLiteral("2026-W45"));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].id, 3);
    QCOMPARE(due[1].id, 1);
    QVERIFY(coaching::followUpsDue(notes, QStringLiteral("2026-11")).isEmpty()); // not a week
}

void TestCoaching::pooledMeanByHand()
{
    // Two weeks of AHT, sd 60 s and 30 contacts each, means 300 s and 320 s. Pooled: mean 310;
    // sum of squares 29·3600·2 (within) + 30·10²·2 (between) = 214,800, sd √(214800/59) =
    // 60.338, t(59) = 2.000983, interval 310 ± 2.000983·60.338/√60 = 294.413 – 325.587.
    const kpi::KpiSpec &aht = *kpi::findKpi("aht");
    const kpi::Figure pooled
        = coaching::pooledFigure(aht, { meanWeek(26, 300, 60, 30), meanWeek(27, 320, 60, 30) });
    QCOMPARE(pooled.n, qint64(60));
    QVERIFY(qAbs(*pooled.value - 310) < kTolerance);
    QVERIFY2(qAbs(*pooled.ciLow - 294.413132) < 1e-4, qPrintable(QString::number(*pooled.ciLow, 'f', 6)));
    QVERIFY(qAbs(*pooled.ciHigh - 325.586868) < 1e-4);

    // NPS weeks of 20 and 40 points over 100 answers each: the pooled NPS is 30.
    kpi::Figure nps1, nps2;
    nps1.value = 20;
    nps1.n = 100;
    nps2.value = 40;
    nps2.n = 100;
    nps1.ciLow = 10;
    nps1.ciHigh = 30;
    nps2.ciLow = 30;
    nps2.ciHigh = 50;
    const kpi::Figure nps = coaching::pooledFigure(*kpi::findKpi("nps"), { nps1, nps2 });
    QVERIFY(qAbs(*nps.value - 30) < kTolerance);
    // se per week 10/1.96, pooled √(2·(½·10/1.96)²) → half-width 10/√2 = 7.0711
    QVERIFY(qAbs(*nps.ciHigh - *nps.value - 10 / std::sqrt(2.0)) < 1e-6);
    QVERIFY(!coaching::pooledFigure(aht, {}).value);
}

void TestCoaching::effectAgainstTeamAndBaseline()
{
    const kpi::KpiSpec &fcr = *kpi::findKpi("fcr");
    const coaching::CoachingEffect e = coaching::coachingEffect(
        fcr, "2026-W30", 4, agentFcr({ 12, 14, 13, 11 }, { 24, 26, 25, 25 }), teamFcr(), week(40));
    QCOMPARE(e.verdict, Verdict::Improved);
    QCOMPARE(e.before.firstWeek, QStringLiteral("2026-W26"));
    QCOMPARE(e.before.lastWeek, QStringLiteral("2026-W29"));
    QCOMPARE(e.after.firstWeek, QStringLiteral("2026-W31"));
    QCOMPARE(e.after.lastWeek, QStringLiteral("2026-W34"));
    QCOMPARE(e.before.weeksWithData, 4);
    QCOMPARE(e.before.figure.n, qint64(160));
    QVERIFY(qAbs(*e.before.figure.value - 0.3125) < kTolerance);
    QVERIFY(qAbs(*e.before.figure.ciLow - 0.245786) < 1e-6);
    QVERIFY(qAbs(*e.before.figure.ciHigh - 0.388006) < 1e-6);
    QVERIFY(qAbs(*e.after.figure.value - 0.625) < kTolerance);
    QVERIFY(qAbs(*e.after.figure.ciLow - 0.547882) < 1e-6);
    QVERIFY(qAbs(*e.after.figure.ciHigh - 0.696257) < 1e-6);
    QVERIFY(e.change);
    QVERIFY(qAbs(e.change->delta - 0.3125) < kTolerance);
    QVERIFY(qAbs(e.change->interval.low - 0.208647) < 1e-6);
    QVERIFY(qAbs(e.change->interval.high - 0.416353) < 1e-6);
    QVERIFY(qAbs(*e.teamBefore.figure.value - 0.5) < kTolerance);
    QVERIFY(qAbs(*e.teamAfter.figure.value - 0.55) < kTolerance);
    QVERIFY(qAbs(e.teamChange->delta - 0.05) < kTolerance);
    QVERIFY(qAbs(e.teamChange->interval.low + 0.006438) < 1e-6);
    QVERIFY(!e.teamChange->significant);
    QCOMPARE(e.baseline.weeksWithData, 12);
    QVERIFY(qAbs(*e.baseline.figure.value - 0.5) < kTolerance);
    QVERIFY(e.unusuallyBad);
    QVERIFY(coaching::regressionCaveat(true).contains("regression to the mean"));

    // The same spell at the agent's usual level (baseline 50/160 per 4 weeks) is not unusual.
    const auto usual = coaching::coachingEffect(
        fcr, "2026-W30", 4, agentFcr({ 12, 14, 13, 11 }, { 24, 26, 25, 25 }, 12), teamFcr(), week(40));
    QVERIFY(!usual.unusuallyBad);
    QCOMPARE(usual.verdict, Verdict::Improved);
}

void TestCoaching::effectVerdicts_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QList<qint64>>("before");
    QTest::addColumn<QList<qint64>>("after");
    QTest::addColumn<int>("newestWeek");
    QTest::addColumn<Verdict>("verdict");
    // FCR is better higher; repeat contact rate (same counts) better lower.
    // 50/160 (0.246 – 0.388) against 60/160 (0.304 – 0.452): the intervals overlap.
    QTest::newRow("improved") << "fcr" << QList<qint64> { 12, 14, 13, 11 } << QList<qint64> { 24, 26, 25, 25 }
                              << 40 << Verdict::Improved;
    QTest::newRow("worse") << "fcr" << QList<qint64> { 24, 26, 25, 25 } << QList<qint64> { 12, 14, 13, 11 }
                           << 40 << Verdict::Worse;
    QTest::newRow("overlap") << "fcr" << QList<qint64> { 12, 14, 13, 11 } << QList<qint64> { 15, 15, 15, 15 }
                             << 40 << Verdict::NoClearChange;
    QTest::newRow("lower is better") << "repeat_contact_rate" << QList<qint64> { 24, 26, 25, 25 }
                                     << QList<qint64> { 12, 14, 13, 11 } << 40 << Verdict::Improved;
    QTest::newRow("after not imported yet") << "fcr" << QList<qint64> { 12, 14, 13, 11 }
                                            << QList<qint64> { 24, 26, 25, 25 } << 33 << Verdict::Pending;
    QTest::newRow("volume has no better side")
        << "volume" << QList<qint64> { 12, 14, 13, 11 } << QList<qint64> { 24, 26, 25, 25 } << 40
        << Verdict::NotApplicable;
}

void TestCoaching::effectVerdicts()
{
    QFETCH(QString, kpi);
    QFETCH(QList<qint64>, before);
    QFETCH(QList<qint64>, after);
    QFETCH(int, newestWeek);
    QFETCH(Verdict, verdict);
    const auto e = coaching::coachingEffect(
        *kpi::findKpi(kpi), "2026-W30", 4, agentFcr(before, after), teamFcr(), week(newestWeek));
    QCOMPARE(e.verdict, verdict);
}

void TestCoaching::topicSummaryCounts()
{
    const auto effect = [](const char *kpi, Verdict verdict, bool unusuallyBad = false) {
        coaching::CoachingEffect e;
        e.kpi = kpi;
        e.verdict = verdict;
        e.unusuallyBad = unusuallyBad;
        return e;
    };
    const QList<coaching::TopicSummary> topics = coaching::topicSummary({
        effect("aht", Verdict::Improved),
        effect("fcr", Verdict::Improved, true),
        effect("fcr", Verdict::Worse),
        effect("fcr", Verdict::NoClearChange, true),
        effect("aht", Verdict::Pending, true),
        effect("fcr", Verdict::NoData),
    });
    QCOMPARE(topics.size(), 2);
    const auto row = [](const coaching::TopicSummary &t) {
        return QList<int> { t.judged, t.improved, t.noClearChange, t.worse, t.unusuallyBad, t.pending };
    };
    QCOMPARE(topics[0].kpi, QStringLiteral("fcr"));
    QCOMPARE(row(topics[0]), (QList<int> { 3, 1, 1, 1, 2, 0 }));
    QCOMPARE(topics[1].kpi, QStringLiteral("aht"));
    QCOMPARE(row(topics[1]), (QList<int> { 1, 1, 0, 0, 0, 1 }));
}

void TestCoaching::cliAddListDoneHistory()
{
    test::TempStore t;
    importRoster(t.store());
    t.close();
    const QString db = t.path();
    Run r = cli({ "--db", db, "notes", "add", "--agent", "A1", "--text", "Rushes the wrap-up", "--kpi", "aht",
        "--week", "2026-W30", "--follow-up", "2026-08-31", "--shared" });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("coaching note 1 added"), qPrintable(r.out + r.err));

    r = cli({ "--db", db, "notes", "list", "--format", "json" });
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject note = list[0].toObject();
    QStringList keys = note.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { "acknowledged_at", "agent", "agreed", "author", "conflict", "created_at", "deleted_at",
            "follow_up", "id", "kpi", "shared", "status", "text", "updated_at", "week" }));
    QCOMPARE(note["id"].toInt(), 1);
    QCOMPARE(note["agent"].toString(), QStringLiteral("A1"));
    QCOMPARE(note["text"].toString(), QStringLiteral("Rushes the wrap-up"));
    QCOMPARE(note["kpi"].toString(), QStringLiteral("aht"));
    QCOMPARE(note["week"].toString(), QStringLiteral("2026-W30"));
    QCOMPARE(note["follow_up"].toString(), QStringLiteral("2026-08-31"));
    QCOMPARE(note["status"].toString(), QStringLiteral("open"));
    QCOMPARE(note["shared"].toBool(), true);
    QVERIFY(note["agreed"].isNull());

    r = cli({ "--db", db, "notes", "edit", "1", "--agreed", "Summarise, then close", "--private" });
    QCOMPARE(r.code, 0);
    r = cli({ "--db", db, "notes", "done", "1" });
    QCOMPARE(r.code, 0);
    r = cli({ "--db", db, "notes", "list", "--status", "done", "--format", "json" });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["shared"].toBool(), false);
    r = cli({ "--db", db, "notes", "list", "--status", "open", "--format", "json" });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

    r = cli({ "--db", db, "notes", "history", "1", "--format", "json" });
    QCOMPARE(r.code, 0);
    QStringList changes;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject c = v.toObject();
        changes << c["field"].toString() + ':' + c["old"].toString() + "->" + c["new"].toString();
    }
    QCOMPARE(changes,
        (QStringList {
            "created:->", "agreed:->Summarise, then close", "shared:true->false", "status:open->done" }));

    r = cli({ "--db", db, "notes", "export", "1", "--format", "markdown", "--out", t.dir() + "/note.md" });
    QCOMPARE(r.code, 0);
    QFile markdown(t.dir() + "/note.md");
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().contains("## What was agreed\n\nSummarise, then close"));
    r = cli({ "--db", db, "notes", "export", "1", "--format", "csv" });
    QCOMPARE(r.out.count("\r\n"), 2);

    QCOMPARE(cli({ "--db", db, "notes", "delete", "1" }).code, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({ "--db", db, "notes", "list", "--format", "json" }).out.toUtf8())
                 .array()
                 .size(),
        0);
    QCOMPARE(cli({ "--db", db, "notes", "restore", "1" }).code, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({ "--db", db, "notes", "list", "--format", "json" }).out.toUtf8())
                 .array()
                 .size(),
        1);
}

void TestCoaching::cliRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown agent") << QStringList { "notes", "add", "--agent", "Z9", "--text", "x" } << 4
                                   << "unknown agent \"Z9\"";
    QTest::newRow("bad follow-up") << QStringList { "notes", "add", "--agent", "A1", "--text", "x",
        "--follow-up", "31/08/2026" }
                                   << 1 << "--follow-up takes a date YYYY-MM-DD (got \"31/08/2026\")";
    QTest::newRow("bad week") << QStringList { "notes", "add", "--agent", "A1", "--text", "x", "--week",
        "W30" } << 1 << "--week takes an ISO week such as 2026-W45 (got \"W30\")";
    QTest::newRow("unknown kpi") << QStringList { "notes", "add", "--agent", "A1", "--text", "x", "--kpi",
        "speed" } << 4 << "--kpi: unknown KPI \"speed\"";
    QTest::newRow("no text") << QStringList { "notes", "add", "--agent", "A1" } << 1 << "--text";
    QTest::newRow("no such note") << QStringList { "notes", "done", "42" } << 4
                                  << "there is no coaching note 42";
    QTest::newRow("bad status") << QStringList { "notes", "list", "--status", "closed" } << 1
                                << "--status takes open, done or cancelled (got \"closed\")";
    QTest::newRow("bad export format")
        << QStringList { "notes", "export", "1", "--format", "pdf" } << 1 << "csv or markdown";
    QTest::newRow("no action") << QStringList { "notes" } << 1 << "usage: notes add";
}

void TestCoaching::cliRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    test::TempStore t;
    importRoster(t.store());
    t.close();
    const Run r = cli(QStringList { "--db", t.path() } + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCoaching::cliEffectThroughEngine()
{
    // Agent A1 (team T1) transfers 10 of 20 contacts a week in 2026-W26–W29, all 20 in W30
    // (the note's week, counted in neither span) and 2 of 20 in W31–W34; A2 (T1) transfers 5
    // of 20 every week. By hand, transfer rate (better lower):
    //   A1 before 40/80 = 0.5 (Wilson 0.392974 – 0.607026), after 8/80 = 0.1 (0.051548 –
    //   0.185107): no overlap, improved; change −0.4 (−0.527774 – −0.272226).
    //   T1 before 60/160 = 0.375, after 28/160 = 0.175, change −0.2.
    QByteArray csv = "contact_id,started_at,channel,agent_id,team,wait_s,answered,talk_s,transferred\n";
    int contact = 0;
    for (int w = 26; w <= 34; ++w) {
        const QDate monday = QDate::fromJulianDay(QDate(2026, 6, 22).toJulianDay() + 7 * (w - 26));
        const int transfersA1 = w < 30 ? 10 : w == 30 ? 20 : 2;
        for (const auto &[agent, transfers] : { std::pair { "A1", transfersA1 }, std::pair { "A2", 5 } }) {
            for (int i = 0; i < 20; ++i) {
                const QDateTime at(monday.addDays(1), QTime(8, 0).addSecs(600 * i), QTimeZone::utc());
                csv += "c" + QByteArray::number(++contact) + ',' + at.toString(Qt::ISODate).toLatin1()
                    + ",voice," + agent + ",T1,10,1,200," + (i < transfers ? "1" : "0") + '\n';
            }
        }
    }
    test::TempStore t;
    t.store().setSetting("time_zone", "UTC");
    QCOMPARE(int(test::importCanonical(
                 t.store(), test::writeFile(t.dir(), "contacts.csv", csv), import::Kind::Interactions)
                     .status),
        int(import::ImportStatus::Imported));
    t.close();
    const QString db = t.path();
    QCOMPARE(cli({ "--db", db, "notes", "add", "--agent", "A1", "--text", "Transfers instead of solving",
                     "--kpi", "transfer_rate", "--week", "2026-W30" })
                 .code,
        0);
    const Run r = cli({ "--db", db, "notes", "effect", "1", "--format", "json" });
    QCOMPARE(r.code, 0);
    const QJsonArray effects = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(effects.size(), 1);
    const QJsonObject e = effects[0].toObject();
    QCOMPARE(e["verdict"].toString(), QStringLiteral("improved"));
    QCOMPARE(e["team"].toString(), QStringLiteral("T1"));
    const auto near
        = [](const QJsonValue &v, double expected) { return qAbs(v.toDouble() - expected) < 1e-6; };
    QVERIFY(near(e["before"]["value"], 0.5));
    QVERIFY(near(e["before"]["ci_low"], 0.392974));
    QCOMPARE(e["before"]["n"].toInt(), 80);
    QVERIFY(near(e["after"]["value"], 0.1));
    QVERIFY(near(e["after"]["ci_high"], 0.185107));
    QVERIFY(near(e["change"], -0.4));
    QVERIFY(near(e["change_ci_low"], -0.527774));
    QVERIFY(near(e["team_before"]["value"], 0.375));
    QVERIFY(near(e["team_after"]["value"], 0.175));
    QVERIFY(near(e["team_change"], -0.2));
    QCOMPARE(e["unusually_bad"].toBool(), false);
    QVERIFY(e["caveat"].toString().contains("regression to the mean"));

    const Run topics = cli({ "--db", db, "notes", "topics", "--format", "json" });
    QCOMPARE(topics.code, 0);
    const QJsonObject topic = QJsonDocument::fromJson(topics.out.toUtf8()).array()[0].toObject();
    QCOMPARE(topic["kpi"].toString(), QStringLiteral("transfer_rate"));
    QCOMPARE(topic["judged"].toInt(), 1);
    QCOMPARE(topic["improved"].toInt(), 1);

    const Run table = cli({ "--db", db, "notes", "effect", "1" });
    QVERIFY2(table.out.contains("improved"), qPrintable(table.out));
}

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
