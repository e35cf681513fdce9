#include <import/csvreader.h>
#include <import/dialect.h>

#include "testsupport.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace huddle::import;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void dialect_data();
    void dialect();
    void utf8CheckedWindowByWindow();
    void records_data();
    void records();
    void unclosedQuote();
    void lineNumbersCountEmbeddedNewlines();
    void largeFileStreams();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::dialect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("firstHeader");

    QTest::newRow("utf-8 comma") << QByteArray("a,b\n1,2\n") << "utf-8" << "," << "a";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid;naam\n1;Jos\xC3\xA9\n") << "utf-8" << ";" << "id";
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << "utf-8" << "\t" << "a";
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << "utf-8" << "|" << "a";
    QTest::newRow("semicolon with comma decimals")
        << QByteArray("a;b;c\n1,5;2,5;3\n4,5;5,5;6\n") << "utf-8" << ";" << "a";
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("a;b\n\"x,y,z\";2\n\"p,q\";3\n") << "utf-8" << ";" << "a";
    QTest::newRow("windows-1252") << QByteArray("naam,opmerking\nJos,tr\xE8s bien \x80 5\n") << "windows-1252"
                                  << "," << "naam";
    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("x;y\n1;2\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16le bom") << utf16 << "utf-16le" << ";" << "x";
}

void TestCsvReader::dialect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, firstHeader);
    const QString path = huddle::test::writeFile(m_dir.path(), QStringLiteral("d.csv"), bytes);
    const Dialect d = detectDialect(path);
    QCOMPARE(encodingName(d.encoding), encoding);
    QCOMPARE(QString(d.delimiter), delimiter);
    CsvReader reader(path, d);
    QCOMPARE(reader.header().value(0), firstHeader);
    QStringList fields;
    QVERIFY(reader.next(fields));
    if (encoding == u"windows-1252")
        QCOMPARE(fields.value(1), QStringLiteral("tr\u00E8s bien \u20AC 5"));
}

// A large file is checked a window at a time: wherever a window's edge falls, no character
// is cut in two (a valid file stays UTF-8) and a broken one is found.
void TestCsvReader::utf8CheckedWindowByWindow()
{
    const QByteArray valid =
        QStringLiteral("id,naam\n1,Jos\u00E9 \u20AC \U0001F600 caf\u00E9\n2,\u00FCber\n").toUtf8();
    const auto check = [&](const QByteArray &bytes, qint64 window) {
        const QString path = huddle::test::writeFile(m_dir.path(), QStringLiteral("w.csv"), bytes);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && isUtf8File(file, window);
    };
    for (qint64 window = 1; window <= valid.size(); ++window)
        QVERIFY2(check(valid, window), qPrintable(QStringLiteral("window %1").arg(window)));
    int broken = 0;
    for (qsizetype at = 0; at < valid.size(); ++at) {
        if ((uchar(valid[at]) & 0xC0) != 0x80)
            continue; // a continuation byte replaced by ASCII cuts its character short
        QByteArray bytes = valid;
        bytes[at] = 'x';
        ++broken;
        for (qint64 window : {1, 2, 3, 4, 5, 7, 1024})
            QVERIFY2(!check(bytes, window), qPrintable(QStringLiteral("byte %1, window %2").arg(at).arg(window)));
    }
    QCOMPARE(broken, 1 + 2 + 3 + 1 + 1); // é € 😀 é ü
    QVERIFY(!check(valid + "\xE8", 4)); // a Latin-1 è at the very end
    QVERIFY(!check(valid + "\xF0\x9F\x98", 4)); // a character cut off by the end of the file
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("crlf") << QByteArray("h1,h2\r\na,b\r\nc,d\r\n")
                          << QList<QStringList>{{"a", "b"}, {"c", "d"}} << QList<qint64>{2, 3};
    QTest::newRow("no final newline") << QByteArray("h1,h2\na,b\nc,d")
                                      << QList<QStringList>{{"a", "b"}, {"c", "d"}} << QList<qint64>{2, 3};
    QTest::newRow("quoted delimiter and quotes")
        << QByteArray("h1,h2\n\"a,1\",\"say \"\"hi\"\"\"\n")
        << QList<QStringList>{{"a,1", "say \"hi\""}} << QList<qint64>{2};
    QTest::newRow("newline inside quotes")
        << QByteArray("h1,h2\n\"line1\r\nline2\",x\ny,z\n")
        << QList<QStringList>{{"line1\r\nline2", "x"}, {"y", "z"}} << QList<qint64>{2, 4};
    QTest::newRow("blank lines skipped") << QByteArray("h1,h2\n\na,b\n\n\nc,d\n")
                                         << QList<QStringList>{{"a", "b"}, {"c", "d"}} << QList<qint64>{3, 6};
    QTest::newRow("empty fields kept") << QByteArray("h1,h2,h3\n,,\na,,c\n")
                                       << QList<QStringList>{{"", "", ""}, {"a", "", "c"}} << QList<qint64>{2, 3};
    QTest::newRow("quoted empty") << QByteArray("h1,h2\n\"\",b\n") << QList<QStringList>{{"", "b"}}
                                  << QList<qint64>{2};
    QTest::newRow("lone cr") << QByteArray("h1,h2\ra,b\rc,d\r") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                             << QList<qint64>{2, 3};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<qint64>, lines);
    const QString path = huddle::test::writeFile(m_dir.path(), QStringLiteral("r.csv"), bytes);
    CsvReader reader(path, detectDialect(path));
    QCOMPARE(reader.header(), (QStringList{"h1", "h2", "h3"}.mid(0, reader.header().size())));
    QList<QStringList> got;
    QList<qint64> gotLines;
    QStringList fields;
    while (reader.next(fields)) {
        got.append(fields);
        gotLines.append(reader.recordLine());
    }
    QVERIFY(!reader.error());
    QCOMPARE(got, expected);
    QCOMPARE(gotLines, lines);
    QCOMPARE(reader.progress(), 1.0);
}

