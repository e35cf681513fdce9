#include "recordsource.h"

namespace huddle::import {

Record RecordSource::recordWithConstants(const Mapping &mapping, qint64 line)
{
    Record record;
    record.line = line;
    record.values.fill(QVariant(), fieldsOf(mapping.kind).size());
    for (auto it = mapping.constants.cbegin(); it != mapping.constants.cend(); ++it)
        record.values[fieldIndex(mapping.kind, it.key())] = it.value();
    return record;
}

void RecordSource::setField(Record &record, Kind kind, QLatin1String field, const QVariant &value)
{
    record.values[fieldIndex(kind, field)] = value;
}

} // namespace huddle::import
