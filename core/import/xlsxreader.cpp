#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <unzip.h>

#include <algorithm>
#include <cmath>

namespace huddle::import {

namespace {

constexpr int kMaxColumn = 16383;          // XFD, Excel's last column (0-based)
constexpr double kLastSerial = 2958466.0;  // 10000-01-01: Excel shows no date from here on
constexpr qint64 kSecondsPerDay = 86400;

struct Relationship
{
    QString type;
    QString target; // path inside the zip, resolved against the source part's folder
};

// Opens one part of the package for reading. Case-insensitive because OPC part names are,
// and some writers spell e.g. "xl/SharedStrings.xml".
std::unique_ptr<QuaZipFile> openPart(QuaZip &zip, const QString &name)
{
    if (name.isEmpty() || !zip.setCurrentFile(name, QuaZip::csInsensitive))
        return {};
    auto file = std::make_unique<QuaZipFile>(&zip);
    if (!file->open(QIODevice::ReadOnly))
        return {};
    return file;
}

// A relationship target is relative to the folder of the part that names it ("worksheets/
// sheet1.xml" from xl/, "../customXml/item1.xml"), or absolute from the package root.
QString resolveTarget(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + u'/' + target);
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// The relationships of a part, by id: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels";
// an empty part name means the package itself ("_rels/.rels").
// A missing or unreadable .rels part just has no relationships; callers fall back to the
// conventional part names.
QHash<QString, Relationship> readRelationships(QuaZip &zip, const QString &part)
{
    QHash<QString, Relationship> relationships;
    const QString folder = folderOf(part);
    const QString relsPath = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/")
                             + part.mid(folder.isEmpty() ? 0 : folder.size() + 1) + QStringLiteral(".rels");
    const std::unique_ptr<QuaZipFile> file = openPart(zip, relsPath);
    if (!file)
        return relationships;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             {attributes.value(QLatin1String("Type")).toString(),
                              resolveTarget(folder, attributes.value(QLatin1String("Target")).toString())});
    }
    return relationships;
}

// The relationship whose type ends with "/<kind>" (a workbook has at most one of the kinds
// asked for here): the namespace differs between transitional and strict OOXML, the last
// segment does not.
QString targetOfType(const QHash<QString, Relationship> &relationships, QStringView kind)
{
    for (const Relationship &relationship : relationships) {
        const QStringView type = relationship.type;
        if (type.endsWith(kind) && type.size() > kind.size() && type[type.size() - kind.size() - 1] == u'/')
            return relationship.target;
    }
    return {};
}

bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Strings in OOXML escape characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a
// carriage return, _x005F_ for a literal underscore before "x...").
QString unescapeXstring(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            const QStringView hex = QStringView(text).mid(i + 2, 4);
            const bool isHex = std::all_of(hex.begin(), hex.end(), [](QChar c) { return isAsciiHexDigit(c); });
            if (isHex) {
                out += QChar(hex.toUShort(nullptr, 16));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Text of an <si> (shared string) or <is> (inline string), with the reader on its start
// element: every <t>, including those in rich-text runs <r>, but not the phonetic guides
// (<rPh>) Japanese workbooks add, which Excel does not show in the cell.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t")
                text += xml.readElementText(); // consumes </t>
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return unescapeXstring(text);
}

// "AB12" -> 27 (0-based column of a cell reference); -1 when it has no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
        if (c < u'A' || c > u'Z')
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

// 27 -> "AB", to name a cell that has no r attribute.
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// A number as Excel's General format would write it, but never in exponent form where the
// digits are exact: whole numbers below 10^15 in full ("1543602660"), small fractions as
// decimals ("0.000012"), 15 significant digits (what Excel keeps) otherwise.
QString plainNumber(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    const QString general = QString::number(value, 'g', 15);
    if (!general.contains(u'e') || std::abs(value) >= 1.0 || std::abs(value) < 1e-20)
        return general;
    const int exponent = int(std::floor(std::log10(std::abs(value))));
    QString fixed = QString::number(value, 'f', 14 - exponent);
    while (fixed.endsWith(u'0'))
        fixed.chop(1);
    if (fixed.endsWith(u'.'))
        fixed.chop(1);
    return fixed;
}

// A row with no text in it: Excel shows it empty, even when it has styled or blank cells.
bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

QString clockText(qint64 hours, qint64 minutes, qint64 seconds, int hourWidth)
{
    return QStringLiteral("%1:%2:%3")
        .arg(hours, hourWidth, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'));
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const QString &sheetName)
    : m_path(path)
    , m_zip(std::make_unique<QuaZip>(path))
{
    if (!open(sheetName))
        return;
    QStringList fields;
    qint64 row = 0;
    while (readRow(fields, &row)) {
        if (!isBlank(fields)) {
            m_header = fields;
            m_row = row;
            return;
        }
    }
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(qint64 row, const QString &message)
{
    if (!m_error)
        m_error = Problem{m_path, row, 0, message, {}};
}

QStringList XlsxReader::sheetNames(const QString &path)
{
    QStringList names;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return names;
    const Workbook workbook = readWorkbook(zip);
    if (!workbook.error.isEmpty())
        return names;
    for (const Sheet &sheet : workbook.sheets)
        names.append(sheet.name);
    return names;
}

XlsxReader::Workbook XlsxReader::readWorkbook(QuaZip &zip)
{
    Workbook workbook;
    // The package's root relationships name the workbook part; it is xl/workbook.xml in
    // every file we have seen, which is the fallback for packages without _rels/.rels.
    QString workbookPath = targetOfType(readRelationships(zip, QString()), u"officeDocument");
    if (workbookPath.isEmpty())
        workbookPath = QStringLiteral("xl/workbook.xml");
    const QString folder = folderOf(workbookPath);
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    const QHash<QString, Relationship> relationships = readRelationships(zip, workbookPath);
    workbook.sharedStringsPath = targetOfType(relationships, u"sharedStrings");
    if (workbook.sharedStringsPath.isEmpty())
        workbook.sharedStringsPath = prefix + QStringLiteral("sharedStrings.xml");
    workbook.stylesPath = targetOfType(relationships, u"styles");
    if (workbook.stylesPath.isEmpty())
        workbook.stylesPath = prefix + QStringLiteral("styles.xml");

    const std::unique_ptr<QuaZipFile> file = openPart(zip, workbookPath);
    if (!file)
        return workbook; // no sheets: the caller says "not an Excel workbook"
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xml.attributes().value(QLatin1String("date1904"));
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id") // r:id, whatever the prefix is bound to
                    id = attribute.value().toString();
            }
            const Relationship relationship = relationships.value(id);
            // Chart sheets and dialog sheets have no cells to read.
            if (relationship.type.endsWith(QLatin1String("/chartsheet"))
                || relationship.type.endsWith(QLatin1String("/dialogsheet")))
                continue;
            workbook.sheets.append({attributes.value(QLatin1String("name")).toString(), relationship.target});
        }
    }
    if (xml.hasError()) {
        workbook.sheets.clear();
        workbook.error = tr("the workbook's list of sheets is not readable XML: %1").arg(xml.errorString());
    }
    return workbook;
}

bool XlsxReader::readSharedStrings(const QString &partPath)
{
    const std::unique_ptr<QuaZipFile> file = openPart(*m_zip, partPath);
    if (!file)
        return true; // a workbook without text cells has no shared strings part
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            // Reserving saves reallocations on big tables; capped, as the count is only a claim.
            const qsizetype unique = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            m_sharedStrings.reserve(std::clamp<qsizetype>(unique, 0, 1 << 20));
        } else if (xml.name() == u"si") {
            m_sharedStrings.append(richText(xml));
        }
    }
    if (xml.hasError()) {
        fail(0, tr("the shared strings are not readable XML: %1").arg(xml.errorString()));
        return false;
    }
    return true;
}

XlsxReader::CellFormat XlsxReader::builtInFormat(int numFmtId)
{
    // ECMA-376 Part 1, 18.8.30: the built-in formats a workbook uses without defining them.
    if (numFmtId >= 14 && numFmtId <= 17) // m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy
        return CellFormat::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47) // h:mm AM/PM ... mm:ss.0
        return CellFormat::Time;
    if (numFmtId == 22) // m/d/yyyy h:mm
        return CellFormat::DateTime;
    if (numFmtId == 46) // [h]:mm:ss
        return CellFormat::Elapsed;
    return CellFormat::Number;
}

