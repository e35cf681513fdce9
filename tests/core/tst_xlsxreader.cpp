#include <import/xlsxreader.h>

#include "testsupport.h"

#include <QTest>

using namespace huddle::import;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCellsOfEveryKind();
    void namedSheetAndGaps_data();
    void namedSheetAndGaps();
    void sheetNames();
    void failures_data();
    void failures();
};

void TestXlsxReader::readsCellsOfEveryKind()
{
    XlsxReader reader(huddle::test::fixture("xlsx/features.xlsx"));
    QVERIFY(!reader.error());
    QCOMPARE(reader.header(), (QStringList{"Call Id", "Date", "Time", "Agent", "Talk", "Note"}));
    QList<QStringList> rows;
    QList<qint64> lines;
    QStringList fields;
    while (reader.next(fields)) {
        rows.append(fields);
        lines.append(reader.recordLine());
    }
    QVERIFY(!reader.error());
    // 44197 = 2021-01-01 (days since 1899-12-30); 0.384004629... day = 33,178 s = 09:12:58;
    // 0.0993055... day in [h]:mm:ss = 8,580 s = 2:23:00; 44197.5 = noon; 0.75 = 18:00.
    // Row 3 is empty and skipped; shorter rows are padded to the header's width.
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList{"1", "2021-01-01", "09:12:58", "Rich text", "2:23:00", "true"}));
    QCOMPARE(rows[1], (QStringList{"12.5", "", "2021-01-01 12:00:00", "formula text", "", ""}));
    QCOMPARE(rows[2], (QStringList{"1543602660", "18:00:00", "", "", "", ""}));
    QCOMPARE(lines, (QList<qint64>{2, 4, 5}));
    QCOMPARE(reader.progress(), 1.0);
}

void TestXlsxReader::namedSheetAndGaps_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("since");
    QTest::newRow("1900 date system") << "xlsx/features.xlsx" << "00:00:00"; // serial 0 is below 1: a time
    QTest::newRow("1904 date system") << "xlsx/date1904.xlsx" << "1904-01-01";
}

void TestXlsxReader::namedSheetAndGaps()
{
    QFETCH(QString, file);
    QFETCH(QString, since);
    XlsxReader reader(huddle::test::fixture(file), "agents"); // sheet names match ignoring case
    QVERIFY(!reader.error());
    QCOMPARE(reader.header(), (QStringList{"", "agent_id", "since"}));
    QStringList fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(fields, (QStringList{"", "A1", since}));
    QCOMPARE(reader.recordLine(), qint64(4));
    QVERIFY(!reader.next(fields));
}

void TestXlsxReader::sheetNames()
{
    QCOMPARE(XlsxReader::sheetNames(huddle::test::fixture("xlsx/features.xlsx")), (QStringList{"Calls", "Agents"}));
    QCOMPARE(XlsxReader::sheetNames(huddle::test::fixture("xlsx/not_a_zip.xlsx")), QStringList());
}

void TestXlsxReader::failures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a zip") << "xlsx/not_a_zip.xlsx" << "" << "not an Excel workbook";
    QTest::newRow("no such sheet") << "xlsx/features.xlsx" << "Surveys"
                                   << "the workbook has no sheet named \"Surveys\" (it has: Calls, Agents)";
    QTest::newRow("truncated sheet XML") << "xlsx/broken_sheet.xlsx" << "" << "the sheet \"Calls\" is not readable XML";
}

void TestXlsxReader::failures()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, message);
    XlsxReader reader(huddle::test::fixture(file), sheet);
    QStringList fields;
    while (reader.next(fields)) {
    }
    QVERIFY(reader.error());
    QVERIFY2(reader.error()->message.startsWith(message), qPrintable(reader.error()->toString()));
    QCOMPARE(reader.error()->file, huddle::test::fixture(file));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
