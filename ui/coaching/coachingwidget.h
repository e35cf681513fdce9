#pragma once

#include "noteeffects.h"

#include <coaching/coachingnote.h>
#include <store/noterepository.h>

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class NoteFilterProxy;
class NoteModel;
class TopicSummaryModel;

// The Coaching tab: every coaching note, searched and filtered by agent, topic, status, the
// days it was written and its text; the follow-ups due by the end of the dashboard's week;
// and, over all notes, how often coaching on each KPI was followed by improvement (measured
// on a worker thread with its own store connection).
class CoachingWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CoachingWidget(QWidget *parent = nullptr);
    ~CoachingWidget() override;

    // Reads the store's notes (again) and measures their effects. The store outlives this.
    void setStore(store::Store *store);
    void reload();
    // Shows these notes, the store's notes deleted ones included, as read by the caller (the
    // main window reads them once for every view), and measures their effects.
    void setNotes(const QList<coaching::CoachingNote> &notes);
    // The week whose follow-ups are due (the dashboard's selected week).
    void setWeek(const QString &week);

    // For tests.
    NoteFilterProxy *notesModel() const { return m_filter; }
    NoteModel *followUpsModel() const { return m_followUps; }
    TopicSummaryModel *topicsModel() const { return m_topics; }
    bool isMeasuring() const { return m_measuring; }
    // Sets the filter bar (and so the list) to this filter.
    void setNoteFilter(const store::NoteFilter &filter);

signals:
    // Open the editor on this note: a new one (id 0) or one of the list.
    void noteRequested(const huddle::coaching::CoachingNote &note);
    void effectsMeasured();

private:
    QWidget *createFilterBar();
    void fillFilterChoices();
    void applyFilterBar();
    void fillFollowUps();

    store::Store *m_store = nullptr;
    QString m_week;
    bool m_filling = false; // the filter bar is being set: not the user's change
    NoteModel *m_notes;
    NoteFilterProxy *m_filter;
    NoteModel *m_followUps;
    TopicSummaryModel *m_topics;
    QTableView *m_table;
    QComboBox *m_agent;
    QComboBox *m_topic;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QComboBox *m_deleted;
    QLabel *m_followUpsTitle;
    QLabel *m_topicsStatus;
    QList<coaching::CoachingNote> m_measured; // the notes the topics are of
    bool m_measuredOnce = false;
    bool m_measuring = false; // until the topics are shown (the future finishes before that)
    QFutureWatcher<NoteEffects> m_watcher;
};

} // namespace huddle::ui
