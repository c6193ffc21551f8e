// Turns the user's device option ("auto", "cpu", "cuda", "cuda:N") into an at::Device and back.
//
// "auto" picks CUDA device 0 when this libtorch was built with CUDA and sees a GPU, else the CPU, so the
// same command line works on a laptop and on a GPU node. Stateless free functions; thread-safe.
#pragma once

#include <ATen/Device.h>

#include <string>

namespace editscope {

// Throws InputError("", "device", reason) for malformed specs, for "cuda" without a usable GPU and for
// a CUDA index beyond the number of visible devices.
at::Device parseDevice(const std::string& spec);
// "cpu", "cuda:0", ... (the form parseDevice accepts).
std::string deviceName(const at::Device& device);
// Whether this libtorch can run CUDA kernels here (compiled with CUDA and a GPU visible).
bool cudaAvailable();

} // namespace editscope
