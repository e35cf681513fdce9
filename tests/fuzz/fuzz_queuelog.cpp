// libFuzzer target: an Asterisk queue_log in any of its forms (raw pipe lines, PBXware's
// export, the SQL-table form), read through the built-in preset as an import reads it.
#include "fuzzinput.h"

#include <import/customerkey.h>
#include <import/localtime.h>
#include <import/queuelogsource.h>

using namespace huddle;
using namespace huddle::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Mapping mapping = *PresetRegistry::find(QStringLiteral("asterisk-queue-log"));
    static LocalTimeConverter zone(QTimeZone::utc());
    static const CustomerKeyHasher hasher(QByteArray(32, 'k'));
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.queue_log"));
    QueueLogSource source(path, mapping, zone, hasher);
    fuzz::drain(source);
    return 0;
}
