// The weekly review PDF (issue 7): written by huddle-cli report and by the GUI's export job
// on the demo store, read back with poppler's tools (pdftotext, pdfinfo, pdffonts,
// pdfimages): its figures are the CLI's, its fonts embedded, its charts vectors, its tables'
// rows whole on one page, every language translated, an empty week a report of "no data".
#include "cli.h"
#include "screenshot.h"
#include "testsupport.h"

#include <common/redact.h>
#include <demo/demodata.h>
#include <kpi/kpidefinition.h>
#include <report/reportdocument.h>
#include <report/reportexport.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace huddle;

namespace {

const QString kWeek = QStringLiteral("2026-W47");
const QString kMonday = QStringLiteral("2026-11-16");
const QString kSunday = QStringLiteral("2026-11-22");

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF (or of one page), in reading order or laid out as printed.
QString pdfText(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    if (layout)
        args << QStringLiteral("-layout");
    // Figures keep their number and unit together with no-break spaces: read them as spaces.
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-")).replace(QChar::Nbsp, u' ');
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The page whose text holds `needle` (0: none).
int pageWith(const QString &pdf, const QString &needle)
{
    const QStringList pages = pdfText(pdf).split(u'\f');
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(needle))
            return int(i + 1);
    }
    return 0;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesNeverSplitARowAndRepeatTheirHeader();
    void operationReport();
    void summaryFiguresAreTheCliFigures();
    void agentsTableFiguresAreTheCliFigures();
    void teamReportWithAgentPages();
    void fontsEmbeddedChartsVectorsPaperSizes();
    void eachLanguage_data();
    void eachLanguage();
    void emptyWeekSaysNoData();
    void wrongArguments();
    void commentsCarryNoIdentifiers();
    void exportJobWritesAndCancelLeavesNoFile();
    void exportDialogAsksWhatToReport();
    void quarterlyManagementReport();

private:
    QString report(const QStringList &extra, int *code = nullptr);

    test::TempStore m_store;
    QTemporaryDir m_out;
    QString m_operation; // the operation's report of kWeek
};

void TestReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // what --lang en formats with
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    const test::CliRun note = test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("notes"), QStringLiteral("add"),
                                            QStringLiteral("--agent"), QStringLiteral("AG101"), QStringLiteral("--text"),
                                            QStringLiteral("Closes calls too fast"), QStringLiteral("--kpi"), QStringLiteral("aht"),
                                            QStringLiteral("--follow-up"), QStringLiteral("2026-11-20"), QStringLiteral("--shared")});
    QCOMPARE(note.code, 0);
    m_store.close(); // the CLI and the job open their own connections
    m_operation = report({});
    QVERIFY(!m_operation.isEmpty());
}

QString TestReport::report(const QStringList &extra, int *code)
{
    static int n = 0;
    const QString out = m_out.filePath(QStringLiteral("report-%1.pdf").arg(++n));
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("--db"), m_store.path(), QStringLiteral("report"),
                                                      QStringLiteral("--week"), kWeek, QStringLiteral("--lang"), QStringLiteral("en"),
                                                      QStringLiteral("--out"), out}
                                          + extra);
    if (code)
        *code = run.code;
    else if (run.code != 0)
        qWarning("huddle-cli report: %s", qPrintable(run.err));
    return run.code == 0 ? out : QString();
}

