#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace huddle::store {

// Says what a SQLite failure means for the user, in words they can act on: "database is
// locked" or "database disk image is malformed" tell a team leader nothing. Errors reach
// Huddle as SQLite's own text (through QSqlError and the C API alike), and SQLite words
// these conditions in fixed texts, so they are recognised by text. Anything else is
// returned as it is.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    static QString explain(const QString &sqliteText);
    // SQLite's primary result code for an error from Qt's SQLite driver, or -1.
    static int code(const QSqlError &error);
    // SQLITE_BUSY or SQLITE_LOCKED: another connection held the lock.
    static bool isBusy(const QSqlError &error);
};

} // namespace huddle::store
