// libFuzzer target: a delimited text file as an import reads it. Dialect detection (BOM,
// UTF-8 check, delimiter), the RFC 4180 reader, then the row mapper and value parsers
// through a mapping chosen by the first byte: each kind's canonical mapping or a table preset.
#include "fuzzinput.h"

#include <import/csvreader.h>
#include <import/customerkey.h>
#include <import/dialect.h>
#include <import/localtime.h>
#include <import/tablerecordsource.h>

using namespace huddle;
using namespace huddle::import;

namespace {

QList<Mapping> tableMappings()
{
    QList<Mapping> mappings;
    for (Kind kind : allKinds())
        mappings.append(Mapping::canonical(kind));
    for (const Mapping &preset : PresetRegistry::all()) {
        if (preset.format == u"table")
            mappings.append(preset);
    }
    return mappings;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<Mapping> mappings = tableMappings();
    static LocalTimeConverter zone(QTimeZone::utc());
    static const CustomerKeyHasher hasher(QByteArray(32, 'k'));
    if (size == 0)
        return 0;
    const Mapping &mapping = mappings[data[0] % mappings.size()];
    const QString path = fuzz::writeInput(data + 1, size - 1, QStringLiteral("input.csv"));

    CsvReader reader(path, detectDialect(path));
    QStringList fields;
    while (reader.next(fields)) { }

    TableRecordSource source(path, mapping, {}, zone, hasher);
    fuzz::drain(source);
    return 0;
}
