// Hugging Face GPT-2 model folders: config.json plus model.safetensors, or shards listed by
// model.safetensors.index.json.
//
// Loading validates everything against the config (names, shapes, finiteness, tied lm_head) and
// copies the weights into owned tensors on the requested device; tensor names may carry HF's
// "transformer." prefix or not. Saving writes what loading reads, so load -> save -> load is
// bit-for-bit and re-saving an unsharded folder of ours gives byte-identical files. pickle checkpoints
// (pytorch_model.bin) are not read. Free functions with no shared state: thread-safe for distinct folders.
#pragma once

#include "core/model/gpt2_config.h"
#include "core/model/gpt2_weights.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

struct Gpt2LoadOptions {
    std::optional<at::ScalarType> dtype;   // convert floating weights to this type (default: as stored)
    at::Device device = at::kCPU;
};

struct Gpt2Checkpoint {
    std::string dir;
    Gpt2Config config;
    Gpt2Weights weights;
    at::ScalarType storedDtype = at::kFloat;          // the dtype in the files (before options.dtype)
    bool transformerPrefix = false;                   // names were "transformer.h.0...."
    std::map<std::string, std::string> metadata;      // safetensors __metadata__ (first shard if sharded)
};

Gpt2Checkpoint loadGpt2Folder(const std::string& dir, const Gpt2LoadOptions& options = {});

struct Gpt2SaveOptions {
    bool transformerPrefix = true;   // as transformers' save_pretrained writes GPT2LMHeadModel
    uint64_t maxShardBytes = 0;      // 0 = one model.safetensors; else shards of at most this many bytes
                                     // (a single larger tensor gets a shard of its own)
    std::map<std::string, std::string> metadata = {{"format", "pt"}};
};

// Creates `dir` if needed; writes config.json and the weights (never tokenizer files). Replaces a
// previous checkpoint in `dir`: a stale model.safetensors, index or shard of ours is removed.
void saveGpt2Folder(const std::string& dir, const Gpt2Config& config, const Gpt2Weights& weights,
                    const Gpt2SaveOptions& options = {});

// "sha256:<hex>" over config.json and the weight files (names and contents, in a fixed order), for run
// provenance: equal for byte-identical folders wherever they live.
std::string hashGpt2Folder(const std::string& dir);

// Copies vocab.json, merges.txt and the HF tokenizer side files that exist in `fromDir` to `toDir`;
// returns the names copied.
std::vector<std::string> copyTokenizerFiles(const std::string& fromDir, const std::string& toDir);

} // namespace editscope
