#include "core/model/gpt2_weights.h"

#include <ATen/ATen.h>

namespace editscope {
namespace {

// One list of (name, member) serves the const and non-const views, so the order cannot drift apart.
template <typename Weights, typename Visit>
void visitNamed(Weights& w, Visit&& visit)
{
    visit("wte.weight", w.wte);
    visit("wpe.weight", w.wpe);
    for (std::size_t i = 0; i < w.blocks.size(); ++i) {
        auto& b = w.blocks[i];
        const std::string p = "h." + std::to_string(i) + ".";
        visit(p + "ln_1.weight", b.ln1Weight);
        visit(p + "ln_1.bias", b.ln1Bias);
        visit(p + "attn.c_attn.weight", b.attnCAttnWeight);
        visit(p + "attn.c_attn.bias", b.attnCAttnBias);
        visit(p + "attn.c_proj.weight", b.attnCProjWeight);
        visit(p + "attn.c_proj.bias", b.attnCProjBias);
        visit(p + "ln_2.weight", b.ln2Weight);
        visit(p + "ln_2.bias", b.ln2Bias);
        visit(p + "mlp.c_fc.weight", b.mlpCFcWeight);
        visit(p + "mlp.c_fc.bias", b.mlpCFcBias);
        visit(p + "mlp.c_proj.weight", b.mlpCProjWeight);
        visit(p + "mlp.c_proj.bias", b.mlpCProjBias);
    }
    visit("ln_f.weight", w.lnFWeight);
    visit("ln_f.bias", w.lnFBias);
}

template <typename Fn>
Gpt2Weights mapTensors(const Gpt2Weights& from, Fn&& fn)
{
    Gpt2Weights out;
    out.blocks.resize(from.blocks.size());
    auto targets = out.namedTensors();
    std::size_t i = 0;
    visitNamed(from, [&](const std::string&, const at::Tensor& t) {
        *targets[i++].second = t.defined() ? fn(t) : at::Tensor();
    });
    return out;
}

} // namespace

std::vector<std::pair<std::string, at::Tensor*>> Gpt2Weights::namedTensors()
{
    std::vector<std::pair<std::string, at::Tensor*>> out;
    out.reserve(4 + 12 * blocks.size());
    visitNamed(*this, [&](std::string name, at::Tensor& t) { out.emplace_back(std::move(name), &t); });
    return out;
}

std::vector<std::pair<std::string, const at::Tensor*>> Gpt2Weights::namedTensors() const
{
    std::vector<std::pair<std::string, const at::Tensor*>> out;
    out.reserve(4 + 12 * blocks.size());
    visitNamed(*this, [&](std::string name, const at::Tensor& t) { out.emplace_back(std::move(name), &t); });
    return out;
}

Gpt2Weights Gpt2Weights::clone() const
{
    return mapTensors(*this, [](const at::Tensor& t) { return t.clone(); });
}

Gpt2Weights Gpt2Weights::to(const at::TensorOptions& options) const
{
    return mapTensors(*this, [&](const at::Tensor& t) { return t.to(options); });
}

} // namespace editscope
