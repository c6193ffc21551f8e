#include "core/editing/rome.h"

#include "core/editing/subject_reads.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/stopwatch.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>


namespace editscope {
namespace {


} // namespace

nlohmann::json RomeDiagnostics::toJson() const
{
    return {{"v_star", vStar.toJson()}, {"denominator", denominator}, {"update_norm", updateNorm},
            {"key_mismatch", keyMismatch},
            {"seconds", {{"u", secondsU}, {"v_star", secondsV}, {"close", secondsClose}}}};
}

at::Tensor inverseSecondMoment(const at::Tensor& sum, int64_t count, bool float64)
{
    if (count <= 0)
        throw InputError("", "mom2.count", "must be positive");
    const auto type = float64 ? at::kDouble : at::kFloat;
    const auto c = sum.to(type) / static_cast<double>(count);
    return at::inverse(c).to(at::kFloat);
}

RomeResult executeRome(const Gpt2Model& model, const Gpt2Tokenizer& tok, const RewriteRequest& request,
                       const RomeHparams& hp, const ContextTemplates& templates, const at::Tensor& cInverse,
                       const std::function<bool()>& cancelled)
{
    if (hp.layers.size() != 1)
        throw InputError("", "layers", "ROME edits one layer per request; this file lists " + std::to_string(hp.layers.size()));
    const int64_t layer = hp.layers.front();
    if (layer < 0 || layer >= model.config().nLayer)
        throw InputError("", "layers", "layer " + std::to_string(layer) + " outside the model's 0.." + std::to_string(model.config().nLayer - 1));
    const auto contexts = templates.flat();
    if (contexts.empty())
        throw InputError("", "context templates", "none given");
    const RomeKeyMode mode = hp.keyMode();
    RomeResult result;
    auto& diag = result.diagnostics;

    at::NoGradGuard noGrad;
    // --- u (spec §3.3): keys and values at the subject's last token, templated and bare ---
    auto t0 = SteadyClock::now();
    std::vector<SubjectPrompt> prompts;
    for (const auto& c : contexts)
        prompts.push_back({fillSlot(c, request.prompt), request.subject});
    prompts.push_back({request.prompt, request.subject});
    const auto reads = readAtSubjects(model, tok, prompts, hp.factToken, {{TapPoint::MlpKey, layer}, {TapPoint::MlpOut, layer}});
    const auto n = static_cast<int64_t>(contexts.size());
    const at::Tensor templatedKeys = reads[0].narrow(0, 0, n), templatedValues = reads[1].narrow(0, 0, n);
    const at::Tensor kBar = templatedKeys.mean(0);
    const at::Tensor kPrompt = reads[0][n];
    const at::Tensor mPrompt = reads[1][n];
    diag.keyMismatch = (kBar - kPrompt).norm().item<double>() / kPrompt.norm().item<double>();
    const at::Tensor uKey = mode == RomeKeyMode::ConsistentPrompt ? kPrompt : kBar;
    at::Tensor u = hp.mom2Adjustment ? at::mv(cInverse.to(model.device()).to(uKey.scalar_type()), uKey) : uKey;
    u = (u / u.norm()).to(at::kFloat);
    diag.secondsU = secondsSince(t0);

    // --- v* (spec §3.4) ---
    t0 = SteadyClock::now();
    // ROME decodes the model's own logits (loss layer -1); its v_loss_layer is only traced.
    auto target = optimizeTargetVector(model, tok, request, contexts,
                                       targetVectorSettings(hp, TapPoint::MlpOut, layer, -1, cancelled));
    diag.vStar = std::move(target.trace);
    result.vStar = target.target;
    diag.secondsV = secondsSince(t0);

    // --- closing solve (spec §3.4 end, §8.3) ---
    t0 = SteadyClock::now();
    at::Tensor k = kPrompt.to(at::kFloat), m = mPrompt.to(at::kFloat);
    if (mode == RomeKeyMode::ConsistentTemplate) {
        k = kBar.to(at::kFloat);
        m = templatedValues.mean(0).to(at::kFloat);
    }
    const double denominator = at::dot(k, u).item<double>();
    diag.denominator = denominator;
    result.u = u;
    result.v = (result.vStar - m) / denominator;
    result.update = {layer, u.unsqueeze(1), result.v.unsqueeze(1)};
    result.closingKey = k;
    diag.updateNorm = result.v.norm().item<double>() * u.norm().item<double>();
    diag.secondsClose = secondsSince(t0);
    return result;
}

} // namespace editscope
