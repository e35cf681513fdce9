#pragma once

#include "reportcomposer.h"
#include "weeklyreportdata.h"

#include <QCoreApplication>

#include <functional>

namespace huddle::ui {

// The weekly review as a PDF: cover, summary tiles, the FCR, AHT and CSAT charts with their
// conflicts, the conflicts explained, the agents, leading vs lagging, contact reasons, money,
// survey comments, coaching, optional agent pages and a glossary. Its words are in the
// installed translation and its numbers and dates in the default locale.
class WeeklyReport
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)

public:
    // Writes to path (writeReportPdf): the page count, or 0 with *error.
    static int writePdf(const WeeklyReportData &data, const QString &path, PaperSize paper, QString *error,
                        const ReportProgress &progress = {});
};

} // namespace huddle::ui
