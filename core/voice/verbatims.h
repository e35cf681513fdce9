#pragma once

#include "commentwords.h"

#include <kpi/kpiengine.h>
#include <store/kpifactreader.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace huddle::voice {

// The voice of the customer: survey comments beside the figures, read through the KPI
// engine's drill-down (so a comment counts for the same agent, team and week as its survey's
// scores do). docs/kpis.md ("Voice of the customer") gives the method.

// A survey comment as Huddle shows it: never with a customer's identifier.
struct Verbatim
{
    QDateTime at;  // the rated contact's start (else the answer's time), in the store's zone
    QString week;  // 2026-W45
    QString agent;
    QString channel;
    QString reason;
    std::optional<int> csat;
    int csatScale = 5;
    std::optional<int> nps;
    double sentiment = 0; // the comment's own score, −1 … +1 (SentimentAnalyzer)
    QString comment;      // through redactIdentifiers()
    bool negative = false;
};

// Below this sentiment a comment is negative (the threshold of docs/kpis.md, "Sentiment").
constexpr double kNegativeSentiment = -0.05;

// A comment is negative when its sentiment is below kNegativeSentiment or its CSAT is in the
// low box, the mirror of CSAT's top box: the bottom two boxes on scales up to 7, the bottom
// three on 10-point scales.
bool isNegative(std::optional<int> csat, int csatScale, double sentiment);

// A drill-down row as a verbatim: none when it has no survey comment. The comment is
// redacted and scored, the time put in `zone` and its ISO week.
std::optional<Verbatim> verbatimOf(const store::FactRow &row, const QTimeZone &zone);

// How many of the most negative and most positive comments each week shows.
constexpr int kHighlightsEachWay = 3;

// The most negative comments of one week (negative ones: the lowest sentiment, then the
// lowest rating, then the earliest) and the most positive (not negative, sentiment above
// +0.05: the highest sentiment, then the highest rating, then the earliest).
struct WeekHighlights
{
    QString week;
    QList<Verbatim> mostNegative;
    QList<Verbatim> mostPositive;
};
QList<WeekHighlights> highlights(const QList<Verbatim> &comments, int each = kHighlightsEachWay);

// Which comments: whole local weeks (Monday to Sunday) of a team, agent, queue or channel
// (empty: all), and how many weeks before them the rising words compare with.
struct VoiceQuery
{
    QDate firstMonday;
    QDate lastSunday;
    QString team;
    QString agent;
    QString queue;
    QString channel;
    int baselineWeeks = 4;
};

struct VoiceOfCustomer
{
    QList<Verbatim> comments; // of the weeks asked, by week, agent, reason and time
    QList<WeekHighlights> highlights; // one per week asked with comments
    QList<RisingWord> risingWords;    // in the negative comments of the weeks asked vs the weeks before
    qint64 negativeComments = 0;
    qint64 baselineNegativeComments = 0;
};

// Every survey comment (of surveys with a CSAT or NPS answer) of the query's weeks and the
// baseline weeks before them, through KpiEngine::drillDown. None, with *error, when the
// store cannot be read.
std::optional<VoiceOfCustomer> listen(kpi::KpiEngine &engine, const VoiceQuery &query, QString *error);

} // namespace huddle::voice
