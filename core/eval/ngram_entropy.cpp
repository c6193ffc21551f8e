#include "core/eval/ngram_entropy.h"

#include "core/util/error.h"

#include <unicode/uchar.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace editscope {
namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

// ---------------------------------------------------------------------------------------------
// UTF-8 <-> code points. Strict decoding: the generation pipeline already repaired its text (nfkd),
// so anything invalid here is a caller bug worth reporting.

U32 decodeUtf8(const std::string& text)
{
    U32 out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    auto fail = [&](size_t at) {
        throw InputError("generated text", "utf-8", "invalid UTF-8 sequence at byte " + std::to_string(at));
    };
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            out.push_back(b);
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; min = 0x80; }
        else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; min = 0x800; }
        else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; min = 0x10000; }
        else fail(i);
        if (i + static_cast<size_t>(len) > n) fail(i);
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) fail(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail(i);
        out.push_back(cp);
        i += static_cast<size_t>(len);
    }
    return out;
}

std::string encodeUtf8(U32View text)
{
    std::string out;
    out.reserve(text.size());
    for (const char32_t c : text) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Python 3 `re` (str patterns) character classes.

// str.isspace() and `\s`: the fixed list CPython derives from Unicode (bidi WS/B/S or Zs).
bool isSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
           || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
           || c == 0x3000;
}

