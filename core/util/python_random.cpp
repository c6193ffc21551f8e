#include "core/util/python_random.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace editscope {

PythonRandom::PythonRandom(uint64_t seed)
{
    // CPython turns |seed| into 32-bit words, least significant first; 0 becomes the single word 0.
    std::vector<uint32_t> key;
    do {
        key.push_back(static_cast<uint32_t>(seed & 0xffffffffu));
        seed >>= 32;
    } while (seed != 0);
    initByArray(key);
}

void PythonRandom::initByArray(const std::vector<uint32_t>& key)
{
    // init_genrand(19650218) followed by init_by_array, as in Matsumoto & Nishimura's mt19937ar.c.
    mt_[0] = 19650218u;
    for (int i = 1; i < 624; ++i)
        mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(624, key.size()); k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= 624) {
            mt_[0] = mt_[623];
            i = 1;
        }
        if (j >= key.size())
            j = 0;
    }
    for (int k = 623; k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        ++i;
        if (i >= 624) {
            mt_[0] = mt_[623];
            i = 1;
        }
    }
    mt_[0] = 0x80000000u;
    index_ = 624;
}

uint32_t PythonRandom::next32()
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

uint32_t PythonRandom::getrandbits32(int k)
{
    if (k < 1 || k > 32)
        throw std::invalid_argument("getrandbits32: k must be in 1..32");
    return next32() >> (32 - k);
}

uint64_t PythonRandom::randbelow(uint64_t n)
{
    if (n == 0)
        throw std::invalid_argument("randbelow(0)");
    int k = 0;
    for (uint64_t v = n; v; v >>= 1)
        ++k;   // n.bit_length()
    if (k > 32) {
        // getrandbits(k > 32) concatenates 32-bit words, least significant first; lists of > 4e9
        // articles are out of scope, so refuse rather than approximate.
        throw std::invalid_argument("randbelow: n >= 2^32 is not supported");
    }
    uint64_t r = getrandbits32(k);
    while (r >= n)
        r = getrandbits32(k);
    return r;
}

std::vector<int64_t> pythonShuffledPrefix(uint64_t seed, int64_t total, int64_t count)
{
    std::vector<int64_t> order(static_cast<size_t>(std::max<int64_t>(0, total)));
    std::iota(order.begin(), order.end(), 0);
    PythonRandom(seed).shuffle(order);
    if (count < total)
        order.resize(static_cast<size_t>(std::max<int64_t>(0, count)));
    return order;
}

} // namespace editscope
