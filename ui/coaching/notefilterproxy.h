#pragma once

#include <store/noterepository.h>

#include <QSortFilterProxyModel>

namespace huddle::ui {

class NoteModel;

// Filters a NoteModel's notes as NoteRepository::list() would for the same NoteFilter
// (agent, topic, status, days written, text, deleted), in memory so the filter bar answers
// as it is typed into, and sorts on NoteModel::SortRole.
class NoteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NoteFilterProxy(NoteModel *source, QObject *parent = nullptr);

    void setNoteFilter(const store::NoteFilter &filter);
    const store::NoteFilter &noteFilter() const { return m_filter; }

    // The note of a row of this proxy.
    const coaching::CoachingNote &note(int row) const;
    // The proxy row of the note with this id, or -1.
    int rowOf(qint64 id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    NoteModel *m_notes;
    store::NoteFilter m_filter;
};

} // namespace huddle::ui
