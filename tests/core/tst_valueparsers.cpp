#include <import/localtime.h>
#include <import/valueparsers.h>

#include <QTest>

using namespace huddle::import;

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void timestamp_data();
    void timestamp();
    void timestampAcrossDst();
    void duration_data();
    void duration();
    void boolean_data();
    void boolean();
    void percent_data();
    void percent();
    void number_data();
    void number();
    void dateOrder_data();
    void dateOrder();
};

void TestValueParsers::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("expected"); // Unix seconds; -1 = rejected

    // Zone of the converter below: Europe/Amsterdam, UTC+1 in March (before DST).
    const qint64 utc0900 = 1772438400; // 2026-03-02T08:00:00Z = 09:00 in Amsterdam
    const auto o = [](DateOrder order) { return int(order); };
    QTest::newRow("iso with Z") << "2026-03-02T08:00:00Z" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("iso with offset") << "2026-03-02T10:00:00+02:00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("iso compact offset") << "2026-03-02T03:00:00-0500" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("iso local") << "2026-03-02T09:00:00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("iso space, no seconds") << "2026-03-02 09:00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("iso fraction") << "2026-03-02 09:00:00.085718" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("dd-mm-yyyy") << "02-03-2026 09:00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("dd-mm-yyyy seconds") << "02-03-2026 09:00:00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("mm/dd/yyyy AM") << "03/02/2026 9:00 AM" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("mm/dd/yyyy PM") << "03/02/2026 9:00:00 PM" << o(DateOrder::Auto) << utc0900 + 12 * 3600;
    QTest::newRow("12 AM is midnight") << "03/02/2026 12:00 AM" << o(DateOrder::Auto) << utc0900 - 9 * 3600;
    QTest::newRow("12 PM is noon") << "03/02/2026 12:00 PM" << o(DateOrder::Auto) << utc0900 + 3 * 3600;
    QTest::newRow("dd/mm/yyyy forced") << "02/03/2026 9:00:00" << o(DateOrder::DayFirst) << utc0900;
    QTest::newRow("mm-dd-yyyy forced") << "03-02-2026 09:00:00" << o(DateOrder::MonthFirst) << utc0900;
    QTest::newRow("dotted time") << "2026-03-02 9.00.00" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("epoch seconds") << "1772438400" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("epoch millis") << "1772438400123" << o(DateOrder::Auto) << utc0900;
    QTest::newRow("date only") << "2026-03-02" << o(DateOrder::Auto) << utc0900 - 9 * 3600;
    QTest::newRow("surrounding spaces") << "  2026-03-02T08:00:00Z " << o(DateOrder::Auto) << utc0900;
    QTest::newRow("month 13") << "2026-13-02 09:00" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("feb 30") << "2026-02-30 09:00" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("hour 24") << "2026-03-02 24:00" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("13 PM") << "03/02/2026 13:00 PM" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("trailing junk") << "2026-03-02 09:00 later" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("offset too large") << "2026-03-02T09:00:00+15:00" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("short epoch") << "12345" << o(DateOrder::Auto) << qint64(-1);
    QTest::newRow("words") << "yesterday" << o(DateOrder::Auto) << qint64(-1);
}

void TestValueParsers::timestamp()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(qint64, expected);
    LocalTimeConverter zone(QTimeZone("Europe/Amsterdam"));
    const auto parsed = parse::timestamp(text, DateOrder(order), zone);
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted: %1").arg(*parsed)));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
}

