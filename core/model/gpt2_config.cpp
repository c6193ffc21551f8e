#include "core/model/gpt2_config.h"

#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <cmath>
#include <optional>
#include <fstream>
#include <sstream>

namespace editscope {
namespace {

// Sizes beyond this are certainly corrupt and would overflow products like 4 * n_embd * n_embd.
constexpr int64_t kMaxSize = 2147483647;

std::optional<int64_t> optionalSize(const nlohmann::json& json, const char* key, const std::string& file)
{
    const auto it = json.find(key);
    if (it == json.end() || it->is_null())
        return std::nullopt;
    const std::string range = "must be an integer between 1 and " + std::to_string(kMaxSize) + ", found ";
    // JSON read from disk holds non-negative integers as unsigned, JSON built in code as signed.
    const bool inRange = it->is_number_unsigned()
        ? it->get<uint64_t>() >= 1 && it->get<uint64_t>() <= static_cast<uint64_t>(kMaxSize)
        : it->is_number_integer() && it->get<int64_t>() >= 1 && it->get<int64_t>() <= kMaxSize;
    if (!inRange)
        throw InputError(file, key, range + it->dump());
    return it->get<int64_t>();
}

int64_t requiredSize(const nlohmann::json& json, const char* key, const std::string& file)
{
    if (const auto v = optionalSize(json, key, file))
        return *v;
    throw InputError(file, key, "missing (a positive integer is required)");
}

} // namespace

Gpt2Config Gpt2Config::fromJson(const nlohmann::json& json, const std::string& file)
{
    if (!json.is_object())
        throw InputError(file, "", "config is not a JSON object");
    if (const auto it = json.find("model_type"); it != json.end() && !(it->is_string() && *it == "gpt2"))
        throw InputError(file, "model_type", "expected \"gpt2\", found " + it->dump());

    Gpt2Config c;
    c.raw = json;
    c.nEmbd = requiredSize(json, "n_embd", file);
    c.nLayer = requiredSize(json, "n_layer", file);
    c.nHead = requiredSize(json, "n_head", file);
    c.vocabSize = requiredSize(json, "vocab_size", file);
    if (const auto p = optionalSize(json, "n_positions", file))
        c.nPositions = *p;
    else if (const auto ctx = optionalSize(json, "n_ctx", file))
        c.nPositions = *ctx;
    else
        throw InputError(file, "n_positions", "missing (neither n_positions nor n_ctx is given)");
    c.nInner = optionalSize(json, "n_inner", file).value_or(0);

    if (const auto it = json.find("layer_norm_epsilon"); it != json.end()) {
        if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() <= 0)
            throw InputError(file, "layer_norm_epsilon", "must be a positive number, found " + it->dump());
        c.layerNormEpsilon = it->get<double>();
    }
    if (const auto it = json.find("activation_function"); it != json.end()) {
        if (!it->is_string())
            throw InputError(file, "activation_function", "must be a string, found " + it->dump());
        c.activation = it->get<std::string>();
    }
    if (c.activation != "gelu_new")
        throw InputError(file, "activation_function",
                         "unsupported activation \"" + c.activation + "\" (only \"gelu_new\" is implemented)");
    if (c.nEmbd % c.nHead != 0)
        throw InputError(file, "n_head",
                         "n_embd (" + std::to_string(c.nEmbd) + ") is not divisible by n_head ("
                             + std::to_string(c.nHead) + ")");
    return c;
}

Gpt2Config Gpt2Config::load(const std::string& path)
{
    return fromJson(readJsonFile(path, "the model config"), path);
}

nlohmann::json Gpt2Config::toJson() const
{
    nlohmann::json j = raw.is_object() ? raw : nlohmann::json::object();
    j["n_embd"] = nEmbd;
    j["n_layer"] = nLayer;
    j["n_head"] = nHead;
    j["n_positions"] = nPositions;
    if (j.contains("n_ctx"))
        j["n_ctx"] = nPositions;   // older configs carry both; keep them consistent
    j["vocab_size"] = vocabSize;
    j["n_inner"] = nInner > 0 ? nlohmann::json(nInner) : nlohmann::json(nullptr);
    j["layer_norm_epsilon"] = layerNormEpsilon;
    j["activation_function"] = activation;
    if (!j.contains("model_type"))
        j["model_type"] = "gpt2";
    if (!j.contains("architectures"))
        j["architectures"] = nlohmann::json::array({"GPT2LMHeadModel"});
    return j;
}

} // namespace editscope
