#pragma once

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace huddle {

// Which local calendar day a UTC instant falls on, as a day number (days since
// 1970-01-01). Periods (day, ISO week, month, quarter) are built from these numbers, in the
// store's time zone, DST included. The zone's offset is cached per UTC hour: QTimeZone's
// lookup costs microseconds, a million contacts would spend seconds in it.
class LocalDayConverter
{
public:
    explicit LocalDayConverter(QTimeZone zone);

    qint32 dayOf(qint64 utcSeconds);
    // The local hour (0 … 23) of the instant: on the day a clock goes back, its repeated
    // hour holds both passes; on the day it jumps, the skipped hour holds nothing.
    int hourOf(qint64 utcSeconds);
    // Midnight starting the given local day, in UTC seconds (exact, not cached).
    qint64 startOfDay(qint32 day) const;

    static QDate toDate(qint32 day) { return QDate::fromJulianDay(day + kUnixEpochJulianDay); }
    static qint32 fromDate(QDate date) { return qint32(date.toJulianDay() - kUnixEpochJulianDay); }

private:
    int offsetAt(qint64 utcSeconds);

    static constexpr qint64 kUnixEpochJulianDay = 2440588;
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByUtcHour;
    static constexpr int kUnstableOffset = 1 << 30;
};

} // namespace huddle
