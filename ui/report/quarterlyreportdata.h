#pragma once

#include <actions/actiondata.h>
#include <kpi/figure.h>
#include <kpi/kpisettings.h>

#include <QDateTime>
#include <QTimeZone>

namespace huddle::ui {

// What the quarterly management report shows: lagging indicators by month, the quarter
// against the one before, the improvement actions with their measured effect, and money.
struct QuarterlyReportData
{
    enum class Failure { None, BadQuarter, UnknownTeam, Store };
    Failure failure = Failure::None;
    QString error;
    QString quarter;         // 2026-Q3
    QString previousQuarter; // 2026-Q2
    QString team;            // empty: the whole operation
    QDate first;
    QDate last;
    QTimeZone zone;
    QDateTime generatedAt;
    kpi::KpiSettings settings;
    QStringList months;          // the previous quarter's and this quarter's, oldest first
    QList<kpi::Figure> monthly;  // the focus's figures by month (quarterlyKpis())
    QList<kpi::Figure> quarters; // the focus's figures of both quarters

    QList<actions::ActionStanding> actions; // started by the quarter's end, not dropped (measured)
    QList<actions::MatrixEntry> matrix;     // proposed and in progress, by impact and effort

    bool hasData() const;
    // The focus's figure of a KPI in a period (a month or a quarter label), if any.
    std::optional<kpi::Figure> figure(const QString &kpi, const QString &period) const;
};

// The lagging indicators management reads (NPS, churn, retention, volume, CSAT), then FCR,
// AHT and service level, then money.
const QStringList &quarterlyKpis();

// Reads the store at storePath (its own connection: call it from a worker thread).
QuarterlyReportData loadQuarterlyReport(const QString &storePath, const QString &quarter, const QString &team);

} // namespace huddle::ui