void TestReport::tablesNeverSplitARowAndRepeatTheirHeader()
{
    const QString path = m_out.filePath(QStringLiteral("layout.pdf"));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    ui::ReportDocument document(writer);
    document.setHeader(QStringLiteral("Left header"), QStringLiteral("Right header"));
    document.setFooter(QStringLiteral("Footer"), QStringLiteral("Page %1 of %2"));
    document.add<ui::TextBlock>(QStringLiteral("Heading"), document.style().heading, Qt::black).keepWithNext = true;
    QList<QList<ui::TableCell>> rows;
    for (int i = 1; i <= 120; ++i) {
        // Every third row is three lines high: rows of different heights meet the page's foot.
        const QString tall = i % 3 == 0 ? QStringLiteral("row%1top\nrow%1middle\nrow%1bottom").arg(i)
                                        : QStringLiteral("row%1only").arg(i);
        rows.append({QStringLiteral("cell%1").arg(i), tall});
    }
    document.add<ui::TableBlock>(QList<ui::TableColumn>{{QStringLiteral("ColumnOne")}, {QStringLiteral("ColumnTwo")}},
                                 rows);
    QVERIFY(document.write());
    const int pages = document.pageCount();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(pageCount(path), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("ColumnOne")), qPrintable(QStringLiteral("no header on page %1").arg(page)));
        QVERIFY(text.contains(QStringLiteral("Left header")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    for (int i = 3; i <= 120; i += 3) {
        const int top = pageWith(path, QStringLiteral("row%1top").arg(i));
        QVERIFY(top > 0);
        QCOMPARE(pageWith(path, QStringLiteral("row%1bottom").arg(i)), top);
        QCOMPARE(pageWith(path, QStringLiteral("cell%1\n").arg(i)), top);
    }
    QCOMPARE(pageWith(path, QStringLiteral("Heading")), 1); // with the table's first rows
}

void TestReport::operationReport()
{
    const int pages = pageCount(m_operation);
    QVERIFY2(pages >= 8 && pages <= 20, qPrintable(QString::number(pages)));
    const QString text = pdfText(m_operation);
    for (const char *expected :
         {"Weekly review", "Whole operation", "Week 2026-W47: Monday, November 16, 2026 to Sunday, November 22, 2026",
          "Summary", "FCR, AHT and CSAT by week", "Conflicts this week", "Agents", "Agents needing attention",
          "Leading and lagging indicators", "Contact reasons", "Money", "Voice of the customer", "Coaching",
          "Notes written this week", "Follow-ups due", "Glossary", "Rushing", "Transfer gaming", "Hidden dissatisfaction"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Every page has its header and its number.
    const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (qsizetype i = 0; i < pageTexts.size(); ++i) {
        QVERIFY(pageTexts[i].contains(QStringLiteral("Whole operation · 2026-W47")));
        QVERIFY(pageTexts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
    }
    // The demo's three conflicts of the week, as huddle-cli conflicts lists them.
    const QJsonArray conflicts = test::cliJson({QStringLiteral("--db"), m_store.path(), QStringLiteral("conflicts"),
                                                QStringLiteral("--week"), kWeek, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(!conflicts.isEmpty());
    QVERIFY(text.contains(QStringLiteral("%1 conflicts").arg(conflicts.size())));
    for (const QJsonValue &c : conflicts)
        QVERIFY(text.contains(QStringLiteral("Agent %1").arg(c[QStringLiteral("group")].toString())));
    // The note (written today, after the week) is due in it: shared, so its words are printed.
    QVERIFY(text.contains(QStringLiteral("Closes calls too fast")));
    QVERIFY(text.contains(QStringLiteral("0 coaching notes written, 1 follow-ups due")));
}

void TestReport::summaryFiguresAreTheCliFigures()
{
    const QJsonArray figures = test::cliJson({QStringLiteral("--db"), m_store.path(), QStringLiteral("kpi"), QStringLiteral("--from"),
                                              QStringLiteral("2026-11-09"), QStringLiteral("--to"), kSunday, QStringLiteral("--period"),
                                              QStringLiteral("week"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(!figures.isEmpty());
    const QString summary = pdfText(m_operation, pageWith(m_operation, QStringLiteral("FCR, AHT and CSAT by week")));
    int checked = 0;
    for (const char *id : {"fcr", "aht", "csat", "service_level", "abandonment_rate", "nps"}) {
        const kpi::KpiSpec &spec = *kpi::findKpi(QString::fromLatin1(id));
        // FCR's newest week is still pending: the tile shows the newest decided week.
        std::optional<double> value;
        for (const QString &week : {kWeek, QStringLiteral("2026-W46")}) {
            for (const QJsonValue &f : figures) {
                if (!value && f[QStringLiteral("kpi")] == QString::fromLatin1(id) && f[QStringLiteral("period")] == week
                    && f[QStringLiteral("value")].isDouble())
                    value = f[QStringLiteral("value")].toDouble();
            }
        }
        QVERIFY2(value, id);
        const QString shown = kpi::formatValue(spec, *value);
        QVERIFY2(summary.contains(shown), qPrintable(QStringLiteral("%1: %2 not in the summary").arg(QString::fromLatin1(id), shown)));
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void TestReport::agentsTableFiguresAreTheCliFigures()
{
    const QJsonArray figures = test::cliJson({QStringLiteral("--db"), m_store.path(), QStringLiteral("kpi"), QStringLiteral("--from"),
                                              kMonday, QStringLiteral("--to"), kSunday, QStringLiteral("--period"), QStringLiteral("week"),
                                              QStringLiteral("--by"), QStringLiteral("agent"), QStringLiteral("--kpi"),
                                              QStringLiteral("aht,csat,transfer_rate"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(!figures.isEmpty());
    const QStringList lines = pdfText(m_operation, 0, true).split(u'\n');
    int checked = 0;
    for (const char *agent : {"AG101", "AG112", "AG123"}) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.trimmed().startsWith(QString::fromLatin1(agent)) && l.contains(QStringLiteral(" s"));
        });
        QVERIFY2(line != lines.cend(), agent);
        for (const QJsonValue &f : figures) {
            if (f[QStringLiteral("group")] != QString::fromLatin1(agent) || !f[QStringLiteral("value")].isDouble())
                continue;
            const QString shown = kpi::formatValue(*kpi::findKpi(f[QStringLiteral("kpi")].toString()), f[QStringLiteral("value")].toDouble());
            QVERIFY2(line->contains(shown), qPrintable(*line + QStringLiteral(" lacks ") + shown));
            ++checked;
        }
    }
    QCOMPARE(checked, 9);
}

void TestReport::teamReportWithAgentPages()
{
    const QString pdf = report({QStringLiteral("--team"), QStringLiteral("Billing"), QStringLiteral("--agent-pages")});
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Team Billing · 2026-W47")));
    // The team's CSAT of the week, as huddle-cli kpi --team gives it.
    const QJsonArray figures = test::cliJson({QStringLiteral("--db"), m_store.path(), QStringLiteral("kpi"), QStringLiteral("--from"),
                                              kMonday, QStringLiteral("--to"), kSunday, QStringLiteral("--team"), QStringLiteral("Billing"),
                                              QStringLiteral("--kpi"), QStringLiteral("csat,aht"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(figures.size(), 2);
    const QString summary = pdfText(pdf, pageWith(pdf, QStringLiteral("FCR, AHT and CSAT by week")));
    for (const QJsonValue &f : figures)
        QVERIFY(summary.contains(kpi::formatValue(*kpi::findKpi(f[QStringLiteral("kpi")].toString()), f[QStringLiteral("value")].toDouble())));
    // One page per Billing agent (the demo's AG101–AG111), none for other teams' agents.
    const QStringList pages = text.split(u'\f');
    int agentPages = 0;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("Conflicts in the")))
            ++agentPages;
    }
    QCOMPARE(agentPages, 11);
    QVERIFY(pageWith(pdf, QStringLiteral("AG101 · Sanne de Vries (Billing)")) > 0);
    QCOMPARE(pageWith(pdf, QStringLiteral("AG112")), 0);
    // AG101's page: the shared note's diamond in the legend and its text.
    const int page = pageWith(pdf, QStringLiteral("AG101 · Sanne de Vries (Billing)"));
    QVERIFY(pdfText(pdf, page).contains(QStringLiteral("Coaching note")));
}

void TestReport::fontsEmbeddedChartsVectorsPaperSizes()
{
    const QStringList fonts = run(QStringLiteral("pdffonts"), {m_operation}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts)
        QVERIFY2(font.contains(QStringLiteral(" yes ")), qPrintable(font)); // the emb column
    // No bitmaps anywhere: charts are paths and text.
    QCOMPARE(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_operation}).split(u'\n', Qt::SkipEmptyParts).size(), 2);
    // Chart labels are text: the weeks on the axes.
    QVERIFY(pdfText(m_operation).contains(QStringLiteral("W47")));
    QVERIFY(run(QStringLiteral("pdfinfo"), {m_operation}).contains(QStringLiteral("612 x 792 pts (letter)"))); // en_US
    const QString a4 = report({QStringLiteral("--page"), QStringLiteral("a4")});
    QVERIFY(run(QStringLiteral("pdfinfo"), {a4}).contains(QStringLiteral("(A4)")));
}

void TestReport::eachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Weekoverzicht") << QStringLiteral("Samenvatting");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Wochenbericht") << QStringLiteral("Zusammenfassung");
}

void TestReport::eachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, summary);
    const QString pdf = report({QStringLiteral("--lang"), language});
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(title));
    QVERIFY(text.contains(summary));
    for (const char *english : {"Weekly review", "Summary", "Voice of the customer", "Glossary", "Page 1 of"})
        QVERIFY2(!text.contains(QString::fromUtf8(english)), english);
    // Numbers and dates in the language's locale: 16 November as the language writes it.
    const QLocale locale(language);
    QVERIFY(text.contains(locale.toString(QDate(2026, 11, 16), QLocale::LongFormat)));
    const QString summaryPage = pdfText(pdf, 2);
    QVERIFY2(summaryPage.contains(QRegularExpression(QStringLiteral(R"(\d,\d %)"))), qPrintable(summaryPage));
    // The charts' titles are whole, however long the language's KPI names.
    QVERIFY2(!summaryPage.contains(u'…'), qPrintable(summaryPage));
}

void TestReport::emptyWeekSaysNoData()
{
    int code = -1;
    const QString out = m_out.filePath(QStringLiteral("empty.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--week"),
                                           QStringLiteral("2027-W10"), QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--agent-pages"), QStringLiteral("--out"), out});
    code = run.code;
    QCOMPARE(code, 0);
    QVERIFY(pageCount(out) >= 3);
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("There are no contacts in this week")));
    QVERIFY(text.contains(QStringLiteral("no data")));
    QVERIFY(text.contains(QStringLiteral("No agent has figures in this week.")));
    QVERIFY(text.contains(QStringLiteral("No survey comments this week.")));
}

void TestReport::wrongArguments()
{
    const auto code = [&](const QStringList &args) { return test::runCli(args).code; };
    const QString out = m_out.filePath(QStringLiteral("never.pdf"));
    QCOMPARE(code({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--week"), QStringLiteral("2026-47"),
                   QStringLiteral("--out"), out}),
             1);
    QCOMPARE(code({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--week"), kWeek}), 1);
    QCOMPARE(code({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--week"), kWeek,
                   QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), out}),
             1);
    QCOMPARE(code({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--week"), kWeek,
                   QStringLiteral("--team"), QStringLiteral("Nobody"), QStringLiteral("--out"), out}),
             4);
    QCOMPARE(code({QStringLiteral("--db"), m_out.filePath(QStringLiteral("absent.huddle")), QStringLiteral("report"),
                   QStringLiteral("--week"), kWeek, QStringLiteral("--out"), out}),
             4);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("absent.huddle")))); // never created
}

void TestReport::commentsCarryNoIdentifiers()
{
    QCOMPARE(redactIdentifiers(QStringLiteral("Call me on +31 6 1234 5678 or mail jan.jansen@example.nl, order 123456.")),
             QStringLiteral("Call me on […] or mail […], order […]."));
    QCOMPARE(redactIdentifiers(QStringLiteral("Waited 20 minutes, 3 times in 2024")), QStringLiteral("Waited 20 minutes, 3 times in 2024"));
    // The demo's customers are phone numbers: none is printed anywhere in the report.
    const QString text = pdfText(m_operation);
    QVERIFY(text.contains(QStringLiteral("Voice of the customer")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral(R"(\+31 6 555\d{5})"))));
    QVERIFY(!text.contains(QStringLiteral("555000")));
}

void TestReport::exportJobWritesAndCancelLeavesNoFile()
{
    ui::ReportExportJob job;
    QSignalSpy finished(&job, &ui::ReportExportJob::finished);
    QSignalSpy progress(&job, &ui::ReportExportJob::progressChanged);
    const QString path = m_out.filePath(QStringLiteral("gui.pdf"));
    ui::ReportRequest request;
    request.week = kWeek;
    job.start(m_store.path(), request, ui::PaperSize::A4, path);
    QVERIFY(finished.wait(60000));
    const int pages = finished.first().at(0).toInt();
    QVERIFY2(pages > 5, qPrintable(finished.first().at(1).toString()));
    QCOMPARE(pageCount(path), pages);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), pages); // the last page told

    const QString cancelled = m_out.filePath(QStringLiteral("cancelled.pdf"));
    ui::ReportExportJob second;
    QSignalSpy secondFinished(&second, &ui::ReportExportJob::finished);
    request.agentPages = true;
    second.start(m_store.path(), request, ui::PaperSize::A4, cancelled);
    second.cancel();
    QVERIFY(secondFinished.wait(60000));
    QCOMPARE(secondFinished.first().at(0).toInt(), 0);
    QVERIFY(!QFile::exists(cancelled));
}

