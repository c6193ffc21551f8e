#include "cli_model.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/tensor/device.h"
#include "core/util/error.h"

#include <iostream>

namespace editscope::cli {

std::vector<OptionSpec> modelOptions()
{
    return {
        {"model", true, "Hugging Face GPT-2 folder (config.json, model.safetensors, vocab.json, merges.txt)"},
        {"device", true, "auto|cpu|cuda|cuda:N (default auto)"},
        {"dtype", true, "float32|bfloat16|float16 (default float32, as the reference)"},
        {"json", false, "print JSON"},
    };
}

at::ScalarType parseDtype(const std::string& name)
{
    if (name == "float32" || name == "fp32")
        return at::kFloat;
    if (name == "bfloat16" || name == "bf16")
        return at::kBFloat16;
    if (name == "float16" || name == "fp16")
        return at::kHalf;
    if (name == "float64" || name == "fp64")
        return at::kDouble;
    throw InputError("", "--dtype", "unknown dtype '" + name + "' (float32, bfloat16, float16, float64)");
}

LoadedModel loadModelFromArgs(const CliArgs& args)
{
    LoadedModel loaded;
    loaded.dir = args.required("model");
    Gpt2LoadOptions options;
    options.device = parseDevice(args.get("device", "auto"));
    options.dtype = parseDtype(args.get("dtype", "float32"));
    auto checkpoint = loadGpt2Folder(loaded.dir, options);
    loaded.tokenizer = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(loaded.dir));
    if (loaded.tokenizer->vocabSize() > checkpoint.config.vocabSize)
        throw InputError(loaded.dir, "vocab_size", "the tokenizer has " + std::to_string(loaded.tokenizer->vocabSize())
                                                       + " tokens but the model only " + std::to_string(checkpoint.config.vocabSize));
    loaded.model = std::make_unique<Gpt2Model>(std::move(checkpoint.config), std::move(checkpoint.weights));
    return loaded;
}

void emit(const CliArgs& args, const nlohmann::json& json, const std::string& text)
{
    if (args.flag("json"))
        // Single BPE tokens can be partial UTF-8 sequences: print those bytes as U+FFFD, never fail.
        std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        std::cout << text;
}

} // namespace editscope::cli
