#include "core/probe/probe_model.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/model/gpt2_model.h"
#include "core/probe/probe_load.h"
#include "core/tensor/device.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

namespace editscope {

Gpt2LoadOptions toGpt2LoadOptions(const ProbeLoadOptions& options)
{
    Gpt2LoadOptions lo;
    lo.device = parseDevice(options.device);
    const auto& d = options.dtype;
    if (d.empty())
        return lo;
    if (d == "float32" || d == "fp32")
        lo.dtype = at::kFloat;
    else if (d == "float64" || d == "fp64")
        lo.dtype = at::kDouble;
    else if (d == "bfloat16" || d == "bf16")
        lo.dtype = at::kBFloat16;
    else if (d == "float16" || d == "fp16")
        lo.dtype = at::kHalf;
    else
        throw InputError("", "dtype", "unknown dtype '" + d + "' (float32, float64, bfloat16, float16)");
    return lo;
}

ProbeModelPtr loadProbeModel(const std::string& dir, const ProbeLoadOptions& options)
{
    const auto lo = toGpt2LoadOptions(options);
    auto checkpoint = loadGpt2Folder(dir, lo);
    auto tokenizer = std::make_shared<const Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(dir));
    if (tokenizer->vocabSize() > checkpoint.config.vocabSize)
        throw InputError(dir, "vocab_size", "the tokenizer has " + std::to_string(tokenizer->vocabSize())
                                                + " tokens but the model only " + std::to_string(checkpoint.config.vocabSize));
    auto p = std::make_shared<ProbeModel>();
    p->model = std::make_shared<const Gpt2Model>(std::move(checkpoint.config), std::move(checkpoint.weights));
    p->tokenizer = std::move(tokenizer);
    p->modelDir = dir;
    return p;
}

} // namespace editscope
