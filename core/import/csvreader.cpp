#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace huddle::import {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

// Bounds no contact-centre export comes near but garbage does (a binary file, a quote never
// closed, a dump of a whole table on one line): beyond them the file is rejected instead of
// filling memory. A record holds at most kMaxRecordChars characters (32 MB as UTF-16).
constexpr qsizetype kMaxFieldChars = 1'000'000;
constexpr qsizetype kMaxFields = 16'384; // Excel's last column, XFD
constexpr qsizetype kMaxRecordChars = 16'000'000;
constexpr qsizetype kKeptFieldCapacity = 64 * 1024; // characters a reused field string may keep

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Decoding it here keeps the reader
// independent of whether Qt was built with ICU.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = (b >= 0x80 && b <= 0x9F) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QStringDecoder::Encoding decoderEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE: return QStringDecoder::Utf16LE;
    case TextEncoding::Utf16BE: return QStringDecoder::Utf16BE;
    default: return QStringDecoder::Utf8;
    }
}

} // namespace

CsvReader::CsvReader(const QString &path, const Dialect &dialect)
    : m_path(path)
    , m_dialect(dialect)
    , m_file(path)
    , m_decoder(decoderEncoding(dialect.encoding))
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(0, 0, tr("cannot open the file: %1").arg(m_file.errorString()));
        return;
    }
    m_file.seek(dialect.bomLength);
    QStringList header;
    if (readRecord(header))
        m_header = header;
}

double CsvReader::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

void CsvReader::fail(qint64 line, int column, const QString &message)
{
    m_error = Problem{m_path, line, column, message, {}};
}

bool CsvReader::refill()
{
    if (m_error || m_file.atEnd())
        return false;
    // No more than the file holds: QIODevice allocates what is asked for.
    const QByteArray bytes = m_file.read(std::min(kChunkBytes, m_file.bytesAvailable()));
    if (bytes.isEmpty())
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (m_dialect.encoding == TextEncoding::Windows1252)
        m_buffer += decodeWindows1252(bytes);
    else
        m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        fail(m_line, 0, tr("the bytes are not valid %1 text")
                            .arg(encodingName(m_dialect.encoding)));
        return false;
    }
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    return readRecord(fields);
}

bool CsvReader::readRecord(QStringList &fields)
{
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    for (;;) {
        // Fields are written into the strings already in the list: a record costs no
        // allocation once the strings have grown to their column's longest value (a string
        // a caller kept a copy of is shared, and is replaced instead). One that grew for an
        // exceptional field is let go, so what stays allocated is bounded by typical fields.
        qsizetype count = 0;
        const auto startField = [&]() -> QString & {
            if (count == fields.size())
                fields.emplace_back();
            QString &next = fields[count];
            if (next.capacity() > kKeptFieldCapacity)
                next = QString();
            else
                next.resize(0);
            return next;
        };
        QString *field = &startField();
        bool quoted = false;       // inside a quoted field
        bool wasQuoted = false;    // the current field started with a quote
        bool any = false;          // the record has at least one character
        qint64 quoteLine = 0;
        qsizetype recordChars = 0; // in the fields before the current one
        const qint64 startLine = m_line;
        // The field is complete: false when it makes the record too large to read.
        const auto endField = [&] {
            recordChars += field->size();
            ++count;
            if (count > kMaxFields) {
                fail(startLine, int(count), tr("a line has more than %L1 fields").arg(kMaxFields));
                return false;
            }
            if (recordChars > kMaxRecordChars) {
                fail(startLine, int(count), tr("a record is longer than %L1 characters").arg(kMaxRecordChars));
                return false;
            }
            return true;
        };
        const auto endRecord = [&] {
            fields.resize(count);
            m_recordLine = startLine;
            return true;
        };
        const auto fieldTooLong = [&] {
            if (field->size() <= kMaxFieldChars)
                return false;
            if (quoted)
                fail(quoteLine, int(count) + 1,
                     tr("a quoted field runs on for more than %L1 characters: is its closing quote missing?")
                         .arg(kMaxFieldChars));
            else
                fail(m_line, int(count) + 1, tr("a field is longer than %L1 characters").arg(kMaxFieldChars));
            return true;
        };
        for (;;) {
            if (m_pos >= m_buffer.size() && !refill()) {
                if (m_error)
                    return false;
                if (quoted) {
                    fail(quoteLine, int(count) + 1, tr("a quoted field is never closed"));
                    return false;
                }
                if (!any) {
                    fields.clear();
                    return false; // clean end of file
                }
                return endField() && endRecord();
            }
            const QChar c = m_buffer[m_pos++];
            any = true;
            if (quoted) {
                if (c == quote) {
                    if (m_pos >= m_buffer.size())
                        refill();
                    if (m_pos < m_buffer.size() && m_buffer[m_pos] == quote) {
                        *field += quote;
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && (m_pos >= m_buffer.size() || m_buffer[m_pos] != u'\n')))
                        ++m_line;
                    *field += c;
                }
                if (fieldTooLong())
                    return false;
                continue;
            }
            if (c == delimiter) {
                if (!endField())
                    return false;
                field = &startField();
                wasQuoted = false;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r') {
                    if (m_pos >= m_buffer.size())
                        refill();
                    if (m_pos < m_buffer.size() && m_buffer[m_pos] == u'\n')
                        ++m_pos;
                }
                ++m_line;
                if (count == 0 && field->isEmpty() && !wasQuoted)
                    break; // a blank line: start over with the next one
                return endField() && endRecord();
            } else if (c == quote && field->isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                quoteLine = m_line;
            } else if (wasQuoted) {
                fail(m_line, int(count) + 1, tr("unexpected text after a closing quote: %1").arg(c));
                return false;
            } else {
                // Plain text: take the run up to the next special character in one append.
                qsizetype end = m_pos;
                while (end < m_buffer.size()) {
                    const QChar next = m_buffer[end];
                    if (next == delimiter || next == u'\n' || next == u'\r' || next == quote)
                        break;
                    ++end;
                }
                *field += QStringView(m_buffer).sliced(m_pos - 1, end - m_pos + 1);
                m_pos = end;
                if (fieldTooLong())
                    return false;
            }
        }
    }
}

} // namespace huddle::import
