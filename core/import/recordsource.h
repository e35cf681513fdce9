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

protected:
    // A record of the mapping's kind with every field empty but the mapping's constants:
    // where readers of structured formats (queue_log, CTR) start each record.
    static Record recordWithConstants(const Mapping &mapping, qint64 line);
    // Sets a field by its canonical name.
    static void setField(Record &record, Kind kind, QLatin1String field, const QVariant &value);
};

} // namespace huddle::import
