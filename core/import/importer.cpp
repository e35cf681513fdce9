#include "importer.h"

#include "customerkey.h"
#include "filedigest.h"
#include "localtime.h"
#include "recordpipeline.h"
#include "recordsourcefactory.h"
#include "../store/importrepository.h"
#include "../store/store.h"
#include "../store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "huddle.import", QtWarningMsg)

namespace huddle::import {

namespace {


// The context of the importer's messages (runImport is a free function).
struct Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// Progress is reported at most every this many records: often enough for a smooth bar,
// rarely enough to cost nothing.
constexpr qint64 kProgressEvery = 2048;

} // namespace

Mapping effectiveMapping(const ImportRequest &request)
{
    Mapping mapping = request.mapping.value_or(Mapping::canonical(request.kind));
    mapping.kind = request.kind;
    return mapping;
}

ImportResult runImport(store::Store &store, const ImportRequest &request, const ImportProgress &progress)
{
    ImportResult result;
    const auto addProblems = [&result](const QList<Problem> &problems) {
        for (const Problem &p : problems) {
            if (result.problems.size() < ImportResult::kMaxProblems)
                result.problems.append(p);
            ++result.problemCount;
        }
    };
    if (!QFileInfo(request.file).isFile()) {
        result.status = ImportStatus::Rejected;
        addProblems({{request.file, 0, 0, Importer::tr("no such file"), {}}});
        result.message = Importer::tr("%1: no such file").arg(request.file);
        return result;
    }
    const Mapping mapping = effectiveMapping(request);
    FileDigest digest(request.file);

    const QTimeZone zone = request.timeZone.isEmpty() ? store.timeZone() : QTimeZone(request.timeZone.toUtf8());
    if (!zone.isValid()) {
        result.status = ImportStatus::Rejected;
        result.message = Importer::tr("unknown time zone \"%1\"").arg(request.timeZone);
        return result;
    }
    LocalTimeConverter converter(zone);
    const CustomerKeyHasher hasher(store.customerKeySecret());
    // converter and hasher are the pipeline's reader thread's from here on.
    const auto source = std::make_unique<RecordPipeline>(
        openRecordSource(request.file, mapping, request.dialect, converter, hasher));
    if (!source->openProblems().isEmpty()) {
        result.status = ImportStatus::Rejected;
        addProblems(source->openProblems());
        result.message = Importer::tr("%1 cannot be imported: %2").arg(request.file, result.problems.first().message);
        return result;
    }

    store::ImportInfo info;
    info.fileName = QFileInfo(request.file).fileName();
    info.kind = kindName(request.kind);
    info.source = mapping.source;
    info.mapping = QString::fromUtf8(QJsonDocument(source->effectiveMapping().toJson()).toJson(QJsonDocument::Compact));

    store::BulkWriter writer(store, request.kind, mapping.source, mapping.csatScale, mapping.cesScale);
    QString error;
    if (!writer.begin(info, &error)) {
        result.status = ImportStatus::Failed;
        result.message = Importer::tr("%1: cannot write to the store: %2; nothing was imported")
                             .arg(store.path(), store::StoreError::explain(error));
        return result;
    }

    const auto writeFailed = [&] {
        result.status = ImportStatus::Failed;
        result.message = Importer::tr("%1: cannot write to the store: %2; nothing was imported")
                             .arg(store.path(), store::StoreError::explain(error));
        return result;
    };
    Record record;
    QList<Problem> rowProblems;
    bool rejecting = false; // under the reject policy, keep reading only to report every bad row
    for (;;) {
        bool accepted = false;
        rowProblems.clear();
        if (!source->next(record, &accepted, rowProblems)) {
            if (!rowProblems.isEmpty()) { // the file broke off: nothing of it is kept
                addProblems(rowProblems);
                result.status = ImportStatus::Rejected;
                result.message = Importer::tr("%1 cannot be read to its end; nothing was imported").arg(request.file);
                return result;
            }
            break;
        }
        ++result.rowsRead;
        if (!accepted) {
            ++result.rowsRejected;
            addProblems(rowProblems);
            rejecting = rejecting || request.onError == OnError::Reject;
        } else if (!rejecting && !writer.write(record, &error)) {
            return writeFailed();
        }
        if (progress && result.rowsRead % kProgressEvery == 0 && !progress(source->progress())) {
            result.status = ImportStatus::Cancelled;
            result.message = Importer::tr("import cancelled; nothing was imported");
            return result;
        }
    }

    if (!rejecting && !writer.flush(&error))
        return writeFailed();
    result.rowsAdded = writer.rowsAdded();
    result.rowsPresent = writer.rowsPresent();

    // Looked up now, in the import's transaction: this import's own row is still 'running'.
    info.sha256 = digest.result();
    if (const auto previous = store::ImportRepository(store).findBySha256(info.sha256))
        result.sameFileImportId = previous->id;
    if (rejecting) {
        result.status = ImportStatus::Rejected;
        result.rowsAdded = result.rowsPresent = 0;
        result.message = Importer::tr("%1: %2 of %3 rows are invalid; nothing was imported (use --on-error skip to import the "
                            "valid rows)")
                             .arg(request.file)
                             .arg(result.rowsRejected)
                             .arg(result.rowsRead);
        return result;
    }
    if (request.dryRun) {
        result.status = ImportStatus::DryRun;
        result.message = Importer::tr("dry run: %1 new, %2 already present, %3 rejected; nothing was written")
                             .arg(result.rowsAdded)
                             .arg(result.rowsPresent)
                             .arg(result.rowsRejected);
        return result; // the writer rolls back
    }
    info.rowsRead = result.rowsRead;
    info.rowsAdded = result.rowsAdded;
    info.rowsPresent = result.rowsPresent;
    info.rowsRejected = result.rowsRejected;
    if (!writer.commit(info, &error)) {
        result.status = ImportStatus::Failed;
        result.message = Importer::tr("%1: cannot commit the import: %2; nothing was imported")
                             .arg(store.path(), store::StoreError::explain(error));
        return result;
    }
    if (progress)
        progress(1.0);
    result.status = ImportStatus::Imported;
    result.importId = writer.importId();
    result.message = Importer::tr("import %1: %2 new, %3 already present, %4 rejected")
                         .arg(result.importId)
                         .arg(result.rowsAdded)
                         .arg(result.rowsPresent)
                         .arg(result.rowsRejected);
    qCInfo(lcImport) << result.message;
    return result;
}

} // namespace huddle::import
