#include "core/probe/logit_lens.h"

#include "core/model/gpt2_model.h"
#include "core/probe/probe_prompt_ids.h"
#include "core/probe/prompt_probe.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

namespace editscope {
namespace {

LensTarget lensTarget(const ProbeModel& model, const std::string& target, const char* field)
{
    if (target.empty())
        throw InputError("", field, "empty target");
    const auto ids = model.tokenizer->encode(" " + target);
    LensTarget t;
    t.target = target;
    t.tokenId = ids.front();
    t.token = probeTokenText(model, t.tokenId);
    t.targetTokens = static_cast<int64_t>(ids.size());
    return t;
}

} // namespace

LogitLensResult logitLens(const ProbeModel& model, const std::string& prompt, const std::string& targetTrue,
                          const std::string& targetNew, const LogitLensOptions& options)
{
    auto checkCancel = [&] {
        if (options.cancelled && options.cancelled())
            throw Cancelled();
    };
    at::NoGradGuard noGrad;
    const auto& gpt = *model.model;
    LogitLensResult r;
    r.prompt = prompt;
    r.promptIds = encodeProbePrompt(model, prompt);
    r.targetTrue = lensTarget(model, targetTrue, "target_true");
    r.targetNew = lensTarget(model, targetNew, "target_new");
    for (auto id : r.promptIds)
        r.promptTokens.push_back(probeTokenText(model, id));

    checkCancel();
    ForwardOptions fo;
    fo.collectHiddenStates = true;
    fo.computeLogits = false;
    const auto hidden = gpt.forward(TokenBatch::fromSequences({r.promptIds}, 0, gpt.device()), fo).hiddenStates;
    const auto positions = static_cast<int64_t>(r.promptIds.size());
    const auto ids = at::tensor(std::vector<int64_t>{r.targetTrue.tokenId, r.targetNew.tokenId}, at::kLong);
    for (size_t layer = 0; layer < hidden.size(); ++layer) {
        checkCancel();
        r.layerNames.push_back(layer == 0 ? std::string("embeddings") : "block " + std::to_string(layer - 1));
        // One layer at a time: [T, V] logits, not [L+1, T, V] (GPT-2 XL: 49 × T × 50257 floats).
        const auto logits = gpt.logitsFromResidual(hidden[layer][0]).to(at::kCPU).to(at::kFloat);   // [T, V]
        const auto probs = at::softmax(logits.to(at::kDouble), -1);
        const auto targetLogits = logits.index_select(1, ids);                                     // [T, 2]
        const auto ranks = (logits.unsqueeze(1) > targetLogits.unsqueeze(2)).sum(-1).contiguous(); // [T, 2]
        const auto targetProbs = probs.index_select(1, ids).contiguous();                          // [T, 2]
        const auto top = probs.max(-1);
        const auto topProb = std::get<0>(top).contiguous();
        const auto topId = std::get<1>(top).contiguous();
        const auto rk = ranks.accessor<int64_t, 2>();
        const auto tp = targetProbs.accessor<double, 2>();
        const auto mp = topProb.accessor<double, 1>();
        const auto mi = topId.accessor<int64_t, 1>();
        std::vector<LensCell> row(static_cast<size_t>(positions));
        for (int64_t p = 0; p < positions; ++p) {
            auto& c = row[static_cast<size_t>(p)];
            c.trueRank = rk[p][0];
            c.trueProbability = tp[p][0];
            c.newRank = rk[p][1];
            c.newProbability = tp[p][1];
            c.topId = static_cast<int32_t>(mi[p]);
            c.topToken = probeTokenText(model, c.topId);
            c.topProbability = mp[p];
        }
        r.cells.push_back(std::move(row));
    }
    return r;
}

} // namespace editscope
