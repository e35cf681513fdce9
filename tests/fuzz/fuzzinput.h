#pragma once

#include <import/recordsource.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace huddle::fuzz {

// The readers under test take a path, as the importer gives them one: each input is written
// to one file per fuzzing process (in /dev/shm when there is one, to spare the disk), and
// read back through the real entry point. The folder goes when the fuzzer exits.
inline QString writeInput(const std::uint8_t *data, std::size_t size, const QString &name)
{
    static const QTemporaryDir dir(
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/huddle-fuzz-XXXXXX"));
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort(); // the harness, not the code under test, is broken
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Reads every record a source yields, as an import would (which stops at open problems),
// so each row meets the row mapper and the value parsers.
inline void drain(import::RecordSource &source)
{
    if (!source.openProblems().isEmpty())
        return;
    import::Record record;
    bool accepted = false;
    QList<import::Problem> problems;
    while (source.next(record, &accepted, problems))
        problems.clear();
}

} // namespace huddle::fuzz
