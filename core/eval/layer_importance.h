// Where a model stores its facts, measured cheaply: for each layer L, zero the MLP output at the
// subject's last token (the position and module ROME edits) and measure how much the mean per-token
// NLL of target_true rises on the records' rewrite prompts. The demo world uses the profile to pick
// the layers its ROME/MEMIT hparams edit; it is a one-position knock-out, not ROME's full causal trace
// (noised subject + restoration), which comes with the probing tools. Stateless; thread-compatible.
#pragma once

#include "core/dataset/counterfact.h"
#include "core/model/gpt2_model.h"

#include <span>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct LayerImportance {
    int64_t records = 0;
    double baselineNll = 0.0;             // mean NLL(target_true) without intervention
    std::vector<double> nllIncrease;      // per layer, mean over records
};

LayerImportance measureMlpLayerImportance(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                          std::span<const CounterFactRecord> records, int64_t maxBatch = 64);

} // namespace editscope
