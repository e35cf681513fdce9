#pragma once

#include <kpi/figure.h>
#include <kpi/kpidefinition.h>

#include <QCoreApplication>

namespace huddle::ui {

// What hovering a figure shows, wherever it stands (tile, table cell): the KPI's name, its
// 95 % interval and n, and a warning when the sample is low.
class FigureToolTip
{
    Q_DECLARE_TR_FUNCTIONS(FigureToolTip)

public:
    static QString text(const kpi::KpiSpec &spec, const kpi::Figure &figure);
};

} // namespace huddle::ui
