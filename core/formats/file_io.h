// Whole-file reads and writes with the engine's error conventions, so no module hand-rolls them.
// Writes never leave a half-written file in place: write to "<path>.tmp", fsync, rename over the
// target. On failure the temp file is removed, the old file is untouched, and InputError names the
// file and the OS reason (e.g. "No space left on device"). Reads name the file and what it was for.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

// The chunks are written in order without being joined first (multi-GB checkpoints).
void writeFileAtomically(const std::string& path, const std::vector<std::span<const std::byte>>& chunks);
void writeFileAtomically(const std::string& path, const std::vector<std::byte>& bytes);
void writeFileAtomically(const std::string& path, std::string_view text);

// Reads a whole file; InputError(path, "", "cannot open <what>: <OS reason>") when it cannot be
// opened, "read error" when reading fails.
std::string readWholeFile(const std::string& path, std::string_view what = "file");

// readWholeFile, then JSON; a syntax error is InputError(path, "", "not valid JSON: ...").
nlohmann::json readJsonFile(const std::string& path, std::string_view what = "file");

} // namespace editscope
