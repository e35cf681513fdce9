#pragma once

#include <QCoreApplication>

#include "rowsource.h"

#include <QList>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace huddle::import {

// Reads one sheet of an Excel workbook (.xlsx) as text cells, with no Excel or LibreOffice:
// QuaZip opens the zip, QXmlStreamReader streams the sheet XML straight from the zip entry,
// so memory stays flat whatever the number of rows (only the shared strings are kept).
// Numbers shown in a date or time format become text the row mapper reads like CSV, by
// what the serial holds rather than what the format hides: "YYYY-MM-DD" for a whole day,
// "YYYY-MM-DD HH:MM:SS" for a day and a time, "HH:MM:SS" for a fraction below 1 (a time of
// day), and "H:MM:SS" in total for an elapsed-time format such as [h]:mm:ss. Seconds are
// rounded to the nearest; the 1900 (with its phantom 1900-02-29) and 1904 date systems are
// both read.
class XlsxReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // An empty sheetName reads the first worksheet in workbook order; otherwise the sheet
    // of that name (an exact match first, else ignoring case, as Excel does). On failure
    // error() is set and next() returns false.
    explicit XlsxReader(const QString &path, const QString &sheetName = {});
    ~XlsxReader() override;
    Q_DISABLE_COPY_MOVE(XlsxReader)

    // The worksheets' names in workbook order; empty when the file is not a readable workbook.
    static QStringList sheetNames(const QString &path);

    // The first row with any text in it.
    QStringList header() const override { return m_header; }
    // The next data row after the header with any text in it, padded with empty fields to
    // the header's width; a cell missing from the XML (r="C5" after r="A5") is an empty field.
    bool next(QStringList &fields) override;
    // The Excel row number (1-based, as Excel shows it) of the last row returned by next(),
    // or of the header before the first call.
    qint64 recordLine() const override { return m_row; }
    std::optional<Problem> error() const override { return m_error; }
    double progress() const override;

private:
    // What a number format shows of a number.
    enum class CellFormat { Number, Date, Time, DateTime, Elapsed };
    struct Sheet
    {
        QString name;
        QString path; // inside the zip, e.g. xl/worksheets/sheet1.xml
    };
    struct Workbook
    {
        QList<Sheet> sheets; // worksheets only, in workbook order
        QString sharedStringsPath;
        QString stylesPath;
        bool date1904 = false;
        QString error; // why the workbook's parts could not be read; empty when they could
    };

    static CellFormat builtInFormat(int numFmtId);
    static CellFormat classifyFormatCode(QStringView code);

    bool open(const QString &sheetName);
    static Workbook readWorkbook(QuaZip &zip);
    bool readSharedStrings(const QString &partPath);
    bool readStyles(const QString &partPath);
    bool readRow(QStringList &fields, qint64 *row);
    bool readCell(QStringList &fields, qint64 row);
    QString numberText(double value, CellFormat format) const;
    void fail(qint64 row, const QString &message);

    QString m_path;
    QString m_sheetName; // the sheet being read, for messages
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_sharedStrings;
    QList<CellFormat> m_styleFormats; // by cellXfs index, i.e. a cell's s attribute
    bool m_date1904 = false;
    bool m_done = false; // the sheet's XML has been read to its end
    QStringList m_header;
    qint64 m_row = 0;         // Excel row number of the record last returned
    qint64 m_lastXmlRow = 0;  // Excel row number of the <row> last read, for rows without r=
    qint64 m_sheetSize = 0;   // uncompressed bytes of the sheet XML, for progress()
    std::optional<Problem> m_error;
};

} // namespace huddle::import
