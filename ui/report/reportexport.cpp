#include "reportexport.h"

#include <kpi/period.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent>

namespace huddle::ui {

ReportExportDialog::ReportExportDialog(const QStringList &weeks, const QStringList &teams, const QString &week,
                                       QWidget *parent)
    : QDialog(parent)
    , m_weeks(weeks)
    , m_selectedWeek(week)
    , m_kind(new QComboBox(this))
    , m_week(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_agentPages(new QCheckBox(tr("Add one page per &agent"), this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Export report"));
    m_kind->addItem(tr("Weekly review"));
    m_kind->addItem(tr("Quarterly management report"));
    showPeriods();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportExportDialog::showPeriods);
    m_scope->addItem(tr("Whole operation"), QString());
    for (const QString &team : teams)
        m_scope->addItem(tr("Team %1").arg(team), team);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(localPaperSize())));

    auto *form = new QFormLayout;
    form->addRow(tr("Rep&ort:"), m_kind);
    form->addRow(tr("&Week or quarter:"), m_week);
    form->addRow(tr("&Report on:"), m_scope);
    form->addRow(QString(), m_agentPages);
    form->addRow(tr("&Paper:"), m_paper);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QStringList ReportExportDialog::quartersOf(const QStringList &weeks)
{
    QStringList quarters;
    for (auto it = weeks.crbegin(); it != weeks.crend(); ++it) {
        const auto week = kpi::periodFromLabel(*it);
        if (!week)
            continue;
        const QString quarter = kpi::periodLabel(kpi::PeriodKind::Quarter, kpi::periodStart(kpi::PeriodKind::Quarter, week->second));
        if (!quarters.contains(quarter))
            quarters.append(quarter);
    }
    return quarters;
}

// Weeks for the weekly review (newest first, the dashboard's week chosen), quarters for the
// quarterly report; agent pages belong to the weekly review only.
void ReportExportDialog::showPeriods()
{
    const bool quarterly = m_kind->currentIndex() == 1;
    m_week->clear();
    if (quarterly) {
        m_week->addItems(quartersOf(m_weeks));
    } else {
        for (auto it = m_weeks.crbegin(); it != m_weeks.crend(); ++it)
            m_week->addItem(*it);
        m_week->setCurrentText(m_selectedWeek);
    }
    m_agentPages->setEnabled(!quarterly);
}

ReportRequest ReportExportDialog::request() const
{
    ReportRequest request;
    (m_kind->currentIndex() == 1 ? request.quarter : request.week) = m_week->currentText();
    request.team = m_scope->currentData().toString();
    request.agentPages = m_agentPages->isEnabled() && m_agentPages->isChecked();
    return request;
}

PaperSize ReportExportDialog::paper() const
{
    return PaperSize(m_paper->currentData().toInt());
}

ReportExportJob::ReportExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { emit progressChanged(m_watcher.progressValue(), maximum); });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result()
                                                                     : Outcome{0, ReportComposer::tr("The report was cancelled.")};
        emit finished(outcome.pages, outcome.error);
    });
}

ReportExportJob::~ReportExportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished(); // the worker reads the data this job's caller gave it
}

void ReportExportJob::start(const QString &storePath, const ReportRequest &request, PaperSize paper,
                            const QString &outPath)
{
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<Outcome> &promise) {
        const auto progress = [&](int page, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(page);
            return !promise.isCanceled();
        };
        QString error;
        int pages = 0;
        if (request.quarter.isEmpty()) {
            const WeeklyReportData data = loadWeeklyReport(storePath, request);
            error = data.error;
            if (error.isEmpty())
                pages = WeeklyReport::writePdf(data, outPath, paper, &error, progress);
        } else {
            const QuarterlyReportData data = loadQuarterlyReport(storePath, request.quarter, request.team);
            error = data.error;
            if (error.isEmpty())
                pages = QuarterlyReport::writePdf(data, outPath, paper, &error, progress);
        }
        promise.addResult(Outcome{pages, error});
    }));
}

void ReportExportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace huddle::ui
