#include "core/model/generation.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/tokenizer/unicode_text.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>

namespace editscope {
namespace {

// One step of token choice for every row from its last-position logits [B, V].
at::Tensor chooseTokens(const at::Tensor& logits, const GenerationOptions& options, at::Generator& generator)
{
    if (options.greedy)
        return logits.argmax(-1).to(at::kCPU);
    // Reference order: softmax over the full vocabulary first, then top-k of the probabilities.
    const auto probs = at::softmax(logits.to(at::kFloat), -1);
    const auto top = probs.topk(std::min<int64_t>(options.topK, probs.size(-1)), -1);
    auto topProbs = std::get<0>(top);
    topProbs = (topProbs / topProbs.sum(1, true)).to(at::kCPU);
    const auto picked = at::multinomial(topProbs, 1, false, generator);
    return std::get<1>(top).to(at::kCPU).gather(1, picked).view({-1});
}

} // namespace

std::vector<std::vector<int32_t>> generateTokens(const Gpt2Model& model,
                                                 const std::vector<std::vector<int32_t>>& prompts,
                                                 int64_t nPerPrompt, const GenerationOptions& options)
{
    if (nPerPrompt < 1)
        throw InputError("", "n_gen_per_prompt", "must be at least 1");
    if (!options.greedy && options.topK < 1)
        throw InputError("", "top_k", "must be at least 1");
    std::vector<std::vector<int32_t>> sequences;
    for (const auto& prompt : prompts) {
        if (prompt.empty())
            throw InputError("", "prompt", "empty prompt (GPT-2 adds no BOS token, so a prompt needs a token)");
        for (int64_t i = 0; i < nPerPrompt; ++i)
            sequences.push_back(prompt);
    }
    if (sequences.empty())
        return sequences;

    at::NoGradGuard noGrad;
    auto generator = at::make_generator<at::CPUGeneratorImpl>(options.seed);
    const int64_t rows = static_cast<int64_t>(sequences.size());
    std::vector<int64_t> targetLength(sequences.size());
    int64_t capacity = 0;
    for (size_t r = 0; r < sequences.size(); ++r) {
        const auto promptLength = static_cast<int64_t>(sequences[r].size());
        targetLength[r] = options.maxNewTokens > 0 ? promptLength + options.maxNewTokens
                                                   : std::max(options.maxOutLen, promptLength);
        capacity = std::max(capacity, targetLength[r]);
    }
    if (capacity > model.config().nPositions)
        throw InputError("", "max_out_len", std::to_string(capacity) + " tokens exceed the model's n_positions "
                                                + std::to_string(model.config().nPositions));
    auto unfinished = [&] {
        for (size_t r = 0; r < sequences.size(); ++r)
            if (static_cast<int64_t>(sequences[r].size()) < targetLength[r])
                return true;
        return false;
    };
    if (!unfinished())
        return sequences;

    auto append = [&](const at::Tensor& chosen) {
        const auto access = chosen.accessor<int64_t, 1>();
        for (int64_t r = 0; r < rows; ++r)
            if (static_cast<int64_t>(sequences[static_cast<size_t>(r)].size()) < targetLength[static_cast<size_t>(r)])
                sequences[static_cast<size_t>(r)].push_back(static_cast<int32_t>(access[r]));
    };

    auto checkCancel = [&] {
        if (options.cancelled && options.cancelled())
            throw Cancelled();
    };
    if (!options.useCache) {
        while (unfinished()) {
            checkCancel();
            const auto batch = TokenBatch::fromSequences(sequences, 0, model.device());
            std::vector<RowPosition> last;
            for (int64_t r = 0; r < rows; ++r)
                last.push_back({r, batch.lengthsHost[static_cast<size_t>(r)] - 1});
            ForwardOptions fo;
            fo.logitsAt = last;
            append(chooseTokens(model.forward(batch, fo).logits, options, generator));
        }
        return sequences;
    }

    checkCancel();
    KvCache cache;
    const auto prompt = TokenBatch::fromSequences(sequences, 0, model.device());
    at::Tensor logits = model.prefill(prompt, capacity, cache);
    while (true) {
        const auto chosen = chooseTokens(logits, options, generator);
        append(chosen);
        if (!unfinished())
            break;
        // Each row feeds its newest token at slot = its length - 1. Finished rows repeat their last
        // slot; their output is already complete, so what they compute is discarded.
        std::vector<int64_t> tokens(static_cast<size_t>(rows)), positions(static_cast<size_t>(rows));
        for (int64_t r = 0; r < rows; ++r) {
            const auto& s = sequences[static_cast<size_t>(r)];
            tokens[static_cast<size_t>(r)] = s.back();
            positions[static_cast<size_t>(r)] = static_cast<int64_t>(s.size()) - 1;
        }
        checkCancel();
        logits = model.decodeStep(at::tensor(tokens, at::kLong), at::tensor(positions, at::kLong), cache);
    }
    return sequences;
}

std::string postprocessGeneratedText(const std::string& text)
{
    std::string out = nfkd(text);
    auto replaceAll = [&out](const std::string& from, const std::string& to) {
        size_t pos = 0;
        while ((pos = out.find(from, pos)) != std::string::npos) {
            out.replace(pos, from.size(), to);
            pos += to.size();
        }
    };
    replaceAll("\n\n", " ");
    replaceAll("<|endoftext|>", "");
    return out;
}

std::vector<std::string> generateFast(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                      const std::vector<std::string>& prompts, int64_t nPerPrompt,
                                      const GenerationOptions& options)
{
    std::vector<std::vector<int32_t>> encoded;
    encoded.reserve(prompts.size());
    for (const auto& p : prompts)
        encoded.push_back(tokenizer.encode(p));
    const auto sequences = generateTokens(model, encoded, nPerPrompt, options);
    std::vector<std::string> texts;
    texts.reserve(sequences.size());
    for (const auto& s : sequences)
        texts.push_back(postprocessGeneratedText(tokenizer.decode(s)));
    return texts;
}

} // namespace editscope
