#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <optional>

namespace huddle::import {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(const QString &name);

// How a delimited text file is written. Detected from the bytes, overridable by the user
// (CLI flags, wizard, mapping file).
struct Dialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;       // bytes of byte-order mark to skip
    QChar delimiter = u',';
    QChar quote = u'"';
};

struct DialectOverrides
{
    std::optional<TextEncoding> encoding;
    std::optional<QChar> delimiter;
};

// Looks at a file's bytes: BOM, then whether all of it is valid UTF-8 (else Windows-1252),
// then which of , ; TAB | splits the first lines into the most consistent number of fields
// (quote-aware). The whole file is read for the UTF-8 check so that a Latin-1 byte on line
// 90,000 cannot turn into replacement characters in the store.
Dialect detectDialect(const QString &path, const DialectOverrides &overrides = {});

// Sample-based variant used by detectDialect and the tests.
QChar detectDelimiter(const QString &sampleText, QChar quote = u'"');
// Whether bytes are whole, valid UTF-8 characters (no overlong forms, no surrogates).
bool isValidUtf8(QByteArrayView bytes);
// Whether the whole file is valid UTF-8, read windowBytes at a time (mapped
// where the file allows it, so the bytes are not copied; a window at a time, so a large file
// does not count whole against the process's memory).
bool isUtf8File(QFile &file, qint64 windowBytes = 16 * 1024 * 1024);

} // namespace huddle::import