// `\w`: str.isalnum() (letters L*, anything with a numeric value) or '_'.
bool isWord(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    const auto cp = static_cast<UChar32>(c);
    return u_isalpha(cp) || u_getIntPropertyValue(cp, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

// `\d`: decimal digits (Nd).
bool isDecimal(char32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
}

// Python IGNORECASE equivalence against the lower-case ASCII letters of the contraction patterns.
char32_t foldForPattern(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 'a';
    switch (c) {
    case 0x0130: // İ
    case 0x0131: // ı
        return 'i';
    case 0x017F: // ſ
        return 's';
    case 0x212A: // Kelvin sign
        return 'k';
    default:
        return c;
    }
}

// Python str.lower() restricted to what can reach the ASCII abbreviation list.
char32_t lowerForAbbreviation(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 'a';
    if (c == 0x212A)
        return 'k';
    return c;
}

bool isIn(char32_t c, U32View set)
{
    return set.find(c) != U32View::npos;
}

bool startsWith(U32View s, size_t at, U32View prefix)
{
    return at <= s.size() && s.substr(at, prefix.size()) == prefix;
}

// Case-insensitive (IGNORECASE) comparison of s[at..] with an all-lower-case ASCII pattern.
bool matchesFolded(U32View s, size_t at, U32View lowerPattern)
{
    if (at + lowerPattern.size() > s.size())
        return false;
    for (size_t k = 0; k < lowerPattern.size(); ++k)
        if (foldForPattern(s[at + k]) != lowerPattern[k])
            return false;
    return true;
}

U32 rstripSpace(U32View s)
{
    size_t end = s.size();
    while (end > 0 && isSpace(s[end - 1]))
        --end;
    return U32(s.substr(0, end));
}

std::vector<U32> splitOnSpace(U32View s)
{
    std::vector<U32> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        const size_t start = i;
        while (i < s.size() && !isSpace(s[i]))
            ++i;
        if (i > start)
            out.emplace_back(s.substr(start, i - start));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// NLTKWordTokenizer: one function per regex, each with re.sub's leftmost non-overlapping scan.

// Pads every character of `set` with spaces: re.sub("[set]", " \g<0> ").
U32 padChars(U32View s, U32View set)
{
    U32 out;
    out.reserve(s.size() + 8);
    for (const char32_t c : s) {
        if (isIn(c, set)) {
            out.push_back(' ');
            out.push_back(c);
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// re.sub(literal, replacement) for a literal pattern.
U32 replaceLiteral(U32View s, U32View pattern, U32View replacement)
{
    U32 out;
    out.reserve(s.size() + 8);
    size_t i = 0;
    while (i < s.size()) {
        if (startsWith(s, i, pattern)) {
            out += replacement;
            i += pattern.size();
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// ([«“‘„]|[`]+) -> " \1 "
U32 padOpeningQuotes(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = s[i];
        if (c == 0x00AB || c == 0x201C || c == 0x2018 || c == 0x201E) {
            out += U' ';
            out.push_back(c);
            out += U' ';
            ++i;
        } else if (c == '`') {
            size_t j = i;
            while (j < s.size() && s[j] == '`')
                ++j;
            out += U' ';
            out.append(s.substr(i, j - i));
            out += U' ';
            i = j;
        } else {
            out.push_back(c);
            ++i;
        }
    }
    return out;
}

// ([ \(\[{<])(\"|\'{2}) -> "\1 `` "
U32 openingDoubleQuotes(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = s[i];
        if (isIn(c, U" ([{<") && i + 1 < s.size()) {
            size_t quoteLen = 0;
            if (s[i + 1] == '"')
                quoteLen = 1;
            else if (i + 2 < s.size() && s[i + 1] == '\'' && s[i + 2] == '\'')
                quoteLen = 2;
            if (quoteLen > 0) {
                out.push_back(c);
                out += U" `` ";
                i += 1 + quoteLen;
                continue;
            }
        }
        out.push_back(c);
        ++i;
    }
    return out;
}

// (?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b -> "\1 \2". The two-letter alternatives cannot matter:
// they would put a word character where \b needs a non-word one.
U32 splitQuoteLetter(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '\'' && i + 1 < s.size() && isWord(s[i + 1]) && !isIn(foldForPattern(s[i + 1]), U"mtsdn")
            && (i + 2 == s.size() || !isWord(s[i + 2]))) {
            out += U"' ";
            out.push_back(s[i + 1]);
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// ([^\.])(\.)([closers]*)\s*$ -> "\1 \2 \3 " (separateCloser) or "\1 \2\3 ". Only the last period
// can be followed by nothing but closers and whitespace, so that is the one match there can be.
U32 splitFinalPeriod(U32View s, U32View closers, bool separateClosers)
{
    const size_t p = s.rfind(U'.');
    if (p == U32View::npos || p == 0 || s[p - 1] == '.')
        return U32(s);
    size_t j = p + 1;
    while (j < s.size() && isIn(s[j], closers))
        ++j;
    for (size_t k = j; k < s.size(); ++k)
        if (!isSpace(s[k]))
            return U32(s);
    U32 out(s.substr(0, p));
    out += U" .";
    if (separateClosers)
        out += U' ';
    out.append(s.substr(p + 1, j - p - 1));
    out += U' ';
    return out;
}

// ([:,])([^\d]) -> " \1 \2", then ([:,])$ -> " \1 ".
U32 splitCommaColon(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        if ((s[i] == ':' || s[i] == ',') && i + 1 < s.size() && !isDecimal(s[i + 1])) {
            out += U' ';
            out.push_back(s[i]);
            out += U' ';
            out.push_back(s[i + 1]);
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    // `$` matches at the end and before a final newline.
    const size_t n = out.size();
    std::optional<size_t> at;
    if (n >= 1 && (out[n - 1] == ':' || out[n - 1] == ','))
        at = n - 1;
    else if (n >= 2 && out[n - 1] == '\n' && (out[n - 2] == ':' || out[n - 2] == ','))
        at = n - 2;
    if (at) {
        const char32_t c = out[*at];
        U32 fixed = out.substr(0, *at);
        fixed += U' ';
        fixed.push_back(c);
        fixed += U' ';
        fixed += out.substr(*at + 1);
        return fixed;
    }
    return out;
}

// \.{2,} -> " \g<0> "
U32 padEllipses(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '.' && i + 1 < s.size() && s[i + 1] == '.') {
            size_t j = i;
            while (j < s.size() && s[j] == '.')
                ++j;
            out += U' ';
            out.append(s.substr(i, j - i));
            out += U' ';
            i = j;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// ([^'])' -> "\1 ' "
U32 splitQuoteBeforeSpace(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\'' && i + 2 < s.size() && s[i + 1] == '\'' && s[i + 2] == ' ') {
            out.push_back(s[i]);
            out += U" ' ";
            i += 3;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// ([^' ])('[sS]|'[mM]|'[dD]|') -> "\1 \2 "
U32 splitShortClitics(U32View s)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = s[i];
        if (c != '\'' && c != ' ' && i + 1 < s.size() && s[i + 1] == '\'') {
            if (i + 3 < s.size() && isIn(s[i + 2], U"sSmMdD") && s[i + 3] == ' ') {
                out.push_back(c);
                out += U' ';
                out.append(s.substr(i + 1, 2));
                out += U' ';
                i += 4;
                continue;
            }
            if (i + 2 < s.size() && s[i + 2] == ' ') {
                out.push_back(c);
                out += U" ' ";
                i += 3;
                continue;
            }
        }
        out.push_back(s[i++]);
    }
    return out;
}

// ([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) -> "\1 \2 "
U32 splitLongClitics(U32View s)
{
    static constexpr std::array<U32View, 8> kClitics = {U"'ll", U"'LL", U"'re", U"'RE",
                                                         U"'ve", U"'VE", U"n't", U"N'T"};
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = s[i];
        bool matched = false;
        if (c != '\'' && c != ' ' && i + 4 < s.size() && s[i + 4] == ' ') {
            for (const U32View clitic : kClitics) {
                if (startsWith(s, i + 1, clitic)) {
                    out.push_back(c);
                    out += U' ';
                    out.append(clitic);
                    out += U' ';
                    i += 5;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            out.push_back(s[i++]);
    }
    return out;
}

// CONTRACTIONS2: (?i)\b(first)(second)\b -> " \1 \2 ", or (?=\s) instead of the final \b (wanna).
U32 splitContraction(U32View s, U32View first, U32View second, bool needsSpaceAfter)
{
    U32 whole(first);
    whole += second;
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t end = i + whole.size();
        if ((i == 0 || !isWord(s[i - 1])) && matchesFolded(s, i, whole)
            && (needsSpaceAfter ? (end < s.size() && isSpace(s[end])) : (end == s.size() || !isWord(s[end])))) {
            out += U' ';
            out.append(s.substr(i, first.size()));
            out += U' ';
            out.append(s.substr(i + first.size(), second.size()));
            out += U' ';
            i = end;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// CONTRACTIONS3: (?i) ('t)(is|was)\b -> " \1 \2 "
U32 splitTisTwas(U32View s, U32View rest)
{
    U32 out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t end = i + 3 + rest.size();
        if (s[i] == ' ' && i + 1 < s.size() && s[i + 1] == '\'' && matchesFolded(s, i + 2, U"t")
            && matchesFolded(s, i + 3, rest) && (end == s.size() || !isWord(s[end]))) {
            out += U' ';
            out.append(s.substr(i + 1, 2));
            out += U' ';
            out.append(s.substr(i + 3, rest.size()));
            out += U' ';
            i = end;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

std::vector<U32> nltkWordTokenizeU32(U32 text)
{
    // STARTING_QUOTES
    text = padOpeningQuotes(text);
    if (!text.empty() && text[0] == '"')
        text = U"``" + text.substr(1);
    text = replaceLiteral(text, U"``", U" `` ");
    text = openingDoubleQuotes(text);
    text = splitQuoteLetter(text);

    // PUNCTUATION
    text = splitFinalPeriod(text, U"])}>\"'\u00BB\u201D\u2019 ", true);
    text = splitCommaColon(text);
    text = padEllipses(text);
    text = padChars(text, U";@#$%&");
    text = splitFinalPeriod(text, U"])}>\"'", false);
    text = padChars(text, U"?!");
    text = splitQuoteBeforeSpace(text);
    text = padChars(text, U"*");

    // PARENS_BRACKETS, DOUBLE_DASHES
    text = padChars(text, U"][(){}<>");
    text = replaceLiteral(text, U"--", U" -- ");

    text = U" " + text + U" ";

    // ENDING_QUOTES
    text = padChars(text, U"\u00BB\u201D\u2019");
    text = replaceLiteral(text, U"''", U" '' ");
    text = replaceLiteral(text, U"\"", U" '' ");
    text = splitShortClitics(text);
    text = splitLongClitics(text);

    // CONTRACTIONS2, in NLTK's order, then CONTRACTIONS3.
    text = splitContraction(text, U"can", U"not", false);
    text = splitContraction(text, U"d", U"'ye", false);
    text = splitContraction(text, U"gim", U"me", false);
    text = splitContraction(text, U"gon", U"na", false);
    text = splitContraction(text, U"got", U"ta", false);
    text = splitContraction(text, U"lem", U"me", false);
    text = splitContraction(text, U"more", U"'n", false);
    text = splitContraction(text, U"wan", U"na", true);
    text = splitTisTwas(text, U"is");
    text = splitTisTwas(text, U"was");

    return splitOnSpace(text);
}

// ---------------------------------------------------------------------------------------------
// Punkt with fixed parameters: abbreviations only (no collocations, sentence starters or
// orthographic statistics). Names follow nltk/tokenize/punkt.py.

const std::array<U32View, 38> kPunktAbbreviations = {
    U"mr",  U"mrs", U"ms",   U"dr",  U"prof", U"st",   U"jr",  U"sr",  U"mt",  U"vs",
    U"e.g", U"i.e", U"a.m",  U"p.m", U"u.s",  U"u.k",  U"inc", U"co",  U"corp", U"ltd",
    U"jan", U"feb", U"aug",  U"sept", U"oct", U"nov",  U"dec", U"gen", U"gov", U"sen",
    U"rep", U"rev", U"lt",   U"col", U"capt", U"sgt",  U"messrs", U"mme"};

bool isAbbreviation(U32View word)
{
    U32 lower;
    for (const char32_t c : word)
        lower.push_back(lowerForAbbreviation(c));
    auto known = [](U32View w) {
        for (const U32View a : kPunktAbbreviations)
            if (a == w)
                return true;
        return false;
    };
    if (known(lower))
        return true;
    const size_t dash = lower.rfind(U'-');
    return dash != U32::npos && known(U32View(lower).substr(dash + 1));
}

constexpr U32View kNonWord = U")\";}]*:@'({[!?";          // _re_non_word_chars
constexpr U32View kNotWordStart = U"(\"`{[:;&#*@)}]-,";    // complement of _re_word_start

// _re_multi_char_punct = \-{2,}|\.{2,}|(?:\.\s){2,}\. at `at`; returns the match length or 0.
size_t multiCharAt(U32View s, size_t at)
{
    if (at >= s.size())
        return 0;
    for (const char32_t c : {U'-', U'.'}) {
        size_t j = at;
        while (j < s.size() && s[j] == c)
            ++j;
        if (j - at >= 2)
            return j - at;
    }
    size_t pairs = 0;
    while (at + 2 * pairs + 1 < s.size() && s[at + 2 * pairs] == '.' && isSpace(s[at + 2 * pairs + 1]))
        ++pairs;
    const size_t after = at + 2 * pairs;
    if (pairs >= 2 && after < s.size() && s[after] == '.')
        return 2 * pairs + 1;
    if (pairs >= 3)
        return 2 * (pairs - 1) + 1; // backtrack one pair: its period ends the match
    return 0;
}

// PunktLanguageVars.word_tokenize on one line (findall of _word_tokenize_fmt).
std::vector<U32> punktWordTokenize(U32View s)
{
    auto endsWord = [&](size_t k) {
        if (k >= s.size() || isSpace(s[k]) || isIn(s[k], kNonWord) || multiCharAt(s, k) > 0)
            return true;
        if (s[k] == ',') {
            const size_t j = k + 1;
            return j >= s.size() || isSpace(s[j]) || isIn(s[j], kNonWord) || multiCharAt(s, j) > 0;
        }
        return false;
    };
    std::vector<U32> tokens;
    size_t i = 0;
    while (i < s.size()) {
        if (const size_t len = multiCharAt(s, i); len > 0) {
            tokens.emplace_back(s.substr(i, len));
            i += len;
        } else if (isSpace(s[i])) {
            ++i;
        } else if (!isIn(s[i], kNotWordStart)) {
            size_t k = i + 1;
            while (!endsWord(k))
                ++k;
            tokens.emplace_back(s.substr(i, k - i));
            i = k;
        } else {
            tokens.emplace_back(s.substr(i, 1));
            ++i;
        }
    }
    return tokens;
}

struct PunktToken {
    U32 tok;
    bool sentbreak = false;
    bool abbr = false;
    bool ellipsis = false;

    bool periodFinal() const { return !tok.empty() && tok.back() == '.'; }
    bool firstUpper() const { return !tok.empty() && u_isUUppercase(static_cast<UChar32>(tok[0])); }
    bool firstLower() const { return !tok.empty() && u_isULowercase(static_cast<UChar32>(tok[0])); }
    // _RE_ELLIPSIS.match: two or more periods and nothing else.
    bool isEllipsis() const { return tok.size() >= 2 && tok.find_first_not_of(U'.') == U32::npos; }
    // _RE_INITIAL.match: [^\W\d]\.$
    bool isInitial() const { return tok.size() == 2 && isWord(tok[0]) && !isDecimal(tok[0]) && tok[1] == '.'; }
    // type_no_period == "##number##": the whole token matches ^-?[\.,]?\d[\d,\.-]*\.?$
    bool isNumberType() const
    {
        size_t i = 0;
        if (i < tok.size() && tok[i] == '-')
            ++i;
        if (i < tok.size() && (tok[i] == '.' || tok[i] == ','))
            ++i;
        if (i >= tok.size() || !isDecimal(tok[i]))
            return false;
        for (++i; i < tok.size(); ++i)
            if (!isDecimal(tok[i]) && tok[i] != ',' && tok[i] != '.' && tok[i] != '-')
                return false;
        return true;
    }
};

void firstPassAnnotation(PunktToken& t)
{
    if (t.tok == U"." || t.tok == U"?" || t.tok == U"!") {
        t.sentbreak = true;
    } else if (t.isEllipsis()) {
        t.ellipsis = true;
    } else if (t.periodFinal() && !(t.tok.size() >= 2 && t.tok[t.tok.size() - 2] == '.')) {
        if (isAbbreviation(U32View(t.tok).substr(0, t.tok.size() - 1)))
            t.abbr = true;
        else
            t.sentbreak = true;
    }
}

// _second_pass_annotation with empty collocations, sentence starters and orthographic context:
// only the initial/number rule can change a decision.
void secondPassAnnotation(PunktToken& t1, const PunktToken& t2)
{
    if (!t1.periodFinal())
        return;
    const bool initial = t1.isInitial();
    if (!initial && !t1.isNumberType())
        return;
    // _ortho_heuristic: False for punctuation and for lower-case words (never seen sentence-
    // initially lower-case), True never (needs statistics), otherwise "unknown".
    const bool orthoFalse = t2.tok == U";" || t2.tok == U":" || t2.tok == U"," || t2.tok == U"."
                            || t2.tok == U"!" || t2.tok == U"?" || t2.firstLower();
    if (orthoFalse || (initial && t2.firstUpper())) {
        t1.sentbreak = false;
        t1.abbr = true;
    }
}

// text_contains_sentbreak: a sentence break followed by any further token.
bool textContainsSentbreak(U32View context)
{
    std::vector<PunktToken> tokens;
    size_t lineStart = 0;
    while (lineStart <= context.size()) {
        size_t lineEnd = context.find(U'\n', lineStart);
        if (lineEnd == U32View::npos)
            lineEnd = context.size();
        for (U32& w : punktWordTokenize(context.substr(lineStart, lineEnd - lineStart)))
            tokens.push_back(PunktToken{std::move(w)});
        lineStart = lineEnd + 1;
    }
    for (PunktToken& t : tokens)
        firstPassAnnotation(t);
    bool found = false;
    for (size_t k = 0; k < tokens.size(); ++k) {
        if (k + 1 < tokens.size())
            secondPassAnnotation(tokens[k], tokens[k + 1]);
        if (found)
            return true;
        if (tokens[k].sentbreak)
            found = true;
    }
    return false;
}

struct Slice {
    size_t start = 0;
    size_t stop = 0;
};

struct EndContext {
    size_t matchStart = 0;                 // the . ? or ! (the match is that one character)
    std::optional<size_t> nextTokStart;    // set when whitespace and a next token follow
    U32 context;
};

// _match_potential_end_contexts, including its overlap removal for runs like "!!!".
std::vector<EndContext> matchPotentialEndContexts(U32View text)
{
    auto isAsciiWhitespace = [](char32_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); };
    std::vector<EndContext> out;
    Slice previousSlice;
    std::optional<EndContext> previous;
    U32 previousAfterTok;
    for (size_t p = 0; p < text.size(); ++p) {
        if (!isIn(text[p], U".?!") || p + 1 >= text.size())
            continue;
        EndContext m;
        m.matchStart = p;
        U32 afterTok;
        if (isIn(text[p + 1], kNonWord)) {
            afterTok = U32(1, text[p + 1]);
        } else if (isSpace(text[p + 1])) {
            size_t q = p + 1;
            while (q < text.size() && isSpace(text[q]))
                ++q;
            if (q == text.size())
                continue;
            size_t r = q;
            while (r < text.size() && !isSpace(text[r]))
                ++r;
            afterTok = U32(text.substr(p + 1, r - p - 1));
            m.nextTokStart = q;
        } else {
            continue;
        }

        const U32View before = text.substr(previousSlice.stop, p - previousSlice.stop);
        size_t lastSpace = 0; // _get_last_whitespace_index: string.whitespace only, 0 when none
        for (size_t k = before.size(); k-- > 0;) {
            if (isAsciiWhitespace(before[k])) {
                lastSpace = k;
                break;
            }
        }
        const size_t wordStart = lastSpace != 0 ? lastSpace + previousSlice.stop + 1 : previousSlice.start;
        const Slice prevWord{wordStart, p};
        if (previous && previousSlice.stop <= prevWord.start) {
            previous->context = U32(text.substr(previousSlice.start, previousSlice.stop - previousSlice.start))
                                + text[previous->matchStart] + previousAfterTok;
            out.push_back(std::move(*previous));
        }
        previous = std::move(m);
        previousAfterTok = std::move(afterTok);
        previousSlice = prevWord;
    }
    if (previous) {
        previous->context = U32(text.substr(previousSlice.start, previousSlice.stop - previousSlice.start))
                            + text[previous->matchStart] + previousAfterTok;
        out.push_back(std::move(*previous));
    }
    return out;
}

// re_boundary_realignment = ["\')\]}]+?(?:\s+|(?=--)|$) (MULTILINE), matched at the start of `s`:
// returns (length of the closers, end of the whole match).
std::optional<std::pair<size_t, size_t>> matchBoundaryRealignment(U32View s)
{
    for (size_t k = 1; k <= s.size() && isIn(s[k - 1], U"\"')]}"); ++k) {
        if (k < s.size() && isSpace(s[k])) {
            size_t e = k;
            while (e < s.size() && isSpace(s[e]))
                ++e;
            return std::make_pair(k, e);
        }
        if (startsWith(s, k, U"--") || k == s.size() || s[k] == '\n')
            return std::make_pair(k, k);
    }
    return std::nullopt;
}

std::vector<U32> punktSentences(U32View text)
{
    // _slices_from_text
    std::vector<Slice> slices;
    size_t lastBreak = 0;
    for (const EndContext& m : matchPotentialEndContexts(text)) {
        if (textContainsSentbreak(m.context)) {
            slices.push_back({lastBreak, m.matchStart + 1});
            lastBreak = m.nextTokStart ? *m.nextTokStart : m.matchStart + 1;
        }
    }
    slices.push_back({lastBreak, rstripSpace(text).size()});

    // _realign_boundaries
    std::vector<U32> sentences;
    size_t realign = 0;
    for (size_t k = 0; k < slices.size(); ++k) {
        const Slice s1{slices[k].start + realign, slices[k].stop};
        const U32View s1Text = s1.start < s1.stop ? text.substr(s1.start, s1.stop - s1.start) : U32View();
        if (k + 1 == slices.size()) {
            if (!s1Text.empty())
                sentences.emplace_back(s1Text);
            continue;
        }
        const Slice& s2 = slices[k + 1];
        const U32View s2Text = s2.start < s2.stop ? text.substr(s2.start, s2.stop - s2.start) : U32View();
        if (const auto m = matchBoundaryRealignment(s2Text)) {
            const size_t stop = s2.start + m->first;
            sentences.emplace_back(text.substr(s1.start, stop - s1.start));
            realign = m->second;
        } else {
            realign = 0;
            if (!s1Text.empty())
                sentences.emplace_back(s1Text);
        }
    }
    return sentences;
}

std::vector<std::string> toUtf8(const std::vector<U32>& words)
{
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const U32& w : words)
        out.push_back(encodeUtf8(w));
    return out;
}

} // namespace

std::vector<std::string> wordTokenize(const std::string& text)
{
    std::vector<U32> words;
    for (const U32& sentence : punktSentences(decodeUtf8(text)))
        for (U32& w : nltkWordTokenizeU32(sentence))
            words.push_back(std::move(w));
    return toUtf8(words);
}

std::vector<std::string> sentenceTokenize(const std::string& text)
{
    return toUtf8(punktSentences(decodeUtf8(text)));
}

std::vector<std::string> nltkWordTokenizeSentence(const std::string& sentence)
{
    return toUtf8(nltkWordTokenizeU32(decodeUtf8(sentence)));
}

double ngramEntropy(const std::vector<std::string>& words, int n)
{
    if (n < 1)
        throw InputError("n-gram entropy", "n", "must be at least 1, got " + std::to_string(n));
    const auto un = static_cast<size_t>(n);
    if (words.size() < un)
        return 0.0;
    // Length-prefixed keys make the join unambiguous for any word content.
    std::unordered_map<std::string, size_t> index;
    std::vector<double> counts; // first-occurrence order, like nltk.FreqDist's dict
    for (size_t i = 0; i + un <= words.size(); ++i) {
        std::string key;
        for (size_t k = 0; k < un; ++k) {
            key += std::to_string(words[i + k].size());
            key += ':';
            key += words[i + k];
        }
        const auto [it, inserted] = index.emplace(std::move(key), counts.size());
        if (inserted)
            counts.push_back(0.0);
        counts[it->second] += 1.0;
    }
    const double total = static_cast<double>(words.size() - un + 1);
    const double ln2 = std::log(2.0);
    double h = 0.0;
    for (const double c : counts) {
        const double p = c / total;
        h += -p * std::log(p) / ln2;
    }
    return h;
}

double generationEntropy(const std::string& text)
{
    const std::vector<std::string> words = wordTokenize(text);
    const double h2 = ngramEntropy(words, 2);
    const double h3 = ngramEntropy(words, 3);
    return (h2 * (2.0 / 3.0) + h3 * (4.0 / 3.0)) / 2.0;
}

double meanGenerationEntropy(const std::vector<std::string>& texts)
{
    if (texts.empty())
        return 0.0;
    double sum = 0.0;
    for (const std::string& text : texts)
        sum += generationEntropy(text);
    return sum / static_cast<double>(texts.size());
}

} // namespace editscope
