#include "driverspanel.h"

#include "driverforestplot.h"

#include "../common/widgets.h"
#include "../models/driversmodel.h"

#include <kpi/kpidefinition.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DriversPanel::DriversPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DriversModel(this))
    , m_table(readOnlyTable(m_model, tr("Drivers of satisfaction"), this))
    , m_sample(wrapped(this))
    , m_caveat(wrapped(this))
{
    auto *intro = wrapped(this);
    intro->setText(tr("Which KPIs move with satisfaction across the agent-weeks of this question: each driver's "
                      "effect is how much more CSAT or NPS goes with one standard deviation more of it, the other "
                      "drivers held equal, with its 95 % interval. A driver is clear when its interval excludes 0."));
    m_table->setWordWrap(false);
    m_caveat->setAccessibleName(tr("Caveat"));

    auto *plots = new QWidget(this);
    auto *plotsLayout = new QHBoxLayout(plots);
    plotsLayout->setContentsMargins(0, 0, 0, 0);
    for (int outcome = 0; outcome < drivers::outcomeKpis().size(); ++outcome) {
        auto *plot = new DriverForestPlot(plots);
        m_plots.append(plot);
        plotsLayout->addWidget(plot, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(plots);
    layout->addWidget(m_sample);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caveat);
}

void DriversPanel::setAnalyses(const QList<drivers::DriverAnalysis> &analyses)
{
    m_model->setAnalyses(analyses);
    m_table->resizeColumnsToContents();
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < analyses.size(); ++i) {
        const drivers::DriverAnalysis &a = analyses[i];
        if (i < m_plots.size())
            m_plots[i]->setAnalysis(a);
        const kpi::KpiSpec *spec = kpi::findKpi(a.outcome);
        QString line = tr("%1: %n agent-week(s) with enough answers", nullptr, int(a.observations))
                           .arg(spec ? kpi::Definitions::name(*spec) : a.outcome);
        if (a.rowsDropped > 0)
            line += tr(", %n more left out because a driver had no data", nullptr, int(a.rowsDropped));
        if (a.rSquared)
            line += tr(", R² %1 (the share of its variation the drivers account for together)")
                        .arg(locale.toString(*a.rSquared, 'f', 2));
        line += u'.';
        if (a.smallSample)
            line += u' ' + drivers::smallSampleWarning(a.observations);
        lines.append(line);
    }
    m_sample->setText(lines.join(u'\n'));
    m_caveat->setText(analyses.isEmpty() ? QString() : drivers::causationCaveat());
}

QString DriversPanel::sampleText() const
{
    return m_sample->text();
}

QString DriversPanel::caveatText() const
{
    return m_caveat->text();
}

} // namespace huddle::ui
