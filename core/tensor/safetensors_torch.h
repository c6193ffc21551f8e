// Bridges safetensors files and ATen tensors.
//
// Reading copies each tensor out of the (memory-mapped) file into an owned, contiguous CPU tensor, so
// the result outlives the SafetensorsFile. Saving makes contiguous CPU copies only where needed and
// writes through writeSafetensors (atomic replace, byte-identical to the Python library's output for a
// single metadata key). Free functions, no shared state: thread-safe for distinct files.
#pragma once

#include "core/formats/safetensors.h"

#include <ATen/core/Tensor.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace editscope {

at::ScalarType toScalarType(StDtype dtype);
// Throws InputError("", "dtype", ...) for ScalarTypes safetensors cannot hold here (complex, quantized...).
StDtype toStDtype(at::ScalarType type);

// An owned CPU copy of one tensor, with the stored dtype and shape.
at::Tensor readTensor(const SafetensorsFile& file, const SafetensorsTensorInfo& info);
at::Tensor readTensor(const SafetensorsFile& file, std::string_view name);
// All tensors, in file (data offset) order.
std::vector<std::pair<std::string, at::Tensor>> readAllTensors(const SafetensorsFile& file);
std::vector<std::pair<std::string, at::Tensor>> loadTensors(const std::string& path);

// Tensors may live on any device and have any strides; names must be unique.
void saveTensors(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                 const std::map<std::string, std::string>& metadata = {});

} // namespace editscope
