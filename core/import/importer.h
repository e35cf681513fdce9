#pragma once

#include "dialect.h"
#include "mapping.h"
#include "problem.h"

#include <functional>
#include <optional>

namespace huddle::store {
class Store;
}

namespace huddle::import {

enum class OnError { Reject, Skip };

struct ImportRequest
{
    QString file;
    Kind kind = Kind::Interactions;
    std::optional<Mapping> mapping; // unset: Huddle's canonical format for the kind
    OnError onError = OnError::Reject;
    bool dryRun = false;
    DialectOverrides dialect;
    QString timeZone; // IANA id overriding the store's zone for this import
};

enum class ImportStatus {
    Imported,  // committed
    DryRun,    // checked, nothing written
    Rejected,  // bad rows under the reject policy (or a file that cannot be read): nothing written
    Cancelled, // stopped by the caller: nothing written
    Failed,    // the store could not be written: nothing written
};

struct ImportResult
{
    ImportStatus status = ImportStatus::Failed;
    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsPresent = 0;  // already in the store (re-import, overlapping export)
    qint64 rowsRejected = 0;
    QList<Problem> problems; // the first kMaxProblems; problemCount has them all
    qint64 problemCount = 0;
    QString message;         // a one-line summary or the reason for failure
    std::optional<qint64> sameFileImportId; // this exact file was imported before

    static constexpr int kMaxProblems = 10000;
};

// Called with the share done (0..1); returning false cancels the import.
using ImportProgress = std::function<bool(double)>;

// The one headless entry point for importing a file: the GUI wizard, huddle-cli and the
// tests all call it. Everything happens in one transaction: the store ends up with all of
// the file's accepted rows or with none of them.
ImportResult runImport(store::Store &store, const ImportRequest &request, const ImportProgress &progress = {});

// The mapping a request uses (its own, or the canonical one for its kind).
Mapping effectiveMapping(const ImportRequest &request);

} // namespace huddle::import
