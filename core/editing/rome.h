// ROME (Meng et al. 2022) exactly as kmeng01/rome@0874014 computes one request (spec/rome_memit.md
// §3.2–3.5), with r-ROME's key modes (§8.3) as the named option `key_mode`:
//
//   u   = C⁻¹k̄ / ‖C⁻¹k̄‖, k̄ = mean over the context templates of the c_proj input at the subject's
//         last token (ConsistentPrompt: the bare prompt's key k_p instead);
//   v*  = v_init + δ, δ optimised by Adam on NLL(target) + KL("<s> is a" at the subject) + ‖δ‖/‖v_init‖²,
//         clamped to clamp_norm_factor·‖v_init‖, early stop on total loss < 5e-2, at most n−1 steps;
//   v   = (v* − m)/(k·u) with (k, m) = (k_p, m_p) [Reference: the QUIRK that makes disabling edits],
//         (k̄, m̄) [ConsistentTemplate] or (k_p, m_p) with u from k_p [ConsistentPrompt];
//   ΔW  = u vᵀ on mlp.c_proj.weight [4d, d] (Conv1D layout), bias untouched.
//
// The v* loop runs only blocks L..end from the cached residual entering block L (δ enters at L's MLP
// output, so everything before is constant). The model is not modified by executeRome; apply the
// returned update with applyLayerUpdate. Not thread-safe (one model, one caller).
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

struct RomeDiagnostics {
    TargetVectorTrace vStar;       // the v* loop: loss per forward, Adam steps, ‖δ‖, ‖v_init‖
    double denominator = 0;        // k·u of the closing solve
    double updateNorm = 0;         // ‖u vᵀ‖_F = ‖v‖
    double keyMismatch = 0;        // ‖k̄ − k_p‖ / ‖k_p‖: r-ROME's diagnosis of disabling edits
    double secondsU = 0, secondsV = 0, secondsClose = 0;
    nlohmann::json toJson() const;
};

struct RomeResult {
    LayerUpdate update;            // left = u [4d, 1], right = v [d, 1]
    at::Tensor u;                  // [4d], unit norm
    at::Tensor v;                  // [d]
    at::Tensor vStar;              // the target value v* [d]
    at::Tensor closingKey;         // the key the closing solve used (k_p or k̄) [4d]
    RomeDiagnostics diagnostics;
};

// `cInverse` is C⁻¹ [4d, 4d] of the edit layer (ignored when mom2_adjustment is false).
// `cancelled` is polled before every forward (true throws editscope::Cancelled).
RomeResult executeRome(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const RewriteRequest& request,
                       const RomeHparams& hparams, const ContextTemplates& templates, const at::Tensor& cInverse,
                       const std::function<bool()>& cancelled = {});

// C⁻¹ from a second-moment sum: inverse(sum / count), in fp32 as the reference does (torch.inverse on
// the float32 C) or in fp64 (the named option solve_dtype), returned in float32.
at::Tensor inverseSecondMoment(const at::Tensor& sum, int64_t count, bool float64);

} // namespace editscope
