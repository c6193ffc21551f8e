// An edit's change to one layer as data: ΔW = left · rightᵀ on h.L.mlp.c_proj.weight ([4d, d], Conv1D
// layout). ROME: left = u [4d, 1], right = v [d, 1]. MEMIT: left = X = (λC + KKᵀ)⁻¹K [4d, N], right =
// the residual share R [d, N]. Factors keep the dtype they were computed in (MEMIT's are float64), so
// a model rebuilt from stored factors reproduces the edited weights (spec §4.2 step 3: the product is
// formed in that dtype, then cast to the weight's).
#pragma once

#include "core/model/gpt2_model.h"

namespace editscope {

struct LayerUpdate {
    int64_t layer = 0;
    at::Tensor left;    // [4d, r]
    at::Tensor right;   // [d, r]

    int64_t rank() const { return left.defined() ? left.size(1) : 0; }
    at::Tensor delta() const;   // left · rightᵀ in the factors' dtype, [4d, d]
};

// W ← W + ΔW (cast to the weight's dtype and device), in place. Returns ‖ΔW‖_F as added.
double applyLayerUpdate(Gpt2Model& model, const LayerUpdate& update);

// Frobenius norm of the c_proj weight of `layer` (float64 accumulation).
double cProjWeightNorm(const Gpt2Model& model, int64_t layer);

} // namespace editscope
