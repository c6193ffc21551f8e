// A model to probe, behind a torch-free handle: the GPT-2 weights and the tokenizer, shared and
// immutable, so the Qt side (which cannot include libtorch headers) can hold the base model, a step's
// rebuilt model and the current model side by side and pass them to the probes (prompt_probe.h,
// logit_lens.h) on its worker thread.
//
// Ownership: shared. A ProbeModel never changes after it is built; models rebuilt by StepModelCache
// share the tensors they did not edit with the model they were built from (copy on write), which is
// safe because nobody writes to them. Thread-safety: the handle is a plain value; probes of one model
// run one thread at a time (Gpt2Model::forward's rule), distinct models on distinct threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace editscope {

class Gpt2Model;
class Gpt2Tokenizer;

struct ProbeModel {
    std::shared_ptr<const Gpt2Model> model;          // include core/model/gpt2_model.h to look inside
    std::shared_ptr<const Gpt2Tokenizer> tokenizer;
    std::string modelDir;                            // the base model's folder
    int64_t appliedUpdates = 0;                      // stored updates applied to the base weights (0: the base)
};

using ProbeModelPtr = std::shared_ptr<const ProbeModel>;

struct ProbeLoadOptions {
    std::string device = "cpu";   // "auto" | "cpu" | "cuda" | "cuda:N" (core/tensor/device.h)
    std::string dtype;            // "" = as stored; "float32" | "float64" | "bfloat16" | "float16"
};

// A Hugging Face GPT-2 folder as it is (no run, no hash check). InputError for a bad folder or option,
// or a tokenizer larger than the model's vocabulary.
ProbeModelPtr loadProbeModel(const std::string& dir, const ProbeLoadOptions& options = {});

} // namespace editscope
