#pragma once

#include <coaching/coachingnote.h>

#include <QUndoCommand>

#include <functional>

namespace huddle::ui {

// One edit of a note in the editor, undone by going back to the note as it was. Edits by
// typing into the same field in quick succession merge into one step, as in a text editor.
class NoteEditCommand final : public QUndoCommand
{
public:
    // Shows a note in the editor; `inWidgets`: the widgets show it already (the edit was made there).
    using Apply = std::function<void(const coaching::CoachingNote &note, bool inWidgets)>;

    NoteEditCommand(const QString &field, const QString &title, coaching::CoachingNote before,
                    coaching::CoachingNote after, bool typed, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // Typing pauses longer than this start a new step.
    static constexpr qint64 kMergeMs = 2000;

private:
    QString m_field;
    coaching::CoachingNote m_before;
    coaching::CoachingNote m_after;
    bool m_typed;
    Apply m_apply;
    bool m_done = false; // redo() has run once: the edit was made in the widgets
    qint64 m_lastAt;     // ms since the epoch of the last keystroke merged in
};

} // namespace huddle::ui