// Clocks jump from 02:00 to 03:00 on 2026-03-29 and back from 03:00 to 02:00 on 2026-10-25
// in Amsterdam: the hour cache must not smear one offset over the change.
void TestValueParsers::timestampAcrossDst()
{
    LocalTimeConverter zone(QTimeZone("Europe/Amsterdam"));
    const auto before = parse::timestamp(u"2026-03-29 01:30:00", DateOrder::Auto, zone);
    const auto after = parse::timestamp(u"2026-03-29 03:30:00", DateOrder::Auto, zone);
    QVERIFY(before && after);
    QCOMPARE(*after - *before, qint64(3600)); // two wall-clock hours, one real hour
    QCOMPARE(*before, qint64(1774744200));    // 00:30Z
    const auto autumnBefore = parse::timestamp(u"2026-10-25 01:30:00", DateOrder::Auto, zone);
    const auto autumnAfter = parse::timestamp(u"2026-10-25 03:30:00", DateOrder::Auto, zone);
    QVERIFY(autumnBefore && autumnAfter);
    QCOMPARE(*autumnAfter - *autumnBefore, qint64(3 * 3600)); // two wall-clock hours, three real hours
    // Same answers again, from the cache this time.
    QCOMPARE(*parse::timestamp(u"2026-03-29 03:30:00", DateOrder::Auto, zone), *after);
}

void TestValueParsers::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // -1 = rejected
    QTest::newRow("seconds") << "109" << 109.0;
    QTest::newRow("decimal point") << "12.5" << 12.5;
    QTest::newRow("decimal comma") << "12,5" << 12.5;
    QTest::newRow("mm:ss") << "03:45" << 225.0;
    QTest::newRow("h:mm:ss") << "0:02:23" << 143.0;
    QTest::newRow("hh:mm:ss") << "01:00:01" << 3601.0;
    QTest::newRow("dotted h.mm.ss") << "0.02.23" << 143.0;
    QTest::newRow("zero") << "0" << 0.0;
    QTest::newRow("negative") << "-3" << -1.0;
    QTest::newRow("minutes over 59") << "1:75:00" << -1.0;
    QTest::newRow("seconds over 59") << "1:75" << -1.0;
    QTest::newRow("text") << "soon" << -1.0;
    QTest::newRow("four parts") << "1:2:3:4" << -1.0;
}

void TestValueParsers::duration()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto parsed = parse::duration(text);
    if (expected < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
}

void TestValueParsers::boolean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1, 0, -1 = rejected
    for (const char *t : {"true", "TRUE", "yes", "Y", "y", "1", "ja", "Ja"})
        QTest::newRow(t) << QString::fromLatin1(t) << 1;
    for (const char *f : {"false", "No", "n", "N", "0", "nee", "NEE"})
        QTest::newRow(f) << QString::fromLatin1(f) << 0;
    QTest::newRow("maybe") << "maybe" << -1;
    QTest::newRow("2") << "2" << -1;
}

void TestValueParsers::boolean()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto parsed = parse::boolean(text);
    if (expected < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), expected);
}

void TestValueParsers::percent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("with sign") << "94.01%" << 0.9401;
    QTest::newRow("fraction") << "0.8" << 0.8;
    QTest::newRow("bare percent") << "76.28" << 0.7628;
    QTest::newRow("zero") << "0.00%" << 0.0;
    QTest::newRow("hundred") << "100.00%" << 1.0;
}

void TestValueParsers::percent()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto parsed = parse::percent(text);
    QVERIFY(parsed);
    QVERIFY(qAbs(*parsed - expected) < 1e-12);
}

void TestValueParsers::number_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("float-written int") << "3.0" << 3.0;
    QTest::newRow("comma") << "3,5" << 3.5;
    QTest::newRow("negative") << "-12.85" << -12.85;
}

void TestValueParsers::number()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QCOMPARE(parse::number(text).value_or(-999), expected);
}

void TestValueParsers::dateOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("expected");
    QTest::newRow("iso decides nothing") << QStringList{QStringLiteral("2021-01-13")} << int(DateOrder::Auto);
    QTest::newRow("day over 12 first")
        << QStringList{QStringLiteral("01/01/2021"), QStringLiteral("13/01/2021 9:00:00")} << int(DateOrder::DayFirst);
    QTest::newRow("day over 12 second")
        << QStringList{QStringLiteral("01-01-2021"), QStringLiteral("1/13/2021")} << int(DateOrder::MonthFirst);
    QTest::newRow("ambiguous") << QStringList{QStringLiteral("01/02/2021"), QStringLiteral("03/04/2021")}
                               << int(DateOrder::Auto);
}

void TestValueParsers::dateOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(int, expected);
    QCOMPARE(int(detectDateOrder(samples)), expected);
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
