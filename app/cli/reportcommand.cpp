// huddle-cli report: the weekly review PDF, as File > Export report… writes it. Parsing and
// wiring only; the report is built in ui/report.
#include "cliapp.h"

#include <report/quarterlyreport.h>
#include <report/weeklyreport.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

namespace huddle::cli {

namespace {

// The report's words in the asked language (its numbers and dates follow QLocale's default).
bool installReportLanguage(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == u"en")
        return true; // the source strings
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QLocale(language), QStringLiteral("huddle"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

int CliApp::runReport(const QStringList &args)
{
    const QString synopsis = tr("usage: report (--week YYYY-Www [--agent-pages] | --quarter YYYY-Qn) --out FILE.pdf "
                                "[--team T] [--lang en|nl|de] [--page a4|letter]");
    const bool weekly = m_parser.isSet(QStringLiteral("week"));
    if (!args.isEmpty() || weekly == m_parser.isSet(QStringLiteral("quarter")) || !m_parser.isSet(QStringLiteral("out")))
        return usage(synopsis);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return usage(tr("report needs fonts: run it as huddle-cli report, not through another command"));
    if (m_parser.isSet(QStringLiteral("lang"))) {
        const QString language = m_parser.value(QStringLiteral("lang"));
        if (language != u"en" && language != u"nl" && language != u"de")
            return usage(tr("--lang takes en, nl or de"));
        if (!installReportLanguage(language))
            return fail(ExitNotFound, tr("the %1 translation is missing from this build").arg(language));
    }
    ui::PaperSize paper = ui::localPaperSize();
    if (m_parser.isSet(QStringLiteral("page"))) {
        const QString page = m_parser.value(QStringLiteral("page"));
        if (page != u"a4" && page != u"letter")
            return usage(tr("--page takes a4 or letter"));
        paper = page == u"letter" ? ui::PaperSize::Letter : ui::PaperSize::A4;
    }
    const QString storePath = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                                   : store::Store::defaultPath();
    if (!QFileInfo::exists(storePath)) // a report never creates an empty store
        return fail(ExitNotFound, tr("no store at %1").arg(storePath));

    QString error;
    const QString out = m_parser.value(QStringLiteral("out"));
    int pages = 0;
    if (weekly) {
        ui::ReportRequest request;
        request.week = m_parser.value(QStringLiteral("week"));
        request.team = m_parser.value(QStringLiteral("team"));
        request.agentPages = m_parser.isSet(QStringLiteral("agent-pages"));
        const ui::WeeklyReportData data = ui::loadWeeklyReport(storePath, request);
        switch (data.failure) {
        case ui::WeeklyReportData::Failure::None: break;
        case ui::WeeklyReportData::Failure::BadWeek: return usage(data.error);
        case ui::WeeklyReportData::Failure::UnknownTeam: return fail(ExitNotFound, data.error);
        case ui::WeeklyReportData::Failure::Store: return fail(ExitStore, data.error);
        }
        pages = ui::WeeklyReport::writePdf(data, out, paper, &error);
    } else {
        const ui::QuarterlyReportData data = ui::loadQuarterlyReport(storePath, m_parser.value(QStringLiteral("quarter")),
                                                                     m_parser.value(QStringLiteral("team")));
        switch (data.failure) {
        case ui::QuarterlyReportData::Failure::None: break;
        case ui::QuarterlyReportData::Failure::BadQuarter: return usage(data.error);
        case ui::QuarterlyReportData::Failure::UnknownTeam: return fail(ExitNotFound, data.error);
        case ui::QuarterlyReportData::Failure::Store: return fail(ExitStore, data.error);
        }
        pages = ui::QuarterlyReport::writePdf(data, out, paper, &error);
    }
    if (pages == 0)
        return fail(ExitStore, error);
    m_out << tr("Wrote %1 (%2 pages).").arg(out).arg(pages) << '\n';
    return ExitOk;
}

} // namespace huddle::cli
