// Unicode text helpers backed by ICU (no Qt in core/).
//
// nfkd: compatibility decomposition, as Python's unicodedata.normalize("NFKD", s), which the
// reference applies to decoded samples (spec §2.4). Input that is not valid UTF-8 is first
// repaired the way Python's bytes.decode("utf-8", errors="replace") does (one U+FFFD per maximal
// invalid subsequence, which is also ICU's conversion rule), since the reference decodes ids
// with errors="replace" before normalizing. Pure function: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace editscope {

std::string nfkd(std::string_view utf8);

} // namespace editscope
