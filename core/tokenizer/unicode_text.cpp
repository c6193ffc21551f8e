#include "core/tokenizer/unicode_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <limits>
#include <stdexcept>

namespace editscope {

std::string nfkd(std::string_view utf8)
{
    if (utf8.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
        throw std::length_error("nfkd: text longer than 2 GiB");
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFKD normalizer unavailable: ") + u_errorName(status));
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFKD normalization failed: ") + u_errorName(status));
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

} // namespace editscope
