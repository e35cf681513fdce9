#include "weeklyreport.h"

#include "reportcomposer.h"

#include "../dashboard/kpiwording.h"
#include "../models/agentkpimodel.h"
#include "../models/figuretooltip.h"
#include "../models/leadingindicatorsmodel.h"
#include "../models/reasonparetomodel.h"
#include "../review/reviewpages.h"

#include <common/localday.h>
#include <conflicts/attention.h>
#include <kpi/period.h>
#include <trends/headline.h>

#include <QLocale>

#include <algorithm>

namespace huddle::ui {

namespace {

// How much of the long lists a printed review carries; the rest is on the dashboard.
constexpr qsizetype kReasonRows = 12;
constexpr qsizetype kAttentionRows = 10;
constexpr qsizetype kAgentPageNotes = 5;
constexpr qsizetype kCommentCharacters = 400;

// The KPIs of an agent's page: the headline KPIs an agent has on their own.
const QStringList &agentPageKpis()
{
    static const QStringList kpis = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("csat"),
                                     QStringLiteral("transfer_rate"), QStringLiteral("nps"), QStringLiteral("qa_score")};
    return kpis;
}

const QStringList &chartKpis()
{
    static const QStringList kpis = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("csat")};
    return kpis;
}

// The agents table in three parts that each fit a portrait page: how fast and resolved, how
// felt, how well.
const QList<QStringList> &agentTableParts()
{
    static const QList<QStringList> parts = {
        {QStringLiteral("volume"), QStringLiteral("aht"), QStringLiteral("fcr"), QStringLiteral("csat"),
         QStringLiteral("transfer_rate")},
        {QStringLiteral("fcr_flag"), QStringLiteral("repeat_contact_rate"), QStringLiteral("nps"), QStringLiteral("ces"),
         QStringLiteral("sentiment")},
        {QStringLiteral("qa_score"), QStringLiteral("response_time_p50"), QStringLiteral("sla_compliance"),
         QStringLiteral("proactive_ratio"), QStringLiteral("engagement")},
    };
    return parts;
}

// A figure never wraps between its number, unit and arrow.
TableCell figureCell(QString text)
{
    return TableCell(text.replace(u' ', QChar::Nbsp));
}

QString elided(const QString &text, qsizetype characters)
{
    return text.size() <= characters ? text : text.left(characters).trimmed() + u'…';
}

// Builds the report's blocks into a document, section by section.
class ReportBuilder : private ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)

public:
    ReportBuilder(const WeeklyReportData &data, ReportDocument &document)
        : ReportComposer(document)
        , m_data(data)
        , m_dashboard(data.dashboard)
    {
    }

    void build()
    {
        m_doc.setHeader(tr("Huddle · weekly review"), scopeName() + QStringLiteral(" · ") + m_data.request.week);
        m_doc.setFooter(tr("Generated %1").arg(m_locale.toString(m_data.generatedAt, QLocale::ShortFormat)),
                        tr("Page %1 of %2"));
        cover();
        summary();
        conflictsSection();
        agentsSection();
        outlookSection();
        reasonsSection();
        moneySection();
        commentsSection();
        coachingSection();
        if (m_data.request.agentPages) {
            for (const QString &agent : m_data.agents())
                agentPage(agent);
        }
        glossary(m_dashboard.settings);
    }

