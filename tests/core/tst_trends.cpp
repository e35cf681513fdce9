// Trends, week-over-week changes, control limits and the conflict rules: hand-worked series
// and the demo operation's planted stories (docs/formats.md), which must be found while the
// rest of the operation stays quiet.
#include "cli.h"
#include "testsupport.h"

#include <common/localday.h>
#include <conflicts/conflict.h>
#include <reasons/reasons.h>
#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <trends/outlook.h>
#include <trends/trend.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace huddle;
using namespace huddle::kpi;
using trends::Direction;

namespace {

Figure proportionWeek(const QString &kpi, const QString &group, const QString &week, qint64 k, qint64 n)
{
    return test::proportionFigure(kpi, group, week, k, n);
}

// A mean figure with standard deviation sd over n values.
Figure meanWeek(const QString &kpi, const QString &group, const QString &week, double mean, double sd, qint64 n)
{
    Figure f;
    f.kpi = kpi;
    f.group = group;
    f.period = week;
    f.value = mean;
    f.n = n;
    const double half = tQuantile975(n - 1) * sd / std::sqrt(double(n));
    f.ciLow = mean - half;
    f.ciHigh = mean + half;
    return f;
}

QList<Figure> series(const QList<double> &values, const QList<qint64> &n)
{
    QList<Figure> weeks;
    for (qsizetype i = 0; i < values.size(); ++i) {
        Figure f;
        f.value = values[i];
        f.n = n.value(i, 100);
        weeks.append(f);
    }
    return weeks;
}

QString week(int number)
{
    return QStringLiteral("2026-W%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

private slots:
    void medianOfMembersPerWeek();
    void exactSlope();
    void weightedSlopeByHand();
    void flatNoise();
    void plantedBreak();
    void weekOverWeekProportions();
    void controlLimitsPChart();
    void rushingNeedsBothMoves();
    void hiddenDissatisfactionAtTarget();
    void transferGamingAgainstTeam();
    void callbackChurnCapacityQualityGap();
    void demoStoriesFoundAndQuietElsewhere();
    void cliConflictsAndTrends();
    void reasonsParetoStructuralIncidents();
    void projectionAndBacktest();
    void leadingAndLagging();
    void stationaryOperationStaysQuiet();
};

void TestTrends::exactSlope()
{
    // 10, 12, 14, 16, 18: slope 2 a week, no residual, so the interval is the point: rising.
    const auto t = trends::weightedTrend(series({10, 12, 14, 16, 18}, {}));
    QVERIFY(t);
    QCOMPARE(t->slope, 2.0);
    QCOMPARE(t->direction, Direction::Rising);
    QVERIFY(!trends::weightedTrend(series({1, 2}, {}))); // two weeks make no trend
}

void TestTrends::weightedSlopeByHand()
{
    // x 0 1 2, y 0 1 4, weights 1 2 1: x̄ = 1, ȳ = 1.5, Sxx = 2, Sxy = 1.5 + 2.5 = 4 → slope 2.
    // Residuals 0.5, −0.5, 0.5: weighted RSS 1, df 1, se = √(1/2), t(1) = 12.7062 → ±8.985: flat.
    const auto t = trends::weightedTrend(series({0, 1, 4}, {1, 2, 1}));
    QVERIFY(t);
    QCOMPARE(t->slope, 2.0);
    QCOMPARE(QString::number(t->interval.high - t->slope, 'f', 3), QStringLiteral("8.985"));
    QCOMPARE(t->direction, Direction::Flat);
}

void TestTrends::flatNoise()
{
    const auto t = trends::weightedTrend(series({10, 11, 10, 11, 10, 11, 10, 11}, {}));
    QVERIFY(t);
    QCOMPARE(t->direction, Direction::Flat);
}

void TestTrends::plantedBreak()
{
    // Eight weeks of 80 % that then fall by 3 points a week: falling, and the last week
    // is out of the p-chart limits of the weeks before.
    QList<Figure> weeks;
    for (int i = 0; i < 12; ++i)
        weeks.append(proportionWeek("fcr", "all", week(10 + i), 800, 1000));
    for (int i = 0; i < 4; ++i)
        weeks.append(proportionWeek("fcr", "all", week(22 + i), 770 - 30 * i, 1000));
    const auto t = trends::weightedTrend(weeks.mid(weeks.size() - 8));
    QVERIFY(t);
    QCOMPARE(t->direction, Direction::Falling);
    const KpiSpec *fcr = findKpi(QStringLiteral("fcr"));
    const auto limits = trends::controlLimits(*fcr, weeks.mid(weeks.size() - 13, 12), weeks.last());
    QVERIFY(limits);
    QVERIFY(limits->outOfControl);
}

void TestTrends::weekOverWeekProportions()
{
    const KpiSpec *csat = findKpi(QStringLiteral("csat"));
    // 80 % → 70 % of 100: se = √(0.0016 + 0.0021) = 0.0608: −0.10 ± 0.119, not significant.
    const auto small = trends::weekOverWeek(*csat, proportionWeek("csat", "a", week(1), 80, 100),
                                            proportionWeek("csat", "a", week(2), 70, 100));
    QVERIFY(small);
    QCOMPARE(QString::number(small->delta, 'f', 2), QStringLiteral("-0.10"));
    QCOMPARE(QString::number(small->interval.low, 'f', 3), QStringLiteral("-0.219"));
    QVERIFY(!small->significant);
    // The same on 1,000 each: ±0.0377, significant.
    const auto large = trends::weekOverWeek(*csat, proportionWeek("csat", "a", week(1), 800, 1000),
                                            proportionWeek("csat", "a", week(2), 700, 1000));
    QVERIFY(large->significant);
}

void TestTrends::controlLimitsPChart()
{
    // Twelve weeks of 80 / 100: p̄ = 0.8; this week's n = 100: σ = 0.04, limits 0.68 … 0.92.
    const KpiSpec *sl = findKpi(QStringLiteral("service_level"));
    QList<Figure> preceding;
    for (int i = 0; i < 12; ++i)
        preceding.append(proportionWeek("service_level", "all", week(i + 1), 80, 100));
    const auto in = trends::controlLimits(*sl, preceding, proportionWeek("service_level", "all", week(13), 70, 100));
    QVERIFY(in);
    QCOMPARE(QString::number(in->low, 'f', 2), QStringLiteral("0.68"));
    QCOMPARE(QString::number(in->high, 'f', 2), QStringLiteral("0.92"));
    QVERIFY(!in->outOfControl);
    QVERIFY(trends::controlLimits(*sl, preceding, proportionWeek("service_level", "all", week(13), 67, 100))
                ->outOfControl);
}

void TestTrends::rushingNeedsBothMoves()
{
    KpiSettings settings;
    // AHT drops from 400 to 300 s (sd 100, n 200: significant); CSAT drops 80 → 60 % (n 200).
    QList<Figure> figures = {
        meanWeek("aht", "A1", week(1), 400, 100, 200), meanWeek("aht", "A1", week(2), 300, 100, 200),
        proportionWeek("csat", "A1", week(1), 160, 200), proportionWeek("csat", "A1", week(2), 120, 200),
        // A2: AHT drops the same, CSAT steady: faster, not rushing.
        meanWeek("aht", "A2", week(1), 400, 100, 200), meanWeek("aht", "A2", week(2), 300, 100, 200),
        proportionWeek("csat", "A2", week(1), 160, 200), proportionWeek("csat", "A2", week(2), 158, 200),
    };
    const auto found = conflicts::ConflictFinder(figures, settings).find(QStringLiteral("agent"), {week(2)});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, conflicts::Rule::Rushing);
    QCOMPARE(found[0].group, QStringLiteral("A1"));
    QCOMPARE(found[0].severity, QStringLiteral("high"));
    QVERIFY(found[0].evidence.contains(QStringLiteral("aht")) && found[0].evidence.contains(QStringLiteral("csat")));
    // The week before has no previous week: nothing.
    QVERIFY(conflicts::ConflictFinder(figures, settings).find(QStringLiteral("agent"), {week(1)}).isEmpty());
}

void TestTrends::hiddenDissatisfactionAtTarget()
{
    KpiSettings settings; // csat_target 0.8
    const auto figuresWithCsat = [&](qint64 topBoxes) {
        return QList<Figure>{
            proportionWeek("csat", "A1", week(2), topBoxes, 100),
            meanWeek("sentiment", "A1", week(1), 0.3, 0.3, 100),
            meanWeek("sentiment", "A1", week(2), -0.2, 0.3, 100),
        };
    };
    // CSAT exactly at the target (80 %) counts as high; just under it does not.
    QCOMPARE(conflicts::ConflictFinder(figuresWithCsat(80), settings).find("agent", {week(2)}).size(), 1);
    QVERIFY(conflicts::ConflictFinder(figuresWithCsat(79), settings).find("agent", {week(2)}).isEmpty());
}

void TestTrends::transferGamingAgainstTeam()
{
    KpiSettings settings;
    QList<Figure> figures;
    QHash<QString, QString> teams;
    // Five colleagues around 500 s and 8 % transfers; G1 at 350 s and 35 %; G2 fast but not transferring.
    const QList<std::tuple<QString, double, qint64>> agents = {
        {"P1", 500, 16}, {"P2", 510, 14}, {"P3", 490, 18}, {"P4", 520, 15}, {"P5", 505, 17},
        {"G1", 350, 70}, {"G2", 350, 16},
    };
    for (const auto &[agent, aht, transfers] : agents) {
        figures.append(meanWeek("aht", agent, week(5), aht, 150, 200));
        figures.append(proportionWeek("transfer_rate", agent, week(5), transfers, 200));
        teams.insert(agent, QStringLiteral("T"));
    }
    const auto found = conflicts::ConflictFinder(figures, settings).find("agent", {week(5)}, teams);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, conflicts::Rule::TransferGaming);
    QCOMPARE(found[0].group, QStringLiteral("G1"));
    QCOMPARE(found[0].severity, QStringLiteral("high")); // 35 % is more than twice the median 8 %
}

