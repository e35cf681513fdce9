// huddle-cli's commands on what the figures mean: trends and conflicts. Parsing and
// printing only; the rules live in core/trends and core/conflicts.
#include "cliapp.h"
#include "tableprinter.h"

#include <conflicts/conflict.h>
#include <kpi/kpiengine.h>
#include <kpi/period.h>
#include <reasons/reasons.h>
#include <store/store.h>
#include <trends/outlook.h>
#include <trends/trend.h>

#include <common/localday.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace huddle::cli {

using namespace huddle::kpi;

namespace {

QJsonValue jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString weekLabel(qint32 monday)
{
    return periodLabel(PeriodKind::Week, monday);
}

} // namespace

// The weeks a trends or conflicts question is about: --week, or the weeks of --from/--to,
// or else the newest week with contacts. Sets *first to the Monday of the first one.
bool CliApp::weeksFromOptions(KpiEngine &engine, QStringList *weeks, qint32 *first, qint32 *last)
{
    if (m_parser.isSet(QStringLiteral("week"))) {
        const auto week = periodFromLabel(m_parser.value(QStringLiteral("week")));
        if (!week || week->first != PeriodKind::Week) {
            usage(tr("--week takes an ISO week such as 2026-W45"));
            return false;
        }
        *first = *last = week->second;
    } else if (m_parser.isSet(QStringLiteral("from")) || m_parser.isSet(QStringLiteral("to"))) {
        KpiQuery dates;
        if (!kpiQueryFromOptions(&dates))
            return false;
        if (!dates.from || !dates.to) {
            usage(tr("--from and --to go together"));
            return false;
        }
        *first = periodStart(PeriodKind::Week, LocalDayConverter::fromDate(*dates.from));
        *last = periodStart(PeriodKind::Week, LocalDayConverter::fromDate(*dates.to));
    } else {
        KpiQuery all;
        all.period = PeriodKind::Week;
        QString error;
        const auto figures = engine.compute(all, &error);
        if (!figures || figures->isEmpty()) {
            fail(ExitNotFound, figures ? tr("the store has no contacts yet") : error);
            return false;
        }
        *first = *last = periodFromLabel(figures->last().period)->second;
    }
    for (qint32 monday = *first; monday <= *last; monday += 7)
        weeks->append(weekLabel(monday));
    return true;
}

int CliApp::openWeeks(WeeksQuestion &question)
{
    if (const int code = openEngine(question.store, question.engine); code != ExitOk)
        return code;
    if (!weeksFromOptions(*question.engine, &question.weeks, &question.first, &question.last))
        return m_exitCode;
    return ExitOk;
}

