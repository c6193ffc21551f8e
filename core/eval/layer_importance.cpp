#include "core/eval/layer_importance.h"

#include "core/eval/subject_index.h"
#include "core/tokenizer/gpt2_tokenizer.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>

namespace editscope {
namespace {

// Mean NLL of each row's target tokens: logits [n, V] at `positions`, grouped by row.
std::vector<double> rowMeanNll(const at::Tensor& logits, const std::vector<int64_t>& ids,
                               const std::vector<RowPosition>& positions, int64_t rows)
{
    const auto logProbs = at::log_softmax(logits.to(at::kFloat), -1);
    const auto picked = logProbs.gather(1, at::tensor(ids, at::kLong).to(logits.device()).unsqueeze(1)).squeeze(1).cpu();
    const auto access = picked.accessor<float, 1>();
    std::vector<double> sum(static_cast<size_t>(rows), 0.0), count(static_cast<size_t>(rows), 0.0);
    for (size_t i = 0; i < positions.size(); ++i) {
        sum[static_cast<size_t>(positions[i].row)] -= access[static_cast<int64_t>(i)];
        count[static_cast<size_t>(positions[i].row)] += 1.0;
    }
    for (size_t r = 0; r < sum.size(); ++r)
        sum[r] /= std::max(1.0, count[r]);
    return sum;
}

} // namespace

LayerImportance measureMlpLayerImportance(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                          std::span<const CounterFactRecord> records, int64_t maxBatch)
{
    at::NoGradGuard noGrad;
    const int64_t layers = model.config().nLayer;
    LayerImportance result;
    result.records = static_cast<int64_t>(records.size());
    result.nllIncrease.assign(static_cast<size_t>(layers), 0.0);
    for (size_t begin = 0; begin < records.size(); begin += static_cast<size_t>(maxBatch)) {
        const size_t end = std::min(records.size(), begin + static_cast<size_t>(maxBatch));
        std::vector<std::vector<int32_t>> sequences;
        std::vector<RowPosition> subjectAt, targetAt;
        std::vector<int64_t> targetIds;
        for (size_t i = begin; i < end; ++i) {
            const auto& rw = records[i].rewrite;
            const std::string prefix = rw.filledPrompt();
            const auto row = static_cast<int64_t>(i - begin);
            sequences.push_back(tokenizer.encode(prefix + " " + rw.targetTrue.str));
            subjectAt.push_back({row, subjectTokenIndex(tokenizer, rw.prompt, rw.subject, FactToken::SubjectLast)});
            const auto prefixLen = static_cast<int64_t>(tokenizer.encode(prefix).size());
            const auto target = tokenizer.encode(" " + rw.targetTrue.str);
            for (size_t j = 0; j < target.size(); ++j) {
                targetAt.push_back({row, prefixLen + static_cast<int64_t>(j) - 1});
                targetIds.push_back(target[j]);
            }
        }
        const auto rows = static_cast<int64_t>(sequences.size());
        const auto batch = TokenBatch::fromSequences(sequences, tokenizer.eosTokenId(), model.device());
        ForwardOptions base;
        base.logitsAt = targetAt;
        for (int64_t l = 0; l < layers; ++l)
            base.reads.push_back({TapPoint::MlpOut, l, subjectAt});
        const auto clean = model.forward(batch, base);
        const auto cleanNll = rowMeanNll(clean.logits, targetIds, targetAt, rows);
        for (double v : cleanNll)
            result.baselineNll += v;
        for (int64_t l = 0; l < layers; ++l) {
            ForwardOptions knockOut;
            knockOut.logitsAt = targetAt;
            knockOut.adds.push_back({TapPoint::MlpOut, l, subjectAt, -clean.reads[static_cast<size_t>(l)]});
            const auto nll = rowMeanNll(model.forward(batch, knockOut).logits, targetIds, targetAt, rows);
            for (int64_t r = 0; r < rows; ++r)
                result.nllIncrease[static_cast<size_t>(l)] += nll[static_cast<size_t>(r)] - cleanNll[static_cast<size_t>(r)];
        }
    }
    const double n = std::max<double>(1.0, static_cast<double>(records.size()));
    result.baselineNll /= n;
    for (auto& v : result.nllIncrease)
        v /= n;
    return result;
}

} // namespace editscope