void TestReport::exportDialogAsksWhatToReport()
{
    const QStringList weeks = {QStringLiteral("2026-W45"), QStringLiteral("2026-W46"), kWeek};
    ui::ReportExportDialog dialog(weeks, {QStringLiteral("Billing"), QStringLiteral("Tech Support")}, QStringLiteral("2026-W46"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("export-report"));
    const auto combos = dialog.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 4); // report, period, scope, paper
    QCOMPARE(combos[1]->itemText(0), kWeek); // newest first
    QCOMPARE(dialog.request().week, QStringLiteral("2026-W46")); // the dashboard's week
    QCOMPARE(dialog.request().team, QString()); // the whole operation first
    combos[2]->setCurrentIndex(2);
    dialog.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(dialog.request().team, QStringLiteral("Tech Support"));
    QVERIFY(dialog.request().agentPages);
    QCOMPARE(dialog.paper(), ui::PaperSize::Letter); // en_US
    // The quarterly report: the weeks' quarters, no agent pages.
    combos[0]->setCurrentIndex(1);
    QCOMPARE(combos[1]->count(), 1);
    QCOMPARE(dialog.request().quarter, QStringLiteral("2026-Q4"));
    QVERIFY(dialog.request().week.isEmpty());
    QVERIFY(!dialog.request().agentPages);
    QCOMPARE(ui::ReportExportDialog::quartersOf({QStringLiteral("2026-W39"), QStringLiteral("2026-W41"), QStringLiteral("2027-W01")}),
             (QStringList{QStringLiteral("2027-Q1"), QStringLiteral("2026-Q4"), QStringLiteral("2026-Q3")}));
}

