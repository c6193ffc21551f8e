// Writing files so that a crash or a full disk never leaves a half-written file in place: write to
// "<path>.tmp", fsync, rename over the target. On failure the temp file is removed, the old file is
// untouched, and InputError names the file and the OS reason (e.g. "No space left on device").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

void writeFileAtomically(const std::string& path, const std::vector<std::byte>& bytes);
void writeFileAtomically(const std::string& path, std::string_view text);

// Reads a whole file; InputError(path, "", reason) when it cannot be opened or read.
std::string readWholeFile(const std::string& path);

} // namespace editscope
