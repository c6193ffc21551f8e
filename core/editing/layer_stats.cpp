#include "core/editing/layer_stats.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/python_random.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>
#include <chrono>

namespace editscope {
namespace {

// Splits documents sorted longest-first into sub-batches whose padded size stays within the budget.
std::vector<std::vector<std::vector<int32_t>>> splitByTokenBudget(std::vector<std::vector<int32_t>> docs,
                                                                  int64_t budget)
{
    std::stable_sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<std::vector<std::vector<int32_t>>> batches;
    for (auto& doc : docs) {
        if (batches.empty()
            || static_cast<int64_t>(batches.back().front().size()) * static_cast<int64_t>(batches.back().size() + 1) > budget)
            batches.emplace_back();
        batches.back().push_back(std::move(doc));
    }
    return batches;
}

} // namespace

std::string secondMomentPath(const std::string& statsDir, const std::string& modelName, const std::string& dataset,
                             int64_t layer, const std::string& dtypeName, int64_t sampleDocuments)
{
    return statsDir + "/" + modelName + "/" + dataset + "_stats/transformer.h." + std::to_string(layer) + ".mlp.c_proj_"
        + dtypeName + "_mom2_" + std::to_string(sampleDocuments) + ".npz";
}

std::vector<SecondMoment> computeSecondMoments(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                               const std::vector<std::string>& corpus, const SecondMomentOptions& options,
                                               const std::function<bool(const StatsProgress&)>& progress)
{
    const auto& config = model.config();
    if (options.layers.empty())
        throw InputError("", "layers", "no layer requested");
    for (int64_t l : options.layers)
        if (l < 0 || l >= config.nLayer)
            throw InputError("", "layers", "layer " + std::to_string(l) + " outside the model's 0.." + std::to_string(config.nLayer - 1));
    if (options.dtype != at::kFloat && options.dtype != at::kDouble)
        throw InputError("", "mom2_dtype", "statistics accumulate in float32 (reference) or float64");
    if (options.sampleDocuments < 1)
        throw InputError("", "mom2_n_samples", "must be at least 1");
    const int64_t budget = options.batchTokens > 0 ? options.batchTokens : 3 * config.nPositions;
    if (budget < config.nPositions)
        throw InputError("", "batch_tokens", "must hold at least one full-length document (" + std::to_string(config.nPositions) + " tokens)");

    at::NoGradGuard noGrad;
    const int64_t inner = config.innerDim();
    std::vector<SecondMoment> moments;
    for (int64_t l : options.layers) {
        SecondMoment m;
        m.layer = l;
        m.sum = at::zeros({inner, inner}, at::TensorOptions().dtype(options.dtype).device(model.device()));
        m.sampleSize = options.sampleDocuments;
        moments.push_back(std::move(m));
    }
    const int64_t deepest = *std::max_element(options.layers.begin(), options.layers.end());
    const auto order = pythonShuffledPrefix(options.shuffleSeed, static_cast<int64_t>(corpus.size()), options.sampleDocuments);
    const auto start = std::chrono::steady_clock::now();
    StatsProgress p;
    p.documentsTotal = static_cast<int64_t>(order.size());

    for (size_t begin = 0; begin < order.size(); begin += static_cast<size_t>(options.documentsPerBatch)) {
        const size_t end = std::min(order.size(), begin + static_cast<size_t>(options.documentsPerBatch));
        std::vector<std::vector<int32_t>> docs;
        for (size_t i = begin; i < end; ++i) {
            auto ids = tokenizer.encode(corpus[static_cast<size_t>(order[i])]);
            if (static_cast<int64_t>(ids.size()) > config.nPositions)
                ids.resize(static_cast<size_t>(config.nPositions));   // truncation=True, max_length=n_positions
            if (!ids.empty())
                docs.push_back(std::move(ids));
        }
        for (const auto& sub : splitByTokenBudget(std::move(docs), budget)) {
            const auto batch = TokenBatch::fromSequences(sub, tokenizer.eosTokenId(), model.device());
            std::vector<RowPosition> realTokens;
            for (int64_t r = 0; r < batch.batchSize(); ++r)
                for (int64_t t = 0; t < batch.lengthsHost[static_cast<size_t>(r)]; ++t)
                    realTokens.push_back({r, t});
            ForwardOptions fo;
            fo.stopAfterLayer = deepest;
            for (int64_t l : options.layers)
                fo.reads.push_back({TapPoint::MlpKey, l, realTokens});
            const auto out = model.forward(batch, fo);
            for (size_t i = 0; i < moments.size(); ++i) {
                const auto feats = out.reads[i].to(options.dtype);
                moments[i].sum.addmm_(feats.t(), feats);
                moments[i].count += feats.size(0);
            }
            p.tokens += static_cast<int64_t>(realTokens.size());
        }
        p.documentsDone = static_cast<int64_t>(end);
        p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        p.etaSeconds = p.seconds / static_cast<double>(p.documentsDone) * static_cast<double>(p.documentsTotal - p.documentsDone);
        if (progress && !progress(p))
            throw Cancelled();
    }
    for (auto& m : moments)
        m.sum = m.sum.to(at::kCPU);
    if (moments.front().count == 0)
        throw InputError("", "corpus", "no tokens to accumulate (all documents empty)");
    return moments;
}

} // namespace editscope
