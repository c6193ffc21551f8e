// The logit lens (nostalgebraist 2020) for a prompt and a fact's two answers: the residual stream at
// every layer and position read out as if it were the last layer's, i.e. through the final LayerNorm
// and the tied unembedding (Gpt2Model::logitsFromResidual on collectHiddenStates), then a softmax over
// the vocabulary. Layer 0 is the embeddings (token + position), layer l+1 the output of block l, so the
// last layer (n_layer) is the model's own output distribution.
//
// Each answer is represented by ONE token: the first token of tok(" " + target), the id ROME's scoring
// reads first (core/eval/target_scoring.h) and the one causal tracing follows. For a multi-token
// target (`targetTokens` > 1) the lens shows how soon the model commits to the answer's start, not the
// whole answer; its later tokens are only defined after the earlier ones are in the context.
//
// Rank: how many vocabulary entries have a strictly larger logit (0 = the top token; tied tokens share
// a rank). Probabilities are float64 softmaxes of the (float32) logits. Plain values in and out (no
// libtorch types); stateless; one call per model at a time (ProbeModel's rule).
#pragma once

#include "core/probe/probe_model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace editscope {

struct LensTarget {
    std::string target;         // as given (without the leading space)
    int32_t tokenId = 0;        // first token of tok(" " + target)
    std::string token;          // its text
    int64_t targetTokens = 0;   // length of tok(" " + target)
};

struct LensCell {
    int64_t trueRank = 0;
    double trueProbability = 0;
    int64_t newRank = 0;
    double newProbability = 0;
    int32_t topId = 0;          // the most likely token there
    std::string topToken;
    double topProbability = 0;
};

struct LogitLensResult {
    std::string prompt;
    std::vector<int32_t> promptIds;          // one per position
    std::vector<std::string> promptTokens;
    std::vector<std::string> layerNames;     // "embeddings", "block 0", ..., n_layer + 1 of them
    LensTarget targetTrue;
    LensTarget targetNew;
    std::vector<std::vector<LensCell>> cells;   // [layer][position], layers = layerNames.size()

    std::size_t layers() const { return cells.size(); }
    std::size_t positions() const { return promptIds.size(); }
    const LensCell& at(std::size_t layer, std::size_t position) const { return cells.at(layer).at(position); }
};

struct LogitLensOptions {
    std::function<bool()> cancelled;   // polled before the forward and every layer; true throws Cancelled
};

// InputError(field "prompt") for an empty prompt or one longer than n_positions, (field "target_true" /
// "target_new") for an empty target.
LogitLensResult logitLens(const ProbeModel& model, const std::string& prompt, const std::string& targetTrue,
                          const std::string& targetNew, const LogitLensOptions& options = {});

} // namespace editscope
