#include "core/editing/weight_update.h"

#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

namespace editscope {

at::Tensor LayerUpdate::delta() const
{
    return at::matmul(left, right.t());
}

double applyLayerUpdate(Gpt2Model& model, const LayerUpdate& update)
{
    const auto& config = model.config();
    if (update.layer < 0 || update.layer >= config.nLayer)
        throw InputError("", "update.layer", std::to_string(update.layer) + " outside 0.." + std::to_string(config.nLayer - 1));
    auto& w = model.weights().blocks.at(static_cast<size_t>(update.layer)).mlpCProjWeight;   // [4d, d]
    if (update.left.dim() != 2 || update.right.dim() != 2 || update.left.size(0) != w.size(0)
        || update.right.size(0) != w.size(1) || update.left.size(1) != update.right.size(1))
        throw InputError("", "update factors", "expected [" + std::to_string(w.size(0)) + ", r] and ["
                                                   + std::to_string(w.size(1)) + ", r]");
    at::NoGradGuard noGrad;
    const auto d = update.delta().to(w.device()).to(w.scalar_type());
    w.add_(d);
    return d.to(at::kDouble).norm().item<double>();
}

double cProjWeightNorm(const Gpt2Model& model, int64_t layer)
{
    at::NoGradGuard noGrad;
    return model.weights().blocks.at(static_cast<size_t>(layer)).mlpCProjWeight.to(at::kDouble).norm().item<double>();
}

} // namespace editscope
