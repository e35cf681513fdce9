#include "reviewpages.h"

#include "reviewslide.h"

#include "../dashboard/kpiwording.h"

#include <conflicts/attention.h>
#include <trends/headline.h>

#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace huddle::ui {

namespace {

// How many agents the meeting goes through, and how many lines of them fit on a slide
// (a line holds about kCharactersPerLine characters of body text on a 16:9 screen).
constexpr qsizetype kAttentionAgents = 10;
constexpr int kAttentionLinesPerSlide = 12;
constexpr int kCharactersPerLine = 70;
constexpr int kSummaryColumns = 3;

} // namespace

QString ReviewPages::groupText(const conflicts::Conflict &c, const DashboardData &data)
{
    if (c.groupKind == u"agent") {
        const QString team = data.groups.isEmpty() ? QString() : data.agents().teamOfAgent.value(c.group);
        return team.isEmpty() ? tr("Agent %1").arg(c.group)
                              : tr("Agent %1 · team %2").arg(c.group, team);
    }
    if (c.groupKind == u"team")
        return tr("Team %1").arg(c.group);
    return tr("Queue %1").arg(c.group);
}


QString ReviewPages::goodColour()
{
    return QStringLiteral("#7cc4ff");
}

QString ReviewPages::badColour()
{
    return QStringLiteral("#ffb020");
}

ReviewSlide *ReviewPages::summary(const DashboardData &data)
{
    auto *slide = new ReviewSlide(tr("Week %1 · summary").arg(data.week));
    QGridLayout *grid = slide->addGrid();
    grid->setHorizontalSpacing(48);
    grid->setVerticalSpacing(24);
    int index = 0;
    for (const QString &id : headlineKpis()) {
        const kpi::KpiSpec &spec = *kpi::findKpi(id);
        const trends::Headline headline = trends::headline(trends::seriesOf(data.operationWeekly, id), data.week,
                                                           data.settings);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(slide->makeLabel(kpi::Definitions::name(spec), ReviewSlide::Role::Heading));
        const bool hasValue = headline.current && headline.current->value;
        cell->addWidget(slide->makeLabel(hasValue ? kpi::formatValue(spec, *headline.current->value) : tr("no data"),
                                         ReviewSlide::Role::Figure));
        const QString status = KpiWording::targetStatus(spec, headline);
        for (const QString &line : {status, KpiWording::change(spec, headline), KpiWording::trend(headline),
                                    KpiWording::asOf(headline)}) {
            if (line.isEmpty())
                continue;
            const QString colour = line != status ? QString()
                                   : KpiWording::onTarget(spec, headline) ? goodColour()
                                                                          : badColour();
            cell->addWidget(slide->makeLabel(line, ReviewSlide::Role::Body, colour));
        }
        if (hasValue && headline.current->lowSample)
            cell->addWidget(slide->makeLabel(tr("⚠ small sample (n = %1)").arg(headline.current->n),
                                             ReviewSlide::Role::Body, badColour()));
        cell->addStretch(1);
        grid->addLayout(cell, index / kSummaryColumns, index % kSummaryColumns, Qt::AlignTop);
        ++index;
    }
    for (int column = 0; column < kSummaryColumns; ++column)
        grid->setColumnStretch(column, 1);
    return slide;
}

QString ReviewPages::evidenceLine(const QString &kpi, const QJsonObject &evidence)
{
    const kpi::KpiSpec *spec = kpi::findKpi(kpi);
    if (!spec)
        return {};
    const auto number = [&](const char *key) -> std::optional<double> {
        const QJsonValue v = evidence.value(QLatin1StringView(key));
        return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
    };
    QStringList parts;
    if (const auto value = number("value"))
        parts.append(kpi::formatValue(*spec, *value));
    if (const auto previous = number("previous")) {
        const auto change = number("change");
        parts.append(change ? tr("previous week %1 (%2)")
                                  .arg(kpi::formatValue(*spec, *previous), kpi::formatChange(*spec, *change))
                            : tr("previous week %1").arg(kpi::formatValue(*spec, *previous)));
    }
    const QString trend = evidence.value(QStringLiteral("trend")).toString();
    if (trend == u"rising")
        parts.append(tr("rising by trend"));
    else if (trend == u"falling")
        parts.append(tr("falling by trend"));
    else if (trend == u"flat")
        parts.append(tr("flat by trend"));
    if (const auto median = number("team_median"))
        parts.append(tr("team median %1").arg(kpi::formatValue(*spec, *median)));
    if (const auto target = number("target"))
        parts.append(tr("target %1").arg(kpi::formatValue(*spec, *target)));
    return tr("%1: %2").arg(kpi::Definitions::name(*spec), parts.join(QStringLiteral(", ")));
}

