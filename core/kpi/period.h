#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace huddle::kpi {

// HourOfWeek is not a span of days: it folds the dates asked for onto the 168 hours of a
// week (Monday 00 … Sunday 23, local time), for "when in the week do we struggle".
enum class PeriodKind { Day, Week, Month, Quarter, All, HourOfWeek };

std::optional<PeriodKind> periodKindFromName(const QString &name);

// Periods are spans of local days (day numbers of LocalDayConverter). These functions
// turn a day into the first day of its period and a period into its label:
// 2026-06-01, 2026-W23 (ISO week and ISO week-year), 2026-06, 2026-Q2, or all.
// For HourOfWeek, "start" is the hour of the week (0 = Monday 00:00–00:59, 167 = Sunday
// 23:00–23:59), labelled "Mon 09" (English abbreviations: labels are data, like "all");
// periodStart() and periodEnd() do not apply to it (a day holds 24 of its periods).
qint32 periodStart(PeriodKind kind, qint32 day);
qint32 periodEnd(PeriodKind kind, qint32 start); // last day, inclusive
QString periodLabel(PeriodKind kind, qint32 start);
// The label's period (kind and first day, or hour of the week), for drill-down requests.
std::optional<std::pair<PeriodKind, qint32>> periodFromLabel(const QString &label);

constexpr int kHoursPerWeek = 7 * 24;
// The hour of the week of a local day and a local hour (0 … 23).
qint32 hourOfWeek(qint32 day, int hour);

} // namespace huddle::kpi
