// The voice of the customer: the words of a comment, rising words worked by hand, what counts
// as negative, the week's highlights, and a store where "refund" is planted rising in
// negative comments — through core and huddle-cli, never showing a customer's identifiers.
#include "cli.h"
#include "testsupport.h"

#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <voice/verbatims.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace huddle;
using namespace huddle::voice;

namespace {

const QString kPhone = QStringLiteral("+31 6 1234 5678");
const QString kEmail = QStringLiteral("jan.jansen@example.com");

// Each baseline week (2026-W41 … W44): nine complaints about the wait, one about a refund form,
// ten thanks. The week asked (W45): four complaints about the wait and eight about a refund
// (one with a phone number, one with an e-mail address), ten thanks and one NPS-only comment.
// CSAT 1 makes a complaint negative whatever its words; agents A1, A2 (Billing) and B1 (Tech)
// take turns.
QString writePlantedOperation(const QString &dir)
{
    QByteArray interactions = "contact_id,started_at,channel,queue,agent_id,team,reason,talk_s\n";
    QByteArray surveys = "contact_id,answered_at,agent_id,csat,nps,comment\n";
    const char *agents[] = {"A1", "A2", "B1"};
    int next = 0;
    const auto add = [&](const QDate &monday, const QByteArray &csat, const QByteArray &nps, const QString &comment) {
        const QByteArray id = "C" + QByteArray::number(++next);
        const QByteArray agent = agents[next % 3];
        const QByteArray at = QDateTime(monday.addDays(next % 5), QTime(8, next % 60), Qt::UTC)
                                  .toString(Qt::ISODate)
                                  .toUtf8();
        interactions += id + ',' + at + ",voice,Billing," + agent + ',' + (agent == "B1" ? "Tech" : "Billing") + ','
            + (comment.contains(u"refund") ? "refund" : "invoice") + ",300\n";
        QByteArray quoted = comment.toUtf8();
        quoted.replace('"', "\"\"");
        surveys += id + ',' + at + ',' + agent + ',' + csat + ',' + nps + ",\"" + quoted + "\"\n";
    };
    for (int week = 0; week < 5; ++week) {
        const QDate monday = QDate(2026, 10, 5).addDays(7 * week);
        const bool asked = week == 4;
        for (int i = 0; i < (asked ? 4 : 9); ++i)
            add(monday, "1", "3", QStringLiteral("Waited too long on hold."));
        if (!asked)
            add(monday, "1", "2", QStringLiteral("The refund form was wrong."));
        for (int i = 0; asked && i < 6; ++i)
            add(monday, "1", "2", QStringLiteral("Waited too long for my refund."));
        if (asked) {
            add(monday, "2", "1", QStringLiteral("Call me back on %1 about the refund, please.").arg(kPhone));
            add(monday, "1", "0", QStringLiteral("Please mail %1, the refund is late.").arg(kEmail));
            add(monday, "", "10", QStringLiteral("Lovely people."));
        }
        for (int i = 0; i < 10; ++i)
            add(monday, "5", "9", QStringLiteral("Great help, thank you."));
    }
    test::writeFile(dir, QStringLiteral("agents.csv"), "agent_id,name,team\nA1,Ann,Billing\nA2,Bob,Billing\nB1,Cas,Tech\n");
    test::writeFile(dir, QStringLiteral("interactions.csv"), interactions);
    return test::writeFile(dir, QStringLiteral("surveys.csv"), surveys);
}

VoiceQuery weekW45()
{
    VoiceQuery query;
    query.firstMonday = QDate(2026, 11, 2);
    query.lastSunday = QDate(2026, 11, 8);
    return query;
}

Verbatim verbatim(const QString &week, double sentiment, std::optional<int> csat, int minute)
{
    Verbatim v;
    v.week = week;
    v.sentiment = sentiment;
    v.csat = csat;
    v.at = QDateTime(QDate(2026, 11, 2), QTime(9, minute), Qt::UTC);
    v.negative = isNegative(csat, 5, sentiment);
    return v;
}

} // namespace

class TestVoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commentWords_data();
    void commentWords();
    void risingWordsByHand();
    void isNegative_data();
    void isNegative();
    void highlightsOfAWeek();
    void plantedRefundRises();
    void filtersByAgentAndTeam();
    void identifiersNeverShown();
    void cliContract();

