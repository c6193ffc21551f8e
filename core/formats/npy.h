// NumPy .npy files (format version 1.0): the reference stores layer statistics as .npz (a zip of
// .npy members), and `editscope-cli logits --out x.npy` writes logits in this format. Torch-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

// Serialises a little-endian C-order array; descr is a NumPy dtype string such as "<f4" or "<f8".
std::vector<std::byte> encodeNpy(const std::string& descr, const std::vector<int64_t>& shape,
                                 const void* data, size_t nbytes);
// Writes atomically (temp file + rename); errors name the file and the OS reason.
void writeNpyFile(const std::string& path, const std::string& descr, const std::vector<int64_t>& shape,
                  const void* data, size_t nbytes);

} // namespace editscope
