// Runs CounterFact's probability tests on a model (spec/rome_memit.md §6.3): for every rewrite,
// paraphrase, neighborhood and (ROME's) attribute prompt, the mean per-token NLL of " target_new" and
// " target_true" and whether each target is the teacher-forced argmax, all records' items in shared
// batched forwards (target_scoring.h). Stateless; one caller per model.
#pragma once

#include "core/dataset/counterfact.h"
#include "core/eval/counterfact_metrics.h"
#include "core/model/gpt2_model.h"

#include <functional>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct CounterFactScoreOptions {
    bool attributePrompts = true;   // ROME scores them; MEMIT's evaluation does not
    int64_t maxBatch = 64;
    std::function<bool()> cancelled;   // polled before every batch; true throws editscope::Cancelled
};

std::vector<RecordScores> scoreCounterFact(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                           const std::vector<CounterFactRecord>& records,
                                           const CounterFactScoreOptions& options = {});

} // namespace editscope
