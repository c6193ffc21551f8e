// Internal to core/probe (uses libtorch types): ProbeLoadOptions as the checkpoint loader's options.
// Stateless; thread-safe.
#pragma once

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/probe/probe_model.h"

namespace editscope {

// InputError(field "device" / "dtype") for an unknown device or dtype name.
Gpt2LoadOptions toGpt2LoadOptions(const ProbeLoadOptions& options);

} // namespace editscope