private:
    test::TempStore m_store;
};

void TestVoice::initTestCase()
{
    writePlantedOperation(m_store.dir());
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), m_store.dir(), {}, &error), qPrintable(error));
}

void TestVoice::commentWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("stop words and short words") << "I still have NOT had my refund, it's a joke!"
                                                << QStringList{"still", "refund", "joke"};
    QTest::newRow("Dutch") << "Ik heb mijn geld nog steeds niet terug gekregen"
                           << QStringList{"geld", "nog", "steeds", "terug", "gekregen"};
    QTest::newRow("apostrophes, curly too") << "Don’t transfer me, I'm tired" << QStringList{"transfer", "tired"};
    QTest::newRow("each word once") << "Refund refund REFUND" << QStringList{"refund"};
    QTest::newRow("numbers are never words") << "call 0612345678 or 06-1234 5678" << QStringList{"call"};
    QTest::newRow("accents") << "Très déçu, geïrriteerd" << QStringList{"très", "déçu", "geïrriteerd"};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestVoice::commentWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(voice::commentWords(text), words);
}

// 13 negative comments this week, 41 before. "refund": 8 now, 4 before → (8.5/14)/(4.5/42).
// "late": 5 now, 20 before → (5.5/14)/(20.5/42) < 1, not rising. "new": 4 now, below the
// minimum count. "hold": 6 now, none before.
void TestVoice::risingWordsByHand()
{
    QList<QStringList> current(13);
    QList<QStringList> previous(41);
    const auto plant = [](QList<QStringList> &comments, const QString &word, int count) {
        for (int i = 0; i < count; ++i)
            comments[i].append(word);
    };
    plant(current, QStringLiteral("refund"), 8);
    plant(previous, QStringLiteral("refund"), 4);
    plant(current, QStringLiteral("late"), 5);
    plant(previous, QStringLiteral("late"), 20);
    plant(current, QStringLiteral("new"), 4);
    plant(current, QStringLiteral("hold"), 6);
    const QList<RisingWord> rising = risingWords(current, previous);
    QCOMPARE(rising.size(), 2);
    QCOMPARE(rising[0].word, QStringLiteral("hold"));
    QCOMPARE(rising[0].previousCount, 0);
    QVERIFY(std::abs(rising[0].ratio - (6.5 / 14) / (0.5 / 42)) < 1e-9);
    QCOMPARE(rising[1].word, QStringLiteral("refund"));
    QCOMPARE(rising[1].count, 8);
    QCOMPARE(rising[1].previousCount, 4);
    QVERIFY(std::abs(rising[1].ratio - (8.5 / 14) / (4.5 / 42)) < 1e-9);
    // log((8.5 × 37.5) / (5.5 × 4.5)) = 2.56 against 1.96 × √(1/8.5 + 1/5.5 + 1/4.5 + 1/37.5) = 1.44.
    QVERIFY(rising[1].clear);
    QVERIFY(risingWords(current, {}).isEmpty());
    QCOMPARE(risingWords(current, previous, 9).size(), 0);
}

void TestVoice::isNegative_data()
{
    QTest::addColumn<std::optional<int>>("csat");
    QTest::addColumn<int>("scale");
    QTest::addColumn<double>("sentiment");
    QTest::addColumn<bool>("negative");
    QTest::newRow("5-point 2") << std::optional(2) << 5 << 0.5 << true;
    QTest::newRow("5-point 3") << std::optional(3) << 5 << 0.0 << false;
    QTest::newRow("7-point 2") << std::optional(2) << 7 << 0.0 << true;
    QTest::newRow("7-point 3") << std::optional(3) << 7 << 0.0 << false;
    QTest::newRow("10-point 3") << std::optional(3) << 10 << 0.0 << true;
    QTest::newRow("10-point 4") << std::optional(4) << 10 << 0.0 << false;
    QTest::newRow("no CSAT, words below -0.05") << std::optional<int>() << 5 << -0.06 << true;
    QTest::newRow("no CSAT, words at -0.05") << std::optional<int>() << 5 << -0.05 << false;
    QTest::newRow("top box, harsh words") << std::optional(5) << 5 << -0.4 << true;
}