void TestTrends::callbackChurnCapacityQualityGap()
{
    KpiSettings settings;
    const auto volumeWeek = [](const QString &group, const QString &period, double contacts) {
        Figure f;
        f.kpi = QStringLiteral("volume");
        f.group = group;
        f.period = period;
        f.value = contacts;
        f.n = qint64(contacts);
        return f;
    };
    QList<Figure> figures = {
        // Q1: FCR 80 → 70 % of 1,000 while volume 1,000 → 1,200 (Poisson: ±86): callback churn.
        proportionWeek("fcr", "Q1", week(1), 800, 1000), proportionWeek("fcr", "Q1", week(2), 700, 1000),
        volumeWeek("Q1", week(1), 1000), volumeWeek("Q1", week(2), 1200),
        // Q2: the same FCR fall, volume 1,000 → 1,050 (within ±90): no conflict.
        proportionWeek("fcr", "Q2", week(1), 800, 1000), proportionWeek("fcr", "Q2", week(2), 700, 1000),
        volumeWeek("Q2", week(1), 1000), volumeWeek("Q2", week(2), 1050),
        // Q3: service level 80 → 60 % while abandonment 3 → 10 %: capacity.
        proportionWeek("service_level", "Q3", week(1), 800, 1000),
        proportionWeek("service_level", "Q3", week(2), 600, 1000),
        proportionWeek("abandonment_rate", "Q3", week(1), 30, 1000),
        proportionWeek("abandonment_rate", "Q3", week(2), 100, 1000),
        // Q4: QA 85 → 70 (sd 5, n 40: far beyond 99 %) while AHT stays: quality gap.
        meanWeek("qa_score", "Q4", week(1), 85, 5, 40), meanWeek("qa_score", "Q4", week(2), 70, 5, 40),
        meanWeek("aht", "Q4", week(1), 400, 100, 300), meanWeek("aht", "Q4", week(2), 402, 100, 300),
        // Q5: the same QA fall while AHT rises clearly: time goes into the contact, no quality gap.
        meanWeek("qa_score", "Q5", week(1), 85, 5, 40), meanWeek("qa_score", "Q5", week(2), 70, 5, 40),
        meanWeek("aht", "Q5", week(1), 400, 100, 300), meanWeek("aht", "Q5", week(2), 460, 100, 300),
    };
    QStringList fired;
    for (const auto &c : conflicts::ConflictFinder(figures, settings).find("queue", {week(2)}))
        fired << conflicts::ruleName(c.rule) + u':' + c.group;
    fired.sort();
    QCOMPARE(fired, (QStringList{"callback_churn:Q1", "capacity:Q3", "quality_gap:Q4"}));
}

