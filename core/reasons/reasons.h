#pragma once

#include <kpi/figure.h>
#include <kpi/kpiengine.h>

#include <QList>
#include <QString>

namespace huddle::reasons {

// Contact reasons as KPI-DEFINITIONS.md ("Contact reasons") reads them. Pure functions over
// the KPI engine's figures grouped by reason.

struct ReasonShare
{
    QString reason;
    qint64 contacts = 0;
    double share = 0;           // of all contacts with a reason
    double cumulativeShare = 0; // Pareto: this and every larger reason
    qint64 repeats = 0;         // contacts of this reason that failed FCR
    std::optional<double> repeatRate;
    bool structural = false;    // share ≥ structural_share for 4 consecutive weeks
    QStringList incidentDays;   // days of an incident (ISO dates)
};

// The Pareto of reasons over a span: `volume` and `repeat_contact_rate` figures by reason for
// the whole span (period all), biggest first.
QList<ReasonShare> pareto(const QList<kpi::Figure> &spanFigures);

// Marks reasons structural: weekly `volume` figures by reason (and "all" is not needed: the
// shares are of the week's reasons).
void markStructural(QList<ReasonShare> &reasons, const QList<kpi::Figure> &weeklyVolume, double structuralShare);

// Marks incident days: daily `volume` figures by reason; a day is an incident when its volume
// exceeds its trailing 28-day mean by more than 3 standard deviations and volume returns
// below that line within 7 days. Days without contacts count as 0.
void markIncidents(QList<ReasonShare> &reasons, const QList<kpi::Figure> &dailyVolume);

// The whole question as `huddle-cli reasons` and the insights view ask it: the Pareto over
// the span's dates and filters (its period and grouping are set here), marked structural
// and with its incident days. None, with *error, when the store cannot be read.
std::optional<QList<ReasonShare>> analyse(kpi::KpiEngine &engine, const kpi::KpiQuery &span, QString *error);

} // namespace huddle::reasons
