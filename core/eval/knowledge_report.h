// What an (unedited) model knows: the demo world's acceptance report, and the baseline numbers a
// researcher checks before editing.
//
// Facts use ROME's scoring (target_scoring.h) on CounterFact records, with the summary semantics of
// spec/rome_memit.md §6.5 read for an unedited model: a record's rewrite prompt "knows" its fact when
// P(target_true) > P(target_new) in geometric-mean-per-token terms (NLL_true < NLL_new); paraphrase
// is the mean over the record's paraphrase prompts; neighbourhood the mean over its neighbourhood
// prompts (there the true object is the right answer by construction). Top-1 recall (every token of
// target_true is the teacher-forced argmax) is reported too: the success metric alone is lenient.
// Skills use the paper's downstream protocol: few-shot prompt, greedy continuation of 3 tokens,
// answer parsed by substring, unparseable answers counted as invalid (and wrong).
#pragma once

#include "core/dataset/counterfact.h"
#include "core/dataset/glue_tsv.h"
#include "core/model/gpt2_model.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct FactKnowledge {
    int64_t records = 0;
    double rewriteSuccess = 0.0;        // fraction in [0, 1]
    double paraphraseSuccess = 0.0;
    double neighborhoodSuccess = 0.0;
    double rewriteTop1 = 0.0;           // target_true is the greedy continuation, token by token
    double meanRewriteNllTrue = 0.0;
    double meanRewriteNllNew = 0.0;
};

struct SkillAccuracy {
    std::string name;
    int64_t correct = 0;
    int64_t incorrect = 0;
    int64_t invalid = 0;                // included in incorrect: the paper counts them wrong
    double accuracy() const { return correct + incorrect ? double(correct) / double(correct + incorrect) : 0.0; }
};

struct SkillEvalSet {
    std::string name;
    GlueFormat format = GlueFormat::Sst2;
    std::vector<GlueExample> shots;      // the few-shot examples placed before every query
    std::vector<GlueExample> queries;    // held-out examples to answer
};

FactKnowledge measureFactKnowledge(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                   std::span<const CounterFactRecord> records, int64_t maxBatch = 128);

SkillAccuracy measureSkill(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const SkillEvalSet& skill,
                           int64_t answerTokens = 3, int64_t maxBatch = 64);

nlohmann::json toJson(const FactKnowledge& facts);
nlohmann::json toJson(const SkillAccuracy& skill);

} // namespace editscope