void TestTrends::demoStoriesFoundAndQuietElsewhere()
{
    test::TempStore t;
    QString error;
    QVERIFY2(demo::importFolder(t.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    KpiEngine engine(t.store(), KpiSettings::load(t.store()), QTimeZone("Europe/Amsterdam"));
    const KpiSettings &settings = engine.settings();
    QStringList weeks;
    for (int w = 36; w <= 47; ++w)
        weeks << week(w);
    const auto groups = conflicts::weeklyByGroup(engine, KpiQuery(), &error);
    QVERIFY2(groups, qPrintable(error));
    const QList<conflicts::Conflict> found = conflicts::findConflicts(*groups, settings, weeks);
    const auto weeksOf = [&](conflicts::Rule rule, const QString &group) {
        QStringList list;
        for (const auto &c : found) {
            if (c.rule == rule && c.group == group)
                list << c.week;
        }
        return list;
    };
    // 1. Rushing: AG101 from week 9 (2026-W44) on, never before.
    const QStringList rushing = weeksOf(conflicts::Rule::Rushing, "AG101");
    QVERIFY2(rushing.size() >= 3, qPrintable(rushing.join(u' ')));
    for (const QString &w : rushing)
        QVERIFY2(w >= week(44), qPrintable(w));
    // 2. Transfer gaming: AG112 nearly every week.
    QVERIFY(weeksOf(conflicts::Rule::TransferGaming, "AG112").size() >= 10);
    // 3. Capacity: Tech Support in 2026-W44 or W45 (team and queue).
    const QStringList capacity = weeksOf(conflicts::Rule::Capacity, "Tech Support");
    QVERIFY(capacity.contains(week(44)) || capacity.contains(week(45)));
    // 4. Hidden dissatisfaction: AG123 in the later weeks.
    QVERIFY(weeksOf(conflicts::Rule::HiddenDissatisfaction, "AG123").size() >= 3);
    // Quiet elsewhere: under 5 % of the other agents' weeks are flagged at all.
    const QSet<QString> planted = {"AG101", "AG112", "AG123"};
    QSet<QString> flagged;
    QSet<QString> agents;
    for (const auto &c : found) {
        if (c.groupKind == u"agent" && !planted.contains(c.group))
            flagged.insert(c.group + u' ' + c.week);
    }
    for (const auto &[agent, team] : engine.agentTeams().asKeyValueRange()) {
        Q_UNUSED(team);
        if (!planted.contains(agent))
            agents.insert(agent);
    }
    const double share = double(flagged.size()) / double(agents.size() * weeks.size());
    qInfo("other agents' weeks flagged: %lld of %lld (%.1f %%)", qint64(flagged.size()),
          qint64(agents.size() * weeks.size()), share * 100);
    QVERIFY(share < 0.05);
}

void TestTrends::cliConflictsAndTrends()
{
    test::TempStore t;
    QString error;
    QVERIFY2(demo::importFolder(t.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    t.close();
    const auto run = [&](const QStringList &args) {
        return test::cliJson(QStringList{"--db", t.path(), "--tz", "Europe/Amsterdam"} + args
                             + QStringList{"--format", "json"});
    };
    // The contract's keys, and the under-staffed queue of 2026-W44.
    const QJsonArray conflicts = run({"conflicts", "--week", "2026-W44"});
    QVERIFY(!conflicts.isEmpty());
    bool capacity = false;
    for (const QJsonValue &v : conflicts) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"rule", "group_kind", "group", "week", "severity", "evidence", "explanation"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o["week"].toString(), QStringLiteral("2026-W44"));
        capacity = capacity || (o["rule"].toString() == u"capacity" && o["group"].toString() == u"Tech Support");
    }
    QVERIFY(capacity);
    // Trends of the newest week: AG101's AHT is falling.
    const QJsonArray trends = run({"trends", "--by", "agent", "--kpi", "aht", "--week", "2026-W47"});
    bool falling = false;
    for (const QJsonValue &v : trends) {
        const QJsonObject o = v.toObject();
        if (o["group"].toString() == u"AG101")
            falling = o["direction"].toString() == u"falling";
    }
    QVERIFY(falling);
}

void TestTrends::reasonsParetoStructuralIncidents()
{
    const auto volume = [](const QString &reason, const QString &period, double contacts) {
        Figure f;
        f.kpi = QStringLiteral("volume");
        f.group = reason;
        f.period = period;
        f.value = contacts;
        return f;
    };
    // Pareto: 60 billing, 30 faults, 10 other → 60 %, 90 %, 100 %; repeat drivers beside.
    Figure repeats = proportionWeek("repeat_contact_rate", "faults", "all", 12, 30);
    QList<reasons::ReasonShare> list = reasons::pareto(
        {volume("faults", "all", 30), volume("billing", "all", 60), volume("other", "all", 10), repeats});
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].reason, QStringLiteral("billing"));
    QCOMPARE(list[1].cumulativeShare, 0.9);
    QCOMPARE(list[1].repeats, qint64(12));
    QCOMPARE(*list[1].repeatRate, 0.4);
    // Structural: "other" is ≥ 10 % in weeks 1–4 (4 in a row); "faults" only in weeks 1–3 and 5.
    QList<Figure> weekly;
    const QList<std::tuple<int, double, double, double>> weeks = {
        {1, 80, 10, 10}, {2, 80, 10, 10}, {3, 80, 10, 10}, {4, 85, 5, 10}, {5, 80, 10, 10}};
    for (const auto &[w, billing, faults, other] : weeks) {
        weekly << volume("billing", week(w), billing) << volume("faults", week(w), faults)
               << volume("other", week(w), other);
    }
    reasons::markStructural(list, weekly, 0.10);
    QVERIFY(list[0].structural);  // billing
    QVERIFY(!list[1].structural); // faults: the run breaks in week 4
    QVERIFY(list[2].structural);  // other
    // Incidents: 28 quiet days of 10 ± 1, then a spike of 40 that is gone the next day; a
    // level shift to 40 that stays is no incident.
    QList<Figure> daily;
    const qint32 start = LocalDayConverter::fromDate(QDate(2026, 3, 2));
    for (int d = 0; d < 40; ++d) {
        const QString day = periodLabel(PeriodKind::Day, start + d);
        const double base = 10 + (d % 2 == 0 ? 1 : -1);
        daily << volume("billing", day, d == 30 ? 40 : base) << volume("faults", day, d >= 30 ? 40 : base);
    }
    reasons::markIncidents(list, daily);
    QCOMPARE(list[0].incidentDays, QStringList{periodLabel(PeriodKind::Day, start + 30)});
    QVERIFY(list[1].incidentDays.isEmpty());
}