QList<ReviewSlide *> ReviewPages::conflicts(const DashboardData &data)
{
    QList<ReviewSlide *> slides;
    const QList<conflicts::Conflict> week = data.weekConflicts();
    const qsizetype count = week.size();
    for (qsizetype i = 0; i < count; ++i) {
        const conflicts::Conflict &c = week[i];
        auto *slide = new ReviewSlide(
            tr("Conflict %1 of %2 · %3").arg(i + 1).arg(count).arg(conflicts::ruleTitle(c.rule)));
        slide->addLine(groupText(c, data), ReviewSlide::Role::Heading);
        slide->addLine(c.severity == u"high" ? tr("Severity high: both moved week over week")
                                             : tr("Severity medium: seen in the trend"),
                       ReviewSlide::Role::Body, c.severity == u"high" ? badColour() : QString());
        slide->addLine(c.explanation, ReviewSlide::Role::Heading);
        slide->addLine(tr("Evidence"), ReviewSlide::Role::Heading);
        for (auto it = c.evidence.constBegin(); it != c.evidence.constEnd(); ++it) {
            if (it.value().isObject())
                slide->addLine(u"• " + evidenceLine(it.key(), it.value().toObject()), ReviewSlide::Role::Body);
        }
        slide->addLine(tr("Coaching topic: %1").arg(c.coachingTopic), ReviewSlide::Role::Body, goodColour());
        slide->addStretch();
        slides.append(slide);
    }
    if (slides.isEmpty()) {
        auto *slide = new ReviewSlide(tr("Conflicts"));
        slide->addLine(tr("No conflicts this week: no two KPIs tell different stories about an agent, team or "
                          "queue."),
                       ReviewSlide::Role::Heading);
        slide->addStretch();
        slides.append(slide);
    }
    return slides;
}

QList<ReviewSlide *> ReviewPages::attention(const DashboardData &data)
{
    const QList<conflicts::AgentAttention> agents =
        data.groups.isEmpty() ? QList<conflicts::AgentAttention>()
                              : conflicts::agentsNeedingAttention(data.agents(), data.conflicts, data.settings, data.week);
    QList<ReviewSlide *> slides;
    ReviewSlide *slide = nullptr;
    int lines = 0;
    const qsizetype shown = std::min<qsizetype>(agents.size(), kAttentionAgents);
    for (qsizetype rank = 0; rank < shown; ++rank) {
        const conflicts::AgentAttention &a = agents[rank];
        QStringList reasons;
        for (const conflicts::AttentionReason &r : a.reasons)
            reasons.append(r.text);
        const QString why = reasons.join(QStringLiteral("; "));
        const int needed = 1 + int(why.size() / kCharactersPerLine) + 1;
        if (!slide || lines + needed > kAttentionLinesPerSlide) {
            slide = new ReviewSlide(tr("Agents needing attention"));
            slides.append(slide);
            lines = 0;
        }
        slide->addLine(a.team.isEmpty() ? tr("%1. %2").arg(rank + 1).arg(a.agent)
                                        : tr("%1. %2 · team %3").arg(rank + 1).arg(a.agent, a.team),
                       ReviewSlide::Role::Heading);
        slide->addLine(why, ReviewSlide::Role::Body);
        lines += needed;
    }
    // The meeting talks about the most pressing; the rest are on the dashboard.
    if (agents.size() > shown)
        slide->addLine(tr("… and %1 more agents with a KPI off target or worsening: see the dashboard's agents table.")
                           .arg(agents.size() - shown),
                       ReviewSlide::Role::Body, goodColour());
    if (slides.isEmpty()) {
        slide = new ReviewSlide(tr("Agents needing attention"));
        slide->addLine(tr("No agent needs attention this week: no conflicts, no KPI clearly off target, no "
                          "worsening trend."),
                       ReviewSlide::Role::Heading);
        slides.append(slide);
    }
    for (qsizetype i = 0; i < slides.size(); ++i) {
        if (slides.size() > 1)
            slides[i]->setTitle(tr("Agents needing attention (%1 of %2)").arg(i + 1).arg(slides.size()));
        slides[i]->addStretch();
    }
    return slides;
}

ReviewSlide *ReviewPages::followUps(const DashboardData &data, const QList<FollowUp> &followUps)
{
    auto *slide = new ReviewSlide(tr("Follow-ups due in %1").arg(data.week));
    if (followUps.isEmpty()) {
        slide->addLine(tr("No coaching notes yet"), ReviewSlide::Role::Heading);
        slide->addLine(tr("Follow-ups of coaching notes will be listed here once notes are kept in Huddle."),
                       ReviewSlide::Role::Body);
    }
    for (const FollowUp &f : followUps) {
        slide->addLine(tr("%1 · due %2").arg(f.agent, f.due), ReviewSlide::Role::Heading);
        slide->addLine(u"    " + f.topic, ReviewSlide::Role::Body);
    }
    slide->addStretch();
    return slide;
}

} // namespace huddle::ui
