#include "figuretooltip.h"

#include <QLocale>

namespace huddle::ui {

QString FigureToolTip::text(const kpi::KpiSpec &spec, const kpi::Figure &figure)
{
    QString tip = kpi::Definitions::name(spec);
    if (figure.ciLow)
        tip += u'\n'
            + tr("95 % interval: %1 – %2").arg(kpi::formatValue(spec, *figure.ciLow), kpi::formatValue(spec, *figure.ciHigh));
    tip += u'\n' + tr("n = %1").arg(QLocale().toString(figure.n));
    if (figure.lowSample)
        tip += u'\n' + tr("Low sample: read with care.");
    return tip;
}

} // namespace huddle::ui
