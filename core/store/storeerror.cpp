#include "storeerror.h"

#include <sqlite3.h>

namespace huddle::store {

QString StoreError::explain(const QString &sqliteText)
{
    const auto says
        = [&](const char *text) { return sqliteText.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // SQLITE_BUSY / SQLITE_LOCKED: another writer held the store for longer than the busy timeout.
    if (says("database is locked") || says("database table is locked") || says("database is busy"))
        return tr("the store is in use: another Huddle window or huddle-cli is writing to it. "
                  "Try again when it has finished");
    if (says("database or disk is full"))
        return tr("the disk is full. Free some space and try again");
    if (says("readonly database") || says("read-only"))
        return tr(
            "the store cannot be written: the file or its folder is read-only. Check their permissions");
    if (says("database disk image is malformed") || says("file is not a database"))
        return tr(
            "the store file is damaged. Restore it from a backup (the .bak copy Huddle keeps next to it "
            "before each upgrade, or your own)");
    if (says("disk i/o error"))
        return tr("the disk reported an error while reading or writing the store");
    if (says("unable to open database file"))
        return tr("the store file cannot be opened: its folder is missing or not accessible");
    return sqliteText;
}

int StoreError::code(const QSqlError &error)
{
    // Qt's SQLite driver gives SQLite's result code as the native code; an extended code
    // keeps the primary one in its low byte.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? code & 0xff : -1;
}

bool StoreError::isBusy(const QSqlError &error)
{
    const int primary = code(error);
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace huddle::store
