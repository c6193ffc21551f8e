#include "core/train/lm_trainer.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/train/adamw.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/csrc/autograd/variable.h>

#include <chrono>
#include <cmath>
#include <deque>

namespace editscope {

Gpt2Weights initGpt2Weights(const Gpt2Config& config, uint64_t seed)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int64_t d = config.nEmbd, inner = config.innerDim();
    const double std = 0.02;
    const double projStd = 0.02 / std::sqrt(2.0 * static_cast<double>(config.nLayer));
    auto normal = [&](std::vector<int64_t> shape, double s) { return at::normal(0.0, s, shape, gen); };
    Gpt2Weights w;
    w.wte = normal({config.vocabSize, d}, std);
    w.wpe = normal({config.nPositions, d}, std);
    for (int64_t l = 0; l < config.nLayer; ++l) {
        Gpt2BlockWeights b;
        b.ln1Weight = at::ones({d});
        b.ln1Bias = at::zeros({d});
        b.attnCAttnWeight = normal({d, 3 * d}, std);
        b.attnCAttnBias = at::zeros({3 * d});
        b.attnCProjWeight = normal({d, d}, projStd);
        b.attnCProjBias = at::zeros({d});
        b.ln2Weight = at::ones({d});
        b.ln2Bias = at::zeros({d});
        b.mlpCFcWeight = normal({d, inner}, std);
        b.mlpCFcBias = at::zeros({inner});
        b.mlpCProjWeight = normal({inner, d}, projStd);
        b.mlpCProjBias = at::zeros({d});
        w.blocks.push_back(std::move(b));
    }
    w.lnFWeight = at::ones({d});
    w.lnFBias = at::zeros({d});
    return w;
}

namespace {

// Packs documents into rows that each start at a document boundary.
class RowPacker {
public:
    RowPacker(const Gpt2Tokenizer& tokenizer, const DocumentSampler& sampler, int64_t seqLen)
        : tokenizer_(tokenizer), sampler_(sampler), seqLen_(seqLen) {}

    std::vector<int32_t> nextRow()
    {
        std::vector<int32_t> row;
        row.reserve(static_cast<size_t>(seqLen_));
        while (static_cast<int64_t>(row.size()) < seqLen_) {
            if (!row.empty())
                row.push_back(tokenizer_.eosTokenId());
            const auto doc = tokenizer_.encode(sampler_());
            for (int32_t id : doc) {
                if (static_cast<int64_t>(row.size()) >= seqLen_)
                    break;
                row.push_back(id);
            }
        }
        row.resize(static_cast<size_t>(seqLen_));
        return row;
    }

private:
    const Gpt2Tokenizer& tokenizer_;
    const DocumentSampler& sampler_;
    int64_t seqLen_;
};

std::vector<std::pair<at::Tensor, bool>> trainableParameters(Gpt2Weights& weights)
{
    std::vector<std::pair<at::Tensor, bool>> params;
    for (auto& [name, tensor] : weights.namedTensors())
        params.emplace_back(*tensor, tensor->dim() >= 2);
    return params;
}

} // namespace

LmTrainingResult trainLanguageModel(Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const DocumentSampler& sampler,
                                    const ThresholdCheck& check, const LmTrainingOptions& options,
                                    const TrainingProgressFn& progress)
{
    if (options.seqLen > model.config().nPositions)
        throw InputError("", "seq_len", "longer than the model's n_positions");
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

    std::vector<at::Tensor> params;
    std::vector<bool> decay;
    for (auto& [tensor, decays] : trainableParameters(model.weights())) {
        tensor.requires_grad_(true);
        params.push_back(tensor);
        decay.push_back(decays);
    }
    AdamW optimizer(params, decay, AdamWOptions{options.beta1, options.beta2, 1e-8});
    RowPacker packer(tokenizer, sampler, options.seqLen);

    LmTrainingResult result;
    std::deque<double> recentLoss;
    std::string summary;
    int64_t plannedSteps = 0;   // known once the thresholds are met
    for (int64_t step = 1;; ++step) {
        if (plannedSteps == 0 && step > options.maxSteps)
            break;
        if (plannedSteps > 0 && step > plannedSteps)
            break;

        double lr = options.learningRate;
        if (step <= options.warmupSteps)
            lr *= static_cast<double>(step) / static_cast<double>(options.warmupSteps);
        if (plannedSteps > 0) {
            const double t = static_cast<double>(step - result.thresholdStep)
                / static_cast<double>(std::max<int64_t>(1, plannedSteps - result.thresholdStep));
            lr *= options.finalLrFraction + (1.0 - options.finalLrFraction) * 0.5 * (1.0 + std::cos(M_PI * t));
        }

        std::vector<std::vector<int32_t>> rows;
        for (int64_t b = 0; b < options.batchSize; ++b)
            rows.push_back(packer.nextRow());
        const auto batch = TokenBatch::fromSequences(rows, tokenizer.eosTokenId(), model.device());
        const auto logits = model.forward(batch).logits;   // [B, T, V]
        const int64_t vocab = logits.size(-1);
        const auto predictions = logits.narrow(1, 0, options.seqLen - 1).reshape({-1, vocab});
        const auto targets = batch.ids.narrow(1, 1, options.seqLen - 1).reshape({-1});
        const auto loss = at::nll_loss(at::log_softmax(predictions, -1), targets);

        optimizer.zeroGrad();
        torch::autograd::backward({loss});
        optimizer.clipGradNorm(options.gradClip);
        optimizer.step(lr, options.weightDecay);

        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue))
            throw InputError("", "training", "loss became non-finite at step " + std::to_string(step)
                                                 + "; lower the learning rate");
        recentLoss.push_back(lossValue);
        if (recentLoss.size() > 50)
            recentLoss.pop_front();
        result.tokensSeen += options.batchSize * options.seqLen;
        result.steps = step;

        if (plannedSteps == 0 && step > options.warmupSteps && step >= options.firstCheckStep
            && step % options.checkEvery == 0) {
            at::NoGradGuard noGrad;
            if (check(model, summary)) {
                result.thresholdStep = step;
                result.reachedThresholds = true;
                plannedSteps = step + static_cast<int64_t>(std::ceil(options.extraFraction * static_cast<double>(step)));
            }
        }
        double mean = 0.0;
        for (double l : recentLoss)
            mean += l;
        mean /= static_cast<double>(recentLoss.size());
        result.finalLoss = mean;
        if (progress) {
            LmTrainingProgress p;
            p.phase = plannedSteps ? "training (after thresholds)" : "training";
            p.step = step;
            p.plannedSteps = plannedSteps;
            p.loss = mean;
            p.seconds = elapsed();
            p.checkSummary = summary;
            if (!progress(p))
                throw Cancelled();
        }
    }
    for (auto& p : params) {
        p.requires_grad_(false);
        p.mutable_grad() = at::Tensor();
    }
    result.seconds = elapsed();
    return result;
}

} // namespace editscope
