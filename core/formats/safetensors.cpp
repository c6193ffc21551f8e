#include "core/formats/safetensors.h"

#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace editscope {

static_assert(std::endian::native == std::endian::little,
              "safetensors stores little-endian data; a big-endian host would need byte swapping");

namespace {

// The official reader refuses larger headers (safetensors/src/tensor.rs, MAX_HEADER_SIZE).
constexpr uint64_t kMaxHeaderLength = 100'000'000;
constexpr const char* kHeaderField = "header";
constexpr const char* kMetadataKey = "__metadata__";

struct DtypeRow {
    StDtype dtype;
    const char* name;
    std::size_t size;
    int alignmentRank;   // position in the Rust crate's `Dtype` enum order (increasing alignment)
};

// alignmentRank follows the relative order of safetensors' `enum Dtype`
// (BOOL < U8 < I8 < I16 < F16 < BF16 < I32 < F32 < F64 < I64), which the writer sorts by, descending.
constexpr DtypeRow kDtypes[] = {
    {StDtype::F64, "F64", 8, 8},  {StDtype::F32, "F32", 4, 7}, {StDtype::F16, "F16", 2, 4},
    {StDtype::BF16, "BF16", 2, 5}, {StDtype::I64, "I64", 8, 9}, {StDtype::I32, "I32", 4, 6},
    {StDtype::I16, "I16", 2, 3},  {StDtype::I8, "I8", 1, 2},   {StDtype::U8, "U8", 1, 1},
    {StDtype::BOOL, "BOOL", 1, 0},
};

const DtypeRow& row(StDtype dtype)
{
    for (const auto& r : kDtypes)
        if (r.dtype == dtype)
            return r;
    return kDtypes[1];   // unreachable for valid enum values
}

std::string shapeString(const std::vector<int64_t>& shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string spanString(uint64_t begin, uint64_t end)
{
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + "]";
}

// Element count, or nullopt when the shape's byte size cannot be represented. Dimensions of size 0
// still count as 1 for the overflow test, so every stride of the tensor fits in int64 as well.
std::optional<uint64_t> checkedByteSize(const std::vector<int64_t>& shape, std::size_t elementSize)
{
    constexpr uint64_t limit = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    uint64_t bound = elementSize;
    uint64_t bytes = elementSize;
    for (int64_t dim : shape) {
        const uint64_t d = static_cast<uint64_t>(dim);
        const uint64_t factor = std::max<uint64_t>(d, 1);
        if (bound > limit / factor)
            return std::nullopt;
        bound *= factor;
        bytes *= d;
    }
    return bytes;
}

std::string errnoText(int err) { return std::strerror(err); }

} // namespace

std::string_view dtypeName(StDtype dtype) { return row(dtype).name; }

std::optional<StDtype> parseDtypeName(std::string_view name)
{
    for (const auto& r : kDtypes)
        if (name == r.name)
            return r.dtype;
    return std::nullopt;
}

std::size_t dtypeSize(StDtype dtype) { return row(dtype).size; }

uint64_t SafetensorsTensorInfo::numel() const
{
    uint64_t n = 1;
    for (int64_t d : shape)
        n *= static_cast<uint64_t>(d);
    return n;
}

// ---------------------------------------------------------------------------------------------
// Reader

struct SafetensorsFile::Storage {
    std::vector<std::byte> owned;
    void* map = nullptr;
    std::size_t mapLength = 0;
    const std::byte* data = nullptr;
    std::size_t size = 0;

