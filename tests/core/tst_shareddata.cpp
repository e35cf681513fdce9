// The public exports in ../shared/data, imported with their presets: row counts and the
// figures their SOURCE.md files publish. Rates are the KPI engine's job; here the raw
// counts, sums and means behind them must come out exactly.
#include <import/importer.h>
#include <store/store.h>

#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace huddle;
using namespace huddle::import;

namespace {



void comparePwcFigures(store::Store &s)
{
    // SOURCE.md: 5,000 calls, 4,054 answered, 946 unanswered, 3,646 resolved.
    const QVariantList counts = test::queryRow(s, "SELECT count(*), sum(answered), sum(abandoned), sum(resolved) FROM interactions");
    QCOMPARE(counts[0].toInt(), 5000);
    QCOMPARE(counts[1].toInt(), 4054);
    QCOMPARE(counts[2].toInt(), 946);
    QCOMPARE(counts[3].toInt(), 3646);
    // ASA 67.52 s over answered calls; talk 224.92 s; 374 answered within 20 s (<= 20).
    const QVariantList means = test::queryRow(s, "SELECT avg(wait_s), avg(talk_s), sum(wait_s <= 20) FROM interactions WHERE answered = 1");
    QCOMPARE(QString::number(means[0].toDouble(), 'f', 2), QStringLiteral("67.52"));
    QCOMPARE(QString::number(means[1].toDouble(), 'f', 2), QStringLiteral("224.92"));
    QCOMPARE(means[2].toInt(), 374);
    // Ratings: 4,054 surveys, mean 3.4036, 2,023 top-two-box; 0 or blank is "no answer".
    const QVariantList ratings = test::queryRow(s, "SELECT count(*), avg(csat), sum(csat >= 4), sum(csat = 3) FROM surveys");
    QCOMPARE(ratings[0].toInt(), 4054);
    QCOMPARE(QString::number(ratings[1].toDouble(), 'f', 4), QStringLiteral("3.4036"));
    QCOMPARE(ratings[2].toInt(), 2023);
    QCOMPARE(ratings[3].toInt(), 1218);
    // Months: Jan 1,772 / Feb 1,616 / Mar 1,612; 583 calls in the 17h hour.
    const QVariantList months = test::queryRow(s, "SELECT sum(strftime('%m', started_at, 'unixepoch') = '01'), "
                                       "sum(strftime('%m', started_at, 'unixepoch') = '02'), "
                                       "sum(strftime('%m', started_at, 'unixepoch') = '03'), "
                                       "sum(strftime('%H', started_at, 'unixepoch') = '17') FROM interactions");
    QCOMPARE(months[0].toInt(), 1772);
    QCOMPARE(months[1].toInt(), 1616);
    QCOMPARE(months[2].toInt(), 1612);
    QCOMPARE(months[3].toInt(), 583);
    // Jim 666 calls, Stewart 582.
    QCOMPARE(test::queryRow(s, "SELECT count(*) FROM interactions WHERE agent_id = 'Jim'")[0].toInt(), 666);
    QCOMPARE(test::queryRow(s, "SELECT count(*) FROM interactions WHERE agent_id = 'Stewart'")[0].toInt(), 582);
}

} // namespace

class TestSharedData : public QObject
{
    Q_OBJECT

private slots:
    void pwcReferenceCsv();
    void pwcVariants_data();
    void pwcVariants();
    void pwcJanuary2016Variant();
    void restaurantBookingCalls();
    void supportTickets();
    void npsSurveyLatin1();
    void dailySummary();
    void zendeskTickets();
};

void TestSharedData::pwcReferenceCsv()
{
    const QString file = test::sharedData("pwc-call-centre/01 Call-Center-Dataset.csv");
    HUDDLE_REQUIRE_SHARED(file);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), file, "pwc-call-centre");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(5000));
    comparePwcFigures(t.store());
    // 2021-01-01 09:12:58 (the first call, read in UTC here).
    QCOMPARE(test::queryRow(t.store(), "SELECT started_at FROM interactions WHERE contact_id = 'ID0001'")[0].toLongLong(),
             qint64(1609492378));
}

