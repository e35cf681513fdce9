#include <import/importer.h>
#include <store/store.h>

#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace huddle;
using namespace huddle::import;

namespace {



QByteArray ctr(const char *id, const char *updated, const char *agentPart, const char *extra = "")
{
    return QByteArray(R"({"ContactId":")") + id + R"(","InitiationTimestamp":"2026-03-02T09:00:00Z",)"
        + R"("LastUpdateTimestamp":")" + updated + R"(","Channel":"CHAT","InitiationMethod":"INBOUND",)"
        + R"("CustomerEndpoint":{"Address":"+31612345678"},"Queue":{"Name":"Chat","Duration":30},"Agent":)"
        + agentPart + extra + "}";
}

const char *kAgent = R"({"Username":"ann","ConnectedToAgentTimestamp":"2026-03-02T09:00:30Z",)"
                     R"("AgentInteractionDuration":200,"CustomerHoldDuration":10,"AfterContactWorkDuration":20})";

} // namespace

class TestConnectCtr : public QObject
{
    Q_OBJECT

private slots:
    void arrayWithDuplicateDeliveries();
    void jsonLines();
    void brokenJsonNamed();
    void sampleRecord();
};

void TestConnectCtr::arrayWithDuplicateDeliveries()
{
    test::TempStore t;
    // c1 delivered twice: the later update (answered) wins; c2 was never answered.
    const QByteArray json = "[" + ctr("c1", "2026-03-02T09:01:00Z", "null") + ","
        + ctr("c2", "2026-03-02T09:05:00Z", "null") + "," + ctr("c1", "2026-03-02T09:10:00Z", kAgent) + "]";
    const ImportResult r = test::importWithPreset(t.store(), test::writeFile(t.dir(), "ctr.json", json), "amazon-connect-ctr");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(2));
    QCOMPARE(test::queryRow(t.store(), "SELECT answered, abandoned, agent_id, talk_s + hold_s + acw_s, wait_s, channel "
                            "FROM interactions WHERE contact_id = 'c1'"),
             (QVariantList{1, 0, "ann", 230.0, 30.0, "chat"}));
    const QVariantList unanswered = test::queryRow(t.store(), "SELECT answered, abandoned, agent_id FROM interactions "
                                                   "WHERE contact_id = 'c2'");
    QCOMPARE(unanswered.mid(0, 2), (QVariantList{0, 1}));
    QVERIFY(unanswered[2].isNull());
    QCOMPARE(test::queryRow(t.store(), "SELECT count(DISTINCT customer_key) FROM interactions")[0].toInt(), 1);
}

void TestConnectCtr::jsonLines()
{
    test::TempStore t;
    const QByteArray lines = ctr("l1", "2026-03-02T09:01:00Z", kAgent) + "\n\n"
        + ctr("l2", "2026-03-02T09:01:00Z", kAgent, R"(,"TransferCompletedTimestamp":"2026-03-02T09:03:00Z")") + "\n";
    const ImportResult r = test::importWithPreset(t.store(), test::writeFile(t.dir(), "ctr.jsonl", lines), "amazon-connect-ctr");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(test::queryRow(t.store(), "SELECT count(*), sum(transferred) FROM interactions"), (QVariantList{2, 1}));
}

void TestConnectCtr::brokenJsonNamed()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "broken.json", "{\n  \"ContactId\": \"x\",\n  oops\n}\n");
    const ImportResult r = test::importWithPreset(t.store(), file, "amazon-connect-ctr");
    QCOMPARE(int(r.status), int(ImportStatus::Rejected));
    QCOMPARE(r.problems.first().file, file);
    QCOMPARE(r.problems.first().line, qint64(3));
    QVERIFY(r.problems.first().message.startsWith("not Amazon Connect contact records"));
}

void TestConnectCtr::sampleRecord()
{
    const QString file = test::sharedData("amazon-connect/ctr-sample.json");
    HUDDLE_REQUIRE_SHARED(file);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), file, "amazon-connect-ctr");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    // SOURCE.md: AHT = 239 + 221 + 5 = 465 s; wait (Queue.Duration) 346 s; a transfer.
    QCOMPARE(test::queryRow(t.store(), "SELECT talk_s + hold_s + acw_s, wait_s, transferred, answered, queue, agent_id, team, "
                            "started_at FROM interactions"),
             (QVariantList{465.0, 346.0, 1, 1, "TCC Refrig AC LLA", "Steve.Lusk", "TCC", 1641402779}));
}

QTEST_GUILESS_MAIN(TestConnectCtr)
#include "tst_connectctr.moc"
