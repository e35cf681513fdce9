#include "quarterlyreport.h"

#include "../actions/actionmodel.h"

#include <kpi/kpidefinition.h>

namespace huddle::ui {

namespace {

// The charts of the lagging indicators management asks for first.
const QStringList &monthlyChartKpis()
{
    static const QStringList kpis = {QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("volume")};
    return kpis;
}

TableCell figureText(const kpi::KpiSpec &spec, const std::optional<kpi::Figure> &f, const QString &currency,
                     const QString &none)
{
    if (!f || !f->value)
        return TableCell(none);
    TableCell cell(kpi::formatValue(spec, *f->value, currency).replace(u' ', QChar::Nbsp));
    cell.muted = f->lowSample;
    return cell;
}

class QuarterlyBuilder : private ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReport)

public:
    QuarterlyBuilder(const QuarterlyReportData &data, ReportDocument &document)
        : ReportComposer(document)
        , m_data(data)
    {
    }

    void build()
    {
        m_doc.setHeader(tr("Huddle · quarterly management report"), scopeName() + QStringLiteral(" · ") + m_data.quarter);
        m_doc.setFooter(tr("Generated %1").arg(m_locale.toString(m_data.generatedAt, QLocale::ShortFormat)),
                        tr("Page %1 of %2"));
        cover();
        glance();
        monthly();
        actionsSection();
        glossary(m_data.settings);
    }

private:
    QString scopeName() const
    {
        return m_data.team.isEmpty() ? tr("Whole operation") : tr("Team %1").arg(m_data.team);
    }

    QString noData() const { return tr("no data"); }

    void cover()
    {
        auto &title = m_doc.add<TextBlock>(tr("Quarterly management report"), m_style.title, m_style.text);
        title.spaceAfter = m_style.pt(6);
        auto &scope = m_doc.add<TextBlock>(scopeName(), m_style.heading, m_style.focus);
        scope.spaceAfter = m_style.pt(14);
        paragraph(tr("%1: %2 to %3, compared with %4.")
                      .arg(m_data.quarter, longDate(m_data.first), longDate(m_data.last), m_data.previousQuarter));
        paragraph(tr("Generated %1, times in %2.")
                      .arg(m_locale.toString(m_data.generatedAt, QLocale::LongFormat), QString::fromUtf8(m_data.zone.id())));
        if (!m_data.hasData())
            paragraph(tr("There are no contacts in this quarter: its figures say “no data”."));
        double saved = 0;
        int improved = 0;
        for (const actions::ActionStanding &m : m_data.actions) {
            saved += m.effect->moneySaved.value_or(0);
            improved += m.effect->verdict == actions::Verdict::Improved ? 1 : 0;
        }
        paragraph(tr("Improvement actions measured: %1, of which improved: %2; saved by them so far: %3 %4.")
                      .arg(m_locale.toString(m_data.actions.size()), m_locale.toString(improved),
                           m_locale.toString(saved, 'f', 2), m_data.settings.currency));
    }

    void glance()
    {
        heading(tr("The quarter at a glance"));
        paragraph(tr("Lagging indicators report what customers and the business already felt; the leading ones (FCR, "
                     "handle time, service level) are where the next quarter is won."),
                  true);
        QList<QList<TableCell>> rows;
        for (const QString &id : quarterlyKpis()) {
            shown(id);
            const kpi::KpiSpec &spec = *kpi::findKpi(id);
            const auto before = m_data.figure(id, m_data.previousQuarter);
            const auto now = m_data.figure(id, m_data.quarter);
            TableCell change;
            if (before && now && before->value && now->value)
                change = TableCell(kpi::formatChange(spec, *now->value - *before->value).replace(u' ', QChar::Nbsp));
            TableCell name(kpi::Definitions::name(spec));
            name.bold = spec.unit == kpi::Unit::NpsPoints || id == u"churn_rate" || id == u"volume" || id == u"csat";
            rows.append({name, figureText(spec, before, m_data.settings.currency, noData()),
                         figureText(spec, now, m_data.settings.currency, noData()), change});
        }
        table({{tr("KPI")}, {m_data.previousQuarter, Qt::AlignRight}, {m_data.quarter, Qt::AlignRight},
               {tr("Change"), Qt::AlignRight}},
              rows);
    }