void TestSharedData::pwcVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("original xlsx") << "pwc-call-centre/01 Call-Center-Dataset.xlsx";
    QTest::newRow("Sha95544: DD/MM/YYYY, 0 for no rating, extra columns")
        << "pwc-call-centre/variants/Sha95544/01 Call-Center-Dataset.csv";
    QTest::newRow("AnandKumar0: lower-case headers, mixed MDY dates, integer talk")
        << "pwc-call-centre/variants/AnandKumar0/01 Call-Center-Dataset.csv";
    QTest::newRow("karthi311: dotted times") << "pwc-call-centre/variants/karthi311/01 Call-Center-Dataset.csv";
}

void TestSharedData::pwcVariants()
{
    QFETCH(QString, file);
    const QString path = test::sharedData(file);
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "pwc-call-centre");
    QVERIFY2(r.status == ImportStatus::Imported,
             qPrintable(r.message + u'\n' + (r.problems.isEmpty() ? QString() : r.problems.first().toString())));
    QCOMPARE(r.rowsAdded, qint64(5000));
    if (!file.contains(u"AnandKumar0")) {
        comparePwcFigures(t.store());
    } else {
        // Talk is 0 instead of blank on unanswered rows; over answered calls it agrees.
        const QVariantList v = test::queryRow(t.store(), "SELECT count(*), sum(answered), avg(wait_s) FILTER (WHERE answered = 1), "
                                              "avg(talk_s) FILTER (WHERE answered = 1) FROM interactions");
        QCOMPARE(v[1].toInt(), 4054);
        QCOMPARE(QString::number(v[2].toDouble(), 'f', 2), QStringLiteral("67.52"));
        QCOMPARE(QString::number(v[3].toDouble(), 'f', 2), QStringLiteral("224.92"));
        QCOMPARE(test::queryRow(t.store(), "SELECT count(*) FROM interactions WHERE "
                                "strftime('%m', started_at, 'unixepoch') = '01'")[0].toInt(), 1772);
    }
}

