#include "bench_common.h"

#include "core/util/error.h"

#include <ATen/ATen.h>

namespace editscope::cli {

void synchronize(c10::Device device)
{
    if (device.is_cuda())
        at::zeros({1}, at::TensorOptions().device(device)).cpu();   // a device→host copy waits for queued work
}

Gpt2Config namedShape(const std::string& name)
{
    Gpt2Config c;
    if (name == "gpt2") { c.nEmbd = 768; c.nLayer = 12; c.nHead = 12; }
    else if (name == "gpt2-medium") { c.nEmbd = 1024; c.nLayer = 24; c.nHead = 16; }
    else if (name == "gpt2-large") { c.nEmbd = 1280; c.nLayer = 36; c.nHead = 20; }
    else if (name == "gpt2-xl") { c.nEmbd = 1600; c.nLayer = 48; c.nHead = 25; }
    else throw InputError("", "--shape", "unknown shape '" + name + "' (gpt2, gpt2-medium, gpt2-large, gpt2-xl)");
    return c;
}

double blockFlopsPerToken(const Gpt2Config& c, double context, int64_t layers)
{
    const double d = static_cast<double>(c.nEmbd);
    const double perLayer = 2.0 * (3 * d * d + d * d + 2 * d * static_cast<double>(c.innerDim())) + 4.0 * context * d;
    return static_cast<double>(layers) * perLayer;
}

double flopsPerToken(const Gpt2Config& c, double context)
{
    return blockFlopsPerToken(c, context, c.nLayer) + 2.0 * static_cast<double>(c.nEmbd) * static_cast<double>(c.vocabSize);
}

double measureMatmulCeiling(c10::Device device, c10::ScalarType dtype)
{
    const int64_t n = 2048;
    const auto options = at::TensorOptions().dtype(dtype).device(device);
    const auto a = at::randn({n, n}, options), b = at::randn({n, n}, options);
    at::matmul(a, b);
    synchronize(device);
    int reps = 0;
    const auto start = Clock::now();
    do {
        at::matmul(a, b);
        ++reps;
        synchronize(device);
    } while (seconds(start) < 1.0);
    return 2.0 * n * n * n * reps / seconds(start);
}

} // namespace editscope::cli