void TestReport::quarterlyManagementReport()
{
    const test::CliRun added = test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("actions"), QStringLiteral("add"),
                                             QStringLiteral("--title"), QStringLiteral("Self-service password reset"),
                                             QStringLiteral("--reason"), QStringLiteral("password reset"), QStringLiteral("--start"),
                                             QStringLiteral("2026-10-19"), QStringLiteral("--effort"), QStringLiteral("low"),
                                             QStringLiteral("--cost"), QStringLiteral("2000")});
    QCOMPARE(added.code, 0);
    const QString out = m_out.filePath(QStringLiteral("quarter.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--quarter"),
                                           QStringLiteral("2026-Q4"), QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--out"), out});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString text = pdfText(out);
    for (const char *expected : {"Quarterly management report", "The quarter at a glance", "Lagging indicators by month",
                                 "Improvement actions and their effect", "Self-service password reset",
                                 "Open actions by impact and effort", "quick win", "Glossary", "Churn rate"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // The quarter's figures are huddle-cli kpi's.
    const QJsonArray figures = test::cliJson({QStringLiteral("--db"), m_store.path(), QStringLiteral("kpi"), QStringLiteral("--from"),
                                              QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                              QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--kpi"),
                                              QStringLiteral("nps,volume,churn_rate,csat"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
    QCOMPARE(figures.size(), 8);
    const QString glance = pdfText(out, pageWith(out, QStringLiteral("The quarter at a glance")));
    for (const QJsonValue &f : figures) {
        if (!f[QStringLiteral("value")].isDouble())
            continue;
        const QString shown = kpi::formatValue(*kpi::findKpi(f[QStringLiteral("kpi")].toString()), f[QStringLiteral("value")].toDouble());
        QVERIFY2(glance.contains(shown), qPrintable(shown));
    }
    // Its verdict is the CLI's.
    const test::CliRun effect = test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("actions"), QStringLiteral("effect"),
                                              QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    const QString verdict = QJsonDocument::fromJson(effect.out.toUtf8()).object()[QStringLiteral("verdict")].toString();
    QVERIFY(text.contains(verdict == u"no_clear_change" ? QStringLiteral("no clear change") : verdict));
    int code = -1;
    report({QStringLiteral("--quarter"), QStringLiteral("2026-Q4")}, &code); // with --week too
    QCOMPARE(code, 1);
    QCOMPARE(test::runCli({QStringLiteral("--db"), m_store.path(), QStringLiteral("report"), QStringLiteral("--quarter"),
                           QStringLiteral("2026-13"), QStringLiteral("--out"), out})
                 .code,
             1);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
