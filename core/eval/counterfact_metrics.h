// CounterFact's probability metrics as the references summarise them (spec/rome_memit.md §6.3, §6.5):
// per record, from the mean per-token NLLs of target_new and target_true after each prompt,
//   ES = mean_rewrite [NLL_true > NLL_new]          EM = mean_rewrite (e^−NLL_new − e^−NLL_true)
//   PS, PM: the same over the paraphrase prompts
//   NS = mean_neighborhood [NLL_true < NLL_new]     NM = mean_neighborhood (e^−NLL_true − e^−NLL_new)
//   rewrite/paraphrase accuracy: every target_new token is the teacher-forced argmax (MEMIT's
//   *_prompts_correct); neighborhood accuracy: the same for target_true;
// then macro-averaged over records (mean and population std, numpy's default), and
//   Score = harmonic mean of (ES, PS, NS) means (scipy.stats.hmean; 0 when any is 0).
// Values here are fractions (0..1); the references print them ×100 (toJson does too, rounded like
// summarize.py only when asked). Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

struct PromptScore {
    std::string prompt;          // the filled prompt
    double nllNew = 0, nllTrue = 0;
    bool newCorrect = false;     // every target_new token is the argmax
    bool trueCorrect = false;    // every target_true token is the argmax
};

struct RecordScores {
    int64_t caseId = 0;
    std::vector<PromptScore> rewrite, paraphrase, neighborhood, attribute;
    nlohmann::json toJson() const;   // the reference's *_prompts_probs lists plus *_prompts_correct
};

// NaN marks a metric whose prompt list is empty (e.g. a record without paraphrases).
struct RecordMetrics {
    double es = 0, em = 0, ps = 0, pm = 0, ns = 0, nm = 0;
    double rewriteAcc = 0, paraphraseAcc = 0, neighborhoodAcc = 0;
    nlohmann::json toJson() const;   // ×100, keys as the references name them (rewrite_success, ...)
};

RecordMetrics recordMetrics(const RecordScores& scores);

struct MetricSummary {
    double mean = 0, std = 0;
    int64_t count = 0;           // records with a value (NaNs skipped)
};

struct MetricsSummary {
    MetricSummary es, em, ps, pm, ns, nm, rewriteAcc, paraphraseAcc, neighborhoodAcc;
    double score = 0;            // hmean(ES, PS, NS) of the means
    nlohmann::json toJson() const;   // ×100, [mean, std] pairs as summarize.py prints them
};

MetricsSummary summarizeMetrics(const std::vector<RecordMetrics>& records);

// scipy.stats.hmean for positive values; 0 when any value is 0; NaN for an empty list.
double harmonicMean(const std::vector<double>& values);

} // namespace editscope
