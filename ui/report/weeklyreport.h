#pragma once

#include "weeklyreportdata.h"

#include <QCoreApplication>

#include <functional>

namespace huddle::ui {

enum class PaperSize { A4, Letter };

// The weekly review as a PDF: cover, summary tiles, the FCR, AHT and CSAT charts with their
// conflicts, the conflicts explained, the agents, leading vs lagging, contact reasons, money,
// survey comments, coaching, optional agent pages and a glossary. Its words are in the
// installed translation and its numbers and dates in the default locale.
class WeeklyReport
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)

public:
    // progress(done, total) is told after each page; false cancels.
    using Progress = std::function<bool(int, int)>;

    // Writes to path through a QSaveFile: the file appears whole or not at all (an error or
    // a cancel leaves any older file as it was). Returns the page count, or 0 with *error.
    static int writePdf(const WeeklyReportData &data, const QString &path, PaperSize paper, QString *error,
                        const Progress &progress = {});
    // The paper size of the user's locale: Letter in the US and Canada, else A4.
    static PaperSize localPaperSize();
};

} // namespace huddle::ui
