// Layer statistics: the uncentred second moment C = E[k kᵀ] of the key k (input of mlp.c_proj) at an
// edit layer, accumulated over a text corpus exactly as the reference's rome/layer_stats.py does
// (spec/rome_memit.md §2.6):
//  - documents, not tokens: the first `sampleDocuments` of CPython's random.Random(1).shuffle over the
//    corpus (util/python_random.h), each tokenized and truncated to n_positions, empty ones dropped;
//  - batches of 100 documents sorted by length (longest first) and split so that width × rows stays
//    within 3·n_positions tokens (batching changes only the floating-point summation order);
//  - every non-padding token position, first token included; the forward stops after the deepest
//    requested layer;
//  - M += featsᵀ·feats in `dtype` (float32 in every official hparams file; float64 is EditScope's named
//    option `mom2_accumulate_dtype`), count += tokens. C = M / count; files store the SUM M and count.
// Progress reports documents done and an ETA; returning false cancels (editscope::Cancelled).
#pragma once

#include "core/model/gpt2_model.h"

#include <functional>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct SecondMomentOptions {
    std::vector<int64_t> layers;
    int64_t sampleDocuments = 100000;     // mom2_n_samples
    at::ScalarType dtype = at::kFloat;    // mom2_dtype
    int64_t batchTokens = 0;              // 0: 3 * n_positions, the reference's budget
    int64_t documentsPerBatch = 100;
    uint64_t shuffleSeed = 1;             // the reference's FixedRandomSubsetSampler(seed=1)
};

struct SecondMoment {
    int64_t layer = 0;
    at::Tensor sum;          // M = Σ k kᵀ, [inner, inner], in the accumulation dtype, on the CPU
    int64_t count = 0;       // tokens accumulated
    int64_t sampleSize = 0;  // documents requested (mom2_n_samples), as the reference stores it
    at::Tensor moment() const { return sum / static_cast<double>(count); }   // C
};

struct StatsProgress {
    int64_t documentsDone = 0;
    int64_t documentsTotal = 0;
    int64_t tokens = 0;
    double seconds = 0;
    double etaSeconds = -1;
};

std::vector<SecondMoment> computeSecondMoments(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                               const std::vector<std::string>& corpus, const SecondMomentOptions& options,
                                               const std::function<bool(const StatsProgress&)>& progress = {});

// The reference's cache path: {statsDir}/{modelName}/{dataset}_stats/transformer.h.{L}.mlp.c_proj_{dtype}_mom2_{N}.npz
std::string secondMomentPath(const std::string& statsDir, const std::string& modelName, const std::string& dataset,
                             int64_t layer, const std::string& dtypeName, int64_t sampleDocuments);

} // namespace editscope
