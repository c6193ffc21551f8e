// GPT-2's pre-tokenizer: splits text into the pieces that BPE then encodes independently.
//
// Implements, by hand and without a regex engine, GPT-2's pattern
//     's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// with the regex's leftmost-alternative semantics: at each position the first alternative that
// matches wins. Consequences worth knowing:
//   * contractions are lowercase ASCII only ("'S" is "'" + "S"); " 's" is " '" + "s";
//   * the optional leading space is U+0020 only, never a tab or newline;
//   * `\s+(?!\S)` gives back the last whitespace character of a run that is followed by a
//     non-space, so "a   b" -> "a", "  ", " b" and "a\n\nb" -> "a", "\n", "\n", "b";
//     a run at the end of the text stays whole.
//
// Character classes. L = ICU general categories Lu Ll Lt Lm Lo; N = Nd Nl No. `\s` is JavaScript's
// definition (our test oracle, npm gpt-3-encoder, runs the pattern with the `u` flag):
// U+0009..U+000D, U+0020, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
// U+FEFF. Every other code point is "other".
//
// Known differences from other GPT-2 implementations (measured where possible):
//   * Python `regex` (openai/gpt-2 encoder.py, HF slow GPT2Tokenizer; checked with regex 2026.5.9):
//     its \s adds U+0085 and lacks U+FEFF. So "a \u0085b" is "a"," \u0085","b" here but
//     "a"," ","\u0085","b" there; " \uFEFF" before a word is whitespace here, "other" there.
//   * Python `re` (not used by GPT-2) also counts U+001C..U+001F as \s; `regex` and we do not.
//   * HF fast tokenizers (Rust, Oniguruma): Oniguruma documents \s as U+0009..U+000D, U+0085 and
//     Zs/Zl/Zp, i.e. the same two differences as Python `regex` (from its docs, not run here).
//   * L/N follow the Unicode version of the linked ICU (72 = Unicode 15.0 on Debian 12); engines with
//     newer tables classify code points assigned after that differently (they are "other" here).
// None of these code points occur in ordinary English/CounterFact text.
//
// Invalid UTF-8 never throws: each byte that does not start a well-formed sequence (Unicode
// Table 3-7: no overlongs, surrogates or values above U+10FFFF) is one "other" character, so the
// pieces always concatenate back to the exact input bytes.
//
// Pure function: thread-safe. The returned views point into `utf8`.
#pragma once

#include <string_view>
#include <vector>

namespace editscope {

std::vector<std::string_view> gpt2PreTokenize(std::string_view utf8);

} // namespace editscope
