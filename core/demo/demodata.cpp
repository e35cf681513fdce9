#include "demodata.h"

#include <QDir>
#include <QFileInfo>

namespace huddle::demo {

bool importFolder(store::Store &store, const QString &folder, const import::ImportProgress &progress,
                  QString *error)
{
    // Agents first: the roster names the teams the other files refer to.
    QList<QFileInfo> files;
    for (import::Kind kind : import::allKinds()) {
        const QFileInfo file(QDir(folder).filePath(import::kindName(kind) + QStringLiteral(".csv")));
        if (file.isFile())
            files.append(file);
    }
    qint64 totalBytes = 0;
    for (const QFileInfo &file : std::as_const(files))
        totalBytes += file.size();
    qint64 doneBytes = 0;
    for (const QFileInfo &file : std::as_const(files)) {
        import::ImportRequest request;
        request.file = file.filePath();
        request.kind = *import::kindFromName(file.completeBaseName());
        const import::ImportResult result = import::runImport(store, request, [&](double share) {
            return !progress || progress((doneBytes + share * file.size()) / double(std::max<qint64>(totalBytes, 1)));
        });
        if (result.status != import::ImportStatus::Imported) {
            *error = result.problems.isEmpty() ? result.message : result.problems.first().toString();
            return false;
        }
        doneBytes += file.size();
    }
    return true;
}

} // namespace huddle::demo
