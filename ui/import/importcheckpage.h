#pragma once

#include "importsetup.h"

#include <QWizardPage>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStringListModel;

namespace huddle::ui {

class ImportJob;

// Steps 4 and 5 share one shape: run an import job on a worker thread with a progress bar
// and a Cancel button, then show its outcome and problems. The check step is a dry run
// (nothing written); the import step writes, in one transaction.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Mode { DryRun, Import };
    ImportCheckPage(ImportSetup &setup, Mode mode, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The job's outcome once it finished (tests and the wizard read it).
    const std::optional<import::ImportResult> &result() const;
    void cancel();

signals:
    void imported();

private:
    void jobFinished();

    ImportSetup &m_setup;
    Mode m_mode;
    ImportJob *m_job = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QStringListModel *m_problems = nullptr;
    QListView *m_problemList = nullptr;
};

} // namespace huddle::ui
