#pragma once

#include <store/kpifactreader.h>

#include <QTimeZone>

#include <optional>

namespace huddle::store {
class Store;
}

namespace huddle::kpi {

// The KPI facts as a compact snapshot inside the store (table kpi_snapshot): fixed-size
// typed rows in weekly chunks, texts already scored for sentiment. Reading a year of a
// million contacts from it takes tens of milliseconds where reading them from the
// interactions table takes a second. The snapshot is made again, whole, by the first
// KPI question after the import history changed (an import or an undo); a store that
// cannot be written (read-only file) is read directly instead.
class FactCache
{
public:
    explicit FactCache(store::Store &store);

    std::optional<store::KpiFacts> read(const store::FactRange &range, const QTimeZone &zone, QString *error);
    // Makes the snapshot again if the import history changed since it was made.
    bool refresh(QString *error);

private:
    std::optional<store::KpiFacts> readSnapshot(const store::FactRange &range, QString *error);

    store::Store &m_store;
};

// Sentiment of the rows that have a text but no figure of their own (lexicon analyser).
void scoreTexts(store::KpiFacts &facts);

} // namespace huddle::kpi
