// "Try a prompt" on one model: what it writes after the prompt (greedy and seeded top-k sampling, with
// the run loop's generation settings: core/model/generation.h, top-k 5, 100 tokens in all, prompt
// included, so the sampled text of a step with the run's generation seed equals the stored one), the
// ten most likely next tokens, and the NLL of typed targets as ROME scores them
// (core/eval/target_scoring.h: mean per-token NLL of tok(" " + target) after the prompt).
//
// Plain values in and out (no libtorch types) for the GUI's worker thread. Stateless; runs on the
// model's device; one call per model at a time (ProbeModel's rule).
#pragma once

#include "core/probe/probe_model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace editscope {

struct PromptProbeOptions {
    int64_t maxOutLen = 100;    // tokens per continuation, prompt included (capped at the model's n_positions)
    int64_t topK = 5;           // of the sampled continuation
    uint64_t seed = 0;          // of the sampled continuation
    int64_t topTokens = 10;     // next tokens listed
    std::vector<std::string> targets;   // NLL of each (without the leading space; one is inserted)
    std::function<bool()> cancelled;    // polled before every forward; true throws editscope::Cancelled
};

struct ProbeToken {
    int32_t id = 0;
    std::string text;           // the token's raw bytes (may be part of a UTF-8 character)
    double probability = 0;     // softmax of the logits at the prompt's last position (float64)
};

struct ProbeContinuation {
    std::vector<int32_t> ids;   // new tokens only (empty when the prompt already fills maxOutLen)
    std::string continuation;   // their decoded bytes
    std::string text;           // prompt + continuation post-processed as generate_fast does (the run's stored form)
};

struct ProbeTargetScore {
    std::string target;
    double meanNll = 0;         // mean over the target's tokens, nats
    bool argmaxCorrect = false; // every target token the teacher-forced argmax
    std::vector<std::string> tokens;   // tok(" " + target), as text
};

struct PromptProbeResult {
    std::string prompt;
    std::vector<int32_t> promptIds;
    std::vector<std::string> promptTokens;
    ProbeContinuation greedy;
    ProbeContinuation sampled;
    std::vector<ProbeToken> top;            // most likely first, topTokens of them
    std::vector<ProbeTargetScore> targets;  // in the order of options.targets
};

// InputError(field "prompt") for an empty prompt or one longer than the model's n_positions; field
// "target" for an empty target; "top_k" / "max_out_len" / "top_tokens" for bad options.
PromptProbeResult probePrompt(const ProbeModel& model, const std::string& prompt, const PromptProbeOptions& options = {});

// The token's text for display; ids the tokenizer lacks (a padded vocabulary) read "<id N>".
std::string probeTokenText(const ProbeModel& model, int32_t id);

} // namespace editscope
