#include "notefilterproxy.h"

#include "notemodel.h"

namespace huddle::ui {

NoteFilterProxy::NoteFilterProxy(NoteModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_notes(source)
{
    setSourceModel(source);
    setSortRole(NoteModel::SortRole);
}

void NoteFilterProxy::setNoteFilter(const store::NoteFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

const coaching::CoachingNote &NoteFilterProxy::note(int row) const
{
    return m_notes->note(mapToSource(index(row, 0)).row());
}

int NoteFilterProxy::rowOf(qint64 id) const
{
    const int row = m_notes->rowOf(id);
    return row < 0 ? -1 : mapFromSource(m_notes->index(row, 0)).row();
}

bool NoteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const coaching::CoachingNote &note = m_notes->note(sourceRow);
    using Deleted = store::NoteFilter::Deleted;
    if ((m_filter.deleted == Deleted::Exclude && note.isDeleted())
        || (m_filter.deleted == Deleted::Only && !note.isDeleted()))
        return false;
    if (!m_filter.agent.isEmpty() && note.agent != m_filter.agent)
        return false;
    if (m_filter.status && note.status != *m_filter.status)
        return false;
    if (!m_filter.topic.isEmpty() && !note.kpis.contains(m_filter.topic) && note.conflict != m_filter.topic)
        return false;
    if (m_filter.from || m_filter.to) {
        const QDate written = note.createdAt.toTimeZone(m_notes->timeZone()).date();
        if ((m_filter.from && written < *m_filter.from) || (m_filter.to && written > *m_filter.to))
            return false;
    }
    return m_filter.text.isEmpty() || note.observed.contains(m_filter.text, Qt::CaseInsensitive)
        || note.agreed.contains(m_filter.text, Qt::CaseInsensitive);
}

} // namespace huddle::ui
