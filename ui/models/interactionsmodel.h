#pragma once

#include <store/interactionrepository.h>

#include <QAbstractTableModel>

namespace huddle::store {
class Store;
}

namespace huddle::ui {

// The imported interactions, newest first, fetched from core in pages as the view scrolls
// (canFetchMore/fetchMore), so a million-row store opens at once.
class InteractionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Contact, Channel, Queue, Agent, Team, Reason, Wait, Talk, Answered, Transferred,
                  Resolved, ColumnCount };

    explicit InteractionsModel(QObject *parent = nullptr);

    // The store to read; null shows nothing. The model does not own it.
    void setStore(store::Store *store);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 500;

private:
    store::Store *m_store = nullptr;
    QList<store::InteractionRow> m_rows;
    bool m_complete = true;
};

} // namespace huddle::ui
