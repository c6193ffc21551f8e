#include "core/editing/memit.h"

#include "core/editing/subject_reads.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/stopwatch.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>


namespace editscope {
namespace {


// Puts the original c_proj weights of the edited layers back when MEMIT returns or throws.
class WeightRestorer {
public:
    WeightRestorer(Gpt2Model& model, const std::vector<int64_t>& layers) : model_(model)
    {
        for (auto l : layers)
            saved_.emplace_back(l, model.weights().blocks.at(static_cast<size_t>(l)).mlpCProjWeight.clone());
    }
    ~WeightRestorer()
    {
        at::NoGradGuard g;
        for (auto& [l, w] : saved_)
            model_.weights().blocks.at(static_cast<size_t>(l)).mlpCProjWeight.copy_(w);
    }
    WeightRestorer(const WeightRestorer&) = delete;
    WeightRestorer& operator=(const WeightRestorer&) = delete;

private:
    Gpt2Model& model_;
    std::vector<std::pair<int64_t, at::Tensor>> saved_;
};

double meanColumnNorm(const at::Tensor& m) { return m.norm(2, 0).mean().item<double>(); }

} // namespace

nlohmann::json MemitDiagnostics::toJson() const
{
    auto zs = nlohmann::json::array();
    for (const auto& t : z)
        zs.push_back(t.toJson());
    auto ls = nlohmann::json::array();
    for (const auto& l : layers)
        ls.push_back({{"layer", l.layer}, {"z_error", l.zError}, {"residual_norm", l.residualNorm},
                      {"weight_norm_before", l.weightNormBefore}, {"weight_norm_after", l.weightNormAfter},
                      {"update_norm", l.updateNorm}, {"seconds", l.seconds}});
    return {{"z", zs}, {"layers", ls}, {"seconds", {{"z", secondsZ}, {"layers", secondsLayers}}}};
}

MemitResult executeMemit(Gpt2Model& model, const Gpt2Tokenizer& tok, const std::vector<RewriteRequest>& requests,
                         const MemitHparams& hp, const ContextTemplates& templates, const std::vector<at::Tensor>& moments,
                         const std::function<bool()>& cancelled)
{
    if (requests.empty())
        throw InputError("", "requests", "MEMIT needs at least one request");
    if (hp.layers.empty())
        throw InputError("", "layers", "MEMIT needs at least one layer");
    if (moments.size() != hp.layers.size())
        throw InputError("", "statistics", "one second moment per edited layer is needed (" + std::to_string(hp.layers.size())
                                               + " layers, " + std::to_string(moments.size()) + " given)");
    for (auto l : hp.layers)
        if (l < 0 || l >= model.config().nLayer)
            throw InputError("", "layers", "layer " + std::to_string(l) + " outside the model's 0.." + std::to_string(model.config().nLayer - 1));
    if (templates.groups.empty() || templates.size() == 0)
        throw InputError("", "context templates", "none given");
    const auto contexts = templates.flat();
    const int64_t zLayer = hp.layers.back();
    const auto N = static_cast<int64_t>(requests.size());
    const auto device = model.device();
    const auto solveType = hp.solveDtype() == HparamsDtype::Float64 ? at::kDouble : at::kFloat;
    MemitResult result;
    auto& diag = result.diagnostics;

    // --- Step 1: z per request on the unedited model ---
    auto t0 = SteadyClock::now();
    const auto zs = targetVectorSettings(hp, TapPoint::BlockOut, zLayer, hp.vLossLayer, cancelled);
    std::vector<at::Tensor> zColumns;
    for (const auto& r : requests) {
        auto tv = optimizeTargetVector(model, tok, r, contexts, zs);
        zColumns.push_back(tv.target);
        diag.z.push_back(std::move(tv.trace));
    }
    const at::Tensor Z = at::stack(zColumns, 1);   // [d, N] float32
    result.z = Z;
    diag.secondsZ = secondsSince(t0);

    // Prompts for the keys (request-major, templates in group order) and for Z_cur (bare prompts).
    std::vector<SubjectPrompt> keyPrompts, barePrompts;
    for (const auto& r : requests) {
        for (const auto& c : contexts)
            keyPrompts.push_back({fillSlot(c, r.prompt), r.subject});
        barePrompts.push_back({r.prompt, r.subject});
    }
    const auto T = static_cast<int64_t>(contexts.size());

    // --- Step 2: distribute over the layers, editing as we go ---
    t0 = SteadyClock::now();
    at::NoGradGuard noGrad;
    WeightRestorer restore(model, hp.layers);
    const auto M = static_cast<int64_t>(hp.layers.size());
    for (int64_t j = 0; j < M; ++j) {
        if (cancelled && cancelled())
            throw Cancelled();
        const auto tl = SteadyClock::now();
        const int64_t layer = hp.layers[static_cast<size_t>(j)];
        MemitLayerStep step;
        step.layer = layer;
        // Keys: mean within each group, then the mean of the group means.
        const auto flatKeys = readAtSubjects(model, tok, keyPrompts, hp.factToken, {{TapPoint::MlpKey, layer}})[0]
                                  .to(at::kFloat).view({N, T, -1});
        std::vector<at::Tensor> groupMeans;
        int64_t offset = 0;
        for (const auto& g : templates.groups) {
            const auto size = static_cast<int64_t>(g.size());
            if (size == 0)
                continue;
            groupMeans.push_back(flatKeys.narrow(1, offset, size).mean(1));
            offset += size;
        }
        const at::Tensor K = at::stack(groupMeans, 0).mean(0).t().to(solveType);   // [4d, N]
        const at::Tensor zCur = readAtSubjects(model, tok, barePrompts, hp.factToken, {{TapPoint::BlockOut, zLayer}})[0]
                                    .to(at::kFloat).t();                               // [d, N]
        const at::Tensor diff = Z - zCur;
        step.zError = meanColumnNorm(diff);
        const at::Tensor R = (diff / static_cast<double>(M - j)).to(solveType);
        step.residualNorm = meanColumnNorm(R);
        const auto& C = moments[static_cast<size_t>(j)];
        if (C.dim() != 2 || C.size(0) != K.size(0) || C.size(1) != K.size(0))
            throw InputError("", "statistics", "second moment of layer " + std::to_string(layer) + " is not ["
                                                   + std::to_string(K.size(0)) + ", " + std::to_string(K.size(0)) + "]");
        const at::Tensor A = hp.mom2UpdateWeight * C.to(device).to(solveType) + at::matmul(K, K.t());
        const at::Tensor X = at::linalg_solve(A, K);                                   // [4d, N]
        LayerUpdate update{layer, X, R};
        step.weightNormBefore = cProjWeightNorm(model, layer);
        step.updateNorm = applyLayerUpdate(model, update);
        step.weightNormAfter = cProjWeightNorm(model, layer);
        step.keys = K;
        step.seconds = secondsSince(tl);
        result.updates.push_back(std::move(update));
        diag.layers.push_back(std::move(step));
    }
    diag.secondsLayers = secondsSince(t0);
    return result;
}

} // namespace editscope
