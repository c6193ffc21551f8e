#include "core/runner/stored_tensor.h"

#include "core/util/error.h"

#include <ATen/ATen.h>

#include <cstring>

namespace editscope {

StoredArray toStoredArray(const at::Tensor& tensor)
{
    const auto t = tensor.detach().to(at::kCPU).contiguous();
    StoredArray a;
    if (t.scalar_type() == at::kFloat)
        a.dtype = "float32";
    else if (t.scalar_type() == at::kDouble)
        a.dtype = "float64";
    else
        throw InputError("", "update factor", "only float32 and float64 factors are stored");
    a.shape.assign(t.sizes().begin(), t.sizes().end());
    a.data.resize(static_cast<size_t>(t.numel()) * t.element_size());
    std::memcpy(a.data.data(), t.data_ptr(), a.data.size());
    return a;
}

at::Tensor fromStoredArray(const StoredArray& a)
{
    at::ScalarType type;
    size_t element = 0;
    if (a.dtype == "float32") {
        type = at::kFloat;
        element = 4;
    } else if (a.dtype == "float64") {
        type = at::kDouble;
        element = 8;
    } else {
        throw InputError("", "update factor", "unknown dtype '" + a.dtype + "'");
    }
    int64_t numel = 1;
    for (auto d : a.shape) {
        if (d < 0)
            throw InputError("", "update factor", "negative dimension");
        numel *= d;
    }
    if (a.data.size() != static_cast<size_t>(numel) * element)
        throw InputError("", "update factor", "holds " + std::to_string(a.data.size()) + " bytes, its shape needs "
                                                  + std::to_string(static_cast<size_t>(numel) * element));
    auto t = at::empty(a.shape, at::TensorOptions().dtype(type));
    std::memcpy(t.data_ptr(), a.data.data(), a.data.size());
    return t;
}

StoredUpdate toStoredUpdate(const LayerUpdate& u) { return {u.layer, toStoredArray(u.left), toStoredArray(u.right)}; }

LayerUpdate fromStoredUpdate(const StoredUpdate& u) { return {u.layer, fromStoredArray(u.left), fromStoredArray(u.right)}; }

void applyStoredUpdates(Gpt2Model& model, const std::vector<StoredUpdate>& updates)
{
    for (const auto& u : updates) {
        auto update = fromStoredUpdate(u);
        update.left = update.left.to(model.device());
        update.right = update.right.to(model.device());
        applyLayerUpdate(model, update);
    }
}

} // namespace editscope
