#include "core/tensor/device.h"

#include "core/util/error.h"

#include <ATen/Context.h>

#include <algorithm>
#include <cctype>

namespace editscope {
namespace {
constexpr const char* kField = "device";
constexpr const char* kForms = "expected auto, cpu, cuda or cuda:N";

std::size_t cudaDeviceCount() { return cudaAvailable() ? at::getNumGPUs() : 0; }
} // namespace

bool cudaAvailable()
{
    // at::hasCUDA() and at::getNumGPUs() exist (and mean the same) in libtorch 1.13 and 2.x.
    return at::hasCUDA() && at::getNumGPUs() > 0;
}

at::Device parseDevice(const std::string& spec)
{
    if (spec == "cpu")
        return c10::Device(c10::kCPU);
    if (spec == "auto")
        return cudaAvailable() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    if (spec.rfind("cuda", 0) != 0)
        throw InputError("", kField, "unknown device \"" + spec + "\"; " + kForms);
    long index = 0;
    if (spec.size() > 4) {
        const std::string digits = spec.substr(5);
        if (spec[4] != ':' || digits.empty() || digits.size() > 4
            || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
            throw InputError("", kField, "malformed device \"" + spec + "\"; " + kForms);
        index = std::stol(digits);
    }
    const std::size_t count = cudaDeviceCount();
    if (count == 0)
        throw InputError("", kField,
                         "\"" + spec + "\" requested but CUDA is not available (this libtorch has no CUDA support "
                         "or no GPU is visible); use --device cpu or auto");
    if (static_cast<std::size_t>(index) >= count)
        throw InputError("", kField,
                         "CUDA device " + std::to_string(index) + " does not exist (" + std::to_string(count)
                             + " visible)");
    return c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(index));
}

std::string deviceName(const at::Device& device)
{
    if (device.is_cpu())
        return "cpu";
    if (device.is_cuda())
        return device.has_index() ? "cuda:" + std::to_string(device.index()) : std::string("cuda");
    return device.str();
}

} // namespace editscope