void TestCsvReader::unclosedQuote()
{
    const QString path =
        huddle::test::writeFile(m_dir.path(), QStringLiteral("u.csv"), "h1,h2\na,b\nc,\"never closed\nmore\n");
    CsvReader reader(path, detectDialect(path));
    QStringList fields;
    QVERIFY(reader.next(fields));
    QVERIFY(!reader.next(fields));
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->line, qint64(3));
    QCOMPARE(reader.error()->column, 2);
    QCOMPARE(reader.error()->toString(), path + QStringLiteral(":3:2: a quoted field is never closed"));
}

void TestCsvReader::lineNumbersCountEmbeddedNewlines()
{
    // Three physical lines inside one record: the next record starts on line 5.
    const QString path = huddle::test::writeFile(m_dir.path(), QStringLiteral("m.csv"),
                                                 "id,text\n1,\"a\nb\nc\"\n2,plain\n");
    CsvReader reader(path, detectDialect(path));
    QStringList fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(reader.recordLine(), qint64(2));
    QVERIFY(reader.next(fields));
    QCOMPARE(reader.recordLine(), qint64(5));
    QCOMPARE(fields, (QStringList{"2", "plain"}));
}

void TestCsvReader::largeFileStreams()
{
    // More than one 1 MiB read chunk, with a multi-byte character and a quoted newline
    // straddling chunk edges somewhere: every record must come back intact.
    QByteArray bytes("id,text\n");
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(i) + ",\"caf\xC3\xA9\nn\xC2\xB0" + QByteArray::number(i) + "\"\n";
    const QString path = huddle::test::writeFile(m_dir.path(), QStringLiteral("big.csv"), bytes);
    CsvReader reader(path, detectDialect(path));
    QStringList fields;
    int count = 0;
    while (reader.next(fields)) {
        QCOMPARE(fields.value(1), QStringLiteral("caf\u00E9\nn\u00B0") + QString::number(count));
        ++count;
    }
    QVERIFY(!reader.error());
    QCOMPARE(count, rows);
    QCOMPARE(reader.recordLine(), qint64(2 + 2 * (rows - 1)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
