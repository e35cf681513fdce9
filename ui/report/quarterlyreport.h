#pragma once

#include "quarterlyreportdata.h"
#include "reportcomposer.h"

namespace huddle::ui {

// The quarterly management report as a PDF: the quarter at a glance against the one before,
// the lagging indicators by month (NPS, churn, volume, CSAT), the improvement actions with
// their measured effect, ROI and payback, the open actions by impact and effort, money, and
// a glossary.
class QuarterlyReport
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReport)

public:
    static int writePdf(const QuarterlyReportData &data, const QString &path, PaperSize paper, QString *error,
                        const ReportProgress &progress = {});
};

} // namespace huddle::ui
