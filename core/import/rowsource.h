#pragma once

#include "problem.h"

#include <QStringList>

#include <optional>

namespace huddle::import {

// A table of text cells read one record at a time, so files of any size stream through
// in constant memory. Implemented by the CSV reader and the XLSX reader; the row mapper
// turns its records into typed values.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // Column names as written in the file (first record). Empty when the file has none.
    virtual QStringList header() const = 0;

    // Reads the next data record into fields. Returns false at the end of the data or on a
    // fatal read error (then error() says what went wrong).
    virtual bool next(QStringList &fields) = 0;

    // 1-based physical line (CSV) or row number (XLSX) where the record last returned by
    // next() starts: what Problem::line reports.
    virtual qint64 recordLine() const = 0;

    // Set when next() returned false because the input is unreadable, not because it ended.
    virtual std::optional<Problem> error() const = 0;

    // Share of the input consumed, 0..1, for progress bars.
    virtual double progress() const = 0;
};

} // namespace huddle::import
