#pragma once

#include <QCoreApplication>

#include "rowsource.h"

#include <QHash>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace huddle::import {

// Reads one sheet of an Excel workbook (.xlsx) as text cells, with no Excel or LibreOffice:
// QuaZip opens the zip, QXmlStreamReader streams the sheet XML. Shared strings are loaded
// once; numbers in a date or time format become "YYYY-MM-DD[ HH:MM:SS]" or "HH:MM:SS",
// so the row mapper reads them like CSV text.
class XlsxReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // An empty sheetName reads the first sheet in workbook order.
    explicit XlsxReader(const QString &path, const QString &sheetName = {});
    ~XlsxReader() override;
    Q_DISABLE_COPY_MOVE(XlsxReader)

    static QStringList sheetNames(const QString &path);

    QStringList header() const override { return m_header; }
    bool next(QStringList &fields) override;
    qint64 recordLine() const override { return m_row; }
    std::optional<Problem> error() const override { return m_error; }
    double progress() const override;

private:
    struct Sheet
    {
        QString name;
        QString path; // inside the zip, e.g. xl/worksheets/sheet1.xml
    };
    enum class CellFormat { Number, Date, Time, DateTime, Elapsed };

    bool open(const QString &sheetName);
    static QList<Sheet> readSheets(QuaZip &zip, bool *date1904);
    bool readSharedStrings();
    bool readStyles();
    bool readRow(QStringList &fields, qint64 *row);
    QString cellText(const QString &type, int style, const QString &raw, const QString &inlineText) const;
    QString formatNumber(double value, CellFormat format) const;
    void fail(const QString &message);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_sharedStrings;
    QList<CellFormat> m_styleFormats; // by cellXfs index
    bool m_date1904 = false;
    QStringList m_header;
    qint64 m_row = 0;
    qint64 m_sheetSize = 0;
    std::optional<Problem> m_error;
};

} // namespace huddle::import
