#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace huddle::kpi {

enum class PeriodKind { Day, Week, Month, Quarter, All };

std::optional<PeriodKind> periodKindFromName(const QString &name);

// Periods are spans of local days (day numbers of LocalDayConverter). These functions
// turn a day into the first day of its period and a period into its label:
// 2026-06-01, 2026-W23 (ISO week and ISO week-year), 2026-06, 2026-Q2, or all.
qint32 periodStart(PeriodKind kind, qint32 day);
qint32 periodEnd(PeriodKind kind, qint32 start); // last day, inclusive
QString periodLabel(PeriodKind kind, qint32 start);
// The label's period (kind and first day), for drill-down requests.
std::optional<std::pair<PeriodKind, qint32>> periodFromLabel(const QString &label);

} // namespace huddle::kpi
