#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace huddle::import {

namespace {


QByteArray readPart(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// "AB12" -> 27 (0-based column of the cell reference)
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

// Text of an <si> or <is> element: every <t> in it, but not the phonetic runs (<rPh>).
QString richText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phoneticDepth;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phoneticDepth;
        else if (xml.isStartElement() && xml.name() == u"t" && phoneticDepth == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == element)
            break;
    }
    return text;
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
        bool empty = true;
        for (const QString &f : std::as_const(fields))
            empty = empty && f.trimmed().isEmpty();
        if (!empty) {
            m_header = fields;
            m_row = row;
            return;
        }
    }
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Problem{m_path, m_row, 0, message, {}};
}

QStringList XlsxReader::sheetNames(const QString &path)
{
    QStringList names;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return names;
    bool date1904 = false;
    for (const Sheet &sheet : readSheets(zip, &date1904))
        names.append(sheet.name);
    return names;
}

QList<XlsxReader::Sheet> XlsxReader::readSheets(QuaZip &zip, bool *date1904)
{
    QHash<QString, QString> targetById;
    QXmlStreamReader rels(readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (rels.readNextStartElement() || !rels.atEnd()) {
        if (rels.isStartElement() && rels.name() == u"Relationship") {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targetById.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
        if (rels.isStartElement() && rels.name() != u"Relationships")
            rels.skipCurrentElement();
    }
    QList<Sheet> sheets;
    QXmlStreamReader workbook(readPart(zip, QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (!workbook.isStartElement())
            continue;
        if (workbook.name() == u"workbookPr") {
            const QStringView value = workbook.attributes().value(QLatin1String("date1904"));
            *date1904 = value == u"1" || value == u"true";
        } else if (workbook.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : workbook.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            sheets.append({workbook.attributes().value(QLatin1String("name")).toString(), targetById.value(id)});
        }
    }
    return sheets;
}

bool XlsxReader::readSharedStrings()
{
    const QByteArray bytes = readPart(*m_zip, QStringLiteral("xl/sharedStrings.xml"));
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            m_sharedStrings.append(richText(xml));
    }
    if (xml.hasError() && !bytes.isEmpty()) {
        fail(tr("the shared strings are not readable XML: %1").arg(xml.errorString()));
        return false;
    }
    return true;
}

namespace {

// What a number format shows: a date, a time, both, elapsed time, or a plain number.
// Quoted text, escapes and [colour]/[locale] sections are not format tokens.
int classifyFormatCode(const QString &code)
{
    bool date = false, time = false, elapsed = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (inside == u"h" || inside == u"hh" || inside == u"m" || inside == u"mm" || inside == u"s"
                || inside == u"ss")
                elapsed = true;
            i = end < 0 ? code.size() : end;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (elapsed)
        return 4;
    return (date ? 1 : 0) | (time ? 2 : 0);
}

} // namespace

bool XlsxReader::readStyles()
{
    const QByteArray bytes = readPart(*m_zip, QStringLiteral("xl/styles.xml"));
    if (bytes.isEmpty())
        return true; // no styles: every number is a number
    QHash<int, CellFormat> custom;
    const auto formatOf = [](int kind) {
        switch (kind) {
        case 1: return CellFormat::Date;
        case 2: return CellFormat::Time;
        case 3: return CellFormat::DateTime;
        case 4: return CellFormat::Elapsed;
        default: return CellFormat::Number;
        }
    };
    const auto builtIn = [](int id) {
        if ((id >= 14 && id <= 17))
            return CellFormat::Date;
        if (id == 22)
            return CellFormat::DateTime;
        if ((id >= 18 && id <= 21) || id == 45 || id == 47)
            return CellFormat::Time;
        if (id == 46)
            return CellFormat::Elapsed;
        return CellFormat::Number;
    };
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                          formatOf(classifyFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString())));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_styleFormats.append(custom.contains(id) ? custom.value(id) : builtIn(id));
        }
    }
    if (xml.hasError()) {
        fail(tr("the styles are not readable XML: %1").arg(xml.errorString()));
        return false;
    }
    return true;
}

bool XlsxReader::open(const QString &sheetName)
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        fail(tr("not an Excel workbook (.xlsx): the file is not a readable zip archive"));
        return false;
    }
    const QList<Sheet> sheets = readSheets(*m_zip, &m_date1904);
    if (sheets.isEmpty()) {
        fail(tr("not an Excel workbook (.xlsx): it lists no sheets"));
        return false;
    }
    const Sheet *chosen = sheetName.isEmpty() ? &sheets.first() : nullptr;
    for (const Sheet &sheet : sheets) {
        if (!chosen && sheet.name.compare(sheetName, Qt::CaseInsensitive) == 0)
            chosen = &sheet;
    }
    if (!chosen) {
        QStringList names;
        for (const Sheet &sheet : sheets)
            names.append(sheet.name);
        fail(tr("the workbook has no sheet named \"%1\" (it has: %2)").arg(sheetName, names.join(QStringLiteral(", "))));
        return false;
    }
    if (!readSharedStrings() || !readStyles())
        return false;
    if (!m_zip->setCurrentFile(chosen->path)) {
        fail(tr("the sheet \"%1\" is missing from the workbook").arg(chosen->name));
        return false;
    }
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheetFile->open(QIODevice::ReadOnly)) {
        fail(tr("the sheet \"%1\" cannot be read").arg(chosen->name));
        return false;
    }
    m_sheetSize = m_sheetFile->usize();
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    return true;
}

