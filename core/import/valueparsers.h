#pragma once

#include <QDate>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace huddle::import {

class LocalTimeConverter;

// Which number is the day in "01/02/2021". Auto reads "/" as month-first and "-" or "."
// as day-first, the commonest conventions of the exports we have seen.
enum class DateOrder { Auto, DayFirst, MonthFirst };

// Pure parsers for the value forms docs/formats.md lists. Each returns nullopt when the
// text is not of an accepted form; callers treat blank text as "no value" before calling.
namespace parse {

// ISO 8601 (with or without offset or Z, 'T' or space), dd-mm-yyyy HH:MM[:SS],
// mm/dd/yyyy h:mm[:ss] AM/PM, a bare date, or Unix epoch seconds/milliseconds. Times
// without an offset are wall-clock times in the converter's zone.
std::optional<qint64> timestamp(QStringView text, DateOrder order, LocalTimeConverter &zone);

std::optional<QDate> date(QStringView text, DateOrder order);

// Time of day "HH:MM[:SS]" (also with dots), as seconds since midnight.
std::optional<int> clockTime(QStringView text);

// Seconds, with a decimal point or comma, or [H:]MM:SS, or H.MM.SS. Never negative.
std::optional<double> duration(QStringView text);

// A plain number with a decimal point or a decimal comma ("3.0", "12,5").
std::optional<double> number(QStringView text);

// "94.01%" -> 0.9401; a bare number above 1 is read as percent, else as a fraction.
std::optional<double> percent(QStringView text);

// true/false, yes/no, y/n, 1/0, ja/nee, t/f, plus extra words (compared case-insensitively).
std::optional<bool> boolean(QStringView text, const QStringList &extraTrue = {},
                            const QStringList &extraFalse = {});

} // namespace parse

// Looks at sample date texts and says which order they must be in: day-first when some
// first number exceeds 12, month-first when some second number does, Auto when no sample
// decides.
DateOrder detectDateOrder(const QStringList &samples);

} // namespace huddle::import
