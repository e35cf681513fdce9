#include "dialect.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace huddle::import {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    Q_UNREACHABLE();
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16le" || n == u"utf-16")
        return TextEncoding::Utf16LE;
    if (n == u"utf-16be")
        return TextEncoding::Utf16BE;
    if (n == u"windows-1252" || n == u"cp1252" || n == u"latin-1" || n == u"latin1" || n == u"iso-8859-1")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Exports are mostly ASCII: 32 bytes at a time while no byte has its high bit set
        // (four words or'ed, one test: the compiler makes it a vector load).
        if (i + 32 <= n) {
            std::uint64_t words[4];
            std::memcpy(words, p + i, sizeof words);
            if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0) {
                i += 32;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false; // cut off
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        static constexpr unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[extra] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false; // overlong forms and surrogates are not UTF-8
        i += extra + 1;
    }
    return true;
}

bool isUtf8File(QFile &file, qint64 windowBytes)
{
    const qint64 size = file.size();
    QByteArray buffer; // for a file that cannot be mapped
    qint64 start = 0;
    while (start < size) {
        const qint64 length = std::min(windowBytes + 3, size - start);
        QByteArrayView window;
        uchar *mapped = file.map(start, length);
        if (mapped) {
            window = QByteArrayView(mapped, length);
        } else {
            if (!file.seek(start))
                return false;
            buffer = file.read(length);
            window = buffer;
            if (window.isEmpty())
                return false; // unreadable here: the reader says why when it gets there
        }
        // The window ends before a character's first byte, so no character is cut in two:
        // it reaches up to three bytes further to find one (more continuation bytes in a row
        // are not UTF-8, and the check below says so). A short read is checked as it is.
        qsizetype end = window.size();
        if (start + end < size && end > windowBytes) {
            end = windowBytes;
            for (int back = 0; back < 3 && (uchar(window[end]) & 0xC0) == 0x80; ++back)
                ++end;
        }
        const bool valid = isValidUtf8(window.first(end));
        if (mapped)
            file.unmap(mapped);
        if (!valid)
            return false;
        start += end;
    }
    return true;
}

QChar detectDelimiter(const QString &sampleText, QChar quote)
{
    static const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestScore = -1;
    int bestFields = 0;
    for (QChar candidate : candidates) {
        // Count delimiters per record, outside quotes, over the first 50 records.
        QList<int> counts;
        int count = 0;
        bool inQuotes = false;
        for (qsizetype i = 0; i < sampleText.size() && counts.size() < 50; ++i) {
            const QChar c = sampleText[i];
            if (c == quote) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == candidate) {
                ++count;
            } else if (!inQuotes && c == u'\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (counts.isEmpty())
            counts.append(count);
        QHash<int, int> frequency;
        for (int n : counts)
            ++frequency[n];
        int mode = 0;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() > 0 && (it.value() > modeFrequency || (it.value() == modeFrequency && it.key() > mode))) {
                mode = it.key();
                modeFrequency = it.value();
            }
        }
        if (mode == 0)
            continue;
        if (modeFrequency > bestScore || (modeFrequency == bestScore && mode > bestFields)) {
            best = candidate;
            bestScore = modeFrequency;
            bestFields = mode;
        }
    }
    return best;
}

Dialect detectDialect(const QString &path, const DialectOverrides &overrides)
{
    Dialect dialect;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return dialect; // the reader reports the open failure with its reason
    // Reads ask for no more than the file holds: QIODevice allocates what is asked for, which
    // for a small file (a preview, a fuzzer's input) would be most of the work.
    const QByteArray head = file.peek(std::min<qint64>(256 * 1024, file.size()));

    if (head.startsWith("\xEF\xBB\xBF")) {
        dialect.encoding = TextEncoding::Utf8, dialect.bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        dialect.encoding = TextEncoding::Utf16LE, dialect.bomLength = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        dialect.encoding = TextEncoding::Utf16BE, dialect.bomLength = 2;
    } else if (!overrides.encoding) {
        dialect.encoding = isUtf8File(file) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    if (overrides.encoding)
        dialect.encoding = *overrides.encoding;

    if (overrides.delimiter) {
        dialect.delimiter = *overrides.delimiter;
    } else {
        QByteArray sample = head.mid(dialect.bomLength);
        QString text;
        switch (dialect.encoding) {
        case TextEncoding::Utf8: text = QString::fromUtf8(sample); break;
        case TextEncoding::Windows1252: text = QString::fromLatin1(sample); break;
        case TextEncoding::Utf16LE: text = QStringDecoder(QStringDecoder::Utf16LE).decode(sample); break;
        case TextEncoding::Utf16BE: text = QStringDecoder(QStringDecoder::Utf16BE).decode(sample); break;
        }
        dialect.delimiter = detectDelimiter(text, dialect.quote);
    }
    return dialect;
}

} // namespace huddle::import
