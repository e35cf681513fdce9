// Every user-visible string has a Dutch and a German translation that keeps what the code
// relies on (placeholders, the accelerator, surrounding spaces), and the committed .ts files
// hold every string the sources mark for translation: lupdate run over the same sources
// into a copy of them finds nothing new.
#include "testsupport.h"

#include <kpi/kpidefinition.h>
#include <kpi/kpisettings.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages = {QStringLiteral("nl"), QStringLiteral("de")};

QString tsFile(const QString &language)
{
    return huddle::test::sourceDir() + "/translations/huddle_" + language + ".ts";
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
    // How a message is told apart in a .ts file, for messages and error output alike.
    QString key() const { return context + " | " + source + (comment.isEmpty() ? QString() : " | " + comment); }
};

// The messages of a .ts file; *error says why when it cannot be read.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue;
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != u"message") {
                xml.skipCurrentElement();
                continue;
            }
            Message m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    m.unfinished = type == u"unfinished";
                    if (type == u"obsolete" || type == u"vanished")
                        m.source.clear(); // kept by lupdate for reuse only: not a message of the sources
                    // Either plain text or <numerusform> children, one per plural form.
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isEndElement() && xml.name() == u"translation")
                            break;
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == u"numerusform")
                            m.forms.append(xml.readElementText());
                    }
                    if (m.forms.isEmpty())
                        m.forms.append(text);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!m.source.isEmpty())
                messages.append(m);
        }
    }
    if (xml.hasError())
        *error = path + ": " + xml.errorString();
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return sorted(found);
}

// "&File" marks F as the accelerator; "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^&\\s]"));
    return accelerator.match(text).hasMatch();
}

QString leadingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n).isSpace())
        ++n;
    return text.left(n);
}

QString trailingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n).isSpace())
        ++n;
    return text.right(n);
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.key());
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void noOpMarkedTextsAreListed_data();
    void noOpMarkedTextsAreListed();
    void upToDateWithSources();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << tsFile(language);
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 150);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished) {
            problems << "unfinished: " + m.key();
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                problems << "empty: " + m.key();
            else if (placeholders(form) != placeholders(m.source))
                problems << "placeholders differ: " + m.source + " -> " + form;
            else if (hasAccelerator(form) != hasAccelerator(m.source))
                problems << "accelerator added or lost: " + m.source + " -> " + form;
            else if (leadingSpace(form) != leadingSpace(m.source) || trailingSpace(form) != trailingSpace(m.source))
                problems << "leading or trailing space differs: '" + m.source + "' -> '" + form + "'";
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Tables of texts marked with QT_TR_NOOP / QT_TRANSLATE_NOOP and translated where shown:
// lupdate finds them only when the marker is spelled out at the text (it expands no macros),
// and then the .ts files list them.
void TestTranslations::noOpMarkedTextsAreListed_data()
{
    QTest::addColumn<QString>("key");
    for (const huddle::kpi::SettingSpec &spec : huddle::kpi::KpiSettings::specs()) {
        for (const char *text : {spec.name, spec.description}) {
            const QString key = "KpiSettings | " + QString::fromUtf8(text);
            QTest::newRow(qPrintable(key)) << key;
        }
    }
    for (const huddle::kpi::KpiSpec &spec : huddle::kpi::kpiSpecs()) {
        // Without a translator installed, name() gives back the marked English text.
        const QString key = "Definitions | " + huddle::kpi::Definitions::name(spec);
        QTest::newRow(qPrintable(key)) << key;
    }
}

void TestTranslations::noOpMarkedTextsAreListed()
{
    QFETCH(QString, key);
    for (const QString &language : kLanguages) {
        QString error;
        const QSet<QString> listed = keys(readTs(tsFile(language), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(listed.contains(key), qPrintable(language + ": not in the .ts file: " + key));
    }
}

// lupdate, run as the update_translations target runs it, would change nothing: no tr()
// string of the sources is missing from the committed .ts files, and none is left over.
void TestTranslations::upToDateWithSources()
{
#if !defined(HUDDLE_LUPDATE) || !defined(HUDDLE_TRANSLATED_SOURCES_LIST)
    QSKIP("lupdate (Qt6 LinguistTools) was not found when configuring: cannot compare the .ts files with the sources");
#else
    const QString lupdate = QStringLiteral(HUDDLE_LUPDATE);
    const QString sources = QStringLiteral(HUDDLE_TRANSLATED_SOURCES_LIST);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(lupdate + " is not there: cannot compare the .ts files with the sources"));
    QVERIFY2(QFileInfo::exists(sources), qPrintable(sources + " is missing: configure the build again"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"), "@" + sources, QStringLiteral("-ts")};
    for (const QString &language : kLanguages) {
        const QString copy = dir.filePath("huddle_" + language + ".ts");
        QVERIFY(QFile::copy(tsFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        arguments << copy;
    }
    QProcess process;
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(lupdate + ": " + process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(lupdate + " failed: " + QString::fromUtf8(process.readAllStandardError())));

    for (const QString &language : kLanguages) {
        QString error;
        const QSet<QString> committed = keys(readTs(tsFile(language), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> fromSources = keys(readTs(dir.filePath("huddle_" + language + ".ts"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString report;
        if (const QStringList missing = sorted((fromSources - committed).values()); !missing.isEmpty())
            report += "\nIn the sources, not in the .ts file:\n  " + missing.join(QStringLiteral("\n  "));
        if (const QStringList leftOver = sorted((committed - fromSources).values()); !leftOver.isEmpty())
            report += "\nIn the .ts file, no longer in the sources:\n  " + leftOver.join(QStringLiteral("\n  "));
        QVERIFY2(report.isEmpty(),
                 qPrintable("huddle_" + language
                            + ".ts is out of date: run `cmake --build <build dir> --target update_translations` "
                              "and translate the new entries."
                            + report));
    }
#endif
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
