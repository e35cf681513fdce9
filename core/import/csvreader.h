#pragma once

#include <QCoreApplication>

#include "dialect.h"
#include "rowsource.h"

#include <QFile>
#include <QStringDecoder>

namespace huddle::import {

// RFC 4180 reader over a file in any Dialect: quoted fields may hold delimiters, doubled
// quotes and line breaks; CRLF, LF and lone CR all end a record; blank lines are skipped.
// Reads 1 MiB at a time, so memory stays flat whatever the file's size.
class CsvReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(const QString &path, const Dialect &dialect);

    QStringList header() const override { return m_header; }
    bool next(QStringList &fields) override;
    qint64 recordLine() const override { return m_recordLine; }
    std::optional<Problem> error() const override { return m_error; }
    double progress() const override;

private:
    bool readRecord(QStringList &fields);
    bool refill();
    void fail(qint64 line, int column, const QString &message);

    QString m_path;
    Dialect m_dialect;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QStringList m_header;
    std::optional<Problem> m_error;
};

} // namespace huddle::import