int CliApp::runConflicts(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("conflicts takes options only: [--week W | --from D --to D] [--team T]"));
    WeeksQuestion question;
    if (const int code = openWeeks(question); code != ExitOk)
        return code;
    const auto &[store, engine, weeks, first, last] = question;
    KpiQuery base;
    base.team = m_parser.value(QStringLiteral("team"));
    // Trends look back trend_weeks weeks before the first week asked.
    base.from = LocalDayConverter::toDate(first - 7 * engine->settings().trendWeeks);
    base.to = LocalDayConverter::toDate(last + 6);
    QString error;
    const auto groups = conflicts::weeklyByGroup(*engine, base, &error);
    if (!groups)
        return fail(ExitStore, error);
    const QList<conflicts::Conflict> found = conflicts::findConflicts(*groups, engine->settings(), weeks);
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format == u"json") {
        QJsonArray array;
        for (const auto &c : found) {
            array.append(QJsonObject{
                {QStringLiteral("rule"), conflicts::ruleName(c.rule)},
                {QStringLiteral("group_kind"), c.groupKind},
                {QStringLiteral("group"), c.group},
                {QStringLiteral("week"), c.week},
                {QStringLiteral("severity"), c.severity},
                {QStringLiteral("evidence"), c.evidence},
                {QStringLiteral("explanation"), c.explanation},
                {QStringLiteral("coaching_topic"), c.coachingTopic},
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (format == u"csv") {
        m_out << "week,rule,group_kind,group,severity,explanation\n";
        for (const auto &c : found)
            m_out << c.week << ',' << conflicts::ruleName(c.rule) << ',' << c.groupKind << ",\"" << c.group << "\","
                  << c.severity << ",\"" << QString(c.explanation).replace(u'"', QStringLiteral("\"\"")) << "\"\n";
        return ExitOk;
    }
    TablePrinter table({tr("Week"), tr("Conflict"), tr("Kind"), tr("Group"), tr("Severity"), tr("What it usually means")});
    for (const auto &c : found)
        table.addRow({c.week, conflicts::ruleName(c.rule), c.groupKind, c.group, c.severity, c.explanation});
    table.print(m_out);
    m_err << tr("%1 conflicts").arg(found.size()) << '\n';
    return ExitOk;
}

int CliApp::runTrends(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("trends takes options only: [--week W] [--by team|agent|queue] [--kpi K]"));
    WeeksQuestion question;
    if (const int code = openWeeks(question); code != ExitOk)
        return code;
    const auto &[store, engine, weeks, first, last] = question;
    const auto by = groupByFromName(m_parser.value(QStringLiteral("by")));
    if (!by)
        return usage(tr("--by takes all, team, agent or queue"));
    const KpiSettings &settings = engine->settings();
    // The trend's weeks, and the 12 before them for the control limits.
    constexpr int kControlWeeks = 12;
    KpiQuery query;
    query.period = PeriodKind::Week;
    query.by = *by;
    // Half a year of history also back-tests the projections.
    constexpr int kHistoryWeeks = 26;
    query.from = LocalDayConverter::toDate(last - 7 * (std::max({settings.trendWeeks, kControlWeeks + 1, kHistoryWeeks}) - 1));
    query.to = LocalDayConverter::toDate(last + 6);
    QString error;
    const auto figures = engine->compute(query, &error);
    if (!figures)
        return fail(ExitStore, error);
    const QStringList wanted = m_parser.value(QStringLiteral("kpi")).split(u',', Qt::SkipEmptyParts);
    QMap<std::pair<QString, QString>, QList<Figure>> series; // (kpi, group) -> weeks, oldest first
    for (const Figure &f : *figures) {
        if (wanted.isEmpty() || wanted.contains(f.kpi))
            series[{f.kpi, f.group}].append(f);
    }
    const QString week = weeks.last();
    QJsonArray array;
    TablePrinter table({tr("KPI"), tr("Group"), tr("Week"), tr("Value"), tr("Trend / week"), tr("Direction"),
                        tr("Week over week"), tr("Control")});
    const QLocale locale;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const QList<Figure> &weekly = it.value();
        if (weekly.isEmpty() || weekly.last().period != week || !weekly.last().value)
            continue;
        const KpiSpec *spec = findKpi(it.key().first.section(u'.', 0, 0));
        if (!spec)
            continue;
        const Figure &current = weekly.last();
        const auto trend = trends::recentTrend(weekly, settings.trendWeeks);
        // Plain values, not optionals, in the output below: GCC's -O2 flow analysis cannot see
        // through the optional's engaged flag and warns (an error here).
        std::optional<double> changeDelta;
        bool changeSignificant = false;
        if (weekly.size() > 1) {
            if (const auto change = trends::weekOverWeek(*spec, weekly[weekly.size() - 2], current)) {
                changeDelta = change->delta;
                changeSignificant = change->significant;
            }
        }
        const auto limits = trends::controlLimits(
            *spec, weekly.mid(std::max<qsizetype>(0, weekly.size() - 1 - kControlWeeks), std::min<qsizetype>(kControlWeeks, weekly.size() - 1)),
            current);
        QJsonArray projection;
        for (const trends::ProjectedWeek &p : trends::project(weekly, settings.trendWeeks)) {
            projection.append(QJsonObject{{QStringLiteral("week"), weekLabel(last + 7 * p.weeksAhead)},
                                          {QStringLiteral("value"), p.value},
                                          {QStringLiteral("ci_low"), p.interval.low},
                                          {QStringLiteral("ci_high"), p.interval.high}});
        }
        QJsonArray backtest;
        for (const auto &error : trends::backtestError(weekly, settings.trendWeeks))
            backtest.append(jsonValue(error));
        array.append(QJsonObject{
            {QStringLiteral("kpi"), current.kpi},
            {QStringLiteral("group"), current.group},
            {QStringLiteral("week"), week},
            {QStringLiteral("indicator"), trends::indicatorName(trends::indicatorOf(current.kpi))},
            {QStringLiteral("leads_to"), QJsonArray::fromStringList(trends::laggingFollowers(current.kpi))},
            {QStringLiteral("projection"), projection},
            {QStringLiteral("backtest_mae"), backtest},
            {QStringLiteral("value"), jsonValue(current.value)},
            {QStringLiteral("trend_per_week"), jsonValue(trend ? std::optional(trend->slope) : std::nullopt)},
            {QStringLiteral("trend_ci_low"), jsonValue(trend ? std::optional(trend->interval.low) : std::nullopt)},
            {QStringLiteral("trend_ci_high"), jsonValue(trend ? std::optional(trend->interval.high) : std::nullopt)},
            {QStringLiteral("direction"), trend ? trends::directionName(trend->direction) : QStringLiteral("flat")},
            {QStringLiteral("change"), jsonValue(changeDelta)},
            {QStringLiteral("change_significant"), changeSignificant},
            {QStringLiteral("control_low"), jsonValue(limits ? std::optional(limits->low) : std::nullopt)},
            {QStringLiteral("control_high"), jsonValue(limits ? std::optional(limits->high) : std::nullopt)},
            {QStringLiteral("out_of_control"), limits && limits->outOfControl},
        });
        const auto text = [&](double v) { return locale.toString(v, 'g', 4); };
        table.addRow({current.kpi, current.group, week, text(*current.value), trend ? text(trend->slope) : QString(),
                      trend ? trends::directionName(trend->direction) : QString(),
                      changeDelta ? text(*changeDelta) + (changeSignificant ? QStringLiteral(" *") : QString()) : QString(),
                      limits ? (limits->outOfControl ? tr("out of control") : tr("in control")) : QString()});
    }
    if (m_parser.value(QStringLiteral("format")) == u"json")
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        table.print(m_out);
    return ExitOk;
}

int CliApp::runReasons(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("reasons takes options only: [--from D --to D]"));
    KpiQuery span;
    if (!kpiQueryFromOptions(&span))
        return ExitUsage;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    QString error;
    const auto analysed = reasons::analyse(*engine, span, &error);
    if (!analysed)
        return fail(ExitStore, error);
    const QList<reasons::ReasonShare> &list = *analysed;
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const auto &r : list) {
            array.append(QJsonObject{
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("contacts"), r.contacts},
                {QStringLiteral("share"), r.share},
                {QStringLiteral("cumulative_share"), r.cumulativeShare},
                {QStringLiteral("repeats"), r.repeats},
                {QStringLiteral("repeat_rate"), jsonValue(r.repeatRate)},
                {QStringLiteral("structural"), r.structural},
                {QStringLiteral("incident_days"), QJsonArray::fromStringList(r.incidentDays)},
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    const auto percent = [&](double v) -> QString { return locale.toString(v * 100, 'f', 1) + QStringLiteral(" %"); };
    TablePrinter table({tr("Reason"), tr("Contacts"), tr("Share"), tr("Cumulative"), tr("Repeat rate"),
                        tr("Structural"), tr("Incident days")});
    for (const auto &r : list)
        table.addRow({r.reason, locale.toString(r.contacts), percent(r.share), percent(r.cumulativeShare),
                      r.repeatRate ? percent(*r.repeatRate) : QStringLiteral("—"), r.structural ? tr("yes") : QString(),
                      r.incidentDays.join(QStringLiteral(", "))});
    table.print(m_out);
    return ExitOk;
}

} // namespace huddle::cli
