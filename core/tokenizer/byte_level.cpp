#include "core/tokenizer/byte_level.h"

#include "core/util/utf8.h"

namespace editscope {
namespace {

struct Tables {
    std::array<char32_t, 256> toUnicode{};
    std::array<int16_t, 324> toByte{};    // indexed by code point < 0x144; -1 = not in the alphabet
    std::array<uint8_t, 256> order{};
    std::array<std::string, 256> spelled; // UTF-8 of toUnicode[b]
};

bool isPrintable(int b)
{
    return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
}

const Tables& tables()
{
    static const Tables t = [] {
        Tables r;
        r.toByte.fill(-1);
        int next = 0;
        for (int b = 0; b < 256; ++b)
            if (isPrintable(b))
                r.order[next++] = static_cast<uint8_t>(b);
        int extra = 0;
        for (int b = 0; b < 256; ++b) {
            if (isPrintable(b)) {
                r.toUnicode[b] = static_cast<char32_t>(b);
            } else {
                r.toUnicode[b] = static_cast<char32_t>(256 + extra++);
                r.order[next++] = static_cast<uint8_t>(b);
            }
            r.toByte[r.toUnicode[b]] = static_cast<int16_t>(b);
            appendUtf8(r.spelled[b], r.toUnicode[b]);
        }
        return r;
    }();
    return t;
}

} // namespace

char32_t byteToUnicode(uint8_t b) { return tables().toUnicode[b]; }

std::optional<uint8_t> unicodeToByte(char32_t c)
{
    if (c >= tables().toByte.size() || tables().toByte[c] < 0)
        return std::nullopt;
    return static_cast<uint8_t>(tables().toByte[c]);
}

const std::array<uint8_t, 256>& gpt2ByteOrder() { return tables().order; }

std::string byteLevelEncode(std::string_view bytes)
{
    const Tables& t = tables();
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char ch : bytes)
        out += t.spelled[static_cast<uint8_t>(ch)];
    return out;
}

std::optional<std::string> byteLevelDecode(std::string_view spelled)
{
    // Alphabet code points are < U+0144, so only 1- and 2-byte UTF-8 sequences can be valid.
    std::string out;
    out.reserve(spelled.size());
    for (size_t i = 0; i < spelled.size();) {
        const auto b0 = static_cast<uint8_t>(spelled[i]);
        char32_t c;
        if (b0 < 0x80) {
            c = b0;
            i += 1;
        } else if ((b0 & 0xE0) == 0xC0 && i + 1 < spelled.size()
                   && (static_cast<uint8_t>(spelled[i + 1]) & 0xC0) == 0x80) {
            c = (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<uint8_t>(spelled[i + 1]) & 0x3F);
            if (c < 0x80)
                return std::nullopt; // overlong
            i += 2;
        } else {
            return std::nullopt;
        }
        const auto b = unicodeToByte(c);
        if (!b)
            return std::nullopt;
        out += static_cast<char>(*b);
    }
    return out;
}

} // namespace editscope
