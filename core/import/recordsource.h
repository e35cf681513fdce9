#pragma once

#include "mapping.h"
#include "problem.h"
#include "record.h"

namespace huddle::import {

// Typed records of one kind, read from one file: a mapped table (CSV, XLSX) or a format
// with its own reader (Asterisk queue_log, Amazon Connect CTR).
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // Problems that stop the import before any row (unreadable file, missing column).
    virtual QList<Problem> openProblems() const = 0;

    // Reads the next record. Returns false at the end of the input, or on a fatal read
    // error (appended to problems). A rejected row returns true with *accepted false and
    // its problems appended.
    virtual bool next(Record &out, bool *accepted, QList<Problem> &problems) = 0;

    // Share of the input consumed, 0..1.
    virtual double progress() const = 0;

    // The mapping in force, with what was detected from the file (e.g. date order).
    virtual Mapping effectiveMapping() const = 0;
};

} // namespace huddle::import
