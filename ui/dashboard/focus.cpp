#include "focus.h"

#include <trends/trend.h>

namespace huddle::ui {

QString Focus::groupKind() const
{
    switch (kind) {
    case Kind::Team: return QStringLiteral("team");
    case Kind::Agent: return QStringLiteral("agent");
    case Kind::Operation: break;
    }
    return {};
}

FocusView::FocusView(const DashboardData &data, const Focus &focus)
    : m_data(data)
    , m_focus(focus)
{
}

QString FocusView::title() const
{
    switch (m_focus.kind) {
    case Focus::Kind::Operation: return tr("Operation");
    case Focus::Kind::Team: return tr("Team %1").arg(m_focus.name);
    case Focus::Kind::Agent: break;
    }
    QString title = m_focus.name;
    if (const QString name = m_data.agentNames.value(m_focus.name); !name.isEmpty())
        title += QStringLiteral(" · ") + name;
    if (const QString team = m_data.agents().teamOfAgent.value(m_focus.name); !team.isEmpty())
        title += QStringLiteral(" (%1)").arg(team);
    return title;
}

const QList<kpi::Figure> &FocusView::figures() const
{
    if (m_focus.kind != Focus::Kind::Operation) {
        if (const conflicts::GroupWeekly *g = m_data.group(m_focus.groupKind()))
            return g->figures;
    }
    return m_data.operationWeekly;
}

QString FocusView::group() const
{
    return m_focus.kind == Focus::Kind::Operation ? QString() : m_focus.name;
}

QList<kpi::Figure> FocusView::weekly(const QString &kpi) const
{
    QList<kpi::Figure> series;
    const QString label = group();
    for (const kpi::Figure &f : figures()) {
        if (f.kpi == kpi && (label.isEmpty() || f.group == label))
            series.append(f);
    }
    return series;
}

QList<conflicts::Conflict> FocusView::conflicts() const
{
    QList<conflicts::Conflict> found;
    for (const conflicts::Conflict &c : m_data.conflicts) {
        const bool mine = m_focus.kind == Focus::Kind::Operation
            ? c.groupKind != u"agent"
            : c.groupKind == m_focus.groupKind() && c.group == m_focus.name;
        if (mine)
            found.append(c);
    }
    return found;
}

KpiChartData FocusView::chart(const QString &kpi) const
{
    KpiChartData chart;
    chart.weeks = m_data.weeks;
    chart.selectedWeek = m_data.week;
    chart.focusName = m_focus.kind == Focus::Kind::Operation ? tr("Operation") : m_focus.name;
    chart.focus = weekly(kpi);
    chart.target = m_data.settings.targetFor(kpi);
    if (m_focus.kind == Focus::Kind::Agent) {
        const QString team = m_data.agents().teamOfAgent.value(m_focus.name);
        QSet<QString> colleagues;
        for (auto it = m_data.agents().teamOfAgent.cbegin(); it != m_data.agents().teamOfAgent.cend(); ++it) {
            if (it.value() == team)
                colleagues.insert(it.key());
        }
        chart.comparisonName = tr("Team median");
        chart.comparison = trends::medianByPeriod(m_data.agents().figures, kpi, colleagues, m_data.weeks);
    } else if (m_focus.kind == Focus::Kind::Team) {
        if (const conflicts::GroupWeekly *teams = m_data.group(QStringLiteral("team"))) {
            QSet<QString> all;
            for (const kpi::Figure &f : teams->figures)
                all.insert(f.group);
            chart.comparisonName = tr("Median of teams");
            chart.comparison = trends::medianByPeriod(teams->figures, kpi, all, m_data.weeks);
        }
    }
    for (const conflicts::Conflict &c : conflicts()) {
        if (c.evidence.contains(kpi))
            chart.conflicts.append(
                {c.week, tr("%1 · %2: %3").arg(conflicts::ruleTitle(c.rule), c.group, c.explanation)});
    }
    return chart;
}

} // namespace huddle::ui
