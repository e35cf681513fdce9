#pragma once

#include <coaching/coachingnote.h>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::ui {

// Coaching notes as a table, one row per note in the order given: when and by whom it was
// written, the agent, the week, its topic (KPIs or conflict), what was observed and agreed,
// the follow-up, status and whether it is shared. A thin adapter over NoteRepository::list();
// filter and sort through NoteFilterProxy.
class NoteModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Written, Agent, Week, Topic, Observed, Agreed, FollowUp, Status, Shared, ColumnCount };
    enum Role {
        NoteIdRole = Qt::UserRole + 1, // qint64
        SortRole,                      // dates as dates, the rest as text
        WrittenDateRole,               // QDate: the local day it was written (the store's zone)
    };

    explicit NoteModel(QObject *parent = nullptr);

    // `zone`: the store's time zone, for the day a note was written.
    void setNotes(QList<coaching::CoachingNote> notes, const QTimeZone &zone);
    const QList<coaching::CoachingNote> &notes() const { return m_notes; }
    const coaching::CoachingNote &note(int row) const { return m_notes.at(row); }
    // The row of the note with this id, or -1.
    int rowOf(qint64 id) const;
    const QTimeZone &timeZone() const { return m_zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "FCR, AHT" (the KPIs' names), else the conflict rule's title: what the note is about.
    static QString topicOf(const coaching::CoachingNote &note);
    static QString statusText(coaching::NoteStatus status);
    // The conflict rule's title ("Transfer gaming") from the name a note stores.
    static QString conflictTitle(const QString &rule);

private:
    QList<coaching::CoachingNote> m_notes;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::ui
