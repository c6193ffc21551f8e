#include "core/tokenizer/gpt2_pretokenizer.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>

namespace editscope {
namespace {

enum class CharClass : uint8_t { Letter, Number, Space, Other };

struct Char {
    uint32_t begin; // byte offset of the character
    CharClass cls;
};

bool isJsSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

CharClass classify(char32_t c)
{
    if (isJsSpace(c))
        return CharClass::Space;
    const uint32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    if (mask & U_GC_L_MASK)
        return CharClass::Letter;
    if (mask & U_GC_N_MASK)
        return CharClass::Number;
    return CharClass::Other;
}

bool inRange(uint8_t b, uint8_t lo, uint8_t hi) { return b >= lo && b <= hi; }

// Decodes one well-formed UTF-8 sequence at s[i]; returns its length, or 0 if s[i] starts none.
size_t decodeOne(std::string_view s, size_t i, char32_t& cp)
{
    const auto at = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
    const uint8_t b0 = at(0);
    const size_t left = s.size() - i;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if (inRange(b0, 0xC2, 0xDF)) {
        if (left < 2 || !inRange(at(1), 0x80, 0xBF))
            return 0;
        cp = (char32_t(b0 & 0x1F) << 6) | (at(1) & 0x3F);
        return 2;
    }
    if (inRange(b0, 0xE0, 0xEF)) {
        if (left < 3)
            return 0;
        const uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const uint8_t hi = b0 == 0xED ? 0x9F : 0xBF;
        if (!inRange(at(1), lo, hi) || !inRange(at(2), 0x80, 0xBF))
            return 0;
        cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(at(1) & 0x3F) << 6) | (at(2) & 0x3F);
        return 3;
    }
    if (inRange(b0, 0xF0, 0xF4)) {
        if (left < 4)
            return 0;
        const uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80;
        const uint8_t hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (!inRange(at(1), lo, hi) || !inRange(at(2), 0x80, 0xBF) || !inRange(at(3), 0x80, 0xBF))
            return 0;
        cp = (char32_t(b0 & 0x07) << 18) | (char32_t(at(1) & 0x3F) << 12)
            | (char32_t(at(2) & 0x3F) << 6) | (at(3) & 0x3F);
        return 4;
    }
    return 0;
}

CharClass asciiClass(uint8_t b)
{
    static const auto table = [] {
        std::array<CharClass, 128> t{};
        for (int c = 0; c < 128; ++c)
            t[c] = classify(static_cast<char32_t>(c));
        return t;
    }();
    return table[b];
}

// Length of a contraction ('s 't 're 've 'm 'll 'd) starting at byte offset b, or 0.
size_t contractionLength(std::string_view s, size_t b)
{
    if (s[b] != '\'' || b + 1 >= s.size())
        return 0;
    const char c1 = s[b + 1];
    if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd')
        return 2;
    if (b + 2 < s.size()) {
        const char c2 = s[b + 2];
        if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l'))
            return 3;
    }
    return 0;
}

} // namespace

std::vector<std::string_view> gpt2PreTokenize(std::string_view utf8)
{
    std::vector<Char> chars;
    chars.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const auto b0 = static_cast<uint8_t>(utf8[i]);
        if (b0 < 0x80) {
            chars.push_back({static_cast<uint32_t>(i), asciiClass(b0)});
            ++i;
            continue;
        }
        char32_t cp = 0;
        const size_t len = decodeOne(utf8, i, cp);
        chars.push_back({static_cast<uint32_t>(i), len ? classify(cp) : CharClass::Other});
        i += len ? len : 1;
    }

    const size_t n = chars.size();
    const auto byteAt = [&](size_t charIndex) -> size_t {
        return charIndex < n ? chars[charIndex].begin : utf8.size();
    };
    std::vector<std::string_view> pieces;
    size_t i = 0;
    while (i < n) {
        size_t end = i; // one past the last character of this piece

        // 's|'t|'re|'ve|'m|'ll|'d  (ASCII, so characters and bytes coincide)
        if (const size_t len = contractionLength(utf8, chars[i].begin)) {
            end = i + len;
        } else {
            // ` ?\p{L}+`, ` ?\p{N}+`, ` ?[^\s\p{L}\p{N}]+`: the class after an optional U+0020
            // decides which of the three matches; a space alone matches none of them.
            size_t start = i;
            if (utf8[chars[i].begin] == ' ' && i + 1 < n && chars[i + 1].cls != CharClass::Space)
                start = i + 1;
            const CharClass cls = chars[start].cls;
            if (cls != CharClass::Space) {
                end = start + 1;
                while (end < n && chars[end].cls == cls)
                    ++end;
            } else {
                // `\s+(?!\S)|\s+`: a whitespace run followed by a non-space gives back its last
                // character (if it has more than one) so that character can lead the next word.
                size_t runEnd = i + 1;
                while (runEnd < n && chars[runEnd].cls == CharClass::Space)
                    ++runEnd;
                end = (runEnd < n && runEnd - i >= 2) ? runEnd - 1 : runEnd;
            }
        }
        pieces.emplace_back(utf8.data() + byteAt(i), byteAt(end) - byteAt(i));
        i = end;
    }
    return pieces;
}

} // namespace editscope
