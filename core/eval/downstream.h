// Downstream (GLUE) evaluation as the paper runs it between edits (arXiv 2401.07453, code
// gradual-catastrophic-forgetting glue_eval/; spec/rome_memit.md §8.2, literature.md §1.3): a few-shot
// prompt per query, greedy continuation of 3 new tokens, the answer parsed by substring
// (glue_prompt.h), unparseable answers kept as the label -1; accuracy, sklearn's weighted F1 and
// Matthews correlation.
//
// Query sets are balanced subsets made exactly as glue_eval/dataset/create_glue_subset.py makes them:
// one CPython random.seed(37) for all tasks; per task, the examples grouped by label in order of first
// appearance, each group shuffled, the first `perClass` of each kept, the groups concatenated and
// shuffled again. For the GLUE layout the tasks are visited in the paper's order (sst2, mrpc, cola,
// rte) and an absent task advances the generator as its official dev set would, so with the official
// dev.tsv files (in Hugging Face's validation order, which is the file order) and perClass 100 every
// present task gets the paper's 200 examples: tests/test_downstream.cpp checks the label sequences
// against the paper's published pickles.
//
// [QUIRK] The paper's RTE scoring is inverted: see GlueShotSource::Paper and downstream.cpp.
//
// Plain functions and value types. evaluateDownstream runs the model (no gradients are needed; the
// caller holds an at::NoGradGuard if it wants one); do not run it concurrently with an edit of the
// same model.
#pragma once

#include "core/dataset/glue_prompt.h"
#include "core/dataset/glue_tsv.h"
#include "core/model/gpt2_model.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;
class PythonRandom;

struct DownstreamTask {
    std::string name;                    // "sst2", "mrpc", "cola", "rte", or the demo world's skill name
    GlueFormat format = GlueFormat::Sst2;
    std::vector<GlueExample> shots;      // the few-shot context, in prompt order
    std::vector<GlueExample> queries;    // the examples answered and scored

    bool operator==(const DownstreamTask&) const = default;
};

// Where the few-shot context of a GLUE-layout task comes from (the demo-world layout always uses the
// world's own SkillTask::evalShots(), so the numbers agree with its report.json).
enum class GlueShotSource {
    Paper,  // the paper's fixed contexts (paperGlueShots), verbatim: the paper's exact prompts. Its
            // RTE is scored as the paper scores it: "True" counts as correct for not_entailment (it
            // compares its "True" -> 1 with Hugging Face's 1 = not_entailment, and its own shots
            // answer that way), so RTE query labels are flipped (1 = not_entailment) in this mode.
    Data,   // the paper's shot count and label order, taken in file order from train.tsv, or from
            // dev.tsv when there is no train.tsv (those examples are then not queried)
};

// Loads the tasks of `dir`, which is either
//  (a) a demo-world folder (world.json with a "skills" array): one task per skill, shots =
//      SkillTask::evalShots(), queries = balanced subset of its dev.tsv; or
//  (b) a GLUE folder with subfolders SST-2 (or sst2), MRPC, CoLA, RTE (any case), each with a dev.tsv
//      in the GLUE columns (glue_tsv.h) and optionally a train.tsv (GlueShotSource::Data).
// perClass: examples of each label in the query set; 0 keeps every example (still shuffled).
// Errors (InputError naming the file): a folder with neither layout, a GLUE subfolder without
// dev.tsv, a label with fewer than perClass examples (the count is given), unreadable TSV/JSON.
std::vector<DownstreamTask> loadDownstreamTasks(const std::string& dir, int64_t perClass, uint64_t seed = 37,
                                                GlueShotSource shotSource = GlueShotSource::Paper);

// create_glue_subset.py's selection for one task, drawing from `rng` (shared across tasks as the
// reference shares its global generator). `file` names the data in the too-few-examples error.
std::vector<GlueExample> balancedGlueSubset(std::span<const GlueExample> pool, int64_t perClass, PythonRandom& rng,
                                            const std::string& file);

// The paper's few-shot examples (glue_eval/{sst,mrpc,cola,rte}_eval.py); each label is the index of
// the answer word the paper's text gives it, so renderGlueExample reproduces the text verbatim:
// SST-2 4 (0,1,0,1), MRPC 6 (0,1,0,1,1,0), CoLA 6 (0,1,0,1,1,0), RTE 3 (0 "False", 1 "True", 0
// "False"; by the RTE data these pairs are entailment, not_entailment, entailment).
std::vector<GlueExample> paperGlueShots(GlueFormat format);

// The reference's Python scoring loop, as in GLUEEval. Invalid answers are -1 in `predicted`, count as
// neither correct nor "incorrect" (the paper's three counts), and take part in F1 and MCC as a label
// of their own, as sklearn sees them.
struct DownstreamScore {
    std::string task;
    int64_t examples = 0;
    int64_t correct = 0;
    int64_t invalid = 0;               // examples - correct - invalid = the paper's "incorrect"
    double accuracy = 0.0;             // correct / examples (0 when there are none)
    double f1 = 0.0;                   // weightedF1(expected, predicted)
    double mcc = 0.0;                  // matthewsCorrelation(expected, predicted)
    std::vector<int> expected;         // per query, in query order
    std::vector<int> predicted;        // parsed label, -1 invalid
    std::vector<std::string> answers;  // the generated continuation up to its first EOS (HF generate stops there)

    // {task, examples, correct, incorrect, invalid, accuracy, f1, mcc, expected, predicted, answers}.
    nlohmann::json toJson() const;
};

// Greedy answers to few-shot prompts: per query, the `answerTokens` token ids generated after
// glueFewShotPrompt(format, shots, query) (HF generate with max_length = prompt + answerTokens, no
// stop on EOS), in batches of at most maxBatch queries. Shared with measureSkill (knowledge_report.h).
// answerTokens < 1 is std::invalid_argument. `cancelled` is polled before every forward (true throws
// editscope::Cancelled).
std::vector<std::vector<int32_t>> generateGlueAnswers(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                                      GlueFormat format, std::span<const GlueExample> shots,
                                                      std::span<const GlueExample> queries, int64_t answerTokens,
                                                      int64_t maxBatch, const std::function<bool()>& cancelled = {});

// Scores one task: greedy answers (generateGlueAnswers), each cut at its first EOS as HF generate
// stops there, parsed with parseGlueAnswer, then counted and measured.
DownstreamScore evaluateDownstream(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const DownstreamTask& task,
                                   int64_t answerTokens = 3, int64_t maxBatch = 32,
                                   const std::function<bool()>& cancelled = {});

// sklearn f1_score(expected, predicted, average='weighted'): per-label F1 = 2·tp / (2·tp + fp + fn)
// (0 when that is 0/0) over the sorted union of labels in either list, averaged with the weights
// = support in `expected` (so -1 weighs 0, yet its predictions still cost their true label recall).
// 0 for empty input. Lists must have equal length (std::invalid_argument otherwise).
double weightedF1(std::span<const int> expected, std::span<const int> predicted);

// sklearn matthews_corrcoef: the multiclass R_K statistic from the confusion matrix over the union of
// labels, (c·s − Σ t_k p_k) / √((s² − Σ p_k²)(s² − Σ t_k²)); 0 when the denominator is 0.
double matthewsCorrelation(std::span<const int> expected, std::span<const int> predicted);

} // namespace editscope
