#include "core/formats/npz.h"

#include "core/formats/file_io.h"
#include "core/util/error.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace editscope {
namespace {

// APPNOTE 6.3 signatures and sizes.
constexpr uint32_t kLocalSig = 0x04034b50;
constexpr uint32_t kCentralSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kEnd64Sig = 0x06064b50;
constexpr uint32_t kLocatorSig = 0x07064b50;
constexpr uint64_t kLocalSize = 30, kCentralSize = 46, kEndSize = 22, kEnd64Size = 56, kLocatorSize = 20;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint16_t kFlagEncrypted = 0x0001, kFlagDataDescriptor = 0x0008, kFlagUtf8 = 0x0800;
constexpr uint16_t kMethodStored = 0, kMethodDeflate = 8;
constexpr uint16_t kVersionDefault = 20, kVersionZip64 = 45;
constexpr uint16_t kMadeByUnix = 3 << 8;
constexpr uint32_t kExternalAttrRw = 0600u << 16;   // -rw-------, what CPython's zipfile writes
constexpr uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;   // 1980-01-01, time 00:00:00
// Beyond this a size/offset goes to a ZIP64 field when writing (CPython's zipfile.ZIP64_LIMIT).
constexpr uint64_t kZip64Limit = (uint64_t(1) << 31) - 1;
constexpr uint32_t kSat32 = 0xFFFFFFFF;
constexpr uint16_t kSat16 = 0xFFFF;

[[noreturn]] void throwInput(const std::string& file, const std::string& field, const std::string& reason)
{
    throw InputError(file, field, reason);
}

std::string hex32(uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

// ---------------------------------------------------------------------------------------------
// CRC-32, slicing-by-8 (about 8x a bytewise table; statistics members are up to 2 GB).

struct CrcTables {
    std::array<std::array<uint32_t, 256>, 8> t{};
    CrcTables()
    {
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[0][i] = c;
        }
        for (std::size_t k = 1; k < 8; ++k)
            for (std::size_t i = 0; i < 256; ++i)
                t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
    }
};

const CrcTables& crcTables()
{
    static const CrcTables tables;
    return tables;
}

// ---------------------------------------------------------------------------------------------
// Little-endian access. Callers check bounds first (Buffer::has); the reads themselves never fail.

struct Buffer {
    std::span<const std::byte> b;

