// Loading a model folder (weights + tokenizer) for a CLI command, honouring --device and --dtype.
#pragma once

#include "cli_args.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace editscope::cli {

struct LoadedModel {
    std::unique_ptr<Gpt2Model> model;
    std::unique_ptr<Gpt2Tokenizer> tokenizer;
    std::string dir;
};

// The options every model-using command accepts.
std::vector<OptionSpec> modelOptions();
LoadedModel loadModelFromArgs(const CliArgs& args);
at::ScalarType parseDtype(const std::string& name);

// Prints JSON (with --json) or the human text, to stdout.
void emit(const CliArgs& args, const nlohmann::json& json, const std::string& text);

} // namespace editscope::cli
