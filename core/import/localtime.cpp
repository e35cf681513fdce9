#include "localtime.h"

#include <QDateTime>

namespace huddle::import {

namespace {
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 localSeconds(QDate date, int secondsOfDay)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + secondsOfDay;
}
} // namespace

LocalTimeConverter::LocalTimeConverter(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

qint64 LocalTimeConverter::exactUtc(QDate date, int secondsOfDay) const
{
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(secondsOfDay * 1000), m_zone).toSecsSinceEpoch();
}

qint64 LocalTimeConverter::toUtc(QDate date, int secondsOfDay)
{
    const qint64 local = localSeconds(date, secondsOfDay);
    const qint64 hourKey = local / 3600;
    auto it = m_offsetByLocalHour.constFind(hourKey);
    if (it == m_offsetByLocalHour.constEnd()) {
        const int hourStart = (secondsOfDay / 3600) * 3600;
        const qint64 first = exactUtc(date, hourStart);
        const qint64 last = exactUtc(date, hourStart + 3599);
        const bool stable = last - first == 3599;
        const int offset = stable ? int(localSeconds(date, hourStart) - first) : kUnstableOffset;
        it = m_offsetByLocalHour.insert(hourKey, offset);
    }
    if (*it == kUnstableOffset)
        return exactUtc(date, secondsOfDay);
    return local - *it;
}

} // namespace huddle::import
