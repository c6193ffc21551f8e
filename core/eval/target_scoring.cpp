#include "core/eval/target_scoring.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>

namespace editscope {

std::vector<TargetScore> scoreTargets(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                      const std::vector<ScoringItem>& items, int64_t maxBatch,
                                      const std::function<bool()>& cancelled)
{
    at::NoGradGuard noGrad;
    std::vector<TargetScore> scores(items.size());
    const size_t chunk = static_cast<size_t>(std::max<int64_t>(1, maxBatch));
    for (size_t begin = 0; begin < items.size(); begin += chunk) {
        if (cancelled && cancelled())
            throw Cancelled();
        const size_t end = std::min(items.size(), begin + chunk);
        std::vector<std::vector<int32_t>> sequences;
        std::vector<std::vector<int32_t>> targets;
        std::vector<RowPosition> positions;
        std::vector<int64_t> targetIds;
        for (size_t i = begin; i < end; ++i) {
            const auto& item = items[i];
            sequences.push_back(tokenizer.encode(item.prefix + " " + item.target));
            targets.push_back(tokenizer.encode(" " + item.target));
            const auto prefixLen = static_cast<int64_t>(tokenizer.encode(item.prefix).size());
            const auto& seq = sequences.back();
            const auto& tgt = targets.back();
            if (tgt.empty())
                throw InputError("", "target", "empty target string");
            if (prefixLen == 0)
                throw InputError("", "prefix", "empty prefix: the first target token has no position to be read from");
            const auto row = static_cast<int64_t>(i - begin);
            for (size_t j = 0; j < tgt.size(); ++j) {
                const int64_t pos = prefixLen + static_cast<int64_t>(j) - 1;
                if (pos >= static_cast<int64_t>(seq.size()))
                    throw InputError("", "target",
                                     "\"" + item.prefix + "\" + \"" + item.target
                                         + "\" tokenizes shorter than its parts (BPE merged across the boundary)");
                positions.push_back({row, pos});
                targetIds.push_back(tgt[j]);
            }
        }
        const auto batch = TokenBatch::fromSequences(sequences, tokenizer.eosTokenId(), model.device());
        ForwardOptions options;
        options.logitsAt = positions;
        const auto logits = model.forward(batch, options).logits.to(at::kFloat);
        const auto logProbs = at::log_softmax(logits, -1);
        const auto ids = at::tensor(targetIds, at::kLong).to(logits.device());
        const auto nll = (-logProbs.gather(1, ids.unsqueeze(1)).squeeze(1)).to(at::kCPU);
        const auto hits = (logits.argmax(-1) == ids).to(at::kCPU);
        const auto nllAccess = nll.accessor<float, 1>();
        const auto hitAccess = hits.accessor<bool, 1>();
        size_t k = 0;
        for (size_t i = begin; i < end; ++i) {
            const auto& tgt = targets[i - begin];
            double sum = 0.0;
            bool all = true;
            for (size_t j = 0; j < tgt.size(); ++j, ++k) {
                sum += nllAccess[static_cast<int64_t>(k)];
                all = all && hitAccess[static_cast<int64_t>(k)];
            }
            scores[i].meanNll = sum / static_cast<double>(tgt.size());
            scores[i].argmaxCorrect = all;
            scores[i].targetTokens = static_cast<int64_t>(tgt.size());
        }
    }
    return scores;
}

} // namespace editscope
