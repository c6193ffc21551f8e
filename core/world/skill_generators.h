// Generators of the demo world's downstream skills. Both are learnable by a 4-layer, 192-wide GPT-2
// in a few minutes because the label hangs on one local cue from a small fixed lexicon:
//
//   sentiment  (SST-2 format) "the concert was delightful" -> positive: a clearly positive or
//              negative adjective (18 + 18) in a neutral carrier sentence about a neutral noun.
//   entailment (RTE format)    premise "The kettle in the station was hot this morning."
//              hypothesis "The kettle was hot." -> True / "The kettle was not hot." -> False.
//              The label hangs on the negation in the hypothesis. A first version asked for the
//              premise's adjective vs its antonym (21 fixed pairs), which needs a token-equality
//              circuit: a 3-layer model stayed at 50% after 2,000 steps (3.5 minutes), far over the
//              test world's budget, so the cue was made local like the sentiment one.
//
// Training examples use every lexicon word (coverage by construction); held-out examples are new
// combinations of known words: no held-out sentence (premise, for the pair task) occurs in training.
// Labels are balanced within train and within held-out. Deterministic in the Rng; thread-safe.
#pragma once

#include "core/util/rng.h"
#include "core/world/skill_task.h"

#include <string>
#include <vector>

namespace editscope {

// wordsPerLabel > 0 keeps only the first that many adjectives of each polarity (the test world's
// smaller lexicon, learned in fewer steps); 0 uses all 18 + 18.
SkillTask makeSentimentTask(Rng& rng, int trainCount, int heldOutCount, int shots, int wordsPerLabel = 0);
SkillTask makeEntailmentTask(Rng& rng, int trainCount, int heldOutCount, int shots);

// Every word and carrier of both generators (tokenizer coverage).
std::vector<std::string> skillVocabulary();

} // namespace editscope
