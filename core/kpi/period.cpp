#include "period.h"

#include <common/localday.h>

#include <QRegularExpression>

namespace huddle::kpi {

namespace {

QDate dateOf(qint32 day)
{
    return LocalDayConverter::toDate(day);
}

qint32 dayOf(QDate date)
{
    return LocalDayConverter::fromDate(date);
}

const char *const kWeekdays[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

} // namespace

std::optional<PeriodKind> periodKindFromName(const QString &name)
{
    if (name == u"day")
        return PeriodKind::Day;
    if (name == u"week")
        return PeriodKind::Week;
    if (name == u"month")
        return PeriodKind::Month;
    if (name == u"quarter")
        return PeriodKind::Quarter;
    if (name == u"all")
        return PeriodKind::All;
    if (name == u"hour_of_week")
        return PeriodKind::HourOfWeek;
    return std::nullopt;
}

qint32 periodStart(PeriodKind kind, qint32 day)
{
    const QDate date = dateOf(day);
    switch (kind) {
    case PeriodKind::Day: return day;
    case PeriodKind::Week: return day - (date.dayOfWeek() - 1);
    case PeriodKind::Month: return dayOf(QDate(date.year(), date.month(), 1));
    case PeriodKind::Quarter: return dayOf(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1));
    case PeriodKind::All: return 0;
    case PeriodKind::HourOfWeek: break; // not a span of days
    }
    return day;
}

qint32 periodEnd(PeriodKind kind, qint32 start)
{
    const QDate date = dateOf(start);
    switch (kind) {
    case PeriodKind::Day: return start;
    case PeriodKind::Week: return start + 6;
    case PeriodKind::Month: return dayOf(date.addMonths(1)) - 1;
    case PeriodKind::Quarter: return dayOf(date.addMonths(3)) - 1;
    case PeriodKind::All: return std::numeric_limits<qint32>::max();
    case PeriodKind::HourOfWeek: break; // not a span of days
    }
    return start;
}

QString periodLabel(PeriodKind kind, qint32 start)
{
    const QDate date = dateOf(start);
    switch (kind) {
    case PeriodKind::Day: return date.toString(Qt::ISODate);
    case PeriodKind::Week: {
        int isoYear = 0;
        const int week = date.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case PeriodKind::Month: return date.toString(QStringLiteral("yyyy-MM"));
    case PeriodKind::Quarter: return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
    case PeriodKind::All: return QStringLiteral("all");
    case PeriodKind::HourOfWeek:
        return QStringLiteral("%1 %2").arg(QLatin1StringView(kWeekdays[start / 24])).arg(start % 24, 2, 10, QLatin1Char('0'));
    }
    return {};
}

qint32 hourOfWeek(qint32 day, int hour)
{
    return (dateOf(day).dayOfWeek() - 1) * 24 + hour;
}

std::optional<std::pair<PeriodKind, qint32>> periodFromLabel(const QString &label)
{
    if (label == u"all")
        return std::pair{PeriodKind::All, 0};
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression weekHour(QStringLiteral("^([A-Z][a-z]{2}) (\\d{2})$"));
    if (const auto m = weekHour.match(label); m.hasMatch()) {
        const int hour = m.captured(2).toInt();
        for (int weekday = 0; weekday < 7; ++weekday) {
            if (m.captured(1) == QLatin1StringView(kWeekdays[weekday]) && hour < 24)
                return std::pair{PeriodKind::HourOfWeek, weekday * 24 + hour};
        }
        return std::nullopt;
    }
    if (const auto m = week.match(label); m.hasMatch()) {
        // ISO week 1 is the week with 4 January in it.
        const QDate jan4(m.captured(1).toInt(), 1, 4);
        const qint32 firstMonday = dayOf(jan4) - (jan4.dayOfWeek() - 1);
        const int number = m.captured(2).toInt();
        const qint32 start = firstMonday + 7 * (number - 1);
        if (number < 1 || periodLabel(PeriodKind::Week, start) != label)
            return std::nullopt;
        return std::pair{PeriodKind::Week, start};
    }
    if (const auto m = quarter.match(label); m.hasMatch())
        return std::pair{PeriodKind::Quarter, dayOf(QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1))};
    if (const auto m = month.match(label); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid())
            return std::nullopt;
        return std::pair{PeriodKind::Month, dayOf(first)};
    }
    const QDate day = QDate::fromString(label, Qt::ISODate);
    if (day.isValid())
        return std::pair{PeriodKind::Day, dayOf(day)};
    return std::nullopt;
}

} // namespace huddle::kpi
