#include "tablerecordsource.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace huddle::import {

namespace {

DialectOverrides mergedOverrides(const Mapping &mapping, const DialectOverrides &overrides)
{
    DialectOverrides merged = overrides;
    if (!merged.delimiter)
        merged.delimiter = mapping.delimiter;
    if (!merged.encoding)
        merged.encoding = mapping.encoding;
    return merged;
}

// Columns whose text is a date: the parts of timestamp and date expressions.
QStringList dateColumns(const Mapping &mapping)
{
    QStringList columns;
    for (const FieldSpec &field : fieldsOf(mapping.kind)) {
        if (field.type != FieldType::Timestamp && field.type != FieldType::Date)
            continue;
        const QString expression = mapping.columns.value(field.name);
        if (expression.isEmpty() || expression.startsWith(u'='))
            continue;
        const QString first = expression.split(QStringLiteral(" + ")).first();
        for (const QString &alternative : first.split(u'|'))
            columns.append(normalizedHeader(alternative.trimmed()));
    }
    return columns;
}

} // namespace

bool TableRecordSource::isXlsx(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayLiteral("PK\x03\x04"))
        return true;
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::unique_ptr<RowSource> TableRecordSource::openRows(const QString &path, const Mapping &mapping,
                                                       const DialectOverrides &overrides, Dialect *dialect)
{
    if (isXlsx(path))
        return std::make_unique<XlsxReader>(path, mapping.sheet);
    *dialect = detectDialect(path, mergedOverrides(mapping, overrides));
    return std::make_unique<CsvReader>(path, *dialect);
}

std::unique_ptr<RowSource> TableRecordSource::openDetectedRows(const QString &path, const Mapping &mapping) const
{
    if (m_xlsx)
        return std::make_unique<XlsxReader>(path, mapping.sheet);
    return std::make_unique<CsvReader>(path, m_dialect);
}

DateOrder TableRecordSource::detectDateOrder(RowSource &rows, const Mapping &mapping)
{
    const QStringList wanted = dateColumns(mapping);
    if (wanted.isEmpty())
        return DateOrder::Auto;
    QList<int> columns;
    const QStringList header = rows.header();
    for (int i = 0; i < header.size(); ++i) {
        if (wanted.contains(normalizedHeader(header[i])))
            columns.append(i);
    }
    if (columns.isEmpty())
        return DateOrder::Auto;
    // Enough rows to pass the 12th of a month in any export that starts on the 1st.
    constexpr int kSampleRows = 50000;
    QStringList samples;
    QStringList fields;
    for (int n = 0; n < kSampleRows && rows.next(fields); ++n) {
        for (int column : std::as_const(columns))
            samples.append(fields.value(column));
        // Year-first dates (ISO 8601) are never ambiguous: no need to look further.
        if (n == 0 && samples.first().trimmed().size() >= 5 && samples.first().trimmed()[4] == u'-'
            && samples.first().trimmed().first(4).toInt() > 31)
            return DateOrder::Auto;
        if (samples.size() >= 1000) {
            const DateOrder order = import::detectDateOrder(samples);
            if (order != DateOrder::Auto)
                return order;
            samples.clear();
        }
    }
    return import::detectDateOrder(samples);
}

TableRecordSource::TableRecordSource(const QString &path, Mapping mapping, const DialectOverrides &overrides,
                                     LocalTimeConverter &zone, const CustomerKeyHasher &hasher)
{
    m_xlsx = isXlsx(path);
    if (!m_xlsx)
        m_dialect = detectDialect(path, mergedOverrides(mapping, overrides));
    if (mapping.dateOrder == DateOrder::Auto)
        mapping.dateOrder = detectDateOrder(*openDetectedRows(path, mapping), mapping);
    m_rows = openDetectedRows(path, mapping);
    if (m_rows->error()) {
        m_openProblems.append(*m_rows->error());
        return;
    }
    if (m_rows->header().isEmpty()) {
        m_openProblems.append({path, 1, 0, QStringLiteral("the file has no header row"), {}});
        return;
    }
    m_mapper = std::make_unique<RowMapper>(std::move(mapping), m_rows->header(), path, zone, hasher);
    m_openProblems = m_mapper->headerProblems();
}

bool TableRecordSource::next(Record &out, bool *accepted, QList<Problem> &problems)
{
    if (!m_rows->next(m_fields)) {
        if (m_rows->error())
            problems.append(*m_rows->error());
        return false;
    }
    *accepted = m_mapper->map(m_fields, m_rows->recordLine(), out, problems);
    return true;
}

double TableRecordSource::progress() const
{
    return m_rows ? m_rows->progress() : 1.0;
}

Mapping TableRecordSource::effectiveMapping() const
{
    Mapping mapping = m_mapper ? m_mapper->mapping() : Mapping();
    if (!m_xlsx) {
        mapping.delimiter = m_dialect.delimiter;
        mapping.encoding = m_dialect.encoding;
    }
    return mapping;
}

} // namespace huddle::import
