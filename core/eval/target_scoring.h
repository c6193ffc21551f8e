// Target scoring exactly as ROME's test_batch_prediction does it (spec/rome_memit.md §6.3):
// the sequence `prefix + " " + target` is tokenized as one string, the target's ids are
// tok(" " + target) on their own, and the score is the MEAN per-token NLL of those ids read at
// logits[prefix_len + j - 1], prefix_len = len(tok(prefix)). Lower is better. `argmaxCorrect` is
// MEMIT's *_prompts_correct: every target token is the teacher-forced argmax.
//
// All items go through right-padded batched forwards of at most `maxBatch` rows, logits computed
// only at the needed positions. Stateless; thread-compatible.
#pragma once

#include "core/model/gpt2_model.h"

#include <functional>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct ScoringItem {
    std::string prefix;
    std::string target;   // without the leading space; one is inserted as the reference does
};

struct TargetScore {
    double meanNll = 0.0;
    bool argmaxCorrect = false;
    int64_t targetTokens = 0;
};

// `cancelled` is polled before every batch's forward; true throws editscope::Cancelled.
std::vector<TargetScore> scoreTargets(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                      const std::vector<ScoringItem>& items, int64_t maxBatch = 64,
                                      const std::function<bool()>& cancelled = {});

} // namespace editscope
