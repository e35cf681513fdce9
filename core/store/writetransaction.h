#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huddle::store {

// One write transaction, begun with BEGIN IMMEDIATE: the write lock is taken at the start,
// waiting out another writer (the GUI, a second huddle-cli) for the store's busy timeout.
// What is read inside it cannot change before it commits, and it never fails halfway for
// want of the lock. Destroyed uncommitted, it rolls back.
//
// Failures return false and set *error to SQLite's text (StoreError::explain words it).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin(QString *error);
    // On failure the transaction is rolled back.
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace huddle::store