private:
    QString scopeName() const
    {
        return m_data.request.team.isEmpty() ? tr("Whole operation") : tr("Team %1").arg(m_data.request.team);
    }

    ReportTile tile(const QString &kpi, const trends::Headline &headline)
    {
        shown(kpi);
        const kpi::KpiSpec &spec = *kpi::findKpi(kpi);
        ReportTile tile;
        tile.name = kpi::Definitions::name(spec);
        const std::optional<kpi::Figure> &current = headline.current;
        if (!current || !current->value) {
            tile.value = QStringLiteral("—");
            tile.change = tr("no data");
            return tile;
        }
        tile.value = kpi::formatValue(spec, *current->value);
        tile.change = KpiWording::change(spec, headline);
        tile.trend = KpiWording::trend(headline);
        tile.status = KpiWording::targetStatus(spec, headline);
        if (headline.target)
            tile.tone = KpiWording::onTarget(spec, headline) ? ReportTile::Status::OnTarget : ReportTile::Status::OffTarget;
        tile.lowSample = current->lowSample;
        // The tooltip's lines after the KPI's name: interval, n, low-sample warning.
        QStringList detail = FigureToolTip::text(spec, *current).split(u'\n').mid(1);
        if (const QString asOf = KpiWording::asOf(headline); !asOf.isEmpty())
            detail.prepend(asOf);
        tile.detail = detail.join(QStringLiteral(" · "));
        return tile;
    }

    void tiles(const FocusView &view, const QStringList &kpis)
    {
        QList<ReportTile> list;
        for (const QString &kpi : kpis)
            list.append(tile(kpi, trends::headline(view.weekly(kpi), m_dashboard.week, m_dashboard.settings)));
        m_doc.add<TileGridBlock>(std::move(list)).spaceAfter = m_style.pt(6);
    }

    void charts(const FocusView &view, const QList<coaching::CoachingNote> &notes)
    {
        QList<ChartRowBlock::Chart> list;
        bool conflicts = false, comparison = false, target = false;
        for (const QString &kpi : chartKpis()) {
            shown(kpi);
            KpiChartData chart = view.chart(kpi);
            for (const coaching::CoachingNote &note : notes) {
                if (note.kpis.contains(kpi) && !note.isDeleted())
                    chart.notes.append({note.anchorWeek(m_data.zone), note.observed});
            }
            conflicts = conflicts || !chart.conflicts.isEmpty();
            comparison = comparison || !chart.comparisonName.isEmpty();
            target = target || chart.target.has_value();
            list.append({kpi::findKpi(kpi), std::move(chart)});
        }
        QList<ChartLegendBlock::Item> legend = {{ChartLegendBlock::Mark::Line, view.title()},
                                                {ChartLegendBlock::Mark::Band, tr("95 % interval")}};
        if (comparison)
            legend.append({ChartLegendBlock::Mark::Dashed, list.first().data.comparisonName});
        if (target)
            legend.append({ChartLegendBlock::Mark::Target, tr("Target")});
        if (conflicts)
            legend.append({ChartLegendBlock::Mark::Conflict, tr("Conflict")});
        if (!notes.isEmpty())
            legend.append({ChartLegendBlock::Mark::Note, tr("Coaching note")});
        auto &row = m_doc.add<ChartRowBlock>(std::move(list), tr("No data"));
        row.keepWithNext = true;
        row.spaceAfter = m_style.pt(2);
        m_doc.add<ChartLegendBlock>(std::move(legend)).spaceAfter = m_style.pt(10);
    }

    // --- sections ------------------------------------------------------------------------

    void cover()
    {
        auto &title = m_doc.add<TextBlock>(tr("Weekly review"), m_style.title, m_style.text);
        title.spaceAfter = m_style.pt(6);
        auto &scope = m_doc.add<TextBlock>(scopeName(), m_style.heading, m_style.focus);
        scope.spaceAfter = m_style.pt(14);
        paragraph(tr("Week %1: %2 to %3").arg(m_data.request.week, longDate(m_data.monday), longDate(m_data.sunday)));
        paragraph(tr("Generated %1, times in %2.")
                      .arg(m_locale.toString(m_data.generatedAt, QLocale::LongFormat),
                           QString::fromUtf8(m_data.zone.id())));
        if (!m_data.hasData()) {
            paragraph(tr("There are no contacts in this week: its figures say “no data”."));
        } else {
            const FocusView view(m_dashboard, m_data.focus());
            const trends::Headline volume = trends::headline(view.weekly(QStringLiteral("volume")), m_dashboard.week,
                                                             m_dashboard.settings);
            const qint64 contacts = volume.current && volume.current->value ? qint64(*volume.current->value) : 0;
            shown(QStringLiteral("volume"));
            paragraph(tr("This week: %1 contacts, %2 agents, %3 conflicts, %4 coaching notes written, %5 follow-ups due.")
                          .arg(m_locale.toString(contacts), m_locale.toString(m_data.agents().size()),
                               m_locale.toString(weekConflicts().size()), m_locale.toString(m_data.notesWritten.size()),
                               m_locale.toString(m_data.followUps.size())));
        }
        subheading(tr("Contents"));
        QStringList contents = {tr("Summary and charts"), tr("Conflicts"), tr("Agents"),
                                tr("Leading and lagging indicators"), tr("Contact reasons"), tr("Money"),
                                tr("Voice of the customer"), tr("Coaching")};
        if (m_data.request.agentPages)
            contents.append(tr("One page per agent"));
        contents.append(tr("Glossary"));
        for (QString &line : contents)
            line.prepend(QStringLiteral("• "));
        paragraph(contents.join(u'\n'));
    }

    void summary()
    {
        heading(tr("Summary"));
        const FocusView view(m_dashboard, m_data.focus());
        tiles(view, headlineKpis());
        subheading(tr("FCR, AHT and CSAT by week"));
        paragraph(m_data.request.team.isEmpty()
                      ? tr("The operation's weekly figures with their 95 % interval. Triangles mark the weeks in "
                           "which a conflict involves the KPI; the thin rule marks week %1.")
                            .arg(m_data.request.week)
                      : tr("The team's weekly figures with their 95 % interval, against the median of all teams. "
                           "Triangles mark the weeks in which a conflict involves the KPI; the thin rule marks "
                           "week %1.")
                            .arg(m_data.request.week),
                  true);
        charts(view, {});
    }

    QList<conflicts::Conflict> weekConflicts() const
    {
        // The focus's own (an operation's: its teams' and queues'), then its agents'.
        QList<conflicts::Conflict> week;
        for (const conflicts::Conflict &c : FocusView(m_dashboard, m_data.focus()).conflicts()) {
            if (c.week == m_data.request.week && c.groupKind != u"agent")
                week.append(c);
        }
        const QStringList agents = m_data.agents();
        for (const conflicts::Conflict &c : m_dashboard.weekConflicts()) {
            if (c.groupKind == u"agent" && agents.contains(c.group))
                week.append(c);
        }
        return week;
    }

    QList<QList<TableCell>> conflictRows(const QList<conflicts::Conflict> &list)
    {
        QList<QList<TableCell>> rows;
        for (const conflicts::Conflict &c : list) {
            QStringList meaning = {c.explanation};
            for (auto it = c.evidence.constBegin(); it != c.evidence.constEnd(); ++it) {
                if (!it.value().isObject())
                    continue;
                shown(it.key());
                meaning.append(QStringLiteral("• ") + kpi::Definitions::name(*kpi::findKpi(it.key())) + QStringLiteral(": ")
                               + ReviewPages::evidenceLine(it.key(), it.value().toObject()));
            }
            meaning.append(tr("Coaching topic: %1").arg(c.coachingTopic));
            TableCell rule(QStringLiteral("▲ ") + conflicts::ruleTitle(c.rule));
            rule.colour = m_style.conflict;
            rule.bold = true;
            TableCell severity(c.severity == u"high" ? tr("high") : tr("medium"));
            severity.bold = c.severity == u"high";
            rows.append({ReviewPages::groupText(c, m_dashboard), rule, severity, meaning.join(u'\n')});
        }
        return rows;
    }

    QList<TableColumn> conflictColumns() const
    {
        return {{tr("Who")}, {tr("Conflict")}, {tr("Severity")}, {tr("What it means")}};
    }

    void conflictsSection()
    {
        heading(tr("Conflicts this week"), false);
        const QList<conflicts::Conflict> week = weekConflicts();
        if (week.isEmpty()) {
            paragraph(tr("No conflicts this week: no two KPIs tell different stories about an agent, team or queue."));
            return;
        }
        paragraph(tr("Two KPIs telling different stories about the same agent, team or queue. Severity is high "
                     "when both moved week over week, medium when a trend carries one of them."),
                  true);
        table(conflictColumns(), conflictRows(week));
    }

    QString agentLabel(const QString &agent) const
    {
        const QString name = m_dashboard.agentNames.value(agent);
        return name.isEmpty() ? agent : agent + u' ' + name;
    }

    void agentsSection()
    {
        heading(tr("Agents"));
        const QStringList agents = m_data.agents();
        if (agents.isEmpty()) {
            paragraph(tr("No agent has figures in this week."));
            return;
        }
        AgentKpiModel model;
        QList<conflicts::Conflict> agentConflicts;
        for (const conflicts::Conflict &c : m_dashboard.weekConflicts()) {
            if (c.groupKind == u"agent")
                agentConflicts.append(c);
        }
        model.setWeek(m_dashboard.week, m_dashboard.agents().figures, m_dashboard.agents().teamOfAgent, agentConflicts,
                      m_dashboard.settings.trendWeeks);
        paragraph(tr("Each agent's figures of week %1 with their trend (↑ ↓ →); grey figures rest on a low sample.")
                      .arg(m_data.request.week),
                  true);
        const bool withTeam = m_data.request.team.isEmpty();
        for (qsizetype part = 0; part < agentTableParts().size(); ++part) {
            QList<int> columns = {0};
            if (withTeam)
                columns.append(1);
            for (const QString &kpi : agentTableParts()[part]) {
                columns.append(AgentKpiModel::columnOf(kpi));
                shown(kpi);
            }
            if (part == 0)
                columns.append(AgentKpiModel::conflictsColumn());
            QList<TableColumn> header;
            for (const int column : columns) {
                header.append({model.headerData(column, Qt::Horizontal).toString(),
                               column >= 2 && column != AgentKpiModel::conflictsColumn() ? Qt::AlignRight : Qt::AlignLeft});
            }
            QList<QList<TableCell>> rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString agent = model.index(row, 0).data().toString();
                if (!agents.contains(agent))
                    continue;
                QList<TableCell> cells;
                for (const int column : columns) {
                    const QModelIndex index = model.index(row, column);
                    TableCell cell = column == 0                                ? TableCell(agentLabel(agent))
                        : column == 1 || column == AgentKpiModel::conflictsColumn() ? TableCell(index.data().toString())
                                                                                    : figureCell(index.data().toString());
                    cell.muted = index.data(AgentKpiModel::LowSampleRole).toBool();
                    if (column == AgentKpiModel::conflictsColumn() && !cell.text.isEmpty()) {
                        cell.text.prepend(QStringLiteral("▲ "));
                        cell.colour = m_style.conflict;
                    }
                    cells.append(cell);
                }
                rows.append(cells);
            }
            table(header, rows);
        }
        attentionTable(agents);
    }

    void attentionTable(const QStringList &agents)
    {
        QList<conflicts::AgentAttention> list =
            conflicts::agentsNeedingAttention(m_dashboard.agents(), m_dashboard.conflicts, m_dashboard.settings,
                                              m_dashboard.week);
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const conflicts::AgentAttention &a) { return !agents.contains(a.agent); }),
                   list.end());
        subheading(tr("Agents needing attention"));
        if (list.isEmpty()) {
            paragraph(tr("No agent needs attention this week: no conflicts, no KPI clearly off target, no worsening "
                         "trend."));
            return;
        }
        paragraph(tr("Ranked: a conflict weighs 3 (high) or 2 (medium); a KPI whose whole interval misses its target "
                     "weighs 1; a KPI worsening over at least four weeks weighs 1."),
                  true);
        QList<QList<TableCell>> rows;
        for (qsizetype i = 0; i < std::min(list.size(), kAttentionRows); ++i) {
            QStringList reasons;
            for (const conflicts::AttentionReason &r : list[i].reasons)
                reasons.append(r.text);
            rows.append({m_locale.toString(i + 1), agentLabel(list[i].agent), m_locale.toString(list[i].score),
                         reasons.join(u'\n')});
        }
        table({{tr("Rank"), Qt::AlignRight}, {tr("Agent")}, {tr("Weight"), Qt::AlignRight}, {tr("Why")}}, rows);
        if (list.size() > kAttentionRows)
            paragraph(tr("… and %1 more: see the dashboard's agents table.").arg(list.size() - kAttentionRows), true);
    }

    void outlookSection()
    {
        heading(tr("Leading and lagging indicators"), false);
        paragraph(tr("Leading indicators move first and can be steered this week; lagging ones report the outcome "
                     "weeks later. Each leading KPI's trend stands beside the lagging KPIs it runs ahead of, with "
                     "where each heads in four weeks if its trend holds."),
                  true);
        if (m_data.outlook.isEmpty()) {
            paragraph(tr("Not enough weeks with figures for trends yet."));
            return;
        }
        LeadingIndicatorsModel model;
        model.setRows(m_data.outlook);
        QList<int> columns;
        for (int c = LeadingIndicatorsModel::Leading; c < LeadingIndicatorsModel::ColumnCount; ++c)
            columns.append(c);
        QList<TableColumn> header;
        for (const int c : columns)
            header.append({model.headerData(c, Qt::Horizontal).toString()});
        QList<QList<TableCell>> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QList<TableCell> cells;
            for (const int c : columns) {
                const QModelIndex index = model.index(row, c);
                shown(index.data(LeadingIndicatorsModel::KpiIdRole).toString());
                cells.append(TableCell(index.data().toString()));
            }
            rows.append(cells);
        }
        table(header, rows);
    }

    void reasonsSection()
    {
        heading(tr("Contact reasons"), false);
        if (m_data.reasons.isEmpty()) {
            paragraph(tr("No contact has a reason in weeks %1 to %2.").arg(m_dashboard.weeks.value(0), m_data.request.week));
            return;
        }
        paragraph(tr("Why customers contacted us over the %1 weeks up to week %2, biggest first (Pareto). "
                     "Structural: a steady share of at least the set threshold for four weeks in a row, worth "
                     "fixing at the source. Incident: a spike that came and went.")
                      .arg(m_dashboard.weeks.size())
                      .arg(m_data.request.week),
                  true);
        shown(QStringLiteral("repeat_contact_rate"));
        ReasonParetoModel model;
        model.setReasons(m_data.reasons);
        QList<TableColumn> header;
        for (int c = 0; c < ReasonParetoModel::ColumnCount; ++c)
            header.append({model.headerData(c, Qt::Horizontal).toString(),
                           c == ReasonParetoModel::Reason || c == ReasonParetoModel::Label ? Qt::AlignLeft : Qt::AlignRight});
        QList<QList<TableCell>> rows;
        const qsizetype shownRows = std::min<qsizetype>(model.rowCount(), kReasonRows);
        for (int row = 0; row < shownRows; ++row) {
            QList<TableCell> cells;
            for (int c = 0; c < ReasonParetoModel::ColumnCount; ++c) {
                TableCell cell(model.index(row, c).data().toString());
                if (c == ReasonParetoModel::Share)
                    cell.bar = m_data.reasons[row].share / std::max(1e-9, m_data.reasons.first().share);
                if (c == ReasonParetoModel::Label && m_data.reasons[row].structural)
                    cell.bold = true;
                cells.append(cell);
            }
            rows.append(cells);
        }
        table(header, rows);
        if (m_data.reasons.size() > shownRows) {
            double rest = 0;
            for (qsizetype i = shownRows; i < m_data.reasons.size(); ++i)
                rest += m_data.reasons[i].share;
            paragraph(tr("… and %1 more reasons with %2 % of the contacts.")
                          .arg(m_data.reasons.size() - shownRows)
                          .arg(m_locale.toString(rest * 100, 'f', 1)),
                      true);
        }
    }

    void moneySection()
    {
        heading(tr("Money"), false);
        paragraph(tr("What the figures cost or could save, at the cost per contact and customer value in the "
                     "settings (%1)."
                     " Repeat cost: repeat contacts × cost per contact. FCR gain: what reaching the FCR target "
                     "would save. Churn value at risk: customers lost × customer value (the whole operation only).")
                      .arg(m_dashboard.settings.currency),
                  true);
        const QString previous = kpi::periodLabel(kpi::PeriodKind::Week,
                                                  LocalDayConverter::fromDate(m_data.monday.addDays(-7)));
        QList<QList<TableCell>> rows;
        for (const QString &id : moneyKpis()) {
            shown(id);
            const kpi::KpiSpec &spec = *kpi::findKpi(id);
            const auto valueIn = [&](const QString &week) -> std::optional<double> {
                for (const kpi::Figure &f : m_data.money) {
                    if (f.kpi == id && f.period == week)
                        return f.value;
                }
                return std::nullopt;
            };
            const auto before = valueIn(previous), now = valueIn(m_data.request.week);
            const auto text = [&](const std::optional<double> &v) {
                return v ? figureCell(kpi::formatValue(spec, *v, m_dashboard.settings.currency)) : TableCell(tr("no data"));
            };
            rows.append({kpi::Definitions::name(spec), text(before), text(now),
                         before && now ? figureCell((*now > *before ? QStringLiteral("+") : QString())
                                                    + kpi::formatValue(spec, *now - *before, m_dashboard.settings.currency))
                                       : TableCell()});
        }
        table({{tr("Figure")}, {tr("Week %1").arg(previous), Qt::AlignRight},
               {tr("Week %1").arg(m_data.request.week), Qt::AlignRight}, {tr("Change"), Qt::AlignRight}},
              rows);
    }

    void commentsSection()
    {
        heading(tr("Voice of the customer"), false);
        if (m_data.comments.isEmpty()) {
            paragraph(tr("No survey comments this week."));
            return;
        }
        paragraph(tr("The week's lowest- and highest-rated survey comments. Numbers and e-mail addresses in "
                     "comments are blanked out; customers are never named."),
                  true);
        QList<QList<TableCell>> rows;
        for (const SurveyComment &c : m_data.comments) {
            TableCell rating(tr("%1 of %2").arg(c.score).arg(c.scale));
            rating.bold = true;
            rows.append({m_locale.toString(c.at, QLocale::ShortFormat), agentLabel(c.agent), c.channel, rating,
                         QString(QStringLiteral("“") + elided(c.text, kCommentCharacters) + QStringLiteral("”"))});
        }
        table({{tr("When")}, {tr("Agent")}, {tr("Channel")}, {tr("CSAT"), Qt::AlignRight}, {tr("Comment")}}, rows);
    }

    // A private note's words stay with the team leader: the printed report says only that
    // there is one.
    QString noteText(const coaching::CoachingNote &note, const QString &text) const
    {
        return note.shared ? text : tr("(private note: not printed)");
    }

    QString noteTopic(const coaching::CoachingNote &note) const
    {
        QStringList topics;
        for (const QString &kpi : note.kpis) {
            if (const kpi::KpiSpec *spec = kpi::findKpi(kpi))
                topics.append(kpi::Definitions::name(*spec));
        }
        for (int r = 0; r <= int(conflicts::Rule::QualityGap); ++r) {
            if (conflicts::ruleName(conflicts::Rule(r)) == note.conflict)
                topics.append(conflicts::ruleTitle(conflicts::Rule(r)));
        }
        return topics.join(QStringLiteral(", "));
    }

    QString statusText(coaching::NoteStatus status) const
    {
        switch (status) {
        case coaching::NoteStatus::Open: return tr("open");
        case coaching::NoteStatus::Done: return tr("done");
        case coaching::NoteStatus::Cancelled: return tr("cancelled");
        }
        return {};
    }

    QList<QList<TableCell>> noteRows(const QList<coaching::CoachingNote> &notes, bool withAgent)
    {
        QList<QList<TableCell>> rows;
        for (const coaching::CoachingNote &note : notes) {
            QList<TableCell> cells;
            if (withAgent)
                cells.append(agentLabel(note.agent));
            cells += {m_locale.toString(note.createdAt.toTimeZone(m_data.zone).date(), QLocale::ShortFormat),
                      noteTopic(note), statusText(note.status),
                      note.followUp ? m_locale.toString(*note.followUp, QLocale::ShortFormat) : QString(),
                      noteText(note, note.observed)};
            rows.append(cells);
        }
        return rows;
    }

    QList<TableColumn> noteColumns(bool withAgent) const
    {
        QList<TableColumn> columns;
        if (withAgent)
            columns.append({tr("Agent")});
        columns += {{tr("Written")}, {tr("About")}, {tr("Status")}, {tr("Follow-up")}, {tr("Note")}};
        return columns;
    }

    void coachingSection()
    {
        heading(tr("Coaching"), false);
        subheading(tr("Notes written this week"));
        if (m_data.notesWritten.isEmpty())
            paragraph(tr("No coaching notes were written this week."));
        else
            table(noteColumns(true), noteRows(m_data.notesWritten, true));
        subheading(tr("Follow-ups due"));
        if (m_data.followUps.isEmpty()) {
            paragraph(tr("No follow-ups are due by the end of the week."));
            return;
        }
        QList<QList<TableCell>> rows;
        for (const coaching::CoachingNote &note : m_data.followUps) {
            TableCell due(m_locale.toString(*note.followUp, QLocale::ShortFormat));
            if (*note.followUp < m_data.monday) {
                due.text += u' ' + tr("(overdue)");
                due.colour = m_style.bad;
            }
            rows.append({agentLabel(note.agent), due, noteTopic(note),
                         noteText(note, note.agreed.isEmpty() ? note.observed : note.agreed)});
        }
        table({{tr("Agent")}, {tr("Due")}, {tr("About")}, {tr("What was agreed")}}, rows);
    }

    void agentPage(const QString &agent)
    {
        const FocusView view(m_dashboard, Focus::agent(agent));
        heading(view.title());
        tiles(view, agentPageKpis());
        QList<coaching::CoachingNote> notes;
        std::copy_if(m_data.notes.cbegin(), m_data.notes.cend(), std::back_inserter(notes),
                     [&](const coaching::CoachingNote &note) { return note.agent == agent && !note.isDeleted(); });
        charts(view, notes);
        subheading(tr("Conflicts in the %1 weeks shown").arg(m_dashboard.weeks.size()));
        const QList<conflicts::Conflict> list = view.conflicts();
        if (list.isEmpty())
            paragraph(tr("None."));
        else
            table(conflictColumns(), conflictRows(list));
        subheading(tr("Coaching notes"));
        if (notes.isEmpty()) {
            paragraph(tr("None."));
            return;
        }
        std::sort(notes.begin(), notes.end(), [](const auto &a, const auto &b) { return a.createdAt > b.createdAt; });
        table(noteColumns(false), noteRows(notes.first(std::min(notes.size(), kAgentPageNotes)), false));
    }

    const WeeklyReportData &m_data;
    const DashboardData &m_dashboard;
};

} // namespace

int WeeklyReport::writePdf(const WeeklyReportData &data, const QString &path, PaperSize paper, QString *error,
                           const ReportProgress &progress)
{
    return writeReportPdf(path, paper, tr("Weekly review %1").arg(data.request.week),
                          [&](ReportDocument &document) { ReportBuilder(data, document).build(); }, error, progress);
}

} // namespace huddle::ui
