// Conversions between tensors and the torch-free StoredArray / StoredUpdate of core/run, and rebuilding
// a model from its base weights plus stored updates (W_N = W_0 + Σ left·rightᵀ in order, each product
// formed in the factors' dtype and cast to the weight's, exactly as applyLayerUpdate does during a run,
// so a rebuilt model equals the live one bit for bit on the same device).
#pragma once

#include "core/editing/weight_update.h"
#include "core/run/run_records.h"

#include <vector>

namespace editscope {

StoredArray toStoredArray(const at::Tensor& tensor);          // float32 or float64, any device
at::Tensor fromStoredArray(const StoredArray& array);         // on the CPU; InputError on a size mismatch

StoredUpdate toStoredUpdate(const LayerUpdate& update);
LayerUpdate fromStoredUpdate(const StoredUpdate& update);

void applyStoredUpdates(Gpt2Model& model, const std::vector<StoredUpdate>& updates);

} // namespace editscope
