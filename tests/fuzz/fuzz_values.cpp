// libFuzzer target: the value parsers (timestamps, dates, clock times, durations, numbers,
// percentages, booleans) and date-order detection, on each line of the input.
#include <import/localtime.h>
#include <import/valueparsers.h>

#include <cstddef>
#include <cstdint>

using namespace huddle::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static LocalTimeConverter utc(QTimeZone::utc());
    // A zone with daylight saving time exercises the converter's slow path around changes.
    static LocalTimeConverter amsterdam(QTimeZone("Europe/Amsterdam"));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        for (DateOrder order : { DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst }) {
            parse::timestamp(line, order, utc);
            parse::timestamp(line, order, amsterdam);
            parse::date(line, order);
        }
        parse::clockTime(line);
        if (const auto seconds = parse::duration(line); seconds && !(*seconds >= 0))
            abort(); // durations are never negative (nor NaN)
        parse::number(line);
        parse::percent(line);
        parse::boolean(line, { QStringLiteral("ok") }, { QStringLiteral("nok") });
    }
    detectDateOrder(lines);
    return 0;
}