XlsxReader::CellFormat XlsxReader::classifyFormatCode(QStringView code)
{
    // Date and time tokens outside quoted text, backslash escapes, _x (space as wide as x)
    // and *x (repeat x) fill characters, and [...] sections. A bracket holding only h, m or
    // s ("[h]", "[mm]") is an elapsed-time token; other brackets are colours, conditions and
    // locales ("[Red]", "[<=100]", "[$-409]"). "m" is a month or, next to h or s, a minute.
    bool date = false, time = false, month = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (close < 0 ? code.size() : close) - i - 1);
            const QChar first = inside.isEmpty() ? QChar() : inside[0].toLower();
            if (first == u'h' || first == u'm' || first == u's') {
                elapsed = elapsed || std::all_of(inside.begin(), inside.end(), [first](QChar x) { return x.toLower() == first; });
            }
            i = close < 0 ? code.size() : close;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    if (elapsed)
        return CellFormat::Elapsed;
    date = date || (month && !time);
    if (date && time)
        return CellFormat::DateTime;
    if (date)
        return CellFormat::Date;
    return time ? CellFormat::Time : CellFormat::Number;
}

bool XlsxReader::readStyles(const QString &partPath)
{
    const std::unique_ptr<QuaZipFile> file = openPart(*m_zip, partPath);
    if (!file)
        return true; // no styles: every number is shown as a number
    QHash<int, CellFormat> custom;
    // Only <numFmts> defines formats by id (<dxfs> has numFmts of conditional formats),
    // and only <cellXfs> is indexed by a cell's s attribute (<cellStyleXfs> belongs to
    // named styles).
    bool inNumFmts = false, inCellXfs = false;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts")
                inNumFmts = false;
            else if (xml.name() == u"cellXfs")
                inCellXfs = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmts") {
            inNumFmts = true;
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inNumFmts && xml.name() == u"numFmt") {
            const QXmlStreamAttributes attributes = xml.attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          classifyFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_styleFormats.append(custom.contains(id) ? custom.value(id) : builtInFormat(id));
            xml.skipCurrentElement(); // its <alignment>/<protection> children are not needed
        }
    }
    if (xml.hasError()) {
        fail(0, tr("the styles are not readable XML: %1").arg(xml.errorString()));
        return false;
    }
    return true;
}

bool XlsxReader::open(const QString &sheetName)
{
    // QuaZip cannot tell a missing or unreadable file from one that is not a zip; QFile can.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(0, tr("cannot open the file: %1").arg(file.errorString()));
        return false;
    }
    file.close();
    if (!m_zip->open(QuaZip::mdUnzip)) {
        fail(0, tr("not an Excel workbook (.xlsx): the file is not a readable zip archive"));
        return false;
    }
    const Workbook workbook = readWorkbook(*m_zip);
    if (!workbook.error.isEmpty()) {
        fail(0, workbook.error);
        return false;
    }
    if (workbook.sheets.isEmpty()) {
        fail(0, tr("not an Excel workbook (.xlsx): it lists no sheets"));
        return false;
    }
    const Sheet *chosen = sheetName.isEmpty() ? &workbook.sheets.first() : nullptr;
    // Excel keeps sheet names unique ignoring case, so the case-insensitive match is unique
    // too; the exact match first only matters for workbooks written by other tools.
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const Sheet &sheet : workbook.sheets) {
            if (!chosen && sheet.name.compare(sheetName, cs) == 0)
                chosen = &sheet;
        }
    }
    if (!chosen) {
        QStringList names;
        for (const Sheet &sheet : workbook.sheets)
            names.append(sheet.name);
        fail(0, tr("the workbook has no sheet named \"%1\" (it has: %2)").arg(sheetName, names.join(QStringLiteral(", "))));
        return false;
    }
    m_sheetName = chosen->name;
    m_date1904 = workbook.date1904;
    if (!readSharedStrings(workbook.sharedStringsPath) || !readStyles(workbook.stylesPath))
        return false;
    if (chosen->path.isEmpty() || !m_zip->setCurrentFile(chosen->path, QuaZip::csInsensitive)) {
        fail(0, tr("the sheet \"%1\" is missing from the workbook").arg(m_sheetName));
        return false;
    }
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheetFile->open(QIODevice::ReadOnly)) {
        fail(0, tr("the sheet \"%1\" cannot be read").arg(m_sheetName));
        return false;
    }
    m_sheetSize = m_sheetFile->usize();
    // The reader pulls the inflated XML from the zip entry as it goes: no copy of the sheet.
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    return true;
}