    ~Storage()
    {
        if (map)
            ::munmap(map, mapLength);
    }
};

SafetensorsFile::SafetensorsFile(std::unique_ptr<Storage> storage, std::string path)
    : storage_(std::move(storage)), path_(std::move(path))
{
}

SafetensorsFile::SafetensorsFile(SafetensorsFile&&) noexcept = default;
SafetensorsFile& SafetensorsFile::operator=(SafetensorsFile&&) noexcept = default;
SafetensorsFile::~SafetensorsFile() = default;

SafetensorsFile SafetensorsFile::fromBytes(std::vector<std::byte> bytes, std::string nameForErrors)
{
    auto storage = std::make_unique<Storage>();
    storage->owned = std::move(bytes);
    storage->data = storage->owned.data();
    storage->size = storage->owned.size();
    SafetensorsFile file(std::move(storage), std::move(nameForErrors));
    file.parse();
    return file;
}

SafetensorsFile SafetensorsFile::open(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(path, "", "cannot open: " + errnoText(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw InputError(path, "", "cannot stat: " + errnoText(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw InputError(path, "", "not a regular file");
    }
    auto storage = std::make_unique<Storage>();
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > 0) {
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            throw InputError(path, "", "cannot memory-map: " + errnoText(err));
        }
        storage->map = map;
        storage->mapLength = size;
        storage->data = static_cast<const std::byte*>(map);
        storage->size = size;
    }
    ::close(fd);   // the mapping keeps the file's pages reachable
    SafetensorsFile file(std::move(storage), path);
    file.parse();
    return file;
}

void SafetensorsFile::parse()
{
    const std::byte* data = storage_->data;
    const uint64_t size = storage_->size;
    if (size < 8)
        throw InputError(path_, kHeaderField,
                         "file is " + std::to_string(size)
                             + " bytes, shorter than the 8-byte header length field");
    uint64_t n = 0;
    std::memcpy(&n, data, 8);   // little-endian host (static_assert above)
    if (n > kMaxHeaderLength)
        throw InputError(path_, kHeaderField,
                         "header length " + std::to_string(n) + " exceeds the limit of "
                             + std::to_string(kMaxHeaderLength) + " bytes (corrupt or not a safetensors file)");
    if (n > size - 8)
        throw InputError(path_, kHeaderField,
                         "header length " + std::to_string(n) + " runs past the end of the file ("
                             + std::to_string(size) + " bytes)");
    headerLength_ = n;
    const uint64_t dataSize = size - 8 - n;

    const char* headerBegin = reinterpret_cast<const char*>(data + 8);
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(headerBegin, headerBegin + n);
    } catch (const nlohmann::json::parse_error& e) {
        // e.what() quotes the bytes it read, which may be binary garbage; the position is enough.
        throw InputError(path_, kHeaderField,
                         "header is not valid JSON (syntax error at byte " + std::to_string(e.byte) + " of "
                             + std::to_string(n) + ")");
    } catch (const nlohmann::json::exception&) {
        throw InputError(path_, kHeaderField, "header is not valid JSON");
    }
    if (!header.is_object())
        throw InputError(path_, kHeaderField, "header is not a JSON object");

    tensors_.clear();
    index_.clear();
    metadata_.clear();
    for (const auto& [key, value] : header.items()) {
        if (key == kMetadataKey) {
            if (!value.is_object())
                throw InputError(path_, kMetadataKey, "is not a JSON object of strings");
            for (const auto& [mk, mv] : value.items()) {
                if (!mv.is_string())
                    throw InputError(path_, std::string(kMetadataKey) + "." + mk,
                                     "metadata value is not a string");
                metadata_.emplace(mk, mv.get<std::string>());
            }
            continue;
        }
        if (!value.is_object())
            throw InputError(path_, key, "tensor entry is not a JSON object");
        SafetensorsTensorInfo info;
        info.name = key;

        const auto dt = value.find("dtype");
        if (dt == value.end())
            throw InputError(path_, key, "missing \"dtype\"");
        if (!dt->is_string())
            throw InputError(path_, key, "\"dtype\" is not a string");
        const auto& dtName = dt->get_ref<const std::string&>();
        const auto dtype = parseDtypeName(dtName);
        if (!dtype)
            throw InputError(path_, key,
                             "unsupported dtype \"" + dtName
                                 + "\" (supported: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL)");
        info.dtype = *dtype;

        const auto sh = value.find("shape");
        if (sh == value.end())
            throw InputError(path_, key, "missing \"shape\"");
        if (!sh->is_array())
            throw InputError(path_, key, "\"shape\" is not an array");
        for (const auto& dim : *sh) {
            if (dim.is_number_unsigned()) {
                const auto d = dim.get<uint64_t>();
                if (d > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
                    throw InputError(path_, key, "shape dimension " + std::to_string(d) + " is too large");
                info.shape.push_back(static_cast<int64_t>(d));
            } else if (dim.is_number_integer()) {
                throw InputError(path_, key,
                                 "shape has a negative dimension " + std::to_string(dim.get<int64_t>()));
            } else {
                throw InputError(path_, key,
                                 std::string("\"shape\" holds a ")
                                     + (dim.is_number_float() ? "non-integer number" : dim.type_name())
                                     + " instead of a non-negative integer");
            }
        }
        const auto bytes = checkedByteSize(info.shape, dtypeSize(info.dtype));
        if (!bytes)
            throw InputError(path_, key,
                             "shape " + shapeString(info.shape) + " of " + dtName + " overflows the 64-bit size");

        const auto off = value.find("data_offsets");
        if (off == value.end())
            throw InputError(path_, key, "missing \"data_offsets\"");
        if (!off->is_array() || off->size() != 2 || !(*off)[0].is_number_unsigned()
            || !(*off)[1].is_number_unsigned())
            throw InputError(path_, key, "\"data_offsets\" is not [begin, end] with non-negative integers");
        info.begin = (*off)[0].get<uint64_t>();
        info.end = (*off)[1].get<uint64_t>();
        if (info.begin > info.end)
            throw InputError(path_, key, "data_offsets " + spanString(info.begin, info.end) + ": begin is after end");
        if (info.end > dataSize)
            throw InputError(path_, key,
                             "data_offsets " + spanString(info.begin, info.end)
                                 + " lie outside the data section (" + std::to_string(dataSize) + " bytes)");
        if (info.end - info.begin != *bytes)
            throw InputError(path_, key,
                             "data_offsets " + spanString(info.begin, info.end) + " hold "
                                 + std::to_string(info.end - info.begin) + " bytes but shape "
                                 + shapeString(info.shape) + " of " + dtName + " needs " + std::to_string(*bytes));
        tensors_.push_back(std::move(info));
    }

    // Like the Rust crate: sorted by offsets, the spans must tile the data section exactly.
    std::sort(tensors_.begin(), tensors_.end(), [](const auto& a, const auto& b) {
        return a.begin != b.begin ? a.begin < b.begin : (a.end != b.end ? a.end < b.end : a.name < b.name);
    });
    uint64_t covered = 0;
    const SafetensorsTensorInfo* previous = nullptr;
    for (const auto& t : tensors_) {
        if (t.begin < covered)
            throw InputError(path_, t.name,
                             "data_offsets " + spanString(t.begin, t.end) + " overlap tensor \"" + previous->name
                                 + "\" " + spanString(previous->begin, previous->end));
        if (t.begin > covered)
            throw InputError(path_, t.name,
                             "data_offsets " + spanString(t.begin, t.end) + " leave a gap: bytes "
                                 + spanString(covered, t.begin) + " of the data section belong to no tensor");
        covered = t.end;
        previous = &t;
    }
    if (covered != dataSize)
        throw InputError(path_, kHeaderField,
                         "the data section has " + std::to_string(dataSize - covered)
                             + " trailing bytes after the last tensor (offset " + std::to_string(covered)
                             + " of " + std::to_string(dataSize) + ")");
    for (std::size_t i = 0; i < tensors_.size(); ++i)
        index_.emplace(tensors_[i].name, i);
}

const SafetensorsTensorInfo* SafetensorsFile::find(std::string_view name) const
{
    const auto it = index_.find(name);
    return it == index_.end() ? nullptr : &tensors_[it->second];
}

const SafetensorsTensorInfo& SafetensorsFile::at(std::string_view name) const
{
    if (const auto* info = find(name))
        return *info;
    throw InputError(path_, std::string(name), "no such tensor");
}

std::span<const std::byte> SafetensorsFile::bytes(const SafetensorsTensorInfo& info) const
{
    // `info` was validated against this buffer; the data section starts after the header.
    return {storage_->data + 8 + headerLength_ + info.begin, static_cast<std::size_t>(info.end - info.begin)};
}

std::span<const std::byte> SafetensorsFile::fileBytes() const { return {storage_->data, storage_->size}; }

// ---------------------------------------------------------------------------------------------
// Writer

namespace {

std::string jsonString(const std::string& s, const std::string& file, const std::string& field)
{
    try {
        return nlohmann::json(s).dump();
    } catch (const nlohmann::json::exception&) {
        throw InputError(file, field, "name is not valid UTF-8");
    }
}

struct PreparedFile {
    std::string header;                            // padded JSON
    std::vector<std::span<const std::byte>> data;  // in file order
};

PreparedFile prepare(std::vector<SafetensorsWriteEntry> tensors, const std::map<std::string, std::string>& metadata,
                     const std::string& file)
{
    // The official writer: descending dtype alignment, then name (safetensors/src/tensor.rs, prepare()).
    std::sort(tensors.begin(), tensors.end(), [](const auto& a, const auto& b) {
        const int ra = row(a.dtype).alignmentRank, rb = row(b.dtype).alignmentRank;
        return ra != rb ? ra > rb : a.name < b.name;
    });
    std::vector<std::string_view> names;
    for (const auto& t : tensors)
        names.push_back(t.name);
    std::sort(names.begin(), names.end());
    if (const auto dup = std::adjacent_find(names.begin(), names.end()); dup != names.end())
        throw InputError(file, std::string(*dup), "duplicate tensor name");

    PreparedFile out;
    std::string& h = out.header;
    h = "{";
    bool first = true;
    if (!metadata.empty()) {
        h += "\"__metadata__\":{";
        bool firstKey = true;
        for (const auto& [k, v] : metadata) {
            h += (firstKey ? "" : ",") + jsonString(k, file, kMetadataKey) + ":" + jsonString(v, file, kMetadataKey);
            firstKey = false;
        }
        h += "}";
        first = false;
    }
    uint64_t offset = 0;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const auto& t = tensors[i];
        if (t.name == kMetadataKey)
            throw InputError(file, t.name, "is a reserved name");
        for (int64_t d : t.shape)
            if (d < 0)
                throw InputError(file, t.name, "shape " + shapeString(t.shape) + " has a negative dimension");
        const auto bytes = checkedByteSize(t.shape, dtypeSize(t.dtype));
        if (!bytes)
            throw InputError(file, t.name, "shape " + shapeString(t.shape) + " overflows the 64-bit size");
        if (*bytes != t.data.size())
            throw InputError(file, t.name,
                             "holds " + std::to_string(t.data.size()) + " bytes but shape " + shapeString(t.shape)
                                 + " of " + std::string(dtypeName(t.dtype)) + " needs " + std::to_string(*bytes));
        h += (first ? "" : ",") + jsonString(t.name, file, t.name) + ":{\"dtype\":\"" + std::string(dtypeName(t.dtype))
            + "\",\"shape\":[";
        for (std::size_t j = 0; j < t.shape.size(); ++j)
            h += (j ? "," : "") + std::to_string(t.shape[j]);
        h += "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(offset + *bytes) + "]}";
        offset += *bytes;
        first = false;
        out.data.push_back(t.data);
    }
    h += "}";
    h.resize((h.size() + 7) / 8 * 8, ' ');
    if (h.size() > kMaxHeaderLength)
        throw InputError(file, kHeaderField, "header would exceed the 100000000-byte limit of the format");
    return out;
}