void TestTrends::projectionAndBacktest()
{
    // An exact line 10, 12, …, 24 projects 26, 28, 30, 32 with no doubt, and its back-test
    // (projecting from each earlier stretch of 4 weeks) missed by nothing.
    const QList<Figure> line = series({10, 12, 14, 16, 18, 20, 22, 24}, {});
    const auto projected = trends::project(line, 4);
    QCOMPARE(projected.size(), 4);
    QCOMPARE(projected[0].value, 26.0);
    QCOMPARE(projected[3].value, 32.0);
    QCOMPARE(projected[3].interval.high, 32.0);
    const auto errors = trends::backtestError(line, 4);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(*errors[0], 0.0);
    QCOMPARE(*errors[3], 0.0);
    // Alternating 10, 12: a 4-week fit (x̄ 1.5, ȳ 11, Sxx 5, Sxy 2: slope 0.4) projects
    // 11 + 0.4 · 2.5 = 12 next, where 10 came: an error of 2; the interval widens with the horizon.
    const QList<Figure> zigzag = series({10, 12, 10, 12, 10, 12, 10, 12}, {});
    const auto ahead = trends::project(zigzag.mid(0, 4), 4);
    QCOMPARE(ahead[0].value, 12.0);
    QVERIFY(ahead[3].interval.high - ahead[3].interval.low > ahead[0].interval.high - ahead[0].interval.low);
    QVERIFY(*trends::backtestError(zigzag, 4)[0] > 1);
    QVERIFY(trends::project(series({1, 2}, {}), 4).isEmpty());
}

