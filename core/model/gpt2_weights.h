// The parameters of a GPT-2 LM, in Hugging Face's storage layout.
//
// Projections keep HF's Conv1D layout [in, out] (y = x W + b), so a loaded folder saves back
// bit-for-bit and the edited matrix `mlp.c_proj.weight` is [4d, d] as in the reference code.
// `lm_head` is tied to `wte` and therefore not stored. Tensors may live on any device; the struct
// owns nothing else. Not thread-safe for concurrent mutation (editing changes weights in place).
#pragma once

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace editscope {

struct Gpt2BlockWeights {
    at::Tensor ln1Weight, ln1Bias;            // [d]
    at::Tensor attnCAttnWeight, attnCAttnBias; // [d, 3d], [3d]   (q, k, v concatenated)
    at::Tensor attnCProjWeight, attnCProjBias; // [d, d], [d]
    at::Tensor ln2Weight, ln2Bias;            // [d]
    at::Tensor mlpCFcWeight, mlpCFcBias;      // [d, 4d], [4d]
    at::Tensor mlpCProjWeight, mlpCProjBias;  // [4d, d], [d]   <- the matrix ROME/MEMIT edit
};

struct Gpt2Weights {
    at::Tensor wte;                 // [V, d]; also the (tied) output embedding
    at::Tensor wpe;                 // [n_positions, d]
    std::vector<Gpt2BlockWeights> blocks;
    at::Tensor lnFWeight, lnFBias;  // [d]

    // HF names without the "transformer." prefix, e.g. "h.3.mlp.c_proj.weight", in a stable order.
    std::vector<std::pair<std::string, at::Tensor*>> namedTensors();
    std::vector<std::pair<std::string, const at::Tensor*>> namedTensors() const;
    // Deep copy (e.g. to keep W0 while editing).
    Gpt2Weights clone() const;
    Gpt2Weights to(const at::TensorOptions& options) const;
};

} // namespace editscope
