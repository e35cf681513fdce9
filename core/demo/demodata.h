#pragma once

#include <import/importer.h>

namespace huddle::store {
class Store;
}

namespace huddle::demo {

// Imports a folder of Huddle-format CSV files named after their kind (agents.csv,
// interactions.csv, surveys.csv, qa.csv, engagement.csv, customers.csv) — the bundled demo
// data set — each through the ordinary import. Progress covers the whole folder.
// Returns false with *error naming the file that failed.
bool importFolder(store::Store &store, const QString &folder, const import::ImportProgress &progress,
                  QString *error);

} // namespace huddle::demo
