// GPT-2 hyperparameters as Hugging Face's config.json states them.
//
// Only the fields the forward pass needs are typed; the whole JSON is kept verbatim in `raw` so that a
// saved folder writes back what it read. Plain value type, thread-safe to copy.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace editscope {

struct Gpt2Config {
    int64_t nEmbd = 768;
    int64_t nLayer = 12;
    int64_t nHead = 12;
    int64_t nPositions = 1024;   // HF `n_positions`; older configs call it `n_ctx`
    int64_t vocabSize = 50257;
    int64_t nInner = 0;          // HF `n_inner`; 0 (null in JSON) means 4 * nEmbd
    double layerNormEpsilon = 1e-5;
    std::string activation = "gelu_new";
    nlohmann::json raw;          // the file's JSON, verbatim (empty for configs built in code)

    int64_t innerDim() const { return nInner > 0 ? nInner : 4 * nEmbd; }
    int64_t headDim() const { return nEmbd / nHead; }

    // Parses and validates config.json content; `file` names the source in error messages.
    static Gpt2Config fromJson(const nlohmann::json& json, const std::string& file);
    static Gpt2Config load(const std::string& path);
    // HF-compatible JSON (model_type gpt2, architectures GPT2LMHeadModel), merged over `raw`.
    nlohmann::json toJson() const;
};

} // namespace editscope
