// The target-vector optimisation shared by ROME's v* (rome/compute_v.py, spec §3.4) and MEMIT's z
// (memit/compute_z.py, spec §4.2 step 1): find δ so that adding it at the subject's last token of a
// tap makes the model predict target_new after every context template, while the "{} is a" prompt
// keeps its distribution.
//
//   rows     = [template_i(prompt) + decode(target_ids[:-1]) for each context template] + ["{} is a"]
//   loss     = mean_rows( mean_t NLL(target_t) ) + kl_factor·KL(p_0 ‖ p_δ at the KL row's subject)
//              + weight_decay·‖δ‖ / ‖init‖²
//   δ        ← Adam(lr) steps; after each, ‖δ‖ clamped to clamp_norm_factor·‖init‖;
//              stop when loss < 5e-2 or after `steps` forwards (so at most steps−1 updates)
//   target   = init + δ, init = the tap's value at row 0's subject token (before any add)
//
// ROME adds δ at the MLP output of its layer and decodes the model's logits; MEMIT adds δ at the block
// output of its last layer and decodes the output of `loss_layer` through ln_f and the unembedding
// (the model's logits when loss_layer is the last layer). Only blocks from the edit layer on are run in
// the loop: the residual entering that block does not depend on δ. The model is not modified.
#pragma once

#include "core/dataset/counterfact.h"
#include "core/eval/subject_index.h"
#include "core/model/gpt2_model.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct TargetVectorSettings {
    TapPoint point = TapPoint::MlpOut;   // MlpOut (ROME) or BlockOut (MEMIT)
    int64_t layer = 0;
    int64_t lossLayer = -1;              // -1: the model's logits
    FactToken factToken = FactToken::SubjectLast;
    int64_t steps = 20;                  // v_num_grad_steps
    double lr = 0.5;
    double weightDecay = 0.5;
    double clampNormFactor = 4.0;
    double klFactor = 0.0625;
    // Polled before every forward of the loop; true throws editscope::Cancelled.
    std::function<bool()> cancelled;
};

struct TargetVectorTrace {
    std::vector<double> loss, nll, kl, weightDecay;   // one entry per forward
    std::vector<double> targetProbability;            // mean over rows of exp(−mean_t NLL): the reference's "avg prob"
    int64_t adamSteps = 0;
    double deltaNorm = 0, initNorm = 0;
    bool clamped = false;                             // the last step hit the norm clamp
    nlohmann::json toJson() const;
};

struct TargetVector {
    at::Tensor init;     // [d] float32
    at::Tensor target;   // init + δ
    TargetVectorTrace trace;
};

// The loop's settings from a ROME or MEMIT hparams object (the fields have the same names in both).
template <class Hparams>
TargetVectorSettings targetVectorSettings(const Hparams& hp, TapPoint point, int64_t layer, int64_t lossLayer,
                                          std::function<bool()> cancelled)
{
    TargetVectorSettings s;
    s.point = point;
    s.layer = layer;
    s.lossLayer = lossLayer;
    s.factToken = hp.factToken;
    s.steps = hp.vNumGradSteps;
    s.lr = hp.vLr;
    s.weightDecay = hp.vWeightDecay;
    s.clampNormFactor = hp.clampNormFactor;
    s.klFactor = hp.klFactor;
    s.cancelled = std::move(cancelled);
    return s;
}

// `contextTemplates` are the flat templates, each with one "{}" for the request's prompt.
TargetVector optimizeTargetVector(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const RewriteRequest& request,
                                  const std::vector<std::string>& contextTemplates, const TargetVectorSettings& settings);

// " " + target_new.str unless it already starts with a space (both references do this in place).
std::string spacedTarget(const std::string& target);

} // namespace editscope