double XlsxReader::progress() const
{
    if (m_done || !m_sheetFile || m_sheetSize <= 0)
        return 1.0;
    return std::clamp(double(m_sheetFile->pos()) / double(m_sheetSize), 0.0, 1.0);
}

QString XlsxReader::numberText(double value, CellFormat format) const
{
    // Beyond ~10^13 days the seconds overflow 64 bits; no such value is a date or a duration.
    if (format == CellFormat::Number || std::abs(value) >= 1e13)
        return plainNumber(value);
    const qint64 total = std::llround(value * double(kSecondsPerDay)); // nearest second
    if (format == CellFormat::Elapsed) {
        const qint64 magnitude = std::abs(total);
        return (total < 0 ? QStringLiteral("-") : QString())
               + clockText(magnitude / 3600, (magnitude / 60) % 60, magnitude % 60, 1);
    }
    // Excel shows no date or time for these, only "#####".
    if (!(value >= 0.0) || value >= kLastSerial)
        return plainNumber(value);
    const qint64 days = total / kSecondsPerDay;
    const qint64 seconds = total % kSecondsPerDay;
    const QString clock = clockText(seconds / 3600, (seconds / 60) % 60, seconds % 60, 2);
    // A time typed into Excel is a day fraction in both date systems. In the 1900 system a
    // serial below 1 has no date at all (Excel shows day 0 as "1900-01-00"), so a fraction
    // is a time of day even in a date-only format. In the 1904 system 0 is 1904-01-01, so a
    // date-only format keeps its date there.
    if (value < 1.0 && (format != CellFormat::Date || !m_date1904))
        return clock;
    QString dateText;
    if (m_date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days >= 61) {
        dateText = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        // Lotus 1-2-3's leap-year bug, kept by Excel: serial 60 is 1900-02-29, a day that
        // does not exist. Written as Excel shows it, so a date parser reports it rather
        // than it silently becoming another day.
        dateText = QStringLiteral("1900-02-29");
    } else {
        // Before the phantom day, serial 1 is 1900-01-01.
        dateText = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    }
    // Whole days are dates whatever the format, except that a time-only format showing a
    // value with a date part gets both, so the date is not lost.
    if (seconds == 0 && format != CellFormat::Time)
        return dateText;
    return dateText + u' ' + clock;
}