std::array<std::byte, 8> lengthField(uint64_t n)
{
    std::array<std::byte, 8> out{};
    std::memcpy(out.data(), &n, 8);
    return out;
}

} // namespace

std::vector<std::byte> serializeSafetensors(std::vector<SafetensorsWriteEntry> tensors,
                                            const std::map<std::string, std::string>& metadata,
                                            const std::string& fileForErrors)
{
    const PreparedFile prepared = prepare(std::move(tensors), metadata, fileForErrors);
    std::size_t total = 8 + prepared.header.size();
    for (const auto& d : prepared.data)
        total += d.size();
    std::vector<std::byte> out;
    out.reserve(total);
    const auto len = lengthField(prepared.header.size());
    out.insert(out.end(), len.begin(), len.end());
    const auto* h = reinterpret_cast<const std::byte*>(prepared.header.data());
    out.insert(out.end(), h, h + prepared.header.size());
    for (const auto& d : prepared.data)
        out.insert(out.end(), d.begin(), d.end());
    return out;
}

void writeSafetensors(const std::string& path, std::vector<SafetensorsWriteEntry> tensors,
                      const std::map<std::string, std::string>& metadata)
{
    const PreparedFile prepared = prepare(std::move(tensors), metadata, path);
    const auto len = lengthField(prepared.header.size());
    std::vector<std::span<const std::byte>> chunks;
    chunks.emplace_back(len.data(), len.size());
    chunks.emplace_back(reinterpret_cast<const std::byte*>(prepared.header.data()), prepared.header.size());
    chunks.insert(chunks.end(), prepared.data.begin(), prepared.data.end());
    writeFileAtomically(path, chunks);
}

} // namespace editscope
