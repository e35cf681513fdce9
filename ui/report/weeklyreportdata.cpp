#include "weeklyreportdata.h"

#include "../insights/insightsdata.h"

#include <common/localday.h>
#include <common/redact.h>
#include <kpi/period.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QCoreApplication>

#include <algorithm>

namespace huddle::ui {

namespace {

class ReportDataText
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportData)
};

// The week's survey comments of the focus, with a rating: the lowest-rated and the
// highest-rated, so the review hears both sides.
std::optional<QList<SurveyComment>> commentsOf(kpi::KpiEngine &engine, const WeeklyReportData &data, QString *error)
{
    kpi::KpiQuery week;
    week.from = data.monday;
    week.to = data.sunday;
    week.period = kpi::PeriodKind::Week;
    week.team = data.request.team;
    const auto rows = engine.drillDown(week, QStringLiteral("csat"), QStringLiteral("all"), data.request.week,
                                       kpi::DrillPart::Denominator, error);
    if (!rows)
        return std::nullopt;
    QList<SurveyComment> all;
    for (const store::FactRow &row : *rows) {
        if (!row.survey || !row.survey->csat || row.survey->comment.trimmed().isEmpty())
            continue;
        all.append({row.at.toTimeZone(data.zone), row.agentId, row.channel, *row.survey->csat, row.survey->csatScale,
                    redactIdentifiers(row.survey->comment.simplified())});
    }
    // Scales differ between surveys: compare the ratings as a share of their scale.
    const auto position = [](const SurveyComment &c) { return double(c.score - 1) / std::max(1, c.scale - 1); };
    std::stable_sort(all.begin(), all.end(), [&](const SurveyComment &a, const SurveyComment &b) {
        return position(a) != position(b) ? position(a) < position(b) : a.at < b.at;
    });
    const qsizetype each = WeeklyReportData::kCommentsEachWay;
    if (all.size() <= 2 * each)
        return all;
    return all.first(each) + all.last(each);
}

std::optional<QList<kpi::Figure>> moneyOf(kpi::KpiEngine &engine, const WeeklyReportData &data, QString *error)
{
    kpi::KpiQuery weeks;
    weeks.from = data.monday.addDays(-7);
    weeks.to = data.sunday;
    weeks.period = kpi::PeriodKind::Week;
    weeks.team = data.request.team;
    weeks.kpis = moneyKpis();
    return engine.compute(weeks, error);
}

bool teamKnown(const DashboardData &dashboard, const QString &team)
{
    if (const conflicts::GroupWeekly *teams = dashboard.group(QStringLiteral("team"))) {
        for (const kpi::Figure &f : teams->figures) {
            if (f.group == team)
                return true;
        }
    }
    return false;
}

} // namespace

const QStringList &moneyKpis()
{
    static const QStringList kpis = {QStringLiteral("repeat_cost"), QStringLiteral("fcr_gain_savings"),
                                     QStringLiteral("churn_value_at_risk")};
    return kpis;
}

Focus WeeklyReportData::focus() const
{
    return request.team.isEmpty() ? Focus::operation() : Focus::team(request.team);
}

bool WeeklyReportData::hasData() const
{
    // Other figures (churn, pulses) can fill a week without contacts: volume says.
    const QList<kpi::Figure> volume = FocusView(dashboard, focus()).weekly(QStringLiteral("volume"));
    return std::any_of(volume.cbegin(), volume.cend(),
                       [&](const kpi::Figure &f) { return f.period == request.week && f.value.value_or(0) > 0; });
}

QStringList WeeklyReportData::agents() const
{
    QStringList agents;
    if (dashboard.groups.isEmpty())
        return agents;
    const conflicts::GroupWeekly &byAgent = dashboard.agents();
    for (const kpi::Figure &f : byAgent.figures) {
        if (f.period == request.week && (agents.isEmpty() || agents.last() != f.group)
            && (request.team.isEmpty() || byAgent.teamOfAgent.value(f.group) == request.team))
            agents.append(f.group);
    }
    agents.removeDuplicates();
    agents.sort();
    return agents;
}

WeeklyReportData loadWeeklyReport(const QString &storePath, const ReportRequest &request)
{
    WeeklyReportData data;
    data.request = request;
    const auto period = kpi::periodFromLabel(request.week);
    if (!period || period->first != kpi::PeriodKind::Week) {
        data.failure = WeeklyReportData::Failure::BadWeek;
        data.error = ReportDataText::tr("“%1” is not an ISO week such as 2026-W47.").arg(request.week);
        return data;
    }
    data.monday = LocalDayConverter::toDate(period->second);
    data.sunday = data.monday.addDays(6);

    // The dashboard's load of the quarter up to the week: the same figures, trends and
    // conflicts the dashboard shows with this week selected.
    DashboardLoader loader;
    DashboardFilters filters;
    filters.from = data.monday.addDays(-7 * (DashboardData::kDefaultWeeks - 1));
    filters.to = data.sunday;
    data.dashboard = loader.load(storePath, filters, request.week);
    data.dashboard.week = request.week; // an empty week stays the week asked for: "no data"
    if (!data.dashboard.error.isEmpty()) {
        data.failure = WeeklyReportData::Failure::Store;
        data.error = data.dashboard.error;
        return data;
    }
    store::Store &store = *loader.store();
    kpi::KpiEngine &engine = *loader.engine();
    data.zone = store.timeZone();
    data.generatedAt = QDateTime::currentDateTime().toTimeZone(data.zone);
    if (!request.team.isEmpty() && !teamKnown(data.dashboard, request.team)) {
        data.failure = WeeklyReportData::Failure::UnknownTeam;
        data.error = ReportDataText::tr("No team “%1” has contacts in the 13 weeks up to %2.")
                         .arg(request.team, request.week);
        return data;
    }

    kpi::KpiQuery span = data.dashboard.query();
    span.team = request.team;
    auto outlook = loadOutlook(engine, span, &data.error);
    auto reasons = reasons::analyse(engine, span, &data.error);
    auto money = moneyOf(engine, data, &data.error);
    auto comments = commentsOf(engine, data, &data.error);
    if (!outlook || !reasons || !money || !comments) {
        data.failure = WeeklyReportData::Failure::Store;
        return data;
    }
    // The focus's own lines; the operation's view also lists each team's, which a report of
    // the operation leaves to the teams' reports.
    std::copy_if(outlook->cbegin(), outlook->cend(), std::back_inserter(data.outlook),
                 [](const trends::LeadLag &line) { return line.group == u"all"; });
    data.reasons = std::move(*reasons);
    data.money = std::move(*money);
    data.comments = std::move(*comments);

    // A team's notes: about the agents the roster or their contacts place in the team.
    const QHash<QString, QString> teamOfAgent =
        data.dashboard.groups.isEmpty() ? QHash<QString, QString>() : data.dashboard.agents().teamOfAgent;
    const QList<coaching::CoachingNote> notes = store::NoteRepository(store).list();
    std::copy_if(notes.cbegin(), notes.cend(), std::back_inserter(data.notes), [&](const coaching::CoachingNote &note) {
        return request.team.isEmpty() || teamOfAgent.value(note.agent) == request.team;
    });
    for (const coaching::CoachingNote &note : std::as_const(data.notes)) {
        const QDate written = note.createdAt.toTimeZone(data.zone).date();
        if (written >= data.monday && written <= data.sunday)
            data.notesWritten.append(note);
    }
    data.followUps = coaching::followUpsDue(data.notes, request.week);
    return data;
}

} // namespace huddle::ui
