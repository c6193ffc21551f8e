// A right-padded batch of token sequences, the only padding layout the reference code supports
// (spec/rome_memit.md §2.1): real tokens keep positions 0..n-1, so with a causal mask padding never
// influences a real position. Plain value type.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <vector>

namespace editscope {

struct TokenBatch {
    at::Tensor ids;       // [B, T] int64, right-padded with padId
    at::Tensor lengths;   // [B] int64, number of real tokens per row (>= 1)
    std::vector<int64_t> lengthsHost;   // the same lengths, on the host, for index arithmetic

    int64_t batchSize() const { return ids.size(0); }
    int64_t width() const { return ids.size(1); }

    // Builds a batch; every sequence must be non-empty. Width = the longest sequence.
    static TokenBatch fromSequences(const std::vector<std::vector<int32_t>>& sequences, int64_t padId,
                                    c10::Device device);
};

} // namespace editscope
