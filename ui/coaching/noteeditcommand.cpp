#include "noteeditcommand.h"

#include <QDateTime>

namespace huddle::ui {

NoteEditCommand::NoteEditCommand(const QString &field, const QString &title, coaching::CoachingNote before,
                                 coaching::CoachingNote after, bool typed, Apply apply)
    : QUndoCommand(title)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_typed(typed)
    , m_apply(std::move(apply))
    , m_lastAt(QDateTime::currentMSecsSinceEpoch())
{
}

void NoteEditCommand::undo()
{
    m_apply(m_before, false);
}

void NoteEditCommand::redo()
{
    m_apply(m_after, !std::exchange(m_done, true));
}

int NoteEditCommand::id() const
{
    return m_typed ? 1 : -1;
}

bool NoteEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NoteEditCommand *>(other);
    if (next->m_field != m_field || next->m_lastAt - m_lastAt > kMergeMs)
        return false;
    m_after = next->m_after;
    m_lastAt = next->m_lastAt;
    return true;
}

} // namespace huddle::ui
