#pragma once

#include "../dashboard/dashboarddata.h"
#include "../dashboard/focus.h"

#include <coaching/coachingnote.h>
#include <reasons/reasons.h>
#include <trends/outlook.h>

#include <QDateTime>
#include <QTimeZone>

namespace huddle::ui {

// What a weekly review report covers: huddle-cli report's --week, --team and --agent-pages.
struct ReportRequest
{
    QString week; // ISO week, 2026-W47
    QString quarter; // set instead of week: the quarterly management report of 2026-Q3
    QString team; // empty: the whole operation
    bool agentPages = false;
};

// A survey comment as the report quotes it: never with a customer's identifier.
struct SurveyComment
{
    QDateTime at;
    QString agent;
    QString channel;
    int score = 0; // CSAT on its own scale
    int scale = 5;
    QString text;  // identifiers blanked out (redactIdentifiers)
};

// Everything a weekly report shows, read once off the GUI thread. The figures come from the
// dashboard's own loader for the same span and week, so the report and the dashboard cannot
// disagree.
struct WeeklyReportData
{
    static constexpr int kCommentsEachWay = 3; // the week's lowest- and highest-rated comments

    enum class Failure { None, BadWeek, UnknownTeam, Store };
    Failure failure = Failure::None;
    QString error;
    ReportRequest request;
    QDate monday;
    QDate sunday;
    QTimeZone zone;
    QDateTime generatedAt;
    DashboardData dashboard; // the trend_weeks… weeks up to the report's week
    QList<trends::LeadLag> outlook; // the focus's leading and lagging lines
    QList<reasons::ReasonShare> reasons; // over the dashboard's span
    QList<kpi::Figure> money; // the focus's money KPIs, the week before and the week
    QList<SurveyComment> comments;
    QList<coaching::CoachingNote> notes;        // about the report's agents, for the charts' marks
    QList<coaching::CoachingNote> notesWritten; // written in the week
    QList<coaching::CoachingNote> followUps;    // open, due by the week's end

    Focus focus() const;
    bool hasData() const; // contacts in the week
    // The report's agents (the team's, or every agent with figures in the week), by id.
    QStringList agents() const;
};

// The money KPIs of KPI-DEFINITIONS.md, in the order the report lists them.
const QStringList &moneyKpis();

// Reads the store at storePath (its own connection: call it from a worker thread). Sets
// error for a week that is not an ISO week, a team the store does not know, or a store that
// cannot be read.
WeeklyReportData loadWeeklyReport(const QString &storePath, const ReportRequest &request);

} // namespace huddle::ui
