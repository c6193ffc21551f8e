#include "core/editing/rome.h"

#include "core/eval/subject_index.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/train/adamw.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <chrono>

namespace editscope {
namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Python's str.format with one positional argument, for templates holding exactly one "{}".
std::string fillSlot(const std::string& text, const std::string& value)
{
    const auto at = text.find("{}");
    if (at == std::string::npos)
        throw InputError("", "template", "\"" + text + "\" has no {}");
    return text.substr(0, at) + value + text.substr(at + 2);
}

struct KeysAndValues {
    at::Tensor keys;     // [n, 4d]  c_proj input at the subject's last token
    at::Tensor values;   // [n, d]   MLP output there
};

// Reads key and value at the subject's last token of each prompt template (with "{}" for the subject).
KeysAndValues readAtSubject(const Gpt2Model& model, const Gpt2Tokenizer& tok, const std::vector<std::string>& prompts,
                            const std::string& subject, FactToken factToken, int64_t layer)
{
    std::vector<std::vector<int32_t>> sequences;
    std::vector<RowPosition> at;
    for (size_t i = 0; i < prompts.size(); ++i) {
        sequences.push_back(tok.encode(fillSlot(prompts[i], subject)));
        int64_t idx = subjectTokenIndex(tok, prompts[i], subject, factToken);
        if (idx < 0)
            idx = static_cast<int64_t>(sequences.back().size()) + idx;
        at.push_back({static_cast<int64_t>(i), idx});
    }
    ForwardOptions o;
    o.reads = {{TapPoint::MlpKey, layer, at}, {TapPoint::MlpOut, layer, at}};
    o.stopAfterLayer = layer;
    const auto r = model.forward(TokenBatch::fromSequences(sequences, tok.eosTokenId(), model.device()), o);
    return {r.reads[0], r.reads[1]};
}

} // namespace

