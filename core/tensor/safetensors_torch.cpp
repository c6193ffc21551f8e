#include "core/tensor/safetensors_torch.h"

#include "core/util/error.h"

#include <ATen/ATen.h>

#include <bit>
#include <cstring>

namespace editscope {

static_assert(std::endian::native == std::endian::little,
              "tensor bytes are copied verbatim; safetensors data is little-endian");

at::ScalarType toScalarType(StDtype dtype)
{
    switch (dtype) {
    case StDtype::F64: return at::kDouble;
    case StDtype::F32: return at::kFloat;
    case StDtype::F16: return at::kHalf;
    case StDtype::BF16: return at::kBFloat16;
    case StDtype::I64: return at::kLong;
    case StDtype::I32: return at::kInt;
    case StDtype::I16: return at::kShort;
    case StDtype::I8: return at::kChar;
    case StDtype::U8: return at::kByte;
    case StDtype::BOOL: return at::kBool;
    }
    return at::kFloat;
}

StDtype toStDtype(at::ScalarType type)
{
    switch (type) {
    case at::kDouble: return StDtype::F64;
    case at::kFloat: return StDtype::F32;
    case at::kHalf: return StDtype::F16;
    case at::kBFloat16: return StDtype::BF16;
    case at::kLong: return StDtype::I64;
    case at::kInt: return StDtype::I32;
    case at::kShort: return StDtype::I16;
    case at::kChar: return StDtype::I8;
    case at::kByte: return StDtype::U8;
    case at::kBool: return StDtype::BOOL;
    default: break;
    }
    throw InputError("", "dtype", std::string("tensor type ") + c10::toString(type) + " cannot be stored in safetensors");
}

at::Tensor readTensor(const SafetensorsFile& file, const SafetensorsTensorInfo& info)
{
    const auto bytes = file.bytes(info);
    at::Tensor out = at::empty(info.shape, at::TensorOptions().dtype(toScalarType(info.dtype)).device(at::kCPU));
    // Sizes were validated against the file; copying (not from_blob) keeps the tensor independent of the
    // mapping and avoids misaligned element access when the header length is not a multiple of 8.
    if (!bytes.empty())
        std::memcpy(out.data_ptr(), bytes.data(), bytes.size());
    return out;
}

at::Tensor readTensor(const SafetensorsFile& file, std::string_view name) { return readTensor(file, file.at(name)); }

std::vector<std::pair<std::string, at::Tensor>> readAllTensors(const SafetensorsFile& file)
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    out.reserve(file.tensors().size());
    for (const auto& info : file.tensors())
        out.emplace_back(info.name, readTensor(file, info));
    return out;
}

std::vector<std::pair<std::string, at::Tensor>> loadTensors(const std::string& path)
{
    return readAllTensors(SafetensorsFile::open(path));
}

void saveTensors(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                 const std::map<std::string, std::string>& metadata)
{
    std::vector<at::Tensor> keep;   // the CPU copies must outlive the write
    keep.reserve(tensors.size());
    std::vector<SafetensorsWriteEntry> entries;
    entries.reserve(tensors.size());
    for (const auto& [name, tensor] : tensors) {
        if (!tensor.defined())
            throw InputError(path, name, "tensor is undefined");
        if (tensor.layout() != at::kStrided)
            throw InputError(path, name, "only dense (strided) tensors can be saved");
        StDtype dtype;
        try {
            dtype = toStDtype(tensor.scalar_type());
        } catch (const InputError& e) {
            throw InputError(path, name, e.reason());
        }
        at::Tensor cpu = tensor.device().is_cpu() ? tensor : tensor.to(at::kCPU);
        // Lazy negation views (a libtorch >= 1.10 feature) must be materialised before taking raw bytes.
        cpu = cpu.resolve_neg().contiguous();
        keep.push_back(cpu);
        SafetensorsWriteEntry entry;
        entry.name = name;
        entry.dtype = dtype;
        entry.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
        entry.data = {static_cast<const std::byte*>(cpu.data_ptr()), static_cast<std::size_t>(cpu.nbytes())};
        entries.push_back(std::move(entry));
    }
    writeSafetensors(path, std::move(entries), metadata);
}

} // namespace editscope