    void monthly()
    {
        heading(tr("Lagging indicators by month"));
        QList<ChartRowBlock::Chart> charts;
        for (const QString &id : monthlyChartKpis()) {
            KpiChartData chart;
            chart.weeks = m_data.months;
            chart.focusName = scopeName();
            chart.target = m_data.settings.targetFor(id);
            for (const QString &month : m_data.months) {
                if (const auto f = m_data.figure(id, month))
                    chart.focus.append(*f);
            }
            charts.append({kpi::findKpi(id), chart});
        }
        auto &row = m_doc.add<ChartRowBlock>(std::move(charts), tr("No data"));
        row.keepWithNext = true;
        m_doc.add<ChartLegendBlock>(QList<ChartLegendBlock::Item>{{ChartLegendBlock::Mark::Line, scopeName()},
                                                                  {ChartLegendBlock::Mark::Band, tr("95 % interval")},
                                                                  {ChartLegendBlock::Mark::Target, tr("Target")}})
            .spaceAfter = m_style.pt(10);
        QList<TableColumn> columns = {{tr("KPI")}};
        for (const QString &month : m_data.months)
            columns.append({m_locale.monthName(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).month(),
                                               QLocale::ShortFormat)
                                + u' ' + month.left(4),
                            Qt::AlignRight});
        QList<QList<TableCell>> rows;
        for (const QString &id : {QStringLiteral("nps"), QStringLiteral("churn_rate"), QStringLiteral("volume"),
                                  QStringLiteral("csat")}) {
            const kpi::KpiSpec &spec = *kpi::findKpi(id);
            QList<TableCell> cells = {TableCell(kpi::Definitions::name(spec))};
            for (const QString &month : m_data.months)
                cells.append(figureText(spec, m_data.figure(id, month), m_data.settings.currency, QStringLiteral("—")));
            rows.append(cells);
        }
        table(columns, rows);
    }

    QString money(const std::optional<double> &value) const
    {
        return value ? m_locale.toString(*value, 'f', 0) + QChar::Nbsp + m_data.settings.currency : QString();
    }

    void actionsSection()
    {
        heading(tr("Improvement actions and their effect"));
        paragraph(tr("Each action's target over the weeks before its start against the weeks after (the start's week "
                     "in neither), with 95 % intervals. “Improved” only when the after-weeks are clearly better than "
                     "before, than the trend already under way, and than an untouched comparison (the other reasons, "
                     "or the other teams) moved. Savings: contacts below the comparison's expectation × cost per "
                     "contact; ROI and payback against the action's cost. A before/after comparison shows what "
                     "changed, not why."),
                  true);
        if (m_data.actions.isEmpty()) {
            paragraph(tr("No improvement action had started by the end of the quarter."));
        } else {
            QList<QList<TableCell>> rows;
            for (const actions::ActionStanding &standing : m_data.actions) {
                const actions::ImprovementAction &action = standing.action;
                const actions::ActionEffect &effect = *standing.effect;
                const kpi::KpiSpec &spec = *kpi::findKpi(effect.kpi);
                shown(effect.kpi);
                const auto level = [&](const coaching::Span &span) {
                    return span.figure.value ? kpi::formatValue(spec, *span.figure.value) : QStringLiteral("—");
                };
                TableCell verdict(ActionModel::verdictText(effect.verdict).replace(u' ', QChar::Nbsp)); // a verdict reads as one
                verdict.bold = effect.verdict == actions::Verdict::Improved || effect.verdict == actions::Verdict::Worse;
                if (effect.verdict == actions::Verdict::Worse)
                    verdict.colour = m_style.bad;
                rows.append({action.title,
                             action.reason.isEmpty() ? kpi::Definitions::name(*kpi::findKpi(action.kpi)) : action.reason,
                             m_locale.toString(*action.start, QLocale::ShortFormat), verdict,
                             QString(level(effect.before) + QStringLiteral(" → ") + level(effect.after)),
                             money(effect.moneySaved),
                             effect.roi ? m_locale.toString(*effect.roi * 100, 'f', 0) + QStringLiteral(" %") : QString(),
                             effect.paybackWeeks ? tr("%1 weeks").arg(m_locale.toString(*effect.paybackWeeks, 'f', 1))
                                                 : QString()});
            }
            table({{tr("Action")}, {tr("Targets")}, {tr("Start")}, {tr("Verdict")}, {tr("Before → after")},
                   {tr("Saved"), Qt::AlignRight}, {tr("ROI"), Qt::AlignRight}, {tr("Payback"), Qt::AlignRight}},
                  rows);
        }
        subheading(tr("Open actions by impact and effort"));
        if (m_data.matrix.isEmpty()) {
            paragraph(tr("No proposed or running actions."));
            return;
        }
        paragraph(tr("High impact and low effort first. Impact: the action's expected contacts a month, or for a "
                     "contact reason its contacts of the last four weeks as a month (what removing the cause could "
                     "save at most)."),
                  true);
        QList<QList<TableCell>> rows;
        for (const actions::MatrixEntry &e : m_data.matrix) {
            rows.append({e.action.title, ActionModel::effortText(e.action.effort),
                         e.contactsPerMonth ? m_locale.toString(*e.contactsPerMonth, 'f', 0) : QStringLiteral("—"),
                         money(e.moneyPerMonth), ActionModel::quadrantText(e.quadrant)});
        }
        table({{tr("Action")}, {tr("Effort")}, {tr("Contacts a month"), Qt::AlignRight},
               {tr("Money a month"), Qt::AlignRight}, {tr("Where it stands")}},
              rows);
    }

    const QuarterlyReportData &m_data;
};

} // namespace

int QuarterlyReport::writePdf(const QuarterlyReportData &data, const QString &path, PaperSize paper, QString *error,
                              const ReportProgress &progress)
{
    return writeReportPdf(path, paper, tr("Quarterly management report %1").arg(data.quarter),
                          [&](ReportDocument &document) { QuarterlyBuilder(data, document).build(); }, error, progress);
}

} // namespace huddle::ui
