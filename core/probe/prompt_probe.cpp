#include "core/probe/prompt_probe.h"

#include "core/eval/target_scoring.h"
#include "core/model/generation.h"
#include "core/model/gpt2_model.h"
#include "core/probe/probe_prompt_ids.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>

namespace editscope {

std::string probeTokenText(const ProbeModel& model, int32_t id)
{
    if (id >= 0 && id < model.tokenizer->vocabSize()) {
        try {
            return model.tokenizer->tokenString(id);
        } catch (const InputError&) {
            // an id inside the range that vocab.json skips: fall through
        }
    }
    return "<id " + std::to_string(id) + ">";
}

std::vector<int32_t> encodeProbePrompt(const ProbeModel& model, const std::string& prompt)
{
    if (prompt.empty())
        throw InputError("", "prompt", "empty prompt (GPT-2 adds no BOS token, so a prompt needs a token)");
    auto ids = model.tokenizer->encode(prompt);
    const int64_t limit = model.model->config().nPositions;
    if (static_cast<int64_t>(ids.size()) > limit)
        throw InputError("", "prompt", std::to_string(ids.size()) + " tokens exceed the model's n_positions = " + std::to_string(limit));
    return ids;
}

namespace {

ProbeContinuation continuation(const ProbeModel& model, const std::vector<int32_t>& promptIds, const GenerationOptions& go)
{
    ProbeContinuation c;
    const auto seq = generateTokens(*model.model, {promptIds}, 1, go).front();
    c.ids.assign(seq.begin() + static_cast<std::ptrdiff_t>(promptIds.size()), seq.end());
    c.continuation = model.tokenizer->decode(c.ids);
    c.text = postprocessGeneratedText(model.tokenizer->decode(seq));
    return c;
}

} // namespace

PromptProbeResult probePrompt(const ProbeModel& model, const std::string& prompt, const PromptProbeOptions& options)
{
    if (options.topK < 1)
        throw InputError("", "top_k", "must be at least 1");
    if (options.maxOutLen < 1)
        throw InputError("", "max_out_len", "must be at least 1");
    if (options.topTokens < 1)
        throw InputError("", "top_tokens", "must be at least 1");
    for (const auto& t : options.targets)
        if (t.empty())
            throw InputError("", "target", "empty target");
    at::NoGradGuard noGrad;
    const auto& gpt = *model.model;
    PromptProbeResult r;
    r.prompt = prompt;
    r.promptIds = encodeProbePrompt(model, prompt);
    for (auto id : r.promptIds)
        r.promptTokens.push_back(probeTokenText(model, id));

    auto checkCancel = [&] {
        if (options.cancelled && options.cancelled())
            throw Cancelled();
    };
    checkCancel();
    {
        const auto batch = TokenBatch::fromSequences({r.promptIds}, 0, gpt.device());
        ForwardOptions fo;
        fo.logitsAt = std::vector<RowPosition>{{0, static_cast<int64_t>(r.promptIds.size()) - 1}};
        const auto logits = gpt.forward(batch, fo).logits[0].to(at::kCPU).to(at::kDouble);   // [V]
        const auto probs = at::softmax(logits, -1);
        const auto top = probs.topk(std::min<int64_t>(options.topTokens, probs.size(0)));
        const auto values = std::get<0>(top).contiguous();
        const auto ids = std::get<1>(top).contiguous();
        for (int64_t i = 0; i < values.size(0); ++i) {
            const auto id = static_cast<int32_t>(ids[i].item<int64_t>());
            r.top.push_back({id, probeTokenText(model, id), values[i].item<double>()});
        }
    }

    GenerationOptions go;
    go.maxOutLen = std::min(options.maxOutLen, gpt.config().nPositions);
    go.cancelled = options.cancelled;
    go.greedy = true;
    r.greedy = continuation(model, r.promptIds, go);
    go.greedy = false;
    go.topK = options.topK;
    go.seed = options.seed;
    r.sampled = continuation(model, r.promptIds, go);

    if (!options.targets.empty()) {
        std::vector<ScoringItem> items;
        for (const auto& t : options.targets)
            items.push_back({prompt, t});
        const auto scores = scoreTargets(gpt, *model.tokenizer, items, 64, options.cancelled);
        for (size_t i = 0; i < items.size(); ++i) {
            ProbeTargetScore s;
            s.target = items[i].target;
            s.meanNll = scores[i].meanNll;
            s.argmaxCorrect = scores[i].argmaxCorrect;
            for (auto id : model.tokenizer->encode(" " + items[i].target))
                s.tokens.push_back(probeTokenText(model, id));
            r.targets.push_back(std::move(s));
        }
    }
    return r;
}

} // namespace editscope
