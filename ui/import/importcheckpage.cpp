#include "importcheckpage.h"

#include "importjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace huddle::ui {

using import::ImportStatus;

ImportCheckPage::ImportCheckPage(ImportSetup &setup, Mode mode, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_mode(mode)
    , m_job(new ImportJob(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QStringListModel(this))
    , m_problemList(new QListView(this))
{
    if (mode == Mode::DryRun) {
        setTitle(tr("Check"));
        setSubTitle(tr("Every row is read and checked; nothing is written yet."));
    } else {
        setTitle(tr("Import"));
        setSubTitle(tr("The rows are written in one step: if you cancel, nothing is imported."));
        setFinalPage(true);
        setCommitPage(true);
    }
    m_progress->setRange(0, ImportJob::kProgressMaximum);
    m_progress->setAccessibleName(tr("Progress"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemList->setModel(m_problems);
    m_problemList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemList->setAccessibleName(tr("Problems found"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportCheckPage::cancel);
    connect(m_job, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportCheckPage::jobFinished);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemList, 1);
}

void ImportCheckPage::initializePage()
{
    m_problems->setStringList({});
    m_problemList->setVisible(false);
    m_summary->setText(m_mode == Mode::DryRun ? tr("Checking %1…").arg(m_setup.file)
                                              : tr("Importing %1…").arg(m_setup.file));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_job->start(m_setup.storePath, m_setup.request(m_mode == Mode::DryRun));
    emit completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    cancel();
}

void ImportCheckPage::cancel()
{
    m_job->cancel();
    m_cancel->setEnabled(false);
}

const std::optional<import::ImportResult> &ImportCheckPage::result() const
{
    return m_job->result();
}

void ImportCheckPage::jobFinished()
{
    m_cancel->setEnabled(false);
    m_progress->setValue(ImportJob::kProgressMaximum);
    const auto &result = m_job->result();
    if (!result) {
        m_summary->setText(tr("The import stopped unexpectedly; nothing was imported."));
        emit completeChanged();
        return;
    }
    const QLocale locale;
    QString summary;
    switch (result->status) {
    case ImportStatus::DryRun:
        summary = tr("Ready: %1 new rows, %2 already in the store, %3 rejected.")
                      .arg(locale.toString(result->rowsAdded), locale.toString(result->rowsPresent),
                           locale.toString(result->rowsRejected));
        break;
    case ImportStatus::Imported:
        summary = tr("Imported: %1 new rows, %2 already in the store, %3 rejected.")
                      .arg(locale.toString(result->rowsAdded), locale.toString(result->rowsPresent),
                           locale.toString(result->rowsRejected));
        break;
    case ImportStatus::Rejected:
        summary = result->rowsRejected > 0
            ? tr("%1 of %2 rows are invalid, so nothing would be imported. Fix the file, or go back and choose to "
                 "skip invalid rows.")
                  .arg(locale.toString(result->rowsRejected), locale.toString(result->rowsRead))
            : tr("This file cannot be imported: %1").arg(result->message);
        break;
    case ImportStatus::Cancelled: summary = tr("Cancelled: nothing was imported."); break;
    case ImportStatus::Failed: summary = tr("The store could not be written: %1").arg(result->message); break;
    }
    if (result->sameFileImportId)
        summary += u' ' + tr("This exact file was imported before (import %1).").arg(*result->sameFileImportId);
    m_summary->setText(summary);
    QStringList lines;
    for (const import::Problem &problem : result->problems)
        lines.append(problem.toString());
    if (result->problemCount > result->problems.size())
        lines.append(tr("… and %1 more").arg(locale.toString(result->problemCount - result->problems.size())));
    m_problems->setStringList(lines);
    m_problemList->setVisible(!lines.isEmpty());
    if (result->status == ImportStatus::Imported)
        emit imported();
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const auto &result = m_job->result();
    if (m_job->isRunning() || !result)
        return false;
    return m_mode == Mode::Import || result->status == ImportStatus::DryRun;
}

} // namespace huddle::ui
