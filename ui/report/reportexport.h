#pragma once

#include "quarterlyreport.h"
#include "weeklyreport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QObject>

class QCheckBox;
class QComboBox;

namespace huddle::ui {

// File > Export report…: which week, the whole operation or one team, agent pages, paper.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportExportDialog(const QStringList &weeks, const QStringList &teams, const QString &week, QWidget *parent = nullptr);

    // The quarters (2026-Q3) the weeks fall in, newest first.
    static QStringList quartersOf(const QStringList &weeks);

    ReportRequest request() const;
    PaperSize paper() const;

private:
    void showPeriods();

    QStringList m_weeks;
    QString m_selectedWeek;
    QComboBox *m_kind;
    QComboBox *m_week;
    QComboBox *m_scope;
    QCheckBox *m_agentPages;
    QComboBox *m_paper;
};

// Writes a weekly report off the GUI thread (its own store connection), telling its progress
// page by page; cancel() stops it and leaves no file behind.
class ReportExportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override;

    void start(const QString &storePath, const ReportRequest &request, PaperSize paper, const QString &outPath);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(int value, int maximum); // maximum 0: still reading the figures
    // pages 0: failed or cancelled, with the reason in error.
    void finished(int pages, const QString &error);

private:
    struct Outcome
    {
        int pages = 0;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace huddle::ui
