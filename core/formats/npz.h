// NumPy .npz archives: a ZIP file whose members "<key>.npy" are .npy arrays (core/formats/npy.h).
// ROME/MEMIT cache their layer statistics this way (`np.savez(path, **stat.state_dict())`, keys
// mom2.mom2, mom2.count, mom2.constructor, sample_size; rome_memit.md §2.6).
//
// Reading (APPNOTE 6.3): the end of central directory record is searched backwards (an archive
// comment is allowed), ZIP64 end records, locators and 0x0001 extra fields are honoured, every
// member's local header must agree with the central directory (name, method, and CRC/sizes unless a
// data descriptor is flagged), and every member's CRC-32 is verified. Only STORED members are
// supported (numpy.savez); DEFLATE members (numpy.savez_compressed) are rejected with a clear
// error, as are encryption, multi-disk archives, duplicate keys and members not named "*.npy".
// Files are memory-mapped, so a 2 GB statistics file costs one copy of its arrays, not two.
//
// Writing: STORED members in the given order, version-needed 20, no data descriptor, a fixed DOS
// timestamp (1980-01-01, reproducible bytes), local headers + central directory + end record. ZIP64
// records are written when a size or offset exceeds 2 GiB - 1 (CPython zipfile's ZIP64_LIMIT, which
// numpy uses; some readers treat the 32-bit fields as signed) or the archive has 65535+ members.
//
// Errors are InputError(file, member, reason). Torch-free; thread-safe (no shared state).
#pragma once

#include "core/formats/npy.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace editscope {

// Keys are the member names without ".npy".
std::map<std::string, NpyArray> readNpz(const std::string& path);
std::map<std::string, NpyArray> readNpzBytes(std::span<const std::byte> bytes, const std::string& nameForErrors);

struct NpzWriteOptions {
    // Write ZIP64 extra fields for every member and the ZIP64 end record even for small archives,
    // exactly as large ones get them (saturated 32-bit fields). Exercises the large-file path in tests.
    bool forceZip64 = false;
};

// Keys must be unique and non-empty; each array must pass validateNpyArray. Atomic (temp + rename).
void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& arrays,
              const NpzWriteOptions& options = {});
std::vector<std::byte> encodeNpz(const std::vector<std::pair<std::string, NpyArray>>& arrays,
                                 const NpzWriteOptions& options = {}, const std::string& nameForErrors = "");

// CRC-32 (ISO-HDLC, the ZIP/zlib polynomial 0xEDB88320); crc32 of "123456789" is 0xCBF43926.
// Pass the previous result as `crc` to continue a running checksum.
uint32_t crc32(std::span<const std::byte> bytes, uint32_t crc = 0);

} // namespace editscope
