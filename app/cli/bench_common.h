// Shared by the bench commands: wall-clock helpers, the standard GPT-2 shapes, the FLOP model of a
// forward token and the machine's measured matmul ceiling (the yardstick every bench reports against).
#pragma once

#include "core/model/gpt2_config.h"

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <chrono>
#include <string>

namespace editscope::cli {

using Clock = std::chrono::steady_clock;

inline double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// Waits for queued device work (a no-op on the CPU).
void synchronize(c10::Device device);

// gpt2 | gpt2-medium | gpt2-large | gpt2-xl; InputError otherwise.
Gpt2Config namedShape(const std::string& name);

// FLOPs of one forward token at context length `context` through layers [0, nLayer): the matmuls
// (24·d² per layer), attention scores and mixing (4·context·d per layer, over the full row as HF
// computes it) and the unembedding (2·d·V; pass vocabSize 0 to leave it out).
double flopsPerToken(const Gpt2Config& config, double context);

// FLOPs of one token through `layers` blocks only (no unembedding).
double blockFlopsPerToken(const Gpt2Config& config, double context, int64_t layers);

// FLOP/s of a 2048³ matmul in `dtype` on `device`, timed for about a second.
double measureMatmulCeiling(c10::Device device, c10::ScalarType dtype);

} // namespace editscope::cli