void TestVoice::isNegative()
{
    QFETCH(std::optional<int>, csat);
    QFETCH(int, scale);
    QFETCH(double, sentiment);
    QFETCH(bool, negative);
    QCOMPARE(voice::isNegative(csat, scale, sentiment), negative);
}

void TestVoice::highlightsOfAWeek()
{
    const QString w = QStringLiteral("2026-W45");
    const QList<Verbatim> comments = {
        verbatim(w, -0.5, 2, 1), verbatim(w, -0.5, 1, 2), verbatim(w, 0.0, 1, 3), verbatim(w, -0.7, 4, 4),
        verbatim(w, 0.9, 5, 5),  verbatim(w, 0.9, 1, 6),  verbatim(w, 0.6, 5, 7), verbatim(w, 0.04, 4, 8),
        verbatim(QStringLiteral("2026-W46"), 0.2, 4, 9)};
    const QList<WeekHighlights> weeks = highlights(comments, 3);
    QCOMPARE(weeks.size(), 2);
    const WeekHighlights &first = weeks.first();
    QCOMPARE(first.week, w);
    // Lowest sentiment first; between equal words the lower rating.
    QCOMPARE(first.mostNegative.size(), 3);
    QCOMPARE(first.mostNegative[0].at.time().minute(), 4);
    QCOMPARE(first.mostNegative[1].at.time().minute(), 2);
    QCOMPARE(first.mostNegative[2].at.time().minute(), 1);
    // Praise: not negative (the 0.9 with a CSAT of 1 is not), sentiment above +0.05.
    QCOMPARE(first.mostPositive.size(), 2);
    QCOMPARE(first.mostPositive[0].at.time().minute(), 5);
    QCOMPARE(first.mostPositive[1].at.time().minute(), 7);
    QCOMPARE(weeks[1].mostNegative.size(), 0);
    QCOMPARE(weeks[1].mostPositive.size(), 1);
}

void TestVoice::plantedRefundRises()
{
    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), QTimeZone("Europe/Amsterdam"));
    QString error;
    const auto voice = listen(engine, weekW45(), &error);
    QVERIFY2(voice, qPrintable(error));
    // 4 + 6 + 2 complaints, 10 thanks and the NPS-only comment.
    QCOMPARE(voice->comments.size(), 23);
    QCOMPARE(voice->negativeComments, 12);
    QCOMPARE(voice->baselineNegativeComments, 40);
    QVERIFY(!voice->risingWords.isEmpty());
    const RisingWord &top = voice->risingWords.first();
    QCOMPARE(top.word, QStringLiteral("refund"));
    QCOMPARE(top.count, 8);
    QCOMPARE(top.previousCount, 4);
    QVERIFY(std::abs(top.ratio - (8.5 / 13) / (4.5 / 41)) < 1e-9);
    QVERIFY(top.clear);
    // The wait was complained about before as much as now: not rising.
    for (const RisingWord &w : voice->risingWords)
        QVERIFY2(w.word != u"waited", "a steady complaint ranked as rising");
    // Every comment is of the week asked, with its reason and ratings.
    bool npsOnly = false;
    for (const Verbatim &v : voice->comments) {
        QCOMPARE(v.week, QStringLiteral("2026-W45"));
        QCOMPARE(v.reason, v.comment.contains(u"refund") ? QStringLiteral("refund") : QStringLiteral("invoice"));
        npsOnly |= !v.csat && v.nps == 10;
    }
    QVERIFY(npsOnly);
    QCOMPARE(voice->highlights.size(), 1);
    QCOMPARE(voice->highlights.first().mostNegative.size(), kHighlightsEachWay);
    QVERIFY(voice->highlights.first().mostPositive.first().comment.startsWith(u"Great help")
            || voice->highlights.first().mostPositive.first().comment == u"Lovely people.");
}

