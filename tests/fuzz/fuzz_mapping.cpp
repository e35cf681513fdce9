// libFuzzer target: a user's mapping file (JSON), read as the CLI's --mapping and the
// wizard read it; what it accepts must survive a round trip through toJson.
#include "fuzzinput.h"

#include <import/mapping.h>

using namespace huddle;
using namespace huddle::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("mapping.json"));
    QString error;
    const auto mapping = Mapping::fromFile(path, &error);
    if (!mapping)
        return 0;
    const auto again = Mapping::fromJson(mapping->toJson(), &error);
    if (!again || again->toJson() != mapping->toJson())
        abort(); // a mapping Huddle saved must read back as itself
    return 0;
}