void TestSharedData::pwcJanuary2016Variant()
{
    const QString path = test::sharedData("pwc-call-centre/variants/AnandBakode008-jan2016/Call_Center.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "pwc-call-centre");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    // Published: 1,772 calls, 1,455 answered, average satisfaction 3.45.
    const QVariantList v = test::queryRow(t.store(), "SELECT count(*), sum(answered), (SELECT avg(csat) FROM surveys), "
                                          "min(strftime('%Y-%m', started_at, 'unixepoch')) FROM interactions");
    QCOMPARE(v[0].toInt(), 1772);
    QCOMPARE(v[1].toInt(), 1455);
    QCOMPARE(QString::number(v[2].toDouble(), 'f', 4), QStringLiteral("3.4543"));
    QCOMPARE(v[3].toString(), QStringLiteral("2016-01"));
}

void TestSharedData::restaurantBookingCalls()
{
    const QString path = test::sharedData("restaurant-booking-calls/Call Center Data.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "restaurant-booking-calls");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(25100));
    // 369 unanswered; ASA 22.98 s over 24,731 answered; 10,998 within 20 s.
    const QVariantList v = test::queryRow(t.store(), "SELECT sum(answered = 0), sum(answered), avg(wait_s) FILTER (WHERE answered = 1), "
                                          "sum(answered = 1 AND wait_s <= 20), count(DISTINCT agent_id) FROM interactions");
    QCOMPARE(v[0].toInt(), 369);
    QCOMPARE(v[1].toInt(), 24731);
    QCOMPARE(QString::number(v[2].toDouble(), 'f', 2), QStringLiteral("22.98"));
    QCOMPARE(v[3].toInt(), 10998);
    QCOMPARE(v[4].toInt(), 20);
}

void TestSharedData::supportTickets()
{
    const QString path = test::sharedData("support-tickets-kaggle/customer_support_tickets.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "support-tickets");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(8469));
    // CSAT n 2,769, mean 2.9913; 1,087 in the top two boxes (39.26 %); 2,769 closed.
    const QVariantList v = test::queryRow(t.store(), "SELECT count(*), avg(csat), sum(csat >= 4) FROM surveys");
    QCOMPARE(v[0].toInt(), 2769);
    QCOMPARE(QString::number(v[1].toDouble(), 'f', 4), QStringLiteral("2.9913"));
    QCOMPARE(v[2].toInt(), 1087);
    QCOMPARE(test::queryRow(t.store(), "SELECT sum(resolved) FROM interactions")[0].toInt(), 2769);
    QCOMPARE(test::queryRow(t.store(), "SELECT count(*) FROM interactions WHERE channel = 'voice'")[0].toInt(), 2132);
    // Multi-line descriptions arrive whole.
    QVERIFY(test::queryRow(t.store(), "SELECT transcript FROM interactions WHERE contact_id = '1'")[0].toString().contains(u'\n'));
    QCOMPARE(test::queryRow(t.store(), "SELECT count(*) FROM interactions WHERE started_at IS NULL")[0].toInt(), 2819);
}

void TestSharedData::npsSurveyLatin1()
{
    const QString path = test::sharedData("nps-garden-retail/nps.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "nps-survey-r");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(13954));
    // 13,612 valid answers: 8,465 promoters, 1,194 detractors (NPS +53.4).
    const QVariantList v = test::queryRow(t.store(), "SELECT count(nps), sum(nps >= 9), sum(nps <= 6), count(csat), "
                                          "count(comment), max(csat_scale) FROM surveys");
    QCOMPARE(v[0].toInt(), 13612);
    QCOMPARE(v[1].toInt(), 8465);
    QCOMPARE(v[2].toInt(), 1194);
    QCOMPARE(v[3].toInt(), 13954 - 61);
    QCOMPARE(v[4].toInt(), 3839);
    QCOMPARE(v[5].toInt(), 10);
    // Latin-1 decoded: "très" arrives as UTF-8 text.
    QVERIFY(test::queryRow(t.store(), "SELECT comment FROM surveys WHERE contact_id = '2482'")[0].toString().contains(
        QStringLiteral("tr\u00E8s peu de caisse")));
}

void TestSharedData::dailySummary()
{
    const QString path = test::sharedData("call-center-daily-kaggle/Call Center Data.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "daily-summary");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAdded, qint64(1251));
    // Totals 248,373 / 221,234 / 27,139; answered-weighted ASA 29.84 s vs 24.90 unweighted.
    const QVariantList v = test::queryRow(t.store(), "SELECT sum(offered), sum(answered), sum(abandoned), "
                                          "sum(asa_s * answered) / sum(answered), avg(asa_s), "
                                          "sum(offered = answered + abandoned) FROM summary");
    QCOMPARE(v[0].toInt(), 248373);
    QCOMPARE(v[1].toInt(), 221234);
    QCOMPARE(v[2].toInt(), 27139);
    QCOMPARE(QString::number(v[3].toDouble(), 'f', 2), QStringLiteral("29.84"));
    QCOMPARE(QString::number(v[4].toDouble(), 'f', 2), QStringLiteral("24.90"));
    QCOMPARE(v[5].toInt(), 1251);
    QCOMPARE(QString::number(test::queryRow(t.store(), "SELECT avg(service_level) FROM summary")[0].toDouble() * 100, 'f', 2),
             QStringLiteral("70.87"));
}

void TestSharedData::zendeskTickets()
{
    const QString path = test::sharedData("zendesk-fivetran-seeds/ticket_data.csv");
    HUDDLE_REQUIRE_SHARED(path);
    test::TempStore t;
    const ImportResult r = test::importWithPreset(t.store(), path, "zendesk-tickets");
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.message));
    // SOURCE.md: 10 tickets, closed 7 / deleted 2 / solved 1; channels email and web; one
    // ticket without assignee; requesters hashed (10 distinct).
    QCOMPARE(r.rowsAdded, qint64(10));
    QCOMPARE(test::queryRow(t.store(), "SELECT sum(resolved), count(DISTINCT channel), sum(agent_id IS NULL), "
                                       "count(DISTINCT customer_key) FROM interactions"),
             (QVariantList{8, 2, 1, 10}));
    // 2020-08-28 18:06:36, read as UTC here.
    QCOMPARE(test::queryRow(t.store(), "SELECT started_at FROM interactions WHERE contact_id = '11071'")[0].toLongLong(),
             qint64(1598637996));
}

QTEST_GUILESS_MAIN(TestSharedData)
#include "tst_shareddata.moc"
