#pragma once

#include <store/noterepository.h>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::ui {

// A note's history as a table, oldest first: when, who, which field, what it was and what it
// became. A thin adapter over NoteRepository::history().
class NoteHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Field, Was, Now, ColumnCount };

    explicit NoteHistoryModel(QObject *parent = nullptr);

    void setChanges(QList<store::NoteChange> changes, const QTimeZone &zone);
    const QList<store::NoteChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The field's name for people ("follow_up" → "Follow-up").
    static QString fieldTitle(const QString &field);

private:
    QList<store::NoteChange> m_changes;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::ui
