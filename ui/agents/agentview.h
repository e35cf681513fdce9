#pragma once

#include "../coaching/noteeffects.h"
#include "../dashboard/dashboarddata.h"

#include <reasons/reasons.h>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class KpiChartView;
class NoteFilterProxy;
class NoteModel;
class ReasonParetoModel;

// One agent at a glance: FCR, AHT and CSAT against their team's median with the conflict
// weeks marked, every conflict of the span, the reasons customers contacted them for, and
// the coaching notes written about them (marked on the charts at their weeks, each with the
// effect on its KPIs). Opened by double-clicking an agent on the dashboard; shows what the
// dashboard loaded, and reads only the agent's reasons and notes.
class AgentView final : public QWidget
{
    Q_OBJECT

public:
    AgentView(store::Store &store, const DashboardData &data, const QString &agent, QWidget *parent = nullptr);
    ~AgentView() override;

    const QString &agent() const { return m_agent; }
    QString title() const;
    KpiChartView *chart(const QString &kpi) const;
    QStandardItemModel *conflictsModel() const { return m_conflicts; }
    ReasonParetoModel *reasonsModel() const { return m_reasons; }
    // The agent's notes (not the deleted ones), newest first.
    NoteFilterProxy *notesModel() const { return m_noteFilter; }
    bool isLoading() const { return m_loading; }
    bool isMeasuringEffects() const { return m_measuring; }
    // The effects of the agent's notes once measured (effectsMeasured()).
    const NoteEffects &effects() const { return m_effects; }
    // What the details pane says about a note: its effect on each of its KPIs.
    QString effectText(qint64 noteId) const;
    // Selects a note in the list (its effect shows in the details pane).
    void selectNote(qint64 noteId);

    // Reads the agent's notes again (one was written, edited or deleted) and measures their effects.
    void reloadNotes();
    // The same from notes the caller read (any agent's; deleted ones are left out).
    void setNotes(const QList<coaching::CoachingNote> &notes);

signals:
    void loaded();
    void effectsMeasured();
    // Open the editor on this note: a new one (id 0) or one of the list.
    void noteRequested(const huddle::coaching::CoachingNote &note);

private:
    void fillConflicts();
    void showEffect();

    store::Store &m_store;
    DashboardData m_data;
    QString m_agent;
    QLabel *m_title;
    QList<KpiChartView *> m_charts;
    QStandardItemModel *m_conflicts;
    QList<conflicts::Conflict> m_conflictRows; // the conflicts table's, row by row
    ReasonParetoModel *m_reasons;
    NoteModel *m_notes;
    NoteFilterProxy *m_noteFilter;
    QTableView *m_noteTable;
    QPlainTextEdit *m_effect;
    QLabel *m_reasonsStatus;
    bool m_loading = true; // until the reasons are shown
    QFutureWatcher<std::pair<QString, QList<reasons::ReasonShare>>> m_watcher;
    QList<coaching::CoachingNote> m_measured; // the notes m_effects are of
    NoteEffects m_effects;
    bool m_measuring = false; // until the effects are shown (the future finishes before that)
    QFutureWatcher<NoteEffects> m_effectsWatcher;
};

} // namespace huddle::ui
