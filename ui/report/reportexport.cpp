#include "reportexport.h"

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
    , m_week(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_agentPages(new QCheckBox(tr("Add one page per &agent"), this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Export report"));
    for (auto it = weeks.crbegin(); it != weeks.crend(); ++it) // newest first, as people look back
        m_week->addItem(*it);
    m_week->setCurrentText(week);
    m_scope->addItem(tr("Whole operation"), QString());
    for (const QString &team : teams)
        m_scope->addItem(tr("Team %1").arg(team), team);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(localPaperSize())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Week:"), m_week);
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

ReportRequest ReportExportDialog::request() const
{
    ReportRequest request;
    request.week = m_week->currentText();
    request.team = m_scope->currentData().toString();
    request.agentPages = m_agentPages->isChecked();
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
        const WeeklyReportData data = loadWeeklyReport(storePath, request);
        if (!data.error.isEmpty()) {
            promise.addResult(Outcome{0, data.error});
            return;
        }
        QString error;
        const int pages = WeeklyReport::writePdf(data, outPath, paper, &error, [&](int page, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(page);
            return !promise.isCanceled();
        });
        promise.addResult(Outcome{pages, error});
    }));
}

void ReportExportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace huddle::ui
