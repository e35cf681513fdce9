#include "reasons.h"

#include <kpi/period.h>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace huddle::reasons {

using kpi::Figure;

QList<ReasonShare> pareto(const QList<Figure> &spanFigures)
{
    QHash<QString, ReasonShare> byReason;
    qint64 total = 0;
    for (const Figure &f : spanFigures) {
        ReasonShare &r = byReason[f.group];
        r.reason = f.group;
        if (f.kpi == u"volume" && f.value) {
            r.contacts = qint64(*f.value);
            total += r.contacts;
        } else if (f.kpi == u"repeat_contact_rate") {
            r.repeats = f.numerator ? qint64(*f.numerator) : 0;
            r.repeatRate = f.value;
        }
    }
    QList<ReasonShare> list = byReason.values();
    std::sort(list.begin(), list.end(), [](const ReasonShare &a, const ReasonShare &b) {
        return a.contacts != b.contacts ? a.contacts > b.contacts : a.reason < b.reason;
    });
    double cumulative = 0;
    for (ReasonShare &r : list) {
        r.share = total > 0 ? double(r.contacts) / double(total) : 0;
        cumulative += r.share;
        r.cumulativeShare = cumulative;
    }
    return list;
}

void markStructural(QList<ReasonShare> &reasons, const QList<Figure> &weeklyVolume, double structuralShare)
{
    QMap<QString, qint64> weekTotals;                 // week -> contacts with a reason
    QHash<QString, QMap<QString, qint64>> byReason;   // reason -> week -> contacts
    for (const Figure &f : weeklyVolume) {
        if (f.kpi != u"volume" || !f.value)
            continue;
        weekTotals[f.period] += qint64(*f.value);
        byReason[f.group][f.period] = qint64(*f.value);
    }
    constexpr int kWeeks = 4;
    for (ReasonShare &r : reasons) {
        int run = 0;
        for (auto week = weekTotals.cbegin(); week != weekTotals.cend(); ++week) {
            const double share = week.value() > 0 ? double(byReason[r.reason].value(week.key())) / double(week.value()) : 0;
            run = share >= structuralShare ? run + 1 : 0;
            if (run >= kWeeks) {
                r.structural = true;
                break;
            }
        }
    }
}

void markIncidents(QList<ReasonShare> &reasons, const QList<Figure> &dailyVolume)
{
    QHash<QString, QMap<qint32, double>> byReason; // reason -> day -> contacts
    qint32 first = std::numeric_limits<qint32>::max();
    qint32 last = std::numeric_limits<qint32>::min();
    for (const Figure &f : dailyVolume) {
        const auto day = kpi::periodFromLabel(f.period);
        if (f.kpi != u"volume" || !f.value || !day || day->first != kpi::PeriodKind::Day)
            continue;
        byReason[f.group][day->second] = *f.value;
        first = std::min(first, day->second);
        last = std::max(last, day->second);
    }
    constexpr int kTrailing = 28;
    constexpr int kReturnWithin = 7;
    for (ReasonShare &r : reasons) {
        const QMap<qint32, double> &days = byReason[r.reason];
        const auto volume = [&](qint32 day) { return days.value(day, 0.0); };
        for (qint32 day = first + kTrailing; day <= last; ++day) {
            double sum = 0, sumOfSquares = 0;
            for (qint32 d = day - kTrailing; d < day; ++d) {
                sum += volume(d);
                sumOfSquares += volume(d) * volume(d);
            }
            const double mean = sum / kTrailing;
            const double sd = std::sqrt(std::max(0.0, (sumOfSquares - kTrailing * mean * mean) / (kTrailing - 1)));
            const double line = mean + 3 * sd;
            if (volume(day) <= line)
                continue;
            // An incident passes: volume is back under the line within a week.
            for (qint32 d = day + 1; d <= std::min(last, day + kReturnWithin); ++d) {
                if (volume(d) <= line) {
                    r.incidentDays.append(kpi::periodLabel(kpi::PeriodKind::Day, day));
                    break;
                }
            }
        }
    }
}

std::optional<QList<ReasonShare>> analyse(kpi::KpiEngine &engine, const kpi::KpiQuery &span, QString *error)
{
    kpi::KpiQuery query = span;
    query.by = kpi::GroupBy::Reason;
    const auto figuresBy = [&](kpi::PeriodKind period) {
        query.period = period;
        return engine.compute(query, error);
    };
    const auto whole = figuresBy(kpi::PeriodKind::All);
    const auto weekly = whole ? figuresBy(kpi::PeriodKind::Week) : std::nullopt;
    const auto daily = weekly ? figuresBy(kpi::PeriodKind::Day) : std::nullopt;
    if (!daily)
        return std::nullopt;
    QList<ReasonShare> list = pareto(*whole);
    markStructural(list, *weekly, engine.settings().structuralShare);
    markIncidents(list, *daily);
    return list;
}

} // namespace huddle::reasons