nlohmann::json RomeDiagnostics::toJson() const
{
    return {{"loss", loss}, {"nll", nll}, {"kl", kl}, {"weight_decay", weightDecay}, {"adam_steps", adamSteps},
            {"delta_norm", deltaNorm}, {"v_init_norm", vInitNorm}, {"denominator", denominator},
            {"update_norm", updateNorm}, {"key_mismatch", keyMismatch},
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
                       const RomeHparams& hp, const ContextTemplates& templates, const at::Tensor& cInverse)
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
    const auto device = model.device();
    RomeResult result;
    auto& diag = result.diagnostics;

    // Target ids with the leading space the reference prepends (spec §2.1).
    const std::string target = (!request.targetNew.str.empty() && request.targetNew.str.front() == ' ')
        ? request.targetNew.str : " " + request.targetNew.str;
    const auto targetIds = tok.encode(target);
    const auto T = static_cast<int64_t>(targetIds.size());
    if (T == 0)
        throw InputError("", "target_new", "empty target");

    // Prompts with the request prompt in each template: the subject slot "{}" remains.
    std::vector<std::string> contextPrompts;
    for (const auto& c : contexts)
        contextPrompts.push_back(fillSlot(c, request.prompt));

    at::NoGradGuard noGrad;
    // --- u (spec §3.3) ---
    auto t0 = Clock::now();
    const auto templated = readAtSubject(model, tok, contextPrompts, request.subject, hp.factToken, layer);
    const auto bare = readAtSubject(model, tok, {request.prompt}, request.subject, hp.factToken, layer);
    const at::Tensor kBar = templated.keys.mean(0);
    const at::Tensor kPrompt = bare.keys[0];
    diag.keyMismatch = (kBar - kPrompt).norm().item<double>() / kPrompt.norm().item<double>();
    const at::Tensor uKey = mode == RomeKeyMode::ConsistentPrompt ? kPrompt : kBar;
    at::Tensor u = hp.mom2Adjustment ? at::mv(cInverse.to(device).to(uKey.scalar_type()), uKey) : uKey;
    u = u / u.norm();
    diag.secondsU = since(t0);

    // --- v* (spec §3.4) ---
    t0 = Clock::now();
    const std::vector<int32_t> prefixIds(targetIds.begin(), targetIds.end() - 1);
    const std::string targetPrefix = tok.decode(prefixIds);
    std::vector<std::string> rowTemplates;
    for (const auto& p : contextPrompts)
        rowTemplates.push_back(p + targetPrefix);
    rowTemplates.push_back("{} is a");   // the KL ("essence") prompt
    const int64_t rows = static_cast<int64_t>(rowTemplates.size());
    const int64_t rewriteRows = rows - 1;
    std::vector<std::vector<int32_t>> sequences;
    std::vector<RowPosition> lookup;
    for (int64_t r = 0; r < rows; ++r) {
        sequences.push_back(tok.encode(fillSlot(rowTemplates[static_cast<size_t>(r)], request.subject)));
        int64_t idx = subjectTokenIndex(tok, rowTemplates[static_cast<size_t>(r)], request.subject, hp.factToken);
        if (idx < 0)
            idx += static_cast<int64_t>(sequences.back().size());
        lookup.push_back({r, idx});
    }
    const auto batch = TokenBatch::fromSequences(sequences, tok.eosTokenId(), device);
    // Logits positions n_j − T .. n_j − 1 of each rewriting row predict y_1..y_T; the KL row is read at
    // its subject's last token (the reference's QUIRK, not after " a").
    std::vector<RowPosition> logitPositions;
    std::vector<int64_t> labels;
    for (int64_t r = 0; r < rewriteRows; ++r) {
        const int64_t n = batch.lengthsHost[static_cast<size_t>(r)];
        if (n < T)
            throw InputError("", "prompt", "rewriting prompt shorter than its target");
        for (int64_t t = 0; t < T; ++t) {
            logitPositions.push_back({r, n - T + t});
            labels.push_back(targetIds[static_cast<size_t>(t)]);
        }
    }
    logitPositions.push_back(lookup.back());
    const auto labelTensor = at::tensor(labels, at::kLong).to(device);

    // The residual entering block L does not depend on δ: compute it once.
    ForwardOptions prefix;
    prefix.collectHiddenStates = true;
    prefix.stopAfterLayer = std::max<int64_t>(0, layer - 1);
    at::Tensor startHidden;
    if (layer > 0)
        startHidden = model.forward(batch, prefix).hiddenStates.back();

    const auto dtype = model.dtype();
    at::Tensor delta = at::zeros({model.config().nEmbd}, at::TensorOptions().dtype(at::kFloat).device(device));
    at::Tensor vInit, klInit;
    AdamW adam({delta}, {false}, AdamWOptions{0.9, 0.999, 1e-8});
    for (int64_t it = 0; it < hp.vNumGradSteps; ++it) {
        at::AutoGradMode enable(true);
        delta.requires_grad_(true);
        ForwardOptions fo;
        fo.startLayer = layer;
        fo.startHidden = startHidden;
        fo.logitsAt = logitPositions;
        fo.adds = {{TapPoint::MlpOut, layer, lookup, delta.to(dtype)}};
        if (!vInit.defined())
            fo.reads = {{TapPoint::MlpOut, layer, {lookup.front()}}};
        const auto out = model.forward(batch, fo);
        if (!vInit.defined()) {
            vInit = out.reads[0][0].detach().to(at::kFloat);
            diag.vInitNorm = vInit.norm().item<double>();
        }
        const auto logProbs = at::log_softmax(out.logits.to(at::kFloat), -1);
        const auto nTargets = rewriteRows * T;
        const auto picked = logProbs.narrow(0, 0, nTargets).gather(1, labelTensor.unsqueeze(1)).squeeze(1);
        // mean over rows of (1/T)·Σ_t NLL = Σ / (rows·T), T being the same for every row.
        const auto nll = -picked.sum() / static_cast<double>(nTargets);
        const auto klRow = logProbs[nTargets];
        if (!klInit.defined())
            klInit = klRow.detach().clone();
        const auto kl = hp.klFactor * (klRow.exp() * (klRow - klInit)).sum();
        const auto wd = hp.vWeightDecay * delta.norm() / (diag.vInitNorm * diag.vInitNorm);
        const auto loss = nll + kl + wd;
        const double lossValue = loss.item<double>();
        diag.loss.push_back(lossValue);
        diag.nll.push_back(nll.item<double>());
        diag.kl.push_back(kl.item<double>());
        diag.weightDecay.push_back(wd.item<double>());
        if (!std::isfinite(lossValue))
            throw InputError("", "v*", "the loss became non-finite at step " + std::to_string(it));
        if (lossValue < 5e-2 || it == hp.vNumGradSteps - 1)
            break;
        adam.zeroGrad();
        torch::autograd::backward({loss});
        adam.step(hp.vLr, 0.0);
        ++diag.adamSteps;
        {
            at::NoGradGuard g;
            const double maxNorm = hp.clampNormFactor * diag.vInitNorm;
            const double norm = delta.norm().item<double>();
            if (norm > maxNorm)
                delta.mul_(maxNorm / norm);
        }
    }
    delta = delta.detach();
    diag.deltaNorm = delta.norm().item<double>();
    result.vStar = vInit + delta;
    diag.secondsV = since(t0);

    // --- closing solve (spec §3.4 end, §8.3) ---
    t0 = Clock::now();
    at::Tensor k = kPrompt.to(at::kFloat), m = bare.values[0].to(at::kFloat);
    if (mode == RomeKeyMode::ConsistentTemplate) {
        k = kBar.to(at::kFloat);
        m = templated.values.mean(0).to(at::kFloat);
    }
    const auto uf = u.to(at::kFloat);
    const double denominator = at::dot(k, uf).item<double>();
    diag.denominator = denominator;
    result.update.layer = layer;
    result.update.u = uf;
    result.update.v = (result.vStar - m) / denominator;
    result.closingKey = k;
    diag.updateNorm = result.update.v.norm().item<double>() * uf.norm().item<double>();
    diag.secondsClose = since(t0);
    return result;
}

double applyRankOneUpdate(Gpt2Model& model, const RankOneUpdate& update)
{
    at::NoGradGuard noGrad;
    auto& w = model.weights().blocks.at(static_cast<size_t>(update.layer)).mlpCProjWeight;   // [4d, d]
    const auto delta = at::outer(update.u, update.v).to(w.scalar_type()).to(w.device());
    w.add_(delta);
    return delta.norm().item<double>();
}

} // namespace editscope
