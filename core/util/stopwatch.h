// Wall-clock seconds since a point, for phase timings and ETAs (steady clock: never jumps).
#pragma once

#include <chrono>

namespace editscope {

using SteadyClock = std::chrono::steady_clock;

inline double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

} // namespace editscope
