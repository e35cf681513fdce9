#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huddle::store {

// The schema as a list of upgrade steps: step N turns a version N-1 store into version N.
// A new store runs every step; an old one runs the steps it misses, all inside the caller's
// write transaction (Store holds it, so two programs opening one store cannot both upgrade).
class Schema
{
public:
    static int latestVersion();
    static bool upgrade(QSqlDatabase &db, int fromVersion, QString *error);
};

} // namespace huddle::store
