// Text generation as ROME's util/generate.py::generate_fast does it (spec/rome_memit.md §2.4):
// each prompt repeated n times, extended to a fixed TOTAL length (prompt included) with no stop on
// EOS, by top-k sampling (softmax → keep the k largest → renormalise → multinomial) or greedily.
// Unlike the reference, the sampler is seeded, so a run is reproducible; the same seed gives the
// same tokens on every device because draws happen on a CPU generator.
//
// Rows of different prompt lengths decode together from a per-row KV cache and never attend to
// padding, so the result equals sampling each prompt on its own. `useCache = false` recomputes the
// whole sequence each step (the check that the cache is exact). Stateless; thread-compatible.
#pragma once

#include "core/model/gpt2_model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

struct GenerationOptions {
    int64_t maxOutLen = 100;   // total tokens per sequence, prompt included
    int64_t maxNewTokens = 0;  // > 0: each row gets exactly this many new tokens instead (HF generate's
                               // max_length = prompt + n, as the paper's downstream evaluation uses)
    int64_t topK = 5;          // ignored when greedy
    bool greedy = false;
    uint64_t seed = 0;
    bool useCache = true;
    std::function<bool()> cancelled;   // polled before every forward; true throws editscope::Cancelled
};

// Token-level API. Returns prompts.size() * nPerPrompt sequences (prompt i's copies adjacent), each
// of length max(maxOutLen, prompt length) (a prompt already that long is returned as it is), or
// prompt length + maxNewTokens when that is set.
std::vector<std::vector<int32_t>> generateTokens(const Gpt2Model& model,
                                                 const std::vector<std::vector<int32_t>>& prompts,
                                                 int64_t nPerPrompt, const GenerationOptions& options);

// generate_fast: encode, generate, decode all ids (prompt included), then post-process.
std::vector<std::string> generateFast(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                      const std::vector<std::string>& prompts, int64_t nPerPrompt,
                                      const GenerationOptions& options);

// The reference post-processing: Unicode NFKD, every "\n\n" → " ", every "<|endoftext|>" removed.
std::string postprocessGeneratedText(const std::string& text);

} // namespace editscope
