#include "core/model/token_batch.h"

#include "core/util/error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace editscope {

TokenBatch TokenBatch::fromSequences(const std::vector<std::vector<int32_t>>& sequences, int64_t padId,
                                     c10::Device device)
{
    if (sequences.empty())
        throw InputError("", "batch", "no sequences");
    size_t width = 0;
    for (size_t i = 0; i < sequences.size(); ++i) {
        if (sequences[i].empty())
            throw InputError("", "batch row " + std::to_string(i), "empty token sequence");
        width = std::max(width, sequences[i].size());
    }
    const auto rows = static_cast<int64_t>(sequences.size());
    at::Tensor ids = at::full({rows, static_cast<int64_t>(width)}, padId, at::kLong);
    at::Tensor lengths = at::empty({rows}, at::kLong);
    auto idsAccess = ids.accessor<int64_t, 2>();
    auto lenAccess = lengths.accessor<int64_t, 1>();
    TokenBatch batch;
    batch.lengthsHost.resize(sequences.size());
    for (int64_t r = 0; r < rows; ++r) {
        const auto& seq = sequences[static_cast<size_t>(r)];
        for (size_t t = 0; t < seq.size(); ++t)
            idsAccess[r][static_cast<int64_t>(t)] = seq[t];
        lenAccess[r] = static_cast<int64_t>(seq.size());
        batch.lengthsHost[static_cast<size_t>(r)] = static_cast<int64_t>(seq.size());
    }
    batch.ids = ids.to(device);
    batch.lengths = lengths.to(device);
    return batch;
}

} // namespace editscope