double XlsxReader::progress() const
{
    if (!m_sheetFile || m_sheetSize <= 0)
        return 1.0;
    return std::min(1.0, double(m_xml->characterOffset()) / double(m_sheetSize));
}

QString XlsxReader::formatNumber(double value, CellFormat format) const
{
    if (format == CellFormat::Number)
        return QString::number(value, 'g', 15);
    const qint64 totalSeconds = qint64(std::llround(value * 86400.0));
    const qint64 secondsOfDay = ((totalSeconds % 86400) + 86400) % 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(secondsOfDay / 3600, 2, 10, QLatin1Char('0'))
                              .arg((secondsOfDay / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(secondsOfDay % 60, 2, 10, QLatin1Char('0'));
    if (format == CellFormat::Elapsed) {
        return QStringLiteral("%1:%2:%3")
            .arg(totalSeconds / 3600)
            .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (format == CellFormat::Time && value < 1.0)
        return clock;
    // Serial day numbers: 1900 system counts from 1899-12-30 (Excel's 1900-02-29 bug makes
    // serials below 61 one day off, which matters for nobody's contact data); 1904 from 1904-01-01.
    const qint64 days = totalSeconds >= 0 ? totalSeconds / 86400 : (totalSeconds - 86399) / 86400;
    const QDate date = (m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30)).addDays(days);
    const QString dateText = date.toString(Qt::ISODate);
    if (format == CellFormat::Date && secondsOfDay == 0)
        return dateText;
    if (format == CellFormat::Time)
        return clock;
    return dateText + u' ' + clock;
}

QString XlsxReader::cellText(const QString &type, int style, const QString &raw, const QString &inlineText) const
{
    if (type == u"s") {
        bool ok = false;
        const int index = raw.toInt(&ok);
        return ok ? m_sharedStrings.value(index) : QString();
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"str")
        return raw;
    if (type == u"b")
        return raw == u"1" ? QStringLiteral("true") : QStringLiteral("false");
    if (type == u"e")
        return {};
    if (raw.isEmpty())
        return {};
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    return formatNumber(value, m_styleFormats.value(style, CellFormat::Number));
}

bool XlsxReader::readRow(QStringList &fields, qint64 *row)
{
    if (!m_xml || m_error)
        return false;
    while (!m_xml->atEnd()) {
        m_xml->readNext();
        if (!m_xml->isStartElement() || m_xml->name() != u"row")
            continue;
        *row = m_xml->attributes().value(QLatin1String("r")).toLongLong();
        fields.clear();
        while (!m_xml->atEnd()) {
            m_xml->readNext();
            if (m_xml->isEndElement() && m_xml->name() == u"row")
                return true;
            if (!m_xml->isStartElement() || m_xml->name() != u"c")
                continue;
            const QXmlStreamAttributes attributes = m_xml->attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            const QStringView reference = attributes.value(QLatin1String("r"));
            const int column = reference.isEmpty() ? int(fields.size()) : columnOf(reference);
            QString raw, inlineText;
            while (!m_xml->atEnd()) {
                m_xml->readNext();
                if (m_xml->isEndElement() && m_xml->name() == u"c")
                    break;
                if (m_xml->isStartElement() && m_xml->name() == u"v")
                    raw = m_xml->readElementText();
                else if (m_xml->isStartElement() && m_xml->name() == u"is")
                    inlineText = richText(*m_xml);
            }
            if (column < 0 || column > 16383) {
                fail(tr("row %1 has a cell with a bad reference \"%2\"").arg(*row).arg(reference));
                return false;
            }
            while (fields.size() < column)
                fields.append(QString());
            fields.append(cellText(type, style, raw, inlineText));
        }
    }
    if (m_xml->hasError()) {
        fail(tr("the sheet is not readable XML after row %1: %2").arg(*row).arg(m_xml->errorString()));
    }
    return false;
}

bool XlsxReader::next(QStringList &fields)
{
    qint64 row = 0;
    while (readRow(fields, &row)) {
        bool empty = true;
        for (const QString &f : std::as_const(fields))
            empty = empty && f.trimmed().isEmpty();
        if (empty)
            continue;
        while (fields.size() < m_header.size())
            fields.append(QString());
        m_row = row;
        return true;
    }
    return false;
}

} // namespace huddle::import
