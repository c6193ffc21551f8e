// Inspection commands: tokenize, logits, generate, score.
#include "cli_model.h"
#include "commands.h"

#include "core/eval/target_scoring.h"
#include "core/formats/npy.h"
#include "core/model/generation.h"
#include "core/tensor/safetensors_torch.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

std::vector<OptionSpec> withModel(std::vector<OptionSpec> extra)
{
    auto specs = modelOptions();
    specs.insert(specs.end(), extra.begin(), extra.end());
    return specs;
}

std::string jsonEscapeForText(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

int cmdTokenize(int argc, char** argv, int first)
{
    // Only the tokenizer is needed; --model names the folder holding vocab.json/merges.txt.
    const std::vector<OptionSpec> specs = {
        {"model", true, "folder with vocab.json + merges.txt (or encoder.json + vocab.bpe)"},
        {"json", false, "print JSON"},
    };
    CliArgs args("tokenize", specs, argc, argv, first);
    if (args.positional().empty())
        throw InputError("", "TEXT", "give at least one text to tokenize");
    const auto tokenizer = Gpt2Tokenizer::loadFromDir(args.required("model"));
    nlohmann::json out = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& s : args.positional()) {
        const auto ids = tokenizer.encode(s);
        nlohmann::json pieces = nlohmann::json::array();
        for (int32_t id : ids)
            pieces.push_back(tokenizer.tokenString(id));
        out.push_back({{"text", s}, {"ids", ids}, {"tokens", pieces}});
        text << jsonEscapeForText(s) << ":";
        for (size_t i = 0; i < ids.size(); ++i)
            text << " " << ids[i] << "=" << jsonEscapeForText(tokenizer.tokenString(ids[i]));
        text << "\n";
    }
    emit(args, out, text.str());
    return 0;
}

int cmdLogits(int argc, char** argv, int first)
{
    CliArgs args("logits", withModel({{"prompt", true, "text whose last-position logits are shown"},
                                      {"top", true, "how many top tokens to list (default 10)"},
                                      {"out", true, "write all last-position logits to FILE.npy or FILE.safetensors"}}),
                 argc, argv, first);
    const auto loaded = loadModelFromArgs(args);
    const auto ids = loaded.tokenizer->encode(args.required("prompt"));
    if (ids.empty())
        throw InputError("", "--prompt", "empty prompt");
    at::NoGradGuard noGrad;
    const auto batch = TokenBatch::fromSequences({ids}, loaded.tokenizer->eosTokenId(), loaded.model->device());
    ForwardOptions options;
    options.logitsAt = std::vector<RowPosition>{{0, static_cast<int64_t>(ids.size()) - 1}};
    const auto logits = loaded.model->forward(batch, options).logits[0].to(at::kFloat).to(at::kCPU).contiguous();
    const int64_t k = std::min<int64_t>(args.getInt("top", 10), logits.size(0));
    const auto top = logits.topk(k);
    const auto logProbs = at::log_softmax(logits, -1);
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    for (int64_t i = 0; i < k; ++i) {
        const auto id = std::get<1>(top)[i].item<int64_t>();
        const double logit = std::get<0>(top)[i].item<double>();
        const double prob = std::exp(logProbs[id].item<double>());
        const auto token = loaded.tokenizer->tokenString(static_cast<int32_t>(id));
        list.push_back({{"id", id}, {"token", token}, {"logit", logit}, {"prob", prob}});
        text << std::setw(3) << i + 1 << "  " << std::setw(6) << id << "  " << std::setw(12) << std::fixed
             << std::setprecision(4) << logit << "  p=" << std::setprecision(4) << prob << "  "
             << jsonEscapeForText(token) << "\n";
    }
    if (args.has("out")) {
        const std::string path = args.get("out");
        if (path.size() >= 4 && path.substr(path.size() - 4) == ".npy")
            writeNpyFile(path, "<f4", {logits.size(0)}, logits.data_ptr<float>(), static_cast<size_t>(logits.numel()) * 4);
        else if (path.size() >= 12 && path.substr(path.size() - 12) == ".safetensors")
            saveTensors(path, {{"logits", logits}}, {{"prompt", args.get("prompt")}});
        else
            throw InputError(path, "--out", "unknown extension (use .npy or .safetensors)");
    }
    emit(args, {{"prompt", args.get("prompt")}, {"ids", ids}, {"top", list}}, text.str());
    return 0;
}

int cmdGenerate(int argc, char** argv, int first)
{
    CliArgs args("generate", withModel({{"prompt", true, "prompt text (repeatable)"},
                                        {"max-len", true, "total length in tokens, prompt included (default 40)"},
                                        {"top-k", true, "sample from the k most likely tokens (default 5)"},
                                        {"greedy", false, "greedy decoding instead of sampling"},
                                        {"n", true, "samples per prompt (default 1)"},
                                        {"seed", true, "sampling seed (default 0)"}}),
                 argc, argv, first);
    const auto loaded = loadModelFromArgs(args);
    std::vector<std::string> prompts = args.all("prompt");
    if (prompts.empty())
        throw InputError("", "--prompt", "is required for 'generate'");
    GenerationOptions options;
    options.maxOutLen = args.getInt("max-len", 40);
    options.topK = args.getInt("top-k", 5);
    options.greedy = args.flag("greedy");
    options.seed = static_cast<uint64_t>(args.getInt("seed", 0));
    const auto texts = generateFast(*loaded.model, *loaded.tokenizer, prompts, args.getInt("n", 1), options);
    std::ostringstream text;
    for (const auto& t : texts)
        text << t << "\n";
    emit(args, {{"prompts", prompts}, {"texts", texts}, {"seed", options.seed}, {"greedy", options.greedy},
                {"top_k", options.topK}, {"max_out_len", options.maxOutLen}},
         text.str());
    return 0;
}

int cmdScore(int argc, char** argv, int first)
{
    CliArgs args("score", withModel({{"prompt", true, "prefix (repeatable, paired with --target)"},
                                     {"target", true, "target string, scored as \" \" + target (repeatable)"}}),
                 argc, argv, first);
    const auto& prompts = args.all("prompt");
    const auto& targets = args.all("target");
    if (prompts.empty() || prompts.size() != targets.size())
        throw InputError("", "--prompt/--target", "give the same number (at least one) of --prompt and --target");
    const auto loaded = loadModelFromArgs(args);
    std::vector<ScoringItem> items;
    for (size_t i = 0; i < prompts.size(); ++i)
        items.push_back({prompts[i], targets[i]});
    const auto scores = scoreTargets(*loaded.model, *loaded.tokenizer, items);
    nlohmann::json out = nlohmann::json::array();
    std::ostringstream text;
    for (size_t i = 0; i < items.size(); ++i) {
        out.push_back({{"prompt", items[i].prefix}, {"target", items[i].target}, {"mean_nll", scores[i].meanNll},
                       {"target_tokens", scores[i].targetTokens}, {"argmax_correct", scores[i].argmaxCorrect}});
        text << std::fixed << std::setprecision(6) << scores[i].meanNll << "  " << jsonEscapeForText(items[i].prefix)
             << " -> " << jsonEscapeForText(items[i].target) << (scores[i].argmaxCorrect ? "  (argmax)" : "") << "\n";
    }
    emit(args, out, text.str());
    return 0;
}

} // namespace editscope::cli
