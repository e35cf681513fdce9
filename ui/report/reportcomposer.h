#pragma once

#include "reportdocument.h"

#include <kpi/kpisettings.h>

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace huddle::ui {

enum class PaperSize { A4, Letter };
// The paper size of the user's locale: Letter in the US and Canada, else A4.
PaperSize localPaperSize();

// progress(done, total) is told after each page; false cancels.
using ReportProgress = std::function<bool(int, int)>;

// Writes a PDF whose blocks `build` adds, through a QSaveFile: the file appears whole or not
// at all (an error or a cancel leaves any older file as it was). Returns the page count, or
// 0 with *error.
int writeReportPdf(const QString &path, PaperSize paper, const QString &title,
                   const std::function<void(ReportDocument &)> &build, QString *error,
                   const ReportProgress &progress = {});

// What every report's sections are made of: headings, paragraphs, tables and a glossary of
// the KPIs they showed, in the document's style and the user's locale.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)

protected:
    explicit ReportComposer(ReportDocument &document);

    // Main sections start a page; shorter ones follow each other, to keep a printout short.
    void heading(const QString &text, bool newPage = true);
    void subheading(const QString &text);
    void paragraph(const QString &text, bool muted = false);
    void table(QList<TableColumn> columns, QList<QList<TableCell>> rows);
    // Every KPI the report shows a figure of, for the glossary, in the order first shown.
    void shown(const QString &kpi);
    void glossary(const kpi::KpiSettings &settings);
    QString longDate(QDate date) const { return m_locale.toString(date, QLocale::LongFormat); }

    ReportDocument &m_doc;
    const ReportStyle &m_style;
    const QLocale m_locale;

private:
    QStringList m_shownKpis;
};

} // namespace huddle::ui
