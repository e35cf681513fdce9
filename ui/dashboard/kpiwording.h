#pragma once

#include <kpi/kpidefinition.h>
#include <trends/headline.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace huddle::ui {

// The KPIs a team leader reads first: the dashboard's tiles and the review's summary.
const QStringList &headlineKpis();

// How a headline's figures are said, alike on the dashboard tiles and the review slides.
class KpiWording
{
    Q_DECLARE_TR_FUNCTIONS(KpiWording)

public:
    // "+1.2 pts vs previous week"; empty without both weeks.
    static QString change(const kpi::KpiSpec &spec, const trends::Headline &headline);
    // "↑ rising over 8 weeks"; empty without a trend.
    static QString trend(const trends::Headline &headline);
    // "✔ on target (80.0 %)" or "✘ off target (80.0 %)"; empty without a target or value.
    static QString targetStatus(const kpi::KpiSpec &spec, const trends::Headline &headline);
    // Whether the headline's value meets its target (false without either).
    static bool onTarget(const kpi::KpiSpec &spec, const trends::Headline &headline);
    // "as of 2026-W44: newer contacts are still within their repeat window"; empty when current.
    static QString asOf(const trends::Headline &headline);
};

} // namespace huddle::ui
