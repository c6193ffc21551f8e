// A small, fully specified pseudo-random generator: the same seed gives the same numbers on every
// platform, compiler and standard library.
//
// Why not <random>: the distributions (std::uniform_int_distribution & co) are implementation-defined,
// so libstdc++ and libc++ give different streams from the same engine. Everything that must be
// reproducible from a seed (the demo world, training-document order, edit orders) uses this instead.
//
// Algorithm: xoshiro256** 1.0 (Blackman & Vigna, public domain reference at prng.di.unimi.it), its
// 256-bit state filled from the seed by splitmix64, as the authors recommend. `below(n)` is unbiased
// (rejection of the short top range), `uniform()` uses the top 53 bits (exactly representable doubles).
// `derive(tag)` gives an independent stream named by a string, so one part of a generator can change
// without shifting the numbers every other part sees. Value type; not thread-safe (one Rng per thread).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace editscope {

class Rng {
public:
    explicit Rng(uint64_t seed = 0) : seed_(seed)
    {
        uint64_t x = seed;
        for (uint64_t& word : state_)
            word = splitmix64(x);
    }

    uint64_t seed() const { return seed_; }

    // Next raw 64-bit value (xoshiro256**).
    uint64_t next()
    {
        const uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform integer in [0, n), unbiased. n must be > 0.
    uint64_t below(uint64_t n)
    {
        if (n == 0)
            throw std::invalid_argument("Rng::below(0)");
        // Values below `threshold` would make the low residues over-represented: 2^64 mod n of them.
        const uint64_t threshold = (0 - n) % n;
        for (;;) {
            const uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform integer in [lo, hi] (inclusive). Requires lo <= hi.
    int64_t range(int64_t lo, int64_t hi)
    {
        if (hi < lo)
            throw std::invalid_argument("Rng::range: hi < lo");
        return lo + static_cast<int64_t>(below(static_cast<uint64_t>(hi - lo) + 1));
    }

    // Uniform double in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // True with probability percent/100 (integer arithmetic only, so exactly reproducible).
    bool percent(uint32_t percent) { return below(100) < percent; }

    // Fisher–Yates, from the back: element i swaps with a uniform j in [0, i].
    template <class T>
    void shuffle(std::vector<T>& v)
    {
        for (size_t i = v.size(); i > 1; --i) {
            const size_t j = static_cast<size_t>(below(i));
            std::swap(v[i - 1], v[j]);
        }
    }

    template <class Container>
    const auto& pick(const Container& c)
    {
        if (c.empty())
            throw std::invalid_argument("Rng::pick from an empty container");
        return c[static_cast<size_t>(below(c.size()))];
    }

    // An independent stream for the sub-task named `tag`, a function of (this stream's seed, tag)
    // only, not of how many numbers were drawn so far.
    Rng derive(std::string_view tag) const
    {
        // FNV-1a 64 of the tag, then one splitmix64 round to mix it with the seed.
        uint64_t h = 0xcbf29ce484222325ULL;
        for (unsigned char ch : tag) {
            h ^= ch;
            h *= 0x100000001b3ULL;
        }
        uint64_t x = seed_ ^ h;
        return Rng(splitmix64(x));
    }

    // splitmix64 (Steele, Lea & Flood): advances x and returns the next output.
    static uint64_t splitmix64(uint64_t& x)
    {
        uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    uint64_t seed_;
    uint64_t state_[4];
};

} // namespace editscope
