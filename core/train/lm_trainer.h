// Trains a GPT-2 language model from scratch on documents drawn from a sampler: the demo world's
// model is made this way (design/demo_world.md has the recipe and why).
//
// Rows of `seqLen` tokens are packed so that every row starts at a document boundary (evaluation
// prompts start at position 0, as in training), documents joined by <|endoftext|>. The learning rate
// warms up linearly, stays constant until the caller's threshold check passes (checked every
// `checkEvery` steps, so stopping depends on measured knowledge, never on wall-clock time), then
// decays by a cosine to `finalLrFraction` over `extraFraction` × the steps taken so far: training
// well past the first crossing is what makes the model really know its facts. Deterministic for a
// given seed, sampler and thread count. Not thread-safe; the model is trained in place.
#pragma once

#include "core/model/gpt2_model.h"

#include <functional>
#include <string>

namespace editscope {

class Gpt2Tokenizer;

struct LmTrainingOptions {
    int64_t seqLen = 64;
    int64_t batchSize = 16;
    double learningRate = 2e-3;
    double beta1 = 0.9;
    double beta2 = 0.98;
    double weightDecay = 0.01;   // on weight matrices (dim >= 2) only
    double gradClip = 1.0;
    int64_t warmupSteps = 100;
    int64_t checkEvery = 100;
    int64_t firstCheckStep = 0;  // no check before this step: metrics sit at chance for a while
                                 // (design/demo_world.md lesson 3), and each check costs steps
    int64_t maxSteps = 20000;    // thresholds still unmet by then: training failed
    double extraFraction = 0.5;
    double finalLrFraction = 0.1;
};

struct LmTrainingProgress {
    std::string phase;          // "training" or "training (after thresholds)"
    int64_t step = 0;
    int64_t plannedSteps = 0;   // 0 while the end is not yet known
    double loss = 0.0;          // running mean over the last steps
    double seconds = 0.0;
    std::string checkSummary;   // last threshold-check summary
};

struct LmTrainingResult {
    int64_t steps = 0;
    int64_t thresholdStep = 0;  // step at which the check first passed (0 = never)
    double finalLoss = 0.0;
    double seconds = 0.0;
    int64_t tokensSeen = 0;
    bool reachedThresholds = false;
};

using DocumentSampler = std::function<std::string()>;
// Returns true when the model is good enough; fills a one-line summary for progress output.
using ThresholdCheck = std::function<bool(const Gpt2Model&, std::string& summary)>;
// Returns false to cancel (then editscope::Cancelled is thrown).
using TrainingProgressFn = std::function<bool(const LmTrainingProgress&)>;

// GPT-2's initialisation (HF _init_weights): N(0, 0.02) weights and embeddings, zero biases, unit
// LayerNorms, and N(0, 0.02/√(2·n_layer)) for both c_proj matrices. Float32 on the CPU.
Gpt2Weights initGpt2Weights(const Gpt2Config& config, uint64_t seed);

LmTrainingResult trainLanguageModel(Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const DocumentSampler& sampler,
                                    const ThresholdCheck& check, const LmTrainingOptions& options,
                                    const TrainingProgressFn& progress);

} // namespace editscope
