// GPT-2 language model forward pass in libtorch, numerically the same as Hugging Face's
// GPT2LMHeadModel (gelu_new in tanh form, LayerNorm eps from the config, causal + padding mask,
// tied output embedding), with the named taps ROME and MEMIT need (spec/rome_memit.md §1, §10):
//
//   TapPoint::MlpKey    input of h.L.mlp.c_proj   = gelu_new(c_fc(ln_2(h')))   [4d]  ("key")
//   TapPoint::MlpOut    output of h.L.mlp         = key · W_proj + b           [d]   ("value")
//   TapPoint::BlockOut  output of block L (the residual stream after the MLP)  [d]
//   TapPoint::AttnOut   output of h.L.attn        = context · W_proj + b       [d]   (before the residual add)
//
// A forward call can read any of them at chosen (row, position) pairs, and add a vector to AttnOut,
// MlpOut or BlockOut at chosen pairs; autograd flows through the added vector (and through the
// weights when they require grad, which the demo-world trainer uses). For causal tracing (ROME's
// experiments/causal_trace.py) it can also add noise to the token embeddings and restore AttnOut,
// MlpOut or BlockOut states of some rows from another row of the same batch (see ForwardOptions). `startLayer` + `startHidden` run only blocks
// L..end from a cached residual, the speed-up of the v* optimisation.
//
// Ownership: the model owns its weights (editing changes them in place). `forward` is const and may
// be called from one thread at a time per model (libtorch ops are thread-safe; weight edits are not).
#pragma once

#include "core/model/gpt2_config.h"
#include "core/model/gpt2_weights.h"
#include "core/model/token_batch.h"

#include <ATen/core/Tensor.h>

#include <optional>
#include <vector>

namespace editscope {

enum class TapPoint { MlpKey, MlpOut, BlockOut, AttnOut };

struct RowPosition {
    int64_t row = 0;
    int64_t position = 0;
};

struct TapRead {
    TapPoint point = TapPoint::MlpKey;
    int64_t layer = 0;
    std::vector<RowPosition> at;   // result row i = activation at at[i]
};

struct TapAdd {
    TapPoint point = TapPoint::MlpOut;   // AttnOut, MlpOut or BlockOut
    int64_t layer = 0;
    std::vector<RowPosition> at;
    at::Tensor delta;                    // [d] (added at every pair) or [at.size(), d]
};

// Noise on the token embeddings wte(ids) at chosen pairs, *before* the position embeddings are added:
// ROME hooks the output of transformer.wte (causal_trace.py trace_with_patch). The sum is computed in
// the promoted dtype of the embeddings and `values`, then cast to the model dtype, which is PyTorch's
// arithmetic for ROME's `x[1:, b:e] += noise` with float64 noise on a float32 embedding.
struct EmbeddingNoise {
    std::vector<RowPosition> at;
    at::Tensor values;      // [at.size(), d], any floating dtype, any device
    bool replace = false;   // true: the embedding becomes the noise (ROME's --replace)
};

// Restores a state from another row: at every pair, activation[row, position] := activation[sourceRow,
// position] — ROME's `h[1:, t] = h[0, t]` on the output of h.L (BlockOut), h.L.mlp (MlpOut) or h.L.attn
// (AttnOut). Applied after the reads and adds of the same tap, so later layers see the restored state.
struct TapRestore {
    TapPoint point = TapPoint::BlockOut;   // AttnOut, MlpOut or BlockOut
    int64_t layer = 0;
    std::vector<RowPosition> at;
    int64_t sourceRow = 0;
};

struct ForwardOptions {
    std::vector<TapRead> reads;
    std::vector<TapAdd> adds;
    bool collectHiddenStates = false;   // residual stream: [0] = embeddings, [l+1] = output of block l
    bool computeLogits = true;
    // Logits only at these pairs ([n, V]) instead of everywhere ([B, T, V]); saves the big matmul.
    std::optional<std::vector<RowPosition>> logitsAt;
    // Run blocks startLayer..end only, from `startHidden` [B, T, d] = the residual entering that block.
    int64_t startLayer = 0;
    at::Tensor startHidden;
    // Stop after this block (>= 0): no later block and no logits run. The reference's Trace(stop=True),
    // which layer statistics use to read keys without paying for the rest of the model.
    int64_t stopAfterLayer = -1;
    // Causal tracing (see EmbeddingNoise, TapRestore); needs startLayer == 0 for the noise.
    std::optional<EmbeddingNoise> embeddingNoise;
    std::vector<TapRestore> restores;
};

struct ForwardResult {
    at::Tensor logits;                    // [B, T, V], or [n, V] with logitsAt; undefined if not computed
    std::vector<at::Tensor> reads;        // one [n, dim] tensor per TapRead, in order
    std::vector<at::Tensor> hiddenStates; // see collectHiddenStates
};

// Keys and values of every layer for incremental decoding. Slots are per row: row b's slots
// 0..length[b]-1 hold its real tokens, so rows of different lengths decode independently.
struct KvCache {
    std::vector<at::Tensor> keys;     // per layer [B, H, capacity, head_dim]
    std::vector<at::Tensor> values;   // per layer [B, H, capacity, head_dim]
    int64_t capacity = 0;
};

class Gpt2Model {
public:
    Gpt2Model(Gpt2Config config, Gpt2Weights weights);

    const Gpt2Config& config() const { return config_; }
    const Gpt2Weights& weights() const { return weights_; }
    Gpt2Weights& weights() { return weights_; }
    c10::Device device() const;
    at::ScalarType dtype() const;

    // Full forward over a right-padded batch.
    ForwardResult forward(const TokenBatch& batch, const ForwardOptions& options = {}) const;

    // Incremental decoding. `prefill` runs the right-padded prompts and fills a cache of `capacity`
    // slots; it returns the logits [B, V] at each row's last real token. `decodeStep` appends one
    // token per row at slot positions[b] (= the row's current length) and returns logits [B, V].
    at::Tensor prefill(const TokenBatch& prompts, int64_t capacity, KvCache& cache) const;
    at::Tensor decodeStep(const at::Tensor& tokens /*[B] int64*/, const at::Tensor& positions /*[B] int64*/,
                          KvCache& cache) const;

    // ln_f then the tied unembedding: [.., d] -> [.., V].
    at::Tensor logitsFromResidual(const at::Tensor& residual) const;

private:
    struct AttentionInput;
    at::Tensor block(int64_t layer, const at::Tensor& residual, const AttentionInput& attn,
                     const ForwardOptions* options, ForwardResult* result, KvCache* cache) const;
    at::Tensor attention(int64_t layer, const at::Tensor& x, const AttentionInput& attn, KvCache* cache) const;
    at::Tensor embed(const at::Tensor& ids, const at::Tensor& positions) const;
    void checkIds(const at::Tensor& ids, int64_t maxPosition) const;

    Gpt2Config config_;
    Gpt2Weights weights_;
};

// HF's NewGELUActivation: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
at::Tensor geluNew(const at::Tensor& x);

} // namespace editscope
