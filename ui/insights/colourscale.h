#pragma once

#include <kpi/kpidefinition.h>

#include <QColor>

namespace huddle::ui {

// A diverging colour scale around a KPI's target: blue for better than the target, orange
// for worse (the pair colour-blind readers tell apart, as the dashboard's tiles use), paler
// near the target. The far ends are the best and worst values shown.
class ColourScale
{
public:
    ColourScale() = default;
    ColourScale(double target, kpi::Better better, double lowest, double highest);

    QColor colourOf(double value) const;
    // Dark or light text, whichever reads on the colour.
    static QColor textOn(const QColor &background);

    double target() const { return m_target; }
    double lowest() const { return m_lowest; }
    double highest() const { return m_highest; }
    bool higherIsBetter() const { return m_better != kpi::Better::Lower; }

    static QColor better();
    static QColor worse();
    static QColor neutral();

private:
    double m_target = 0;
    kpi::Better m_better = kpi::Better::Higher;
    double m_lowest = 0;
    double m_highest = 1;
};

} // namespace huddle::ui
