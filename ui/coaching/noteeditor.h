#pragma once

#include <coaching/coachingnote.h>
#include <store/noterepository.h>

#include <QDialog>
#include <QTimer>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class NoteHistoryModel;

// Edits one coaching note. Nothing typed is lost: typing is saved a moment after it pauses
// (one burst of typing in a field is one history entry, NoteRepository::Grain::Typing), any
// other change at once; closing saves what is pending. Every edit can be undone and redone
// (Ctrl+Z, Ctrl+Shift+Z); the History tab lists every stored change. Delete is a soft
// delete that Restore undoes. A shared note can be acknowledged by the agent and exported
// as Markdown to print for them.
//
// A new note (id 0, e.g. from coaching::noteFromConflict) is stored at its first edit or by
// Save, as soon as it has an agent; the editor says what is missing until then.
class NoteEditor final : public QDialog
{
    Q_OBJECT

public:
    NoteEditor(store::Store &store, const coaching::CoachingNote &note, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // The agents to choose from (a note from a team's conflict has none yet).
    void setAgents(const QStringList &agents);
    // The note as edited (id 0 until stored).
    const coaching::CoachingNote &note() const { return m_note; }
    // Saves what is pending now; false when the note cannot be stored yet (see statusText()).
    bool saveNow();
    bool hasPendingTyping() const { return m_autosave.isActive(); }
    QString statusText() const;
    // Writes the note as Markdown (NoteExport) for the agent.
    bool exportMarkdown(const QString &path, QString *error);

    // For tests.
    QUndoStack *undoStack() const { return m_undo; }
    NoteHistoryModel *historyModel() const { return m_history; }
    QComboBox *agentBox() const { return m_agent; }
    QLineEdit *weekEdit() const { return m_week; }
    QPlainTextEdit *observedEdit() const { return m_observed; }
    QPlainTextEdit *agreedEdit() const { return m_agreed; }
    QDateEdit *followUpEdit() const { return m_followUp; }
    QComboBox *statusBox() const { return m_status; }
    QCheckBox *sharedBox() const { return m_shared; }
    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    QAction *acknowledgeAction() const { return m_acknowledge; }

    // How long typing pauses before it is saved.
    static constexpr int kAutosaveMs = 700;

signals:
    // The note was stored, changed, deleted or restored.
    void noteSaved(qint64 id);

public slots:
    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    QWidget *createToolBar();
    void showNote(const coaching::CoachingNote &note);
    void showKpis();
    void showState();
    coaching::CoachingNote fromWidgets() const;
    // A change made in the widgets: an undo step, then saved (typed: after a pause).
    void edited(const QString &field, const QString &title, bool typed);
    void applyFromUndo(const coaching::CoachingNote &note, bool inWidgets);
    bool save(store::NoteRepository::Grain grain);
    bool savePendingTyping();
    void afterStoreChange(bool ok, const QString &error);
    void softDelete();
    void restore();
    void acknowledge();
    void exportForAgent();

    store::Store &m_store;
    store::NoteRepository m_notes;
    coaching::CoachingNote m_note;
    QTimer m_autosave;
    bool m_showing = false; // widgets are being set from a note: not the user's edit
    bool m_typing = false;  // the edit being pushed was typed (saved after a pause)
    QString m_problem;      // why the note could not be saved, or empty
    QDateTime m_savedAt;

    QUndoStack *m_undo;
    NoteHistoryModel *m_history;
    QComboBox *m_agent;
    QLineEdit *m_week;
    QToolButton *m_kpis;
    QLabel *m_conflict;
    QPlainTextEdit *m_observed;
    QPlainTextEdit *m_agreed;
    QDateEdit *m_followUp;
    QComboBox *m_status;
    QCheckBox *m_shared;
    QLabel *m_acknowledged;
    QLabel *m_state;
    QAction *m_delete = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_export = nullptr;
};

} // namespace huddle::ui
