// Every user-visible string has a Dutch and a German translation, and no translation drops
// a placeholder (%1 ...) that the code fills in.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const char *language : {"nl", "de"})
        QTest::newRow(language) << huddle::test::sourceDir() + "/translations/huddle_" + language + ".ts";
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QString source;
    int messages = 0;
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            const QString translation = xml.readElementText();
            QVERIFY2(!unfinished && !translation.isEmpty(), qPrintable("untranslated: " + source));
            QStringList wanted, got;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                wanted.append(it.next().captured());
            for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                got.append(it.next().captured());
            wanted.sort();
            got.sort();
            QVERIFY2(wanted == got, qPrintable("placeholders differ: " + source + " -> " + translation));
            ++messages;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 150);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