void TestVoice::filtersByAgentAndTeam()
{
    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), QTimeZone("Europe/Amsterdam"));
    QString error;
    VoiceQuery agent = weekW45();
    agent.agent = QStringLiteral("B1");
    const auto ofAgent = listen(engine, agent, &error);
    QVERIFY2(ofAgent, qPrintable(error));
    QVERIFY(!ofAgent->comments.isEmpty());
    for (const Verbatim &v : ofAgent->comments)
        QCOMPARE(v.agent, QStringLiteral("B1"));
    VoiceQuery team = weekW45();
    team.team = QStringLiteral("Tech");
    const auto ofTeam = listen(engine, team, &error);
    QVERIFY2(ofTeam, qPrintable(error));
    QCOMPARE(ofTeam->comments.size(), ofAgent->comments.size());
    team.team = QStringLiteral("Billing");
    const auto billing = listen(engine, team, &error);
    QCOMPARE(billing->comments.size() + ofTeam->comments.size(), 23);
}

// A phone number or e-mail address a customer typed never reaches the output: not in core's
// comments, not in huddle-cli's table or JSON, not as a rising "word".
void TestVoice::identifiersNeverShown()
{
    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), QTimeZone("Europe/Amsterdam"));
    QString error;
    const auto voice = listen(engine, weekW45(), &error);
    QVERIFY2(voice, qPrintable(error));
    int redacted = 0;
    for (const Verbatim &v : voice->comments) {
        QVERIFY(!v.comment.contains(u"5678") && !v.comment.contains(u"example.com"));
        redacted += v.comment.contains(QStringLiteral("[…]"));
    }
    QCOMPARE(redacted, 2);
    m_store.close();
    for (const QStringList &format : {QStringList{}, QStringList{"--format", "json"}}) {
        const test::CliRun run = test::runCli(QStringList{"--db", m_store.path(), "--tz", "Europe/Amsterdam", "verbatims",
                                                          "--week", "2026-W45"}
                                              + format);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("refund")));
        for (const QString &identifier : {kPhone, kEmail, QStringLiteral("1234"), QStringLiteral("5678"),
                                          QStringLiteral("jansen"), QStringLiteral("example")})
            QVERIFY2(!run.out.contains(identifier) && !run.err.contains(identifier), qPrintable(identifier));
    }
    m_store.reopen();
}

void TestVoice::cliContract()
{
    m_store.close();
    // Without --week: the newest contact's week.
    const test::CliRun run = test::runCli({"--db", m_store.path(), "--tz", "Europe/Amsterdam", "verbatims", "--format", "json"});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o["weeks"].toArray(), QJsonArray{"2026-W45"});
    QCOMPARE(o["baseline_weeks"].toArray(), (QJsonArray{"2026-W41", "2026-W42", "2026-W43", "2026-W44"}));
    QCOMPARE(o["negative_comments"].toInt(), 12);
    QCOMPARE(o["baseline_negative_comments"].toInt(), 40);
    const QJsonArray comments = o["comments"].toArray();
    QCOMPARE(comments.size(), 23);
    for (const QJsonValue &v : comments) {
        for (const char *key : {"at", "week", "agent", "channel", "reason", "csat", "nps", "sentiment", "negative", "comment"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    }
    QCOMPARE(o["most_negative"].toArray().size(), kHighlightsEachWay);
    QCOMPARE(o["most_positive"].toArray().size(), kHighlightsEachWay);
    const QJsonObject top = o["rising_words"].toArray().first().toObject();
    QCOMPARE(top["word"].toString(), QStringLiteral("refund"));
    QCOMPARE(top["count"].toInt(), 8);
    QCOMPARE(top["previous_count"].toInt(), 4);
    QVERIFY(top.contains(QStringLiteral("ratio")));
    QCOMPARE(top["clear"].toBool(), true);
    // An agent's comments only.
    const test::CliRun agentRun =
        test::runCli({"--db", m_store.path(), "verbatims", "--week", "2026-W45", "--agent", "A2", "--format", "json"});
    QCOMPARE(agentRun.code, 0);
    const QJsonObject ofAgent = QJsonDocument::fromJson(agentRun.out.toUtf8()).object();
    for (const QJsonValue &v : ofAgent["comments"].toArray())
        QCOMPARE(v.toObject()["agent"].toString(), QStringLiteral("A2"));
    QVERIFY(!ofAgent["comments"].toArray().isEmpty());
    QCOMPARE(test::runCli({"--db", m_store.path(), "verbatims", "extra"}).code, 1);
    m_store.reopen();
}

QTEST_GUILESS_MAIN(TestVoice)
#include "tst_voice.moc"
