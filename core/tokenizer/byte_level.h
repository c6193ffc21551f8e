// GPT-2's byte-level alphabet: the reversible map between the 256 byte values and 256 printable
// Unicode characters that vocab.json / merges.txt use to spell tokens (`bytes_to_unicode` in
// openai/gpt-2 encoder.py).
//
// Printable bytes ('!'..'~', U+00A1..U+00AC, U+00AE..U+00FF) map to themselves; the other 68 bytes
// map, in increasing byte order, to U+0100, U+0101, ... (so ' ' = 0x20 becomes "Ġ" = U+0120).
// A GPT-2 vocab spells token ids 0..255 in exactly that order (printable ones first).
// Pure functions over constant tables: thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace editscope {

// The code point that spells byte b.
char32_t byteToUnicode(uint8_t b);

// The byte spelled by code point c, or nullopt if c is not in the byte-level alphabet.
std::optional<uint8_t> unicodeToByte(char32_t c);

// The 256 bytes in GPT-2's vocabulary order: entry i is the byte of token id i.
const std::array<uint8_t, 256>& gpt2ByteOrder();

// Raw bytes -> their byte-level spelling (UTF-8), e.g. " the" -> "Ġthe".
std::string byteLevelEncode(std::string_view bytes);

// Byte-level spelling (UTF-8) -> raw bytes; nullopt if the text is not valid UTF-8 or contains a
// character outside the alphabet (e.g. a key that is not a byte-level token).
std::optional<std::string> byteLevelDecode(std::string_view spelled);

} // namespace editscope
