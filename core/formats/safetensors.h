// Reader and writer for the safetensors format (torch-free).
//
// Layout (https://github.com/huggingface/safetensors): an 8-byte little-endian header length N, N bytes
// of JSON ({"__metadata__": {str: str}, name: {"dtype", "shape", "data_offsets": [begin, end]}}, padded
// with spaces), then the data section. The reader validates like the official Rust crate: the spans,
// sorted by offset, must tile the data section exactly (no gap, no overlap, nothing after the last one)
// and each span's size must equal shape product x dtype size. Every defect becomes an InputError naming
// the file, the tensor (or "header") and the reason; nothing is ever read outside the buffer.
// The writer produces the same bytes as the Python/Rust library (entries sorted by descending dtype
// alignment, then name; header padded to a multiple of 8) and replaces the target atomically.
//
// Ownership: a SafetensorsFile owns its bytes (a read-only memory map or a vector); spans returned by it
// stay valid while it lives. Thread-safety: a SafetensorsFile is immutable after construction, so
// concurrent reads are safe. A mapped file that another process truncates can still raise SIGBUS.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

// The element types we read and write. Other safetensors types (U16, U32, U64, F8_*, C64, ...) are
// rejected as unsupported.
enum class StDtype { F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL };

std::string_view dtypeName(StDtype dtype);                   // "F32", "BF16", ...
std::optional<StDtype> parseDtypeName(std::string_view name); // nullopt for unknown or unsupported
std::size_t dtypeSize(StDtype dtype);                        // bytes per element

struct SafetensorsTensorInfo {
    std::string name;
    StDtype dtype = StDtype::F32;
    std::vector<int64_t> shape;   // each dimension >= 0
    uint64_t begin = 0;           // byte offsets relative to the start of the data section
    uint64_t end = 0;

    uint64_t numel() const;
    uint64_t byteSize() const { return end - begin; }
};

class SafetensorsFile {
public:
    // Memory-maps `path` read-only and validates it.
    static SafetensorsFile open(const std::string& path);
    // Validates an in-memory file; `nameForErrors` stands for the file in error messages.
    static SafetensorsFile fromBytes(std::vector<std::byte> bytes, std::string nameForErrors);

    SafetensorsFile(SafetensorsFile&&) noexcept;
    SafetensorsFile& operator=(SafetensorsFile&&) noexcept;
    ~SafetensorsFile();

    const std::string& path() const { return path_; }
    // In data-offset order (the order of the bytes in the file).
    const std::vector<SafetensorsTensorInfo>& tensors() const { return tensors_; }
    const SafetensorsTensorInfo* find(std::string_view name) const;
    // Throws InputError(file, name, "no such tensor") when absent.
    const SafetensorsTensorInfo& at(std::string_view name) const;
    const std::map<std::string, std::string>& metadata() const { return metadata_; }

    std::span<const std::byte> bytes(const SafetensorsTensorInfo& info) const;
    std::span<const std::byte> bytes(std::string_view name) const { return bytes(at(name)); }
    std::span<const std::byte> fileBytes() const;
    uint64_t headerLength() const { return headerLength_; }   // N, the JSON part incl. padding

private:
    struct Storage;
    SafetensorsFile(std::unique_ptr<Storage> storage, std::string path);
    void parse();

    std::unique_ptr<Storage> storage_;
    std::string path_;
    uint64_t headerLength_ = 0;
    std::vector<SafetensorsTensorInfo> tensors_;
    std::map<std::string, std::size_t, std::less<>> index_;
    std::map<std::string, std::string> metadata_;
};

// One tensor to write: raw little-endian element bytes in C order.
struct SafetensorsWriteEntry {
    std::string name;
    StDtype dtype = StDtype::F32;
    std::vector<int64_t> shape;
    std::span<const std::byte> data;   // must hold exactly numel x dtypeSize bytes
};

// The complete file as bytes. An empty `metadata` writes no "__metadata__" entry. `fileForErrors`
// names the target in error messages (duplicate or reserved names, size mismatches).
std::vector<std::byte> serializeSafetensors(std::vector<SafetensorsWriteEntry> tensors,
                                            const std::map<std::string, std::string>& metadata = {},
                                            const std::string& fileForErrors = "");

// Writes `path + ".tmp"`, fsyncs it and renames it over `path`. On any failure (ENOSPC, EFBIG, no
// permission, ...) the temp file is removed, `path` is left as it was, and an InputError names the file
// and strerror.
void writeSafetensors(const std::string& path, std::vector<SafetensorsWriteEntry> tensors,
                      const std::map<std::string, std::string>& metadata = {});

} // namespace editscope