bool XlsxReader::readCell(QStringList &fields, qint64 row)
{
    const QXmlStreamAttributes attributes = m_xml->attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    // Cells without r follow the previous one (the attribute is optional).
    const int column = reference.isEmpty() ? int(fields.size()) : columnOf(reference);
    QString raw;
    QString inlineText;
    while (m_xml->readNextStartElement()) {
        if (m_xml->name() == u"v")
            raw = m_xml->readElementText();
        else if (m_xml->name() == u"is")
            inlineText = richText(*m_xml);
        else
            m_xml->skipCurrentElement(); // <f> formula, <extLst>
    }
    if (m_xml->hasError())
        return true; // readRow reports it
    if (column < 0 || column > kMaxColumn) {
        fail(row, tr("the sheet \"%1\" has a cell with a bad reference \"%2\" in row %3")
                      .arg(m_sheetName, reference.toString())
                      .arg(row));
        return false;
    }

    QString text;
    if (type == u"s" && !raw.isEmpty()) {
        bool ok = false;
        const qint64 index = raw.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            fail(row, tr("the sheet \"%1\" has a cell %2 that refers to shared string %3, but the workbook has only %4 shared strings")
                          .arg(m_sheetName, QString(columnName(column) + QString::number(row)), raw)
                          .arg(m_sharedStrings.size()));
            return false;
        }
        text = m_sharedStrings.at(index);
    } else if (type == u"inlineStr") {
        text = inlineText;
    } else if (type == u"str") { // the text result of a formula
        text = unescapeXstring(raw);
    } else if (type == u"b") {
        if (!raw.isEmpty())
            text = (raw == u"1" || raw == u"true") ? QStringLiteral("true") : QStringLiteral("false");
    } else if (type == u"e") {
        // #DIV/0!, #N/A ...: no value. The row mapper treats the field as blank.
    } else if (type == u"d") {
        // An ISO 8601 date cell (strict OOXML, some writers): the same text as a date serial.
        const QDateTime dateTime = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!dateTime.isValid())
            text = raw;
        else if (dateTime.time() == QTime(0, 0))
            text = dateTime.date().toString(Qt::ISODate);
        else
            text = dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    } else if (!raw.isEmpty()) { // t="n" or no t: a number
        bool ok = false;
        const double value = raw.toDouble(&ok);
        text = ok && std::isfinite(value) ? numberText(value, m_styleFormats.value(style, CellFormat::Number)) : raw;
    } else {
        text = inlineText; // an <is> without t="inlineStr", as a few writers do
    }

    if (column < fields.size()) {
        fields[column] = text; // cells out of order (not valid OOXML): the later one wins
        return true;
    }
    while (fields.size() < column)
        fields.append(QString());
    fields.append(text);
    return true;
}

bool XlsxReader::readRow(QStringList &fields, qint64 *row)
{
    if (!m_xml || m_error || m_done)
        return false;
    bool inRow = false;
    while (!m_xml->atEnd()) {
        if (m_xml->readNext() != QXmlStreamReader::StartElement || m_xml->name() != u"row")
            continue;
        // Rows without r follow the previous one (the attribute is optional).
        bool ok = false;
        const qint64 number = m_xml->attributes().value(QLatin1String("r")).toLongLong(&ok);
        *row = ok && number > 0 ? number : m_lastXmlRow + 1;
        m_lastXmlRow = *row;
        inRow = true;
        fields.clear();
        while (m_xml->readNextStartElement()) {
            if (m_xml->name() != u"c") {
                m_xml->skipCurrentElement();
                continue;
            }
            if (!readCell(fields, *row))
                return false;
        }
        if (m_xml->hasError())
            break;
        return true;
    }
    // A failed inflate ends the data early and shows up as broken XML: name the real cause.
    const int zipError = m_sheetFile->getZipError();
    if (zipError != UNZ_OK) {
        fail(m_lastXmlRow, tr("the workbook is damaged: the sheet \"%1\" cannot be unpacked (zip error %2)")
                               .arg(m_sheetName)
                               .arg(zipError));
        return false;
    }
    if (m_xml->hasError()) {
        const QString reason = m_xml->errorString();
        if (inRow)
            fail(*row, tr("the sheet \"%1\" is not readable XML in row %2: %3").arg(m_sheetName).arg(*row).arg(reason));
        else if (m_lastXmlRow > 0)
            fail(m_lastXmlRow, tr("the sheet \"%1\" is not readable XML after row %2: %3")
                                   .arg(m_sheetName)
                                   .arg(m_lastXmlRow)
                                   .arg(reason));
        else
            fail(0, tr("the sheet \"%1\" is not readable XML: %2").arg(m_sheetName, reason));
        return false;
    }
    // The end of the sheet. Closing checks the entry's CRC, which catches damage that still
    // inflated to well-formed XML.
    m_done = true;
    m_sheetFile->close();
    if (m_sheetFile->getZipError() != UNZ_OK) {
        fail(m_lastXmlRow, tr("the workbook is damaged: the sheet \"%1\" cannot be unpacked (zip error %2)")
                               .arg(m_sheetName)
                               .arg(m_sheetFile->getZipError()));
    }
    return false;
}

bool XlsxReader::next(QStringList &fields)
{
    qint64 row = 0;
    while (readRow(fields, &row)) {
        if (isBlank(fields))
            continue;
        while (fields.size() < m_header.size())
            fields.append(QString());
        m_row = row;
        return true;
    }
    return false;
}

} // namespace huddle::import
