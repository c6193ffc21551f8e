#include "core/editing/target_vector.h"

#include "core/editing/subject_reads.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/train/adamw.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cmath>

namespace editscope {

nlohmann::json TargetVectorTrace::toJson() const
{
    return {{"loss", loss}, {"nll", nll}, {"kl", kl}, {"weight_decay", weightDecay},
            {"target_probability", targetProbability}, {"adam_steps", adamSteps}, {"delta_norm", deltaNorm},
            {"init_norm", initNorm}, {"clamped", clamped}};
}

std::string spacedTarget(const std::string& target)
{
    return (!target.empty() && target.front() == ' ') ? target : " " + target;
}

TargetVector optimizeTargetVector(const Gpt2Model& model, const Gpt2Tokenizer& tok, const RewriteRequest& request,
                                  const std::vector<std::string>& contextTemplates, const TargetVectorSettings& s)
{
    const int64_t nLayer = model.config().nLayer;
    if (s.layer < 0 || s.layer >= nLayer)
        throw InputError("", "layers", "layer " + std::to_string(s.layer) + " outside the model's 0.." + std::to_string(nLayer - 1));
    const int64_t lossLayer = s.lossLayer < 0 ? nLayer - 1 : s.lossLayer;
    if (lossLayer < s.layer || lossLayer >= nLayer)
        throw InputError("", "v_loss_layer", std::to_string(lossLayer) + " must lie between the edited layer "
                                                 + std::to_string(s.layer) + " and " + std::to_string(nLayer - 1));
    if (s.point != TapPoint::MlpOut && s.point != TapPoint::BlockOut)
        throw InputError("", "tap", "the target vector is added at an MLP or block output");
    if (contextTemplates.empty())
        throw InputError("", "context templates", "none given");
    const auto device = model.device();

    const auto targetIds = tok.encode(spacedTarget(request.targetNew.str));
    const auto T = static_cast<int64_t>(targetIds.size());
    if (T == 0)
        throw InputError("", "target_new", "empty target");
    const std::string targetPrefix = tok.decode(std::vector<int32_t>(targetIds.begin(), targetIds.end() - 1));

    std::vector<std::string> rowTemplates;
    for (const auto& c : contextTemplates)
        rowTemplates.push_back(fillSlot(c, request.prompt) + targetPrefix);
    rowTemplates.push_back("{} is a");   // the KL ("essence") prompt
    const int64_t rows = static_cast<int64_t>(rowTemplates.size());
    const int64_t rewriteRows = rows - 1;
    std::vector<std::vector<int32_t>> sequences;
    std::vector<RowPosition> lookup;
    for (int64_t r = 0; r < rows; ++r) {
        const auto& rt = rowTemplates[static_cast<size_t>(r)];
        sequences.push_back(tok.encode(fillSlot(rt, request.subject)));
        int64_t idx = subjectTokenIndex(tok, rt, request.subject, s.factToken);
        if (idx < 0)
            idx += static_cast<int64_t>(sequences.back().size());
        lookup.push_back({r, idx});
    }
    const auto batch = TokenBatch::fromSequences(sequences, tok.eosTokenId(), device);
    // Logit positions n−T .. n−1 of each rewriting row predict y_1..y_T; the KL row is read at its
    // subject's last token (the reference's QUIRK: not after " a").
    std::vector<RowPosition> nllPositions;
    std::vector<int64_t> labels;
    for (int64_t r = 0; r < rewriteRows; ++r) {
        const int64_t n = batch.lengthsHost[static_cast<size_t>(r)];
        if (n < T)
            throw InputError("", "prompt", "rewriting prompt shorter than its target");
        for (int64_t t = 0; t < T; ++t) {
            nllPositions.push_back({r, n - T + t});
            labels.push_back(targetIds[static_cast<size_t>(t)]);
        }
    }
    const auto labelTensor = at::tensor(labels, at::kLong).to(device);
    const bool lossFromModelLogits = lossLayer == nLayer - 1;
    std::vector<RowPosition> logitPositions;
    if (lossFromModelLogits)
        logitPositions = nllPositions;
    logitPositions.push_back(lookup.back());
    const auto nllRows = at::tensor([&] {
        std::vector<int64_t> v;
        for (const auto& p : nllPositions) v.push_back(p.row);
        return v;
    }(), at::kLong).to(device);
    const auto nllCols = at::tensor([&] {
        std::vector<int64_t> v;
        for (const auto& p : nllPositions) v.push_back(p.position);
        return v;
    }(), at::kLong).to(device);

    at::Tensor startHidden;
    if (s.layer > 0) {
        at::NoGradGuard g;
        ForwardOptions prefix;
        prefix.collectHiddenStates = true;
        prefix.stopAfterLayer = s.layer - 1;
        startHidden = model.forward(batch, prefix).hiddenStates.back();
    }

    TargetVector result;
    auto& trace = result.trace;
    const auto dtype = model.dtype();
    at::Tensor delta = at::zeros({model.config().nEmbd}, at::TensorOptions().dtype(at::kFloat).device(device));
    at::Tensor klInit;
    AdamW adam({delta}, {false}, AdamWOptions{0.9, 0.999, 1e-8});
    const int64_t nTargets = rewriteRows * T;
    for (int64_t it = 0; it < s.steps; ++it) {
        if (s.cancelled && s.cancelled())
            throw Cancelled();
        at::AutoGradMode enable(true);
        delta.requires_grad_(true);
        ForwardOptions fo;
        fo.startLayer = s.layer;
        fo.startHidden = startHidden;
        fo.logitsAt = logitPositions;
        fo.adds = {{s.point, s.layer, lookup, delta.to(dtype)}};
        fo.collectHiddenStates = !lossFromModelLogits;
        if (!result.init.defined())
            fo.reads = {{s.point, s.layer, {lookup.front()}}};
        const auto out = model.forward(batch, fo);
        if (!result.init.defined()) {
            result.init = out.reads[0][0].detach().to(at::kFloat);
            trace.initNorm = result.init.norm().item<double>();
        }
        const auto logProbs = at::log_softmax(out.logits.to(at::kFloat), -1);
        at::Tensor nllLogProbs;
        if (lossFromModelLogits) {
            nllLogProbs = logProbs.narrow(0, 0, nTargets);
        } else {
            const auto& h = out.hiddenStates.at(static_cast<size_t>(lossLayer - s.layer + 1));   // output of block lossLayer
            nllLogProbs = at::log_softmax(model.logitsFromResidual(h.index({nllRows, nllCols})).to(at::kFloat), -1);
        }
        const auto picked = nllLogProbs.gather(1, labelTensor.unsqueeze(1)).squeeze(1);
        // mean over rows of (1/T)·Σ_t NLL = Σ / (rows·T): T is the same for every row.
        const auto nll = -picked.sum() / static_cast<double>(nTargets);
        const auto klRow = logProbs[logProbs.size(0) - 1];
        if (!klInit.defined())
            klInit = klRow.detach().clone();
        const auto kl = s.klFactor * (klRow.exp() * (klRow - klInit)).sum();
        const auto wd = s.weightDecay * delta.norm() / (trace.initNorm * trace.initNorm);
        const auto loss = nll + kl + wd;
        const double lossValue = loss.item<double>();
        trace.loss.push_back(lossValue);
        trace.nll.push_back(nll.item<double>());
        trace.kl.push_back(kl.item<double>());
        trace.weightDecay.push_back(wd.item<double>());
        trace.targetProbability.push_back(at::exp(picked.detach().view({rewriteRows, T}).mean(1)).mean().item<double>());
        if (!std::isfinite(lossValue))
            throw InputError("", "v*", "the loss became non-finite at step " + std::to_string(it));
        if (lossValue < 5e-2 || it == s.steps - 1)
            break;
        adam.zeroGrad();
        torch::autograd::backward({loss});
        adam.step(s.lr, 0.0);
        ++trace.adamSteps;
        at::NoGradGuard g;
        const double maxNorm = s.clampNormFactor * trace.initNorm;
        const double norm = delta.norm().item<double>();
        trace.clamped = norm > maxNorm;
        if (trace.clamped)
            delta.mul_(maxNorm / norm);
    }
    delta = delta.detach();
    trace.deltaNorm = delta.norm().item<double>();
    result.target = result.init + delta;
    return result;
}

} // namespace editscope