void TestTrends::leadingAndLagging()
{
    QCOMPARE(trends::indicatorOf("fcr"), trends::Indicator::Leading);
    QCOMPARE(trends::indicatorOf("engagement"), trends::Indicator::Leading);
    QCOMPARE(trends::indicatorOf("nps"), trends::Indicator::Lagging);
    QCOMPARE(trends::indicatorOf("churn_rate"), trends::Indicator::Lagging);
    QCOMPARE(trends::indicatorOf("aht"), trends::Indicator::Neither);
    QVERIFY(trends::laggingFollowers("fcr").contains("nps"));
    for (const char *leading : {"fcr", "engagement", "proactive_ratio", "repeat_contact_rate", "qa_score"}) {
        for (const QString &lagging : trends::laggingFollowers(leading))
            QCOMPARE(trends::indicatorOf(lagging), trends::Indicator::Lagging);
    }
}

// A simulated operation with no story at all: 30 agents in 3 teams, 12 weeks, every agent
// drawing from the same fixed distributions every week. Any conflict found is a false alarm.
void TestTrends::stationaryOperationStaysQuiet()
{
    test::TempStore t;
    QRandomGenerator random(20261123);
    QByteArray contacts = "contact_id,started_at,channel,direction,queue,agent_id,team,customer_id,wait_s,answered,"
                          "abandoned,talk_s,hold_s,acw_s,transferred,resolved,reason,sentiment\n";
    QByteArray surveys = "contact_id,answered_at,csat,nps,ces\n";
    QByteArray qa = "evaluation_id,contact_id,agent_id,evaluated_at,score\n";
    const QDateTime firstMonday(QDate(2026, 8, 31), QTime(8, 0), QTimeZone("UTC"));
    const auto normal = [&](double mean, double sd) {
        // Box–Muller.
        const double u = std::max(1e-12, random.generateDouble());
        return mean + sd * std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * random.generateDouble());
    };
    int id = 0;
    for (int week = 0; week < 12; ++week) {
        for (int agent = 1; agent <= 30; ++agent) {
            const QByteArray agentId = "S" + QByteArray::number(agent);
            const QByteArray team = "Team" + QByteArray::number((agent - 1) / 10 + 1);
            for (int i = 0; i < 150; ++i) {
                const QDateTime at = firstMonday.addDays(7 * week + random.bounded(5)).addSecs(random.bounded(8 * 3600));
                const QByteArray cid = "S" + QByteArray::number(++id);
                const double wait = -15 * std::log(std::max(1e-9, random.generateDouble()));
                const bool abandoned = random.generateDouble() < 0.03;
                const bool transferred = !abandoned && random.generateDouble() < 0.08;
                QByteArray handling = "0,1,,,,"; // answered, abandoned, talk, hold, acw, transferred
                if (!abandoned) {
                    handling = "1,0," + QByteArray::number(int(std::max(30.0, normal(330, 120)))) + ",0,"
                        + QByteArray::number(int(std::max(0.0, normal(50, 20)))) + (transferred ? ",1" : ",0");
                }
                const QByteArray handler = abandoned ? QByteArray(",") : agentId + ',' + team;
                contacts += cid + ',' + at.toString(Qt::ISODate).toLatin1() + ",voice,inbound," + team + ',' + handler
                    + ",cust" + QByteArray::number(random.bounded(20000)) + ',' + QByteArray::number(int(wait)) + ','
                    + handling + ',' + (random.generateDouble() < 0.8 ? "1" : "0") + ",billing,"
                    + QByteArray::number(std::clamp(normal(0.2, 0.3), -1.0, 1.0), 'f', 2) + '\n';
                if (!abandoned && random.generateDouble() < 0.2) {
                    const int csat = random.generateDouble() < 0.75 ? 4 + random.bounded(2) : 1 + random.bounded(3);
                    surveys += cid + ',' + at.addSecs(3600).toString(Qt::ISODate).toLatin1() + ','
                        + QByteArray::number(csat) + ',' + QByteArray::number(csat * 2) + ','
                        + QByteArray::number(6 - csat) + '\n';
                }
                if (!abandoned && i < 4)
                    qa += "Q" + cid + ',' + cid + ',' + agentId + ',' + at.addDays(1).toString(Qt::ISODate).toLatin1()
                        + ',' + QByteArray::number(int(std::clamp(normal(80, 8), 0.0, 100.0))) + '\n';
            }
        }
    }
    const auto load = [&](const char *name, const QByteArray &text, import::Kind kind) {
        const auto r = test::importCanonical(t.store(), test::writeFile(t.dir(), QLatin1String(name), text), kind);
        QVERIFY2(r.status == import::ImportStatus::Imported, qPrintable(r.message));
    };
    load("contacts.csv", contacts, import::Kind::Interactions);
    load("surveys.csv", surveys, import::Kind::Surveys);
    load("qa.csv", qa, import::Kind::Qa);

    KpiEngine engine(t.store(), KpiSettings(), QTimeZone("UTC"));
    KpiQuery q;
    q.period = PeriodKind::Week;
    q.by = GroupBy::Agent;
    QString error;
    const auto figures = engine.compute(q, &error);
    QVERIFY2(figures, qPrintable(error));
    QStringList weeks;
    for (int w = 36; w <= 47; ++w)
        weeks << week(w);
    const auto found = conflicts::ConflictFinder(*figures, engine.settings()).find("agent", weeks, engine.agentTeams());
    QSet<QString> flagged;
    for (const auto &c : found)
        flagged.insert(c.group + u' ' + c.week);
    const double share = double(flagged.size()) / (30.0 * 12);
    qInfo("stationary operation: %lld of 360 agent-weeks flagged (%.1f %%)", qint64(flagged.size()), share * 100);
    QVERIFY(share < 0.05);
}

// An agent is set against the median of their team: members only, per week, none where no
// member has a value.
void TestTrends::medianOfMembersPerWeek()
{
    const QList<Figure> figures = {
        proportionWeek("fcr", "a", "2026-W01", 5, 10),  // 0.5
        proportionWeek("fcr", "b", "2026-W01", 7, 10),  // 0.7
        proportionWeek("fcr", "c", "2026-W01", 9, 10),  // 0.9
        proportionWeek("fcr", "x", "2026-W01", 0, 10),  // not a member
        proportionWeek("csat", "a", "2026-W01", 1, 10), // another KPI
        proportionWeek("fcr", "a", "2026-W02", 4, 10),  // 0.4
        proportionWeek("fcr", "b", "2026-W02", 6, 10),  // 0.6: an even count gives the mean of both
    };
    const auto medians = trends::medianByPeriod(figures, "fcr", {"a", "b", "c"}, {"2026-W01", "2026-W02", "2026-W03"});
    QCOMPARE(medians.size(), 3);
    QVERIFY(medians[0] && std::abs(*medians[0] - 0.7) < 1e-6);
    QVERIFY(medians[1] && std::abs(*medians[1] - 0.5) < 1e-6);
    QVERIFY(!medians[2]);
}

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
