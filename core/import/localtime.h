#pragma once

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace huddle::import {

// Turns wall-clock times of one time zone into Unix seconds. QDateTime's zone conversion
// costs microseconds per call, which dominates a million-row import, so the zone's offset
// is cached per local hour; hours that contain a DST change take the exact (slow) path.
class LocalTimeConverter
{
public:
    explicit LocalTimeConverter(QTimeZone zone = QTimeZone::systemTimeZone());

    qint64 toUtc(QDate date, int secondsOfDay);

private:
    qint64 exactUtc(QDate date, int secondsOfDay) const;

    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByLocalHour; // local hour number -> UTC offset in seconds
    static constexpr int kUnstableOffset = 1 << 30;
};

} // namespace huddle::import
