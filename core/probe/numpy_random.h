// NumPy's legacy `numpy.random.RandomState(seed)` for the two draws ROME's causal tracing makes:
// `randn` (Gaussian noise) and `uniform(-1, 1)` (its "u" noise rule). ROME seeds RandomState(1) afresh
// in every trace_with_patch call, so reproducing the stream reproduces its noise numbers exactly.
//
// Algorithm, as numpy/random/src/mt19937 and legacy/legacy-distributions.c define it:
//   seeding   MT19937 init_genrand(seed) (numpy's `_legacy_seeding` for an int seed in [0, 2^32));
//   double    (a >> 5, b >> 6) of two 32-bit outputs → (a·2^26 + b) / 2^53;
//   randn     legacy_gauss: Marsaglia's polar method on 2u−1 pairs, rejecting r² >= 1 or r² == 0;
//             returns f·x2 first and caches f·x1 for the next call;
//   uniform   low + (high − low)·double.
// Only <cmath> sqrt/log are used, both correctly rounded on IEEE platforms, so the numbers are
// portable. Value type; not thread-safe (one generator per thread).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace editscope {

class NumpyRandomState {
public:
    explicit NumpyRandomState(uint32_t seed);

    uint32_t nextUint32();        // MT19937 genrand_int32
    double randomSample();        // rs.random_sample(): [0, 1) with 53 random bits
    double standardNormal();      // one value of rs.randn()
    double uniform(double low, double high);

    // rs.randn(n) / rs.uniform(low, high, n): n values in C (row-major) order.
    std::vector<double> randn(int64_t n);
    std::vector<double> uniformArray(double low, double high, int64_t n);

private:
    std::array<uint32_t, 624> mt_{};
    int index_ = 624;
    bool hasGauss_ = false;
    double gauss_ = 0.0;
};

} // namespace editscope
