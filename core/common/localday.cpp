#include "localday.h"

#include <QDateTime>

namespace huddle {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

LocalDayConverter::LocalDayConverter(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

int LocalDayConverter::offsetAt(qint64 utcSeconds)
{
    const qint64 hour = floorDiv(utcSeconds, 3600);
    auto it = m_offsetByUtcHour.constFind(hour);
    if (it == m_offsetByUtcHour.constEnd()) {
        const int first = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
        const int last = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600 + 3599, Qt::UTC));
        it = m_offsetByUtcHour.insert(hour, first == last ? first : kUnstableOffset);
    }
    if (*it != kUnstableOffset)
        return *it;
    // An hour with a change of offset (zones that switch off the hour): the exact path.
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

qint32 LocalDayConverter::dayOf(qint64 utcSeconds)
{
    return qint32(floorDiv(utcSeconds + offsetAt(utcSeconds), 86400));
}

int LocalDayConverter::hourOf(qint64 utcSeconds)
{
    const qint64 local = utcSeconds + offsetAt(utcSeconds);
    return int((local - floorDiv(local, 86400) * 86400) / 3600);
}

qint64 LocalDayConverter::startOfDay(qint32 day) const
{
    return QDateTime(toDate(day), QTime(0, 0), m_zone).toSecsSinceEpoch();
}

} // namespace huddle