    bool has(uint64_t pos, uint64_t n) const { return pos <= b.size() && n <= b.size() - pos; }
    unsigned at(uint64_t pos) const { return std::to_integer<unsigned>(b[pos]); }
    uint16_t u16(uint64_t pos) const { return static_cast<uint16_t>(at(pos) | at(pos + 1) << 8); }
    uint32_t u32(uint64_t pos) const { return uint32_t(u16(pos)) | uint32_t(u16(pos + 2)) << 16; }
    uint64_t u64(uint64_t pos) const { return uint64_t(u32(pos)) | uint64_t(u32(pos + 4)) << 32; }
    std::string str(uint64_t pos, uint64_t n) const { return {reinterpret_cast<const char*>(b.data() + pos), n}; }
};

// The ZIP64 extended-information extra field (0x0001) inside extra[begin, begin + length): its data
// offset and length, or false when absent. Throws when the extra block itself is malformed.
bool findZip64Extra(const Buffer& buf, uint64_t begin, uint64_t length, uint64_t* dataPos, uint64_t* dataLen,
                    const std::string& file, const std::string& member)
{
    uint64_t pos = begin;
    const uint64_t end = begin + length;
    while (end - pos >= 4) {
        const uint16_t id = buf.u16(pos), size = buf.u16(pos + 2);
        if (size > end - pos - 4)
            throwInput(file, member, "extra field " + hex32(id) + " overruns the extra block");
        if (id == kZip64ExtraId) {
            *dataPos = pos + 4;
            *dataLen = size;
            return true;
        }
        pos += 4 + size;
    }
    return false;
}

// Replaces each saturated field, in APPNOTE order, by the next 8-byte value of the ZIP64 extra.
void applyZip64(const Buffer& buf, uint64_t extraPos, uint64_t extraLen, std::initializer_list<std::pair<bool, uint64_t*>> fields,
                const std::string& file, const std::string& member, const char* where)
{
    bool any = false;
    for (const auto& f : fields)
        any = any || f.first;
    if (!any)
        return;
    uint64_t pos = 0, len = 0;
    if (!findZip64Extra(buf, extraPos, extraLen, &pos, &len, file, member))
        throwInput(file, member, std::string(where) + " has saturated size/offset fields but no ZIP64 extra field");
    for (const auto& f : fields) {
        if (!f.first)
            continue;
        if (len < 8)
            throwInput(file, member, std::string(where) + " ZIP64 extra field is too short");
        *f.second = buf.u64(pos);
        pos += 8;
        len -= 8;
    }
}

// ---------------------------------------------------------------------------------------------
// Read-only memory map of a whole file.

class MappedFile {
public:
    explicit MappedFile(const std::string& path)
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            throwInput(path, "", std::string("cannot open npz file: ") + std::strerror(errno));
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            const int err = errno;
            ::close(fd);
            throwInput(path, "", std::string("cannot stat npz file: ") + std::strerror(err));
        }
        if (!S_ISREG(st.st_mode)) {
            ::close(fd);
            throwInput(path, "", "not a regular file");
        }
        size_ = static_cast<std::size_t>(st.st_size);
        if (size_ > 0) {
            map_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
            if (map_ == MAP_FAILED) {
                const int err = errno;
                map_ = nullptr;
                ::close(fd);
                throwInput(path, "", std::string("cannot memory-map npz file: ") + std::strerror(err));
            }
            ::madvise(map_, size_, MADV_SEQUENTIAL);   // members are checksummed and copied front to back
        }
        ::close(fd);   // the mapping keeps the pages reachable
    }
    ~MappedFile()
    {
        if (map_)
            ::munmap(map_, size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::span<const std::byte> bytes() const { return {static_cast<const std::byte*>(map_), map_ ? size_ : 0}; }

private:
    void* map_ = nullptr;
    std::size_t size_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Writing

class Out {
public:
    explicit Out(std::size_t reserve) { bytes_.reserve(reserve); }
    void u16(uint16_t v) { put(v, 2); }
    void u32(uint32_t v) { put(v, 4); }
    void u64(uint64_t v) { put(v, 8); }
    void raw(const void* p, std::size_t n)
    {
        const auto* b = static_cast<const std::byte*>(p);
        bytes_.insert(bytes_.end(), b, b + n);
    }
    uint64_t size() const { return bytes_.size(); }
    std::vector<std::byte> take() { return std::move(bytes_); }

private:
    void put(uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i)
            bytes_.push_back(static_cast<std::byte>((v >> (8 * i)) & 0xff));
    }
    std::vector<std::byte> bytes_;
};

bool isAscii(const std::string& s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

struct WrittenMember {
    std::string name;
    uint32_t crc = 0;
    uint64_t size = 0;
    uint64_t offset = 0;
};

} // namespace

uint32_t crc32(std::span<const std::byte> bytes, uint32_t crc)
{
    const auto& t = crcTables().t;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t n = bytes.size();
    uint32_t c = ~crc;
    while (n >= 8) {
        const uint32_t lo = c ^ (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24);
        const uint32_t hi = uint32_t(p[4]) | uint32_t(p[5]) << 8 | uint32_t(p[6]) << 16 | uint32_t(p[7]) << 24;
        c = t[7][lo & 0xff] ^ t[6][(lo >> 8) & 0xff] ^ t[5][(lo >> 16) & 0xff] ^ t[4][lo >> 24] ^
            t[3][hi & 0xff] ^ t[2][(hi >> 8) & 0xff] ^ t[1][(hi >> 16) & 0xff] ^ t[0][hi >> 24];
        p += 8;
        n -= 8;
    }
    while (n--)
        c = t[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

std::map<std::string, NpyArray> readNpzBytes(std::span<const std::byte> bytes, const std::string& nameForErrors)
{
    const std::string& file = nameForErrors;
    const Buffer buf{bytes};
    const uint64_t size = bytes.size();

    // End of central directory record: the last one whose comment length reaches exactly to the end.
    uint64_t eocd = size;
    if (size >= kEndSize) {
        const uint64_t lowest = size - kEndSize > 0xFFFF ? size - kEndSize - 0xFFFF : 0;
        for (uint64_t p = size - kEndSize + 1; p-- > lowest;) {
            if (buf.u32(p) == kEndSig && p + kEndSize + buf.u16(p + 20) == size) {
                eocd = p;
                break;
            }
        }
    }
    if (eocd == size)
        throwInput(file, "", "end of central directory record not found (not a zip/npz archive, or truncated)");

    uint64_t disk = buf.u16(eocd + 4), cdDisk = buf.u16(eocd + 6);
    uint64_t entriesOnDisk = buf.u16(eocd + 8), entries = buf.u16(eocd + 10);
    uint64_t cdSize = buf.u32(eocd + 12), cdOffset = buf.u32(eocd + 16);
    uint64_t cdLimit = eocd;   // the central directory must end before the (ZIP64) end record

    if (eocd >= kLocatorSize && buf.u32(eocd - kLocatorSize) == kLocatorSig) {
        const uint64_t locator = eocd - kLocatorSize;
        const uint32_t locatorDisk = buf.u32(locator + 4), totalDisks = buf.u32(locator + 16);
        const uint64_t end64 = buf.u64(locator + 8);
        if (locatorDisk != 0 || totalDisks > 1)
            throwInput(file, "", "multi-disk (split) zip archives are not supported");
        if (end64 > locator || locator - end64 < kEnd64Size)
            throwInput(file, "", "ZIP64 end of central directory record (offset " + std::to_string(end64) +
                                     ") lies outside the archive (truncated?)");
        if (buf.u32(end64) != kEnd64Sig)
            throwInput(file, "", "ZIP64 end of central directory record has a bad signature");
        const uint64_t recordSize = buf.u64(end64 + 4);
        if (recordSize < kEnd64Size - 12 || recordSize > locator - end64 - 12)
            throwInput(file, "", "ZIP64 end of central directory record size " + std::to_string(recordSize) + " is inconsistent");
        disk = buf.u32(end64 + 16);
        cdDisk = buf.u32(end64 + 20);
        entriesOnDisk = buf.u64(end64 + 24);
        entries = buf.u64(end64 + 32);
        cdSize = buf.u64(end64 + 40);
        cdOffset = buf.u64(end64 + 48);
        cdLimit = end64;
    }
    // Without a locator, saturated values are taken literally (CPython does the same); the bounds
    // checks below reject them if they do not describe this archive.
    if (disk != 0 || cdDisk != 0 || entriesOnDisk != entries)
        throwInput(file, "", "multi-disk (split) zip archives are not supported");
    if (cdOffset > cdLimit || cdSize > cdLimit - cdOffset)
        throwInput(file, "", "central directory (offset " + std::to_string(cdOffset) + ", " + std::to_string(cdSize) +
                                 " bytes) extends past the end record (truncated archive?)");
    if (entries > cdSize / kCentralSize)
        throwInput(file, "", "central directory of " + std::to_string(cdSize) + " bytes cannot hold " +
                                 std::to_string(entries) + " entries (truncated archive?)");

    std::map<std::string, NpyArray> arrays;
    const uint64_t cdEnd = cdOffset + cdSize;
    uint64_t pos = cdOffset;
    for (uint64_t e = 0; e < entries; ++e) {
        const std::string entryName = "central directory entry " + std::to_string(e);
        if (cdEnd - pos < kCentralSize)
            throwInput(file, "", entryName + " is truncated");
        if (buf.u32(pos) != kCentralSig)
            throwInput(file, "", entryName + " has a bad signature");
        const uint16_t flags = buf.u16(pos + 8), method = buf.u16(pos + 10);
        const uint32_t crc = buf.u32(pos + 16);
        uint64_t compressedSize = buf.u32(pos + 20), size32 = buf.u32(pos + 24);
        const uint16_t nameLength = buf.u16(pos + 28), extraLength = buf.u16(pos + 30), commentLength = buf.u16(pos + 32);
        uint64_t diskStart = buf.u16(pos + 34);
        uint64_t localOffset = buf.u32(pos + 42);
        const uint64_t entrySize = kCentralSize + nameLength + extraLength + commentLength;
        if (cdEnd - pos < entrySize)
            throwInput(file, "", entryName + " is truncated");
        const std::string name = buf.str(pos + kCentralSize, nameLength);
        uint64_t uncompressedSize = size32;
        applyZip64(buf, pos + kCentralSize + nameLength, extraLength,
                   {{uncompressedSize == kSat32, &uncompressedSize}, {compressedSize == kSat32, &compressedSize},
                    {localOffset == kSat32, &localOffset}, {diskStart == kSat16, &diskStart}},
                   file, name, "central directory entry");
        if (diskStart != 0)
            throwInput(file, name, "multi-disk (split) zip archives are not supported");
        if (flags & kFlagEncrypted)
            throwInput(file, name, "encrypted zip members are not supported");
        if (method == kMethodDeflate)
            throwInput(file, name, "compressed npz members (DEFLATE, as written by numpy.savez_compressed) are not "
                                   "supported; re-save the arrays with numpy.savez");
        if (method != kMethodStored)
            throwInput(file, name, "unsupported zip compression method " + std::to_string(method) +
                                       " (only STORED, as written by numpy.savez)");
        if (compressedSize != uncompressedSize)
            throwInput(file, name, "STORED member with compressed size " + std::to_string(compressedSize) +
                                       " != uncompressed size " + std::to_string(uncompressedSize));

        // The local header must describe the same member.
        if (!buf.has(localOffset, kLocalSize))
            throwInput(file, name, "local header at offset " + std::to_string(localOffset) +
                                       " lies outside the archive (truncated?)");
        if (buf.u32(localOffset) != kLocalSig)
            throwInput(file, name, "local header at offset " + std::to_string(localOffset) + " has a bad signature");
        const uint16_t localFlags = buf.u16(localOffset + 6), localMethod = buf.u16(localOffset + 8);
        const uint32_t localCrc = buf.u32(localOffset + 14);
        uint64_t localCompressed = buf.u32(localOffset + 18), localUncompressed = buf.u32(localOffset + 22);
        const uint16_t localNameLength = buf.u16(localOffset + 26), localExtraLength = buf.u16(localOffset + 28);
        const uint64_t dataStart = localOffset + kLocalSize + localNameLength + localExtraLength;
        if (!buf.has(localOffset + kLocalSize, uint64_t(localNameLength) + localExtraLength))
            throwInput(file, name, "local header at offset " + std::to_string(localOffset) + " is truncated");
        if (buf.str(localOffset + kLocalSize, localNameLength) != name)
            throwInput(file, name, "local header name differs from the central directory");
        if (localMethod != method)
            throwInput(file, name, "local header compression method differs from the central directory");
        if (!(localFlags & kFlagDataDescriptor)) {
            // APPNOTE 4.5.3: a local ZIP64 field holds both sizes. CPython (hence numpy, which forces
            // ZIP64) writes it for every member, with the real sizes also in the 32-bit fields.
            const bool saturated = localUncompressed == kSat32 || localCompressed == kSat32;
            uint64_t extraPos = 0, extraLen = 0;
            if (saturated && findZip64Extra(buf, localOffset + kLocalSize + localNameLength, localExtraLength, &extraPos,
                                            &extraLen, file, name) && extraLen >= 16) {
                localUncompressed = buf.u64(extraPos);
                localCompressed = buf.u64(extraPos + 8);
            } else {
                applyZip64(buf, localOffset + kLocalSize + localNameLength, localExtraLength,
                           {{localUncompressed == kSat32, &localUncompressed}, {localCompressed == kSat32, &localCompressed}},
                           file, name, "local header");
            }
            if (localCrc != crc || localCompressed != compressedSize || localUncompressed != uncompressedSize)
                throwInput(file, name, "local header (crc " + hex32(localCrc) + ", " + std::to_string(localUncompressed) +
                                           " bytes) disagrees with the central directory (crc " + hex32(crc) + ", " +
                                           std::to_string(uncompressedSize) + " bytes)");
        }
        if (!buf.has(dataStart, compressedSize))
            throwInput(file, name, "member data (" + std::to_string(compressedSize) + " bytes at offset " +
                                       std::to_string(dataStart) + ") extends past the end of the archive (truncated?)");
        const auto data = bytes.subspan(dataStart, compressedSize);
        const uint32_t actualCrc = crc32(data);
        if (actualCrc != crc)
            throwInput(file, name, "CRC-32 mismatch: the central directory says " + hex32(crc) + ", the data has " +
                                       hex32(actualCrc) + " (corrupted archive)");

        if (name.size() < 4 || name.compare(name.size() - 4, 4, ".npy") != 0)
            throwInput(file, name, "member is not a .npy array (its name does not end in .npy)");
        const std::string key = name.substr(0, name.size() - 4);
        if (arrays.count(key))
            throwInput(file, name, "duplicate member");
        arrays.emplace(key, decodeNpy(data, file, name));
        pos += entrySize;
    }
    return arrays;
}

std::map<std::string, NpyArray> readNpz(const std::string& path)
{
    const MappedFile mapped(path);
    return readNpzBytes(mapped.bytes(), path);
}

std::vector<std::byte> encodeNpz(const std::vector<std::pair<std::string, NpyArray>>& arrays, const NpzWriteOptions& options,
                                 const std::string& nameForErrors)
{
    std::set<std::string> seen;
    std::vector<std::vector<std::byte>> headers;   // each member's .npy preamble + header
    std::size_t reserve = kEnd64Size + kLocatorSize + kEndSize;
    for (const auto& [key, array] : arrays) {
        if (key.empty())
            throwInput(nameForErrors, key, "empty array name");
        if (key.find('\0') != std::string::npos)
            throwInput(nameForErrors, "", "array name contains a NUL byte");
        if (key.size() + 4 > 0xFFFF)
            throwInput(nameForErrors, key, "array name longer than a zip member name can be");
        if (!seen.insert(key).second)
            throwInput(nameForErrors, key, "duplicate array name");
        // Header only: the payload is appended straight from the array, never copied twice.
        validateNpyArray(array, nameForErrors, key);
        headers.push_back(encodeNpyHeader(array));
        reserve += 2 * (key.size() + 4) + kLocalSize + kCentralSize + 2 * 28 + headers.back().size() + array.data.size();
    }

    Out out(reserve);
    std::vector<WrittenMember> members;
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        const auto& array = arrays[i].second;
        const auto& header = headers[i];
        WrittenMember m;
        m.name = arrays[i].first + ".npy";
        m.size = header.size() + array.data.size();
        m.crc = crc32(array.data, crc32(header));
        m.offset = out.size();
        const bool zip64 = options.forceZip64 || m.size > kZip64Limit;
        out.u32(kLocalSig);
        out.u16(zip64 ? kVersionZip64 : kVersionDefault);
        out.u16(isAscii(m.name) ? 0 : kFlagUtf8);
        out.u16(kMethodStored);
        out.u16(0);              // time 00:00:00
        out.u16(kDosDate1980);
        out.u32(m.crc);
        out.u32(zip64 ? kSat32 : static_cast<uint32_t>(m.size));   // compressed
        out.u32(zip64 ? kSat32 : static_cast<uint32_t>(m.size));   // uncompressed
        out.u16(static_cast<uint16_t>(m.name.size()));
        out.u16(zip64 ? 20 : 0);
        out.raw(m.name.data(), m.name.size());
        if (zip64) {
            out.u16(kZip64ExtraId);
            out.u16(16);
            out.u64(m.size);   // uncompressed, then compressed (APPNOTE 4.5.3)
            out.u64(m.size);
        }
        out.raw(header.data(), header.size());
        out.raw(array.data.data(), array.data.size());
        members.push_back(std::move(m));
    }

    const uint64_t cdOffset = out.size();
    for (const auto& m : members) {
        const bool bigSize = options.forceZip64 || m.size > kZip64Limit;
        const bool bigOffset = options.forceZip64 || m.offset > kZip64Limit;
        const uint16_t extraLength = static_cast<uint16_t>((bigSize || bigOffset) ? 4 + (bigSize ? 16 : 0) + (bigOffset ? 8 : 0) : 0);
        const uint16_t version = (bigSize || bigOffset) ? kVersionZip64 : kVersionDefault;
        out.u32(kCentralSig);
        out.u16(kMadeByUnix | version);
        out.u16(version);
        out.u16(isAscii(m.name) ? 0 : kFlagUtf8);
        out.u16(kMethodStored);
        out.u16(0);
        out.u16(kDosDate1980);
        out.u32(m.crc);
        out.u32(bigSize ? kSat32 : static_cast<uint32_t>(m.size));
        out.u32(bigSize ? kSat32 : static_cast<uint32_t>(m.size));
        out.u16(static_cast<uint16_t>(m.name.size()));
        out.u16(extraLength);
        out.u16(0);   // comment length
        out.u16(0);   // disk number start
        out.u16(0);   // internal attributes
        out.u32(kExternalAttrRw);
        out.u32(bigOffset ? kSat32 : static_cast<uint32_t>(m.offset));
        out.raw(m.name.data(), m.name.size());
        if (extraLength) {
            out.u16(kZip64ExtraId);
            out.u16(static_cast<uint16_t>(extraLength - 4));
            if (bigSize) {
                out.u64(m.size);
                out.u64(m.size);
            }
            if (bigOffset)
                out.u64(m.offset);
        }
    }
    const uint64_t cdSize = out.size() - cdOffset;
    const uint64_t count = members.size();

    const bool zip64End = options.forceZip64 || count >= kSat16 || cdOffset > kZip64Limit || cdSize > kZip64Limit;
    if (zip64End) {
        const uint64_t end64 = out.size();
        out.u32(kEnd64Sig);
        out.u64(kEnd64Size - 12);   // size of the rest of the record
        out.u16(kMadeByUnix | kVersionZip64);
        out.u16(kVersionZip64);
        out.u32(0);   // this disk
        out.u32(0);   // disk with the central directory
        out.u64(count);
        out.u64(count);
        out.u64(cdSize);
        out.u64(cdOffset);
        out.u32(kLocatorSig);
        out.u32(0);   // disk with the ZIP64 end record
        out.u64(end64);
        out.u32(1);   // total disks
    }
    const bool saturate = options.forceZip64;
    out.u32(kEndSig);
    out.u16(0);
    out.u16(0);
    const auto count16 = static_cast<uint16_t>(saturate || count >= kSat16 ? kSat16 : count);
    out.u16(count16);
    out.u16(count16);
    out.u32(saturate || cdSize > kZip64Limit ? kSat32 : static_cast<uint32_t>(cdSize));
    out.u32(saturate || cdOffset > kZip64Limit ? kSat32 : static_cast<uint32_t>(cdOffset));
    out.u16(0);   // comment length
    return out.take();
}

void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& arrays,
              const NpzWriteOptions& options)
{
    writeFileAtomically(path, encodeNpz(arrays, options, path));
}

} // namespace editscope
