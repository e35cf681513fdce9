#include "colourscale.h"

#include <algorithm>

namespace huddle::ui {

namespace {

QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

} // namespace

ColourScale::ColourScale(double target, kpi::Better better, double lowest, double highest)
    : m_target(target)
    , m_better(better)
    , m_lowest(std::min({lowest, highest, target}))
    , m_highest(std::max({lowest, highest, target}))
{
}

// Okabe & Ito's blue and orange, with a light grey between.
QColor ColourScale::better()
{
    return QColor(0x00, 0x72, 0xb2);
}

QColor ColourScale::worse()
{
    return QColor(0xe6, 0x9f, 0x00);
}

QColor ColourScale::neutral()
{
    return QColor(0xf2, 0xf2, 0xf2);
}

QColor ColourScale::colourOf(double value) const
{
    const bool above = value >= m_target;
    const double end = above ? m_highest : m_lowest;
    const double t = end == m_target ? 0 : std::clamp((value - m_target) / (end - m_target), 0.0, 1.0);
    const bool good = above == higherIsBetter();
    // A floor of 0.15 keeps any step off the target visibly tinted.
    return mix(neutral(), good ? better() : worse(), value == m_target ? 0 : 0.15 + 0.85 * t);
}

QColor ColourScale::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights, no gamma: close enough to pick black or white).
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace huddle::ui
