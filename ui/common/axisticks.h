#pragma once

#include <cmath>

namespace huddle::ui {

// A round step for about `ticks` steps over `range` (> 0): 1, 2 or 5 times a power of ten, so
// a painted axis reads in round numbers.
inline double niceStep(double range, int ticks)
{
    const double raw = range / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

} // namespace huddle::ui
