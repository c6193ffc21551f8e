// MEMIT (Meng et al. 2023) exactly as kmeng01/memit@80426fd apply_memit_to_model computes one batch of
// requests (spec/rome_memit.md §4.2):
//
//   z_i   = z_init + δ_i at the block output of the last edited layer l_M (optimizeTargetVector, with
//           the loss decoded from v_loss_layer), each request on the unedited model;
//   for each edited layer l_j, in the hparams' order, on the model edited so far:
//     K   = keys [4d, N]: per request the mean over template groups of the mean within each group
//           ([QUIRK] ½·bare + ½·mean of the five prefixed, not a flat mean over six);
//     R   = (Z − Z_cur) / (M − j), Z_cur the l_M block output at the bare prompt's subject token;
//     X   = solve(λ·C_l + K Kᵀ, K) in float64 (named option solve_dtype), ΔW_l = X Rᵀ [4d, d];
//     W_l += ΔW_l (cast to the weight's dtype) so later layers see it.
//
// executeMemit edits the model while it runs (the next layer's keys depend on it) and restores the
// original weights before returning, also when it throws; apply the returned updates with
// applyLayerUpdate. Not thread-safe (one model, one caller).
#pragma once

#include "core/dataset/counterfact.h"
#include "core/editing/context_templates.h"
#include "core/editing/hparams.h"
#include "core/editing/target_vector.h"
#include "core/editing/weight_update.h"
#include "core/model/gpt2_model.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct MemitLayerStep {
    int64_t layer = 0;
    at::Tensor keys;            // K [4d, N] in the solve dtype (kept for checks such as the normal equations)
    double residualNorm = 0;    // mean column norm of R (the share this layer takes)
    double zError = 0;          // mean column norm of Z − Z_cur before this layer's update
    double weightNormBefore = 0, weightNormAfter = 0, updateNorm = 0;   // Frobenius
    double seconds = 0;
};

struct MemitDiagnostics {
    std::vector<TargetVectorTrace> z;     // one per request
    std::vector<MemitLayerStep> layers;   // in edit order
    double secondsZ = 0, secondsLayers = 0;
    nlohmann::json toJson() const;        // without the key tensors
};

struct MemitResult {
    std::vector<LayerUpdate> updates;     // one per edited layer: left = X [4d, N], right = R [d, N]
    at::Tensor z;                         // targets Z [d, N]
    MemitDiagnostics diagnostics;
};

// `moments[j]` is C = E[k kᵀ] of hparams.layers[j] ([4d, 4d], normalised by the token count).
MemitResult executeMemit(Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::vector<RewriteRequest>& requests,
                         const MemitHparams& hparams, const ContextTemplates& templates,
                         const std::vector<at::Tensor>& moments, const std::function<bool()>& cancelled = {});

} // namespace editscope
