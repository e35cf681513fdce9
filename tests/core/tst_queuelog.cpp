#include <import/importer.h>
#include <store/store.h>

#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace huddle;
using namespace huddle::import;

class TestQueueLog : public QObject
{
    Q_OBJECT

private slots:
    void rawPipeForm_data();
    void rawPipeForm();
    void rawTotals();
    void sqlTableForm();
    void badLinesNamed();
    void pbxwareExport();
};

void TestQueueLog::rawPipeForm_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QVariantList>("expected"); // answered, abandoned, transferred, agent, wait, talk, channel
    QTest::newRow("completed") << "1366720100.1" << QVariantList{1, 0, 0, "8008", 12.0, 300.0, "voice"};
    QTest::newRow("abandoned") << "1366720200.2" << QVariantList{0, 1, 0, QVariant(), 45.0, QVariant(), "voice"};
    QTest::newRow("blind transfer") << "1366720300.3" << QVariantList{1, 0, 1, "1141", 4.0, 60.0, "voice"};
    QTest::newRow("timed out") << "1366720400.4" << QVariantList{0, 1, 0, QVariant(), 300.0, QVariant(), "voice"};
    QTest::newRow("answered, end cut off") << "1366720500.5" << QVariantList{1, 0, 0, "1141", 3.0, QVariant(), "voice"};
}

void TestQueueLog::rawPipeForm()
{
    QFETCH(QString, call);
    QFETCH(QVariantList, expected);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), test::fixture("queue_log/raw.queue_log"), "asterisk-queue-log");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    const QVariantList got = test::queryRow(t.store(), "SELECT answered, abandoned, transferred, agent_id, wait_s, talk_s, channel "
                                            "FROM interactions WHERE contact_id = '" + call + "'");
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].toString(), expected[i].toString());
}

void TestQueueLog::rawTotals()
{
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), test::fixture("queue_log/raw.queue_log"), "asterisk-queue-log");
    QCOMPARE(r.rowsAdded, qint64(5)); // the call still waiting at the end is not a contact
    const QVariantList v = test::queryRow(t.store(), "SELECT count(*), sum(answered), sum(abandoned), sum(transferred), "
                                          "count(DISTINCT customer_key), min(started_at), "
                                          "count(*) FILTER (WHERE queue = 'sales') FROM interactions");
    QCOMPARE(v[0].toInt(), 5);
    QCOMPARE(v[1].toInt(), 3);
    QCOMPARE(v[2].toInt(), 2);
    QCOMPARE(v[3].toInt(), 1);
    QCOMPARE(v[4].toInt(), 4); // the caller of .1 called again as .3
    QCOMPARE(v[5].toLongLong(), qint64(1366720100));
    QCOMPARE(v[6].toInt(), 3);
}

void TestQueueLog::sqlTableForm()
{
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), test::fixture("queue_log/sqltable.csv"), "asterisk-queue-log");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(2));
    const QVariantList answered = test::queryRow(t.store(), "SELECT agent_id, wait_s, talk_s, started_at FROM interactions "
                                                 "WHERE contact_id = '1341401603.1'");
    QCOMPARE(answered[0].toString(), QStringLiteral("1001"));
    QCOMPARE(answered[1].toDouble(), 2.0);
    QCOMPARE(answered[2].toDouble(), 12.0);
    QCOMPARE(answered[3].toLongLong(), qint64(1341387203)); // 2012-07-04 07:33:23 UTC
    QCOMPARE(test::queryRow(t.store(), "SELECT wait_s, abandoned FROM interactions WHERE contact_id = '1341402000.3'"),
             (QVariantList{6.0, 1}));
}

void TestQueueLog::badLinesNamed()
{
    test::TempStore t;
    const QString file = test::fixture("queue_log/badlines.queue_log");
    const ImportResult r = test::importWithPreset(t.store(), file, "asterisk-queue-log");
    QCOMPARE(int(r.status), int(ImportStatus::Rejected));
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems[0].toString().left(file.size() + 5), file + ":2:4:");
    QVERIFY(r.problems[1].toString().startsWith(file + ":3:1: time: expected Unix epoch seconds (yesterday)"));
    QCOMPARE(test::queryRow(t.store(), "SELECT count(*) FROM interactions")[0].toInt(), 0);
}

void TestQueueLog::pbxwareExport()
{
    const QString file = test::sharedData("asterisk-queue-log-pbxware/queue_log.csv");
    HUDDLE_REQUIRE_SHARED(file);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), file, "asterisk-queue-log");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    // SOURCE.md: 108 ENTERQUEUE, 2 without outcome (the export is cut): 106 calls. 93
    // answered, 12 ABANDON + 1 EXITWITHTIMEOUT, 2 transfers; mean wait at CONNECT 38.70 s,
    // 39 within 20 s; mean talk on the 89 COMPLETE* rows 267.92 s; Agent/1141 answered 22.
    QCOMPARE(r.rowsAdded, qint64(106));
    const QVariantList v = test::queryRow(t.store(),
        "SELECT count(*), sum(answered), sum(abandoned), sum(transferred), avg(wait_s) FILTER (WHERE answered = 1), "
        "sum(answered = 1 AND wait_s <= 20), avg(talk_s) FILTER (WHERE transferred = 0), "
        "count(talk_s) FILTER (WHERE transferred = 0), sum(agent_id = '1141'), count(DISTINCT queue) FROM interactions");
    QCOMPARE(v[0].toInt(), 106);
    QCOMPARE(v[1].toInt(), 93);
    QCOMPARE(v[2].toInt(), 13);
    QCOMPARE(v[3].toInt(), 2);
    QCOMPARE(QString::number(v[4].toDouble(), 'f', 2), QStringLiteral("38.70"));
    QCOMPARE(v[5].toInt(), 39);
    QCOMPARE(QString::number(v[6].toDouble(), 'f', 2), QStringLiteral("267.92"));
    QCOMPARE(v[7].toInt(), 89);
    QCOMPARE(v[8].toInt(), 22);
    QCOMPARE(v[9].toInt(), 1);
    // Abandon waits 191, 197, 45, 53, 146, 74, 21, 5, 40, 70, 98, 201 and one timeout of 300 s.
    QCOMPARE(test::queryRow(t.store(), "SELECT sum(wait_s) FROM interactions WHERE abandoned = 1")[0].toDouble(), 1441.0);
}

QTEST_GUILESS_MAIN(TestQueueLog)
#include "tst_queuelog.moc"
