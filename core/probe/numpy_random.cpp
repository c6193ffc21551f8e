#include "core/probe/numpy_random.h"

#include <cmath>

namespace editscope {

NumpyRandomState::NumpyRandomState(uint32_t seed)
{
    mt_[0] = seed;
    for (int i = 1; i < 624; ++i)
        mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index_ = 624;
}

uint32_t NumpyRandomState::nextUint32()
{
    if (index_ >= 624) {
        for (int k = 0; k < 624; ++k) {
            const uint32_t y = (mt_[k] & 0x80000000u) | (mt_[(k + 1) % 624] & 0x7fffffffu);
            mt_[k] = mt_[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        index_ = 0;
    }
    uint32_t y = mt_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double NumpyRandomState::randomSample()
{
    const uint32_t a = nextUint32() >> 5;
    const uint32_t b = nextUint32() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

double NumpyRandomState::standardNormal()
{
    if (hasGauss_) {
        hasGauss_ = false;
        const double cached = gauss_;
        gauss_ = 0.0;
        return cached;
    }
    double x1 = 0.0, x2 = 0.0, r2 = 0.0;
    do {
        x1 = 2.0 * randomSample() - 1.0;
        x2 = 2.0 * randomSample() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    gauss_ = f * x1;
    hasGauss_ = true;
    return f * x2;
}

double NumpyRandomState::uniform(double low, double high)
{
    return low + (high - low) * randomSample();
}

std::vector<double> NumpyRandomState::randn(int64_t n)
{
    std::vector<double> out(static_cast<size_t>(n > 0 ? n : 0));
    for (double& v : out)
        v = standardNormal();
    return out;
}

std::vector<double> NumpyRandomState::uniformArray(double low, double high, int64_t n)
{
    std::vector<double> out(static_cast<size_t>(n > 0 ? n : 0));
    for (double& v : out)
        v = uniform(low, high);
    return out;
}

} // namespace editscope
