#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace huddle::store {

// The sqlite3 connection under a Qt SQL connection, or null for any other driver: the
// store's fast paths (bulk insert, KPI scans) use SQLite's C API where it is there.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace huddle::store
