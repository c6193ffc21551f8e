// CPython's `random.Random(seed).shuffle(...)`, reproduced exactly: the reference picks the articles of
// its layer statistics with `random.Random(1).shuffle(list(range(len(ds))))` and takes the first
// mom2_n_samples (spec/rome_memit.md §2.6, §9.12), so matching it lets a run use the same documents.
//
// MT19937 seeded like CPython's `random_seed` for a non-negative int (init_by_array over the int's
// 32-bit words, least significant first), `getrandbits(k)` for k <= 32, `_randbelow` by rejection with
// k = n.bit_length(), and shuffle's backwards Fisher–Yates. Value type; not thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <utility>
#include <cstdint>
#include <vector>

namespace editscope {

class PythonRandom {
public:
    explicit PythonRandom(uint64_t seed);

    uint32_t getrandbits32(int k);          // CPython's getrandbits for 1 <= k <= 32
    uint64_t randbelow(uint64_t n);         // uniform in [0, n), n >= 1
    template <class T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i-- > 1;)
            std::swap(items[i], items[static_cast<std::size_t>(randbelow(i + 1))]);
    }

private:
    uint32_t next32();
    void initByArray(const std::vector<uint32_t>& key);

    std::array<uint32_t, 624> mt_{};
    int index_ = 625;
};

// The first `count` indices of random.Random(seed).shuffle(list(range(total))) (all when count >= total).
std::vector<int64_t> pythonShuffledPrefix(uint64_t seed, int64_t total, int64_t count);

} // namespace editscope
