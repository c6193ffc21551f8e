#include "core/formats/npy.h"

#include "core/util/utf8.h"

#include "core/formats/file_io.h"
#include "core/util/error.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace editscope {

static_assert(std::endian::native == std::endian::little,
              "NpyArray holds little-endian data; a big-endian host would need byte swapping");

namespace {

[[noreturn]] void throwInput(const std::string& file, const std::string& field, const std::string& reason)
{
    throw InputError(file, field, reason);
}

constexpr int kMaxHeaderDepth = 32;   // nesting of tuples/lists in a header; real headers use 1

// ---------------------------------------------------------------------------------------------
// dtype strings

struct Dtype {
    char kind = 0;               // f i u b U
    std::size_t itemSize = 0;    // bytes per element
    std::size_t swapUnit = 0;    // byte-swap granularity (1: nothing to swap)
    bool bigEndian = false;
    std::string normalised;      // "<f4", "|u1", "<U7"
};

constexpr const char* kSupported = "<f2 <f4 <f8 |i1 <i2 <i4 <i8 |u1 <u2 <u4 <u8 |b1 <U{n}";

std::string pyQuote(std::string_view s)
{
    std::string out = "'";
    for (char c : s.substr(0, 40)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f) {
            out += c;
        } else {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out + (s.size() > 40 ? "...'" : "'");
}

// nullopt with `why` set for anything unsupported.
std::optional<Dtype> parseDescr(std::string_view s, std::string* why)
{
    auto fail = [&](std::string reason) {
        if (why)
            *why = std::move(reason);
        return std::nullopt;
    };
    if (s.size() < 2 || std::string_view("<>|=").find(s[0]) == std::string_view::npos)
        return fail("unsupported dtype descr " + pyQuote(s) + " (supported: " + kSupported + ")");
    const char order = s[0], kind = s[1];
    if (kind == 'O')
        return fail("object arrays (pickled Python objects, descr " + pyQuote(s) + ") are not supported");
    const std::string_view digits = s.substr(2);
    if (digits.empty() || digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail("unsupported dtype descr " + pyQuote(s) + " (supported: " + kSupported + ")");
    std::size_t n = 0;
    for (char c : digits)
        n = n * 10 + static_cast<std::size_t>(c - '0');
    Dtype d;
    d.kind = kind;
    bool ok = false;
    switch (kind) {
    case 'f': ok = n == 2 || n == 4 || n == 8; break;
    case 'i':
    case 'u': ok = n == 1 || n == 2 || n == 4 || n == 8; break;
    case 'b': ok = n == 1; break;
    case 'U': ok = n >= 1 && n <= (std::size_t(1) << 28); break;
    default: break;
    }
    if (!ok)
        return fail("unsupported dtype descr " + pyQuote(s) + " (supported: " + kSupported + ")");
    d.itemSize = kind == 'U' ? 4 * n : n;
    d.swapUnit = kind == 'U' ? 4 : n;
    d.bigEndian = order == '>' && d.swapUnit > 1;
    if (kind == 'U')
        d.normalised = "<U" + std::to_string(n);
    else
        d.normalised = std::string(n == 1 ? "|" : "<") + kind + std::to_string(n);
    return d;
}

Dtype dtypeOf(const NpyArray& a)
{
    std::string why;
    auto d = parseDescr(a.descr, &why);
    if (!d)
        throw InputError(a.nameForErrors, "", why);
    return *d;
}

std::string shapeString(const std::vector<int64_t>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

// Element count, or nullopt on a negative dimension or when count * itemSize overflows 2^62.
std::optional<uint64_t> checkedBytes(const std::vector<int64_t>& shape, std::size_t itemSize, uint64_t* countOut)
{
    constexpr uint64_t kLimit = uint64_t(1) << 62;
    uint64_t count = 1;
    bool zero = false;
    for (int64_t d : shape) {
        if (d < 0)
            return std::nullopt;
        if (d == 0)
            zero = true;
        else if (!zero && count > kLimit / static_cast<uint64_t>(d))
            return std::nullopt;
        else if (!zero)
            count *= static_cast<uint64_t>(d);
    }
    if (zero)
        count = 0;
    if (count && itemSize > kLimit / count)
        return std::nullopt;
    if (countOut)
        *countOut = count;
    return count * itemSize;
}

// ---------------------------------------------------------------------------------------------
// The header: a Python dict literal such as {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }

struct PyValue {
    enum class Kind { String, Int, Bool, None, Tuple, List, Dict } kind = Kind::None;
    std::string text;
    int64_t number = 0;
    bool truth = false;
    std::vector<PyValue> items;   // Tuple/List elements; Dict: key, value, key, value, ...
};

class HeaderParser {
public:
    HeaderParser(std::string_view text, const std::string& file, const std::string& field)
        : s_(text), file_(file), field_(field)
    {
    }

    PyValue parseTop()
    {
        skipSpace();
        if (pos_ >= s_.size() || s_[pos_] != '{')
            fail("header is not a Python dict literal (expected '{')");
        PyValue v = parseValue(0);
        skipSpace();
        if (pos_ != s_.size())
            fail("unexpected text after the header dict at offset " + std::to_string(pos_));
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { throw InputError(file_, field_, "npy header: " + reason); }

    void skipSpace()
    {
        while (pos_ < s_.size() && std::string_view(" \t\n\r\f\v").find(s_[pos_]) != std::string_view::npos)
            ++pos_;
    }

    bool consume(char c)
    {
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    bool startsWithWord(std::string_view word) const
    {
        if (s_.substr(pos_, word.size()) != word)
            return false;
        const std::size_t end = pos_ + word.size();
        return end >= s_.size() || !(std::isalnum(static_cast<unsigned char>(s_[end])) || s_[end] == '_');
    }

    PyValue parseValue(int depth)
    {
        if (depth > kMaxHeaderDepth)
            fail("header nested too deeply");
        skipSpace();
        if (pos_ >= s_.size())
            fail("header ends inside a value");
        const char c = s_[pos_];
        PyValue v;
        if (c == '\'' || c == '"') {
            v.kind = PyValue::Kind::String;
            v.text = parseString();
        } else if (c == '(' || c == '[') {
            ++pos_;
            const char close = c == '(' ? ')' : ']';
            v.kind = c == '(' ? PyValue::Kind::Tuple : PyValue::Kind::List;
            bool sawComma = false;
            while (!consume(close)) {
                v.items.push_back(parseValue(depth + 1));
                if (consume(','))
                    sawComma = true;
                else if (!consume(close))
                    fail(std::string("expected ',' or '") + close + "' at offset " + std::to_string(pos_));
                else
                    break;
            }
            // Python: "(5)" is the int 5, "(5,)" a one-element tuple.
            if (c == '(' && v.items.size() == 1 && !sawComma) {
                PyValue inner = std::move(v.items[0]);
                return inner;
            }
        } else if (c == '{') {
            ++pos_;
            v.kind = PyValue::Kind::Dict;
            while (!consume('}')) {
                PyValue key = parseValue(depth + 1);
                if (key.kind != PyValue::Kind::String)
                    fail("header dict key is not a string");
                if (!consume(':'))
                    fail("expected ':' after key " + pyQuote(key.text));
                PyValue value = parseValue(depth + 1);
                v.items.push_back(std::move(key));
                v.items.push_back(std::move(value));
                if (!consume(',')) {
                    if (!consume('}'))
                        fail("expected ',' or '}' at offset " + std::to_string(pos_));
                    break;
                }
            }
        } else if (startsWithWord("True") || startsWithWord("False")) {
            v.kind = PyValue::Kind::Bool;
            v.truth = c == 'T';
            pos_ += v.truth ? 4 : 5;
        } else if (startsWithWord("None")) {
            pos_ += 4;
        } else if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            v.kind = PyValue::Kind::Int;
            v.number = parseInt();
        } else {
            fail("unexpected character " + pyQuote(s_.substr(pos_, 1)) + " at offset " + std::to_string(pos_));
        }
        return v;
    }

    std::string parseString()
    {
        const char quote = s_[pos_++];
        std::string out;
        while (true) {
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char c = s_[pos_++];
            if (c == quote)
                return out;
            if (c == '\\') {   // enough for \' \" \\; numpy's own strings never contain escapes
                if (pos_ >= s_.size())
                    fail("unterminated string");
                out += s_[pos_++];
            } else {
                out += c;
            }
        }
    }

    int64_t parseInt()
    {
        bool negative = false;
        if (s_[pos_] == '-' || s_[pos_] == '+')
            negative = s_[pos_++] == '-';
        if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9')
            fail("malformed integer at offset " + std::to_string(pos_));
        uint64_t value = 0;
        while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
            const auto digit = static_cast<uint64_t>(s_[pos_++] - '0');
            if (value > (uint64_t(std::numeric_limits<int64_t>::max()) - digit) / 10)
                fail("integer too large in header");
            value = value * 10 + digit;
        }
        if (pos_ < s_.size() && (s_[pos_] == 'L' || s_[pos_] == 'l'))   // Python 2 longs: "(3L, 4L)"
            ++pos_;
        return negative ? -static_cast<int64_t>(value) : static_cast<int64_t>(value);
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    const std::string& file_;
    const std::string& field_;
};

uint16_t readLe16(const std::byte* p) { return static_cast<uint16_t>(std::to_integer<unsigned>(p[0]) | std::to_integer<unsigned>(p[1]) << 8); }
uint32_t readLe32(const std::byte* p) { return uint32_t(readLe16(p)) | uint32_t(readLe16(p + 2)) << 16; }

void byteSwapInPlace(std::vector<std::byte>& data, std::size_t unit)
{
    if (unit <= 1)
        return;
    for (std::size_t i = 0; i + unit <= data.size(); i += unit)
        std::reverse(data.begin() + static_cast<std::ptrdiff_t>(i), data.begin() + static_cast<std::ptrdiff_t>(i + unit));
}

// Fortran-order payload -> C order (same shape). Walks the C-order index, tracking the Fortran offset.
std::vector<std::byte> fortranToC(const std::vector<std::byte>& in, const std::vector<int64_t>& shape, std::size_t itemSize,
                                  uint64_t count)
{
    const std::size_t n = shape.size();
    std::vector<int64_t> stride(n, 1);   // Fortran strides, in elements
    for (std::size_t k = 1; k < n; ++k)
        stride[k] = stride[k - 1] * shape[k - 1];
    std::vector<std::byte> out(in.size());
    std::vector<int64_t> index(n, 0);
    int64_t offset = 0;
    for (uint64_t c = 0; c < count; ++c) {
        std::memcpy(out.data() + c * itemSize, in.data() + static_cast<uint64_t>(offset) * itemSize, itemSize);
        for (std::size_t k = n; k-- > 0;) {
            if (++index[k] < shape[k]) {
                offset += stride[k];
                break;
            }
            offset -= stride[k] * (shape[k] - 1);
            index[k] = 0;
        }
    }
    return out;
}

double halfToDouble(uint16_t h)
{
    const int sign = h >> 15, exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff;
    double v;
    if (exponent == 0)
        v = std::ldexp(static_cast<double>(mantissa), -24);
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(static_cast<double>(mantissa | 0x400), exponent - 25);
    return sign ? -v : v;
}

template <typename T>
T loadAt(const std::byte* p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

double elementAsDouble(const Dtype& d, const std::byte* p)
{
    switch (d.kind) {
    case 'f':
        return d.itemSize == 2 ? halfToDouble(loadAt<uint16_t>(p)) : d.itemSize == 4 ? loadAt<float>(p) : loadAt<double>(p);
    case 'i':
        switch (d.itemSize) {
        case 1: return loadAt<int8_t>(p);
        case 2: return loadAt<int16_t>(p);
        case 4: return loadAt<int32_t>(p);
        default: return static_cast<double>(loadAt<int64_t>(p));
        }
    case 'u':
        switch (d.itemSize) {
        case 1: return loadAt<uint8_t>(p);
        case 2: return loadAt<uint16_t>(p);
        case 4: return loadAt<uint32_t>(p);
        default: return static_cast<double>(loadAt<uint64_t>(p));
        }
    default:   // 'b'
        return loadAt<uint8_t>(p) != 0 ? 1.0 : 0.0;
    }
}

// Strict UTF-8 -> code points; nullopt on overlong forms, surrogates, truncation, > U+10FFFF.
std::optional<std::vector<uint32_t>> decodeUtf8(std::string_view s)
{
    std::vector<uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        int len;
        uint32_t cp, min;
        if (b0 < 0x80) { len = 1; cp = b0; min = 0; }
        else if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
        else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
        else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
        else return std::nullopt;
        if (i + static_cast<std::size_t>(len) > s.size())
            return std::nullopt;
        for (int k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((b & 0xC0) != 0x80)
                return std::nullopt;
            cp = cp << 6 | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

template <typename T>
NpyArray fromValues(const char* descr, std::span<const T> values, std::vector<int64_t> shape)
{
    return NpyArray::fromRaw(descr, std::move(shape), std::as_bytes(values));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// NpyArray

int64_t NpyArray::elementCount() const
{
    uint64_t count = 0;
    if (!checkedBytes(shape, 1, &count))
        throw InputError(nameForErrors, "", "invalid shape " + shapeString(shape));
    return static_cast<int64_t>(count);
}

std::size_t NpyArray::itemSize() const { return dtypeOf(*this).itemSize; }

char NpyArray::kind() const { return dtypeOf(*this).kind; }

std::vector<double> NpyArray::toDoubles() const
{
    validateNpyArray(*this, nameForErrors, "");
    const Dtype d = dtypeOf(*this);
    if (d.kind == 'U')
        throw InputError(nameForErrors, "", "expected a numeric array, got strings (" + descr + ")");
    const std::size_t n = data.size() / d.itemSize;
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = elementAsDouble(d, data.data() + i * d.itemSize);
    return out;
}

std::vector<float> NpyArray::toFloats() const
{
    validateNpyArray(*this, nameForErrors, "");
    const Dtype d = dtypeOf(*this);
    if (d.kind == 'f' && d.itemSize == 4) {   // the common case (ROME's float32 statistics): a plain copy
        std::vector<float> out(data.size() / 4);
        if (!out.empty())
            std::memcpy(out.data(), data.data(), data.size());
        return out;
    }
    const auto doubles = toDoubles();
    return std::vector<float>(doubles.begin(), doubles.end());
}

int64_t NpyArray::scalarInt64() const
{
    validateNpyArray(*this, nameForErrors, "");
    const Dtype d = dtypeOf(*this);
    if (d.kind != 'i' && d.kind != 'u' && d.kind != 'b')
        throw InputError(nameForErrors, "", "expected an integer scalar, got dtype " + descr);
    if (elementCount() != 1)
        throw InputError(nameForErrors, "", "expected an integer scalar, got shape " + shapeString(shape));
    const std::byte* p = data.data();
    if (d.kind == 'u' && d.itemSize == 8) {
        const auto v = loadAt<uint64_t>(p);
        if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            throw InputError(nameForErrors, "", "uint64 value " + std::to_string(v) + " does not fit int64");
        return static_cast<int64_t>(v);
    }
    if (d.kind == 'i' && d.itemSize == 8)
        return loadAt<int64_t>(p);
    return static_cast<int64_t>(elementAsDouble(d, p));   // exact for all narrower integer types
}

std::string NpyArray::scalarString() const
{
    validateNpyArray(*this, nameForErrors, "");
    const Dtype d = dtypeOf(*this);
    if (d.kind != 'U')
        throw InputError(nameForErrors, "", "expected a unicode string scalar ('<U'), got dtype " + descr);
    if (elementCount() != 1)
        throw InputError(nameForErrors, "", "expected a string scalar, got shape " + shapeString(shape));
    std::size_t units = d.itemSize / 4;
    while (units > 0 && loadAt<uint32_t>(data.data() + 4 * (units - 1)) == 0)
        --units;
    std::string out;
    for (std::size_t i = 0; i < units; ++i) {
        const auto cp = loadAt<uint32_t>(data.data() + 4 * i);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            throw InputError(nameForErrors, "", "string holds an invalid code point " + std::to_string(cp));
        appendUtf8(out, cp);
    }
    return out;
}

NpyArray NpyArray::fromFloats(std::span<const float> values, std::vector<int64_t> shape)
{
    return fromValues("<f4", values, std::move(shape));
}

NpyArray NpyArray::fromDoubles(std::span<const double> values, std::vector<int64_t> shape)
{
    return fromValues("<f8", values, std::move(shape));
}

NpyArray NpyArray::fromInt64s(std::span<const int64_t> values, std::vector<int64_t> shape)
{
    return fromValues("<i8", values, std::move(shape));
}

NpyArray NpyArray::int64Scalar(int64_t value)
{
    return fromValues("<i8", std::span<const int64_t>(&value, 1), {});
}

NpyArray NpyArray::stringScalar(std::string_view utf8)
{
    const auto codePoints = decodeUtf8(utf8);
    if (!codePoints)
        throw InputError("", "string scalar", "not valid UTF-8");
    std::vector<uint32_t> units = *codePoints;
    if (units.empty())
        units.push_back(0);   // numpy: np.array('').dtype == '<U1'
    return fromValues(("<U" + std::to_string(units.size())).c_str(), std::span<const uint32_t>(units), {});
}

NpyArray NpyArray::fromRaw(std::string_view descr, std::vector<int64_t> shape, std::span<const std::byte> bytes)
{
    std::string why;
    const auto d = parseDescr(descr, &why);
    if (!d)
        throw InputError("", "", why);
    NpyArray a;
    a.descr = d->normalised;
    a.shape = std::move(shape);
    a.data.assign(bytes.begin(), bytes.end());
    if (d->bigEndian)
        byteSwapInPlace(a.data, d->swapUnit);
    validateNpyArray(a, "", "");
    return a;
}

void validateNpyArray(const NpyArray& array, const std::string& file, const std::string& field)
{
    std::string why;
    const auto d = parseDescr(array.descr, &why);
    if (!d)
        throw InputError(file, field, why);
    if (d->bigEndian)
        throw InputError(file, field, "big-endian descr " + pyQuote(array.descr) + " in memory (NpyArray data is little-endian)");
    const auto bytes = checkedBytes(array.shape, d->itemSize, nullptr);
    if (!bytes)
        throw InputError(file, field, "invalid shape " + shapeString(array.shape) + " (negative or too large)");
    if (*bytes != array.data.size())
        throw InputError(file, field, "data length mismatch: shape " + shapeString(array.shape) + " of " + array.descr +
                                          " needs " + std::to_string(*bytes) + " bytes, have " +
                                          std::to_string(array.data.size()));
}

// ---------------------------------------------------------------------------------------------
// Decoding

NpyArray decodeNpy(std::span<const std::byte> bytes, const std::string& nameForErrors, const std::string& fieldForErrors)
{
    const std::string& file = nameForErrors;
    const std::string& field = fieldForErrors;
    auto fail = [&](const std::string& reason) { throwInput(file, field, reason); };

    static const unsigned char kMagic[6] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
    if (bytes.size() < 6 || std::memcmp(bytes.data(), kMagic, 6) != 0)
        fail(bytes.size() < 6 && (bytes.empty() || std::memcmp(bytes.data(), kMagic, bytes.size()) == 0)
                 ? "truncated header (" + std::to_string(bytes.size()) + " bytes)"
                 : "not a .npy file (bad magic; expected \\x93NUMPY)");
    if (bytes.size() < 10)
        fail("truncated header (" + std::to_string(bytes.size()) + " bytes, the preamble alone has 10)");
    const int major = std::to_integer<int>(bytes[6]), minor = std::to_integer<int>(bytes[7]);
    std::size_t headerStart = 0, headerLength = 0;
    if (major == 1 && minor == 0) {
        headerStart = 10;
        headerLength = readLe16(bytes.data() + 8);
    } else if ((major == 2 || major == 3) && minor == 0) {
        if (bytes.size() < 12)
            fail("truncated header (" + std::to_string(bytes.size()) + " bytes, the preamble alone has 12)");
        headerStart = 12;
        headerLength = readLe32(bytes.data() + 8);
    } else {
        fail("unsupported .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
             " (supported: 1.0, 2.0, 3.0)");
    }
    if (headerLength > bytes.size() - headerStart)
        fail("truncated header (header length " + std::to_string(headerLength) + " exceeds the " +
             std::to_string(bytes.size() - headerStart) + " bytes after the preamble)");
    // v1/v2 headers are latin-1, v3 UTF-8; the keys and values we accept are ASCII either way.
    const std::string_view text(reinterpret_cast<const char*>(bytes.data() + headerStart), headerLength);
    const PyValue dict = HeaderParser(text, file, field).parseTop();
    if (dict.kind != PyValue::Kind::Dict)
        fail("npy header: header is not a Python dict literal");

    const PyValue* descrValue = nullptr;
    const PyValue* fortranValue = nullptr;
    const PyValue* shapeValue = nullptr;
    for (std::size_t i = 0; i + 1 < dict.items.size(); i += 2) {
        const std::string& key = dict.items[i].text;
        const PyValue** slot = key == "descr" ? &descrValue : key == "fortran_order" ? &fortranValue
                             : key == "shape" ? &shapeValue : nullptr;
        if (!slot)
            fail("npy header: unexpected key " + pyQuote(key) + " (expected descr, fortran_order, shape)");
        if (*slot)
            fail("npy header: duplicate key " + pyQuote(key));
        *slot = &dict.items[i + 1];
    }
    if (!descrValue || !fortranValue || !shapeValue)
        fail(std::string("npy header: missing key '") + (!descrValue ? "descr" : !fortranValue ? "fortran_order" : "shape") + "'");
    if (descrValue->kind == PyValue::Kind::List)
        fail("npy header: structured dtypes (a list descr) are not supported");
    if (descrValue->kind != PyValue::Kind::String)
        fail("npy header: 'descr' is not a string");
    if (fortranValue->kind != PyValue::Kind::Bool)
        fail("npy header: 'fortran_order' is not True or False");
    if (shapeValue->kind != PyValue::Kind::Tuple)
        fail("npy header: 'shape' is not a tuple");

    std::string why;
    const auto dtype = parseDescr(descrValue->text, &why);
    if (!dtype)
        fail(why);
    NpyArray array;
    array.descr = dtype->normalised;
    array.nameForErrors = field.empty() ? file : file + ": " + field;
    for (const PyValue& dim : shapeValue->items) {
        if (dim.kind != PyValue::Kind::Int)
            fail("npy header: 'shape' holds a non-integer");
        if (dim.number < 0)
            fail("npy header: negative dimension " + std::to_string(dim.number) + " in 'shape'");
        array.shape.push_back(dim.number);
    }
    uint64_t count = 0;
    const auto needed = checkedBytes(array.shape, dtype->itemSize, &count);
    if (!needed)
        fail("npy header: shape " + shapeString(array.shape) + " is too large");
    const std::size_t dataStart = headerStart + headerLength;
    const uint64_t available = bytes.size() - dataStart;
    if (*needed != available)
        fail("data length mismatch: shape " + shapeString(array.shape) + " of " + descrValue->text + " needs " +
             std::to_string(*needed) + " bytes, " + (available < *needed ? "only " : "but ") +
             std::to_string(available) + " follow the header");
    array.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(dataStart), bytes.end());
    if (dtype->bigEndian)
        byteSwapInPlace(array.data, dtype->swapUnit);
    if (fortranValue->truth && array.shape.size() >= 2 && count > 1)
        array.data = fortranToC(array.data, array.shape, dtype->itemSize, count);
    return array;
}

NpyArray readNpyFile(const std::string& path)
{
    const std::string bytes = readWholeFile(path, ".npy file");
    return decodeNpy(std::as_bytes(std::span(bytes.data(), bytes.size())), path);
}

// ---------------------------------------------------------------------------------------------
// Encoding

std::vector<std::byte> encodeNpy(const std::string& descr, const std::vector<int64_t>& shape,
                                 const void* data, size_t nbytes)
{
    std::string shapeText = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        shapeText += std::to_string(shape[i]) + (shape.size() == 1 ? "," : (i + 1 < shape.size() ? ", " : ""));
    shapeText += ")";
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
    // magic(6) + version(2) + header length(2, or 4 in format 2.0) + header, padded with spaces to a
    // multiple of 64, '\n' last (numpy's ARRAY_ALIGN, so the payload is aligned in a mapped file).
    auto paddedLength = [&](size_t preamble) { return header.size() + 1 + (64 - (preamble + header.size() + 1) % 64) % 64; };
    const bool version2 = paddedLength(10) > 0xFFFF;   // numpy's rule: 1.0 unless the length needs 4 bytes
    const size_t preamble = version2 ? 12 : 10;
    const size_t unpadded = preamble + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::vector<std::byte> out(preamble + header.size() + nbytes);
    const unsigned char magic[8] = {0x93, 'N', 'U', 'M', 'P', 'Y', static_cast<unsigned char>(version2 ? 2 : 1), 0};
    std::memcpy(out.data(), magic, 8);
    const auto len = static_cast<uint32_t>(header.size());
    for (size_t i = 0; i < preamble - 8; ++i)
        out[8 + i] = static_cast<std::byte>((len >> (8 * i)) & 0xff);
    std::memcpy(out.data() + preamble, header.data(), header.size());
    if (nbytes)
        std::memcpy(out.data() + preamble + header.size(), data, nbytes);
    return out;
}

std::vector<std::byte> encodeNpy(const NpyArray& array, const std::string& nameForErrors)
{
    validateNpyArray(array, nameForErrors, "");
    return encodeNpy(dtypeOf(array).normalised, array.shape, array.data.data(), array.data.size());
}

std::vector<std::byte> encodeNpyHeader(const NpyArray& array, const std::string& nameForErrors)
{
    validateNpyArray(array, nameForErrors, "");
    return encodeNpy(dtypeOf(array).normalised, array.shape, nullptr, 0);
}

void writeNpyFile(const std::string& path, const std::string& descr, const std::vector<int64_t>& shape,
                  const void* data, size_t nbytes)
{
    writeFileAtomically(path, encodeNpy(descr, shape, data, nbytes));
}

} // namespace editscope
