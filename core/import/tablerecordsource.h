#pragma once

#include "recordsource.h"
#include "rowmapper.h"
#include "rowsource.h"

#include <memory>

namespace huddle::import {

// A CSV or XLSX file read through a Mapping.
class TableRecordSource final : public RecordSource
{
public:
    TableRecordSource(const QString &path, Mapping mapping, const DialectOverrides &overrides,
                      LocalTimeConverter &zone, const CustomerKeyHasher &hasher);

    QList<Problem> openProblems() const override { return m_openProblems; }
    bool next(Record &out, bool *accepted, QList<Problem> &problems) override;
    double progress() const override;
    Mapping effectiveMapping() const override;

    // CSV or XLSX, by content (a zip) and name.
    static bool isXlsx(const QString &path);
    // Opens the rows of a table file (used here and by the wizard's preview).
    static std::unique_ptr<RowSource> openRows(const QString &path, const Mapping &mapping,
                                               const DialectOverrides &overrides, Dialect *dialect);

private:
    // The rows from the start, in the dialect the constructor detected (once: detecting
    // reads the whole file).
    std::unique_ptr<RowSource> openDetectedRows(const QString &path, const Mapping &mapping) const;
    // The date order the date columns of rows imply (Auto when nothing decides).
    static DateOrder detectDateOrder(RowSource &rows, const Mapping &mapping);

    std::unique_ptr<RowSource> m_rows;
    std::unique_ptr<RowMapper> m_mapper;
    QList<Problem> m_openProblems;
    Dialect m_dialect;
    bool m_xlsx = false;
    QStringList m_fields;
};

} // namespace huddle::import
