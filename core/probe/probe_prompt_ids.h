// Internal to core/probe: the prompt checks every probe shares. Stateless; thread-safe.
#pragma once

#include "core/probe/probe_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

// tok(prompt); InputError(field "prompt") when it is empty or longer than the model's n_positions.
std::vector<int32_t> encodeProbePrompt(const ProbeModel& model, const std::string& prompt);

} // namespace editscope
