#pragma once

#include <QCoreApplication>

#include "customerkey.h"
#include "localtime.h"
#include "mapping.h"
#include "problem.h"
#include "record.h"
#include "textinterner.h"

#include <vector>

namespace huddle::import {

// Applies a Mapping to one file's rows: finds the columns once from the header, then turns
// each row's text into a typed Record or into Problems that name file, line and column.
class RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(RowMapper)

public:
    RowMapper(Mapping mapping, const QStringList &header, QString file, LocalTimeConverter &zone,
              const CustomerKeyHasher &hasher);

    // Problems with the header itself (a required column missing): nothing can be mapped.
    const QList<Problem> &headerProblems() const { return m_headerProblems; }

    // Maps one row. Returns false (and appends to problems) when the row is rejected.
    bool map(const QStringList &fields, qint64 line, Record &out, QList<Problem> &problems) const;

    // The mapping with the date order detected for this file, for the import's record.
    const Mapping &mapping() const { return m_mapping; }

private:
    enum class Source { None, Columns, ClockDiff, NotBlank, Constant };
    struct FieldPlan
    {
        Source source = Source::None;
        QList<int> columns;     // header indexes the expression reads
        QString constant;
        QString expression;     // as written in the mapping, for messages
        QHash<QString, QString> values; // case-folded source text -> canonical text
    };

    void plan(const QStringList &header);
    // The text a field reads from a row: a view of the row's cell, of the plan, or of scratch.
    QStringView cellText(const FieldPlan &plan, const QStringList &fields, QString &scratch) const;
    // text is trimmed and not blank (map() sees to both).
    QVariant convert(int fieldIndex, QStringView text, bool *ok) const;
    void derive(Record &out) const;

    Mapping m_mapping;
    QString m_file;
    LocalTimeConverter &m_zone;
    const CustomerKeyHasher &m_hasher;
    QList<FieldPlan> m_plans;
    QList<int> m_criteriaColumns; // QA: columns that are criteria
    QStringList m_header;
    QList<Problem> m_headerProblems;
    // Per row, reused: the record's text values come from these, not from a string per cell.
    mutable std::vector<TextInterner> m_texts; // one per field
    mutable QString m_scratch;
};

} // namespace huddle::import
