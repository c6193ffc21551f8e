// .npy / .npz reading and writing (core/formats/npy.h, npz.h).
//
// The oracles are independent of the code under test: .npy headers spelled out by hand from the
// format spec, a small ZIP writer below that follows APPNOTE 6.3 field by field (and lays files out
// the way numpy.savez, i.e. CPython's zipfile with force_zip64, does), a bit-at-a-time CRC-32, the
// CRC-32 check value, and, when python3 is installed, CPython's zipfile module itself.
#include "core/formats/file_io.h"
#include "core/formats/npy.h"
#include "core/formats/npz.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

using namespace editscope;

namespace {

// ---------------------------------------------------------------------------------------------
// Byte helpers

std::span<const std::byte> asSpan(const std::string& s) { return std::as_bytes(std::span(s.data(), s.size())); }

std::string asString(const std::vector<std::byte>& v) { return {reinterpret_cast<const char*>(v.data()), v.size()}; }

void put16(std::string& s, uint32_t v)
{
    s += static_cast<char>(v & 0xff);
    s += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& s, uint32_t v)
{
    put16(s, v & 0xffff);
    put16(s, v >> 16);
}
void put64(std::string& s, uint64_t v)
{
    put32(s, static_cast<uint32_t>(v));
    put32(s, static_cast<uint32_t>(v >> 32));
}
uint16_t get16(const std::string& s, std::size_t at)
{
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8);
}
uint32_t get32(const std::string& s, std::size_t at) { return get16(s, at) | uint32_t(get16(s, at + 2)) << 16; }
uint64_t get64(const std::string& s, std::size_t at) { return get32(s, at) | uint64_t(get32(s, at + 4)) << 32; }

template <typename T>
std::string bytesOf(std::initializer_list<T> values)
{
    std::string out(values.size() * sizeof(T), '\0');
    std::memcpy(out.data(), values.begin(), out.size());
    return out;
}

// UCS-4 little-endian, as numpy stores '<U' items.
std::string ucs4(const std::u32string& text)
{
    std::string out;
    for (char32_t c : text)
        put32(out, static_cast<uint32_t>(c));
    return out;
}

// Bit-at-a-time CRC-32 (reflected 0xEDB88320): the textbook definition, no tables.
uint32_t bitwiseCrc32(const std::string& data)
{
    uint32_t crc = 0xFFFFFFFF;
    for (char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// ---------------------------------------------------------------------------------------------
// Reference .npy images, written from the format description (numpy/lib/format.py docstring):
// "\x93NUMPY", major, minor, header length (2 bytes LE in 1.0, 4 in 2.0/3.0), the header (an ASCII
// dict literal, padded with spaces and terminated by '\n' so that the total is a multiple of 64),
// then the payload.

std::string rawNpy(int major, const std::string& header, const std::string& payload)
{
    std::string out = "\x93NUMPY";
    out += static_cast<char>(major);
    out += '\0';
    if (major == 1)
        put16(out, static_cast<uint32_t>(header.size()));
    else
        put32(out, static_cast<uint32_t>(header.size()));
    return out + header + payload;
}

std::string referenceNpy(const std::string& dict, const std::string& payload, int major = 1)
{
    const std::size_t preamble = major == 1 ? 10 : 12;
    std::string header = dict;
    while ((preamble + header.size() + 1) % 64 != 0)
        header += ' ';
    return rawNpy(major, header + "\n", payload);
}

// ---------------------------------------------------------------------------------------------
// Reference ZIP writer (APPNOTE 6.3.x, section numbers in the comments).

enum class ZipStyle {
    Plain,          // version 2.0 headers, no extra fields
    NumpySavez,     // what numpy.savez writes: CPython zipfile.open(name, 'w', force_zip64=True) gives
                    // every local header a ZIP64 extra (0x0001) with the real sizes, which also stay in
                    // the 32-bit fields; the central directory has no extra for small members
    Zip64Everything // all 32-bit sizes/offsets saturated, ZIP64 extras, ZIP64 end record + locator
};

std::string referenceZip(const std::vector<std::pair<std::string, std::string>>& members, ZipStyle style,
                         const std::string& comment = "")
{
    const bool full = style == ZipStyle::Zip64Everything;
    const uint16_t dosTime = 12 << 11;                        // 12:00:00
    const uint16_t dosDate = (44 << 9) | (6 << 5) | 11;       // 2024-06-11
    std::string out, central;
    for (const auto& [name, data] : members) {
        const uint64_t offset = out.size(), size = data.size();
        const uint32_t crc = bitwiseCrc32(data);
        // 4.3.7 local file header
        put32(out, 0x04034b50);                                // signature
        put16(out, full ? 45 : 20);                            // version needed to extract
        put16(out, 0);                                         // general purpose bit flag
        put16(out, 0);                                         // compression method: stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, full ? 0xFFFFFFFF : static_cast<uint32_t>(size));   // compressed size
        put32(out, full ? 0xFFFFFFFF : static_cast<uint32_t>(size));   // uncompressed size
        put16(out, static_cast<uint32_t>(name.size()));
        put16(out, style == ZipStyle::Plain ? 0 : 20);         // extra field length
        out += name;
        if (style != ZipStyle::Plain) {                        // 4.5.3: both sizes in a local ZIP64 extra
            put16(out, 0x0001);
            put16(out, 16);
            put64(out, size);                                  // original size
            put64(out, size);                                  // compressed size
        }
        out += data;                                           // 4.3.8 file data (no 4.3.9 descriptor)
        // 4.3.12 central directory header
        put32(central, 0x02014b50);
        put16(central, (3 << 8) | (full ? 45 : 20));           // version made by: UNIX
        put16(central, full ? 45 : 20);
        put16(central, 0);
        put16(central, 0);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, crc);
        put32(central, full ? 0xFFFFFFFF : static_cast<uint32_t>(size));
        put32(central, full ? 0xFFFFFFFF : static_cast<uint32_t>(size));
        put16(central, static_cast<uint32_t>(name.size()));
        put16(central, full ? 28 : 0);                         // extra field length
        put16(central, 0);                                     // file comment length
        put16(central, 0);                                     // disk number start
        put16(central, 0);                                     // internal file attributes
        put32(central, 0600u << 16);                           // external attributes: -rw-------
        put32(central, full ? 0xFFFFFFFF : static_cast<uint32_t>(offset));
        central += name;
        if (full) {                                            // 4.5.3: only the saturated fields, in order
            put16(central, 0x0001);
            put16(central, 24);
            put64(central, size);
            put64(central, size);
            put64(central, offset);
        }
    }
    const uint64_t cdOffset = out.size(), cdSize = central.size(), count = members.size();
    out += central;
    if (full) {
        const uint64_t end64 = out.size();
        put32(out, 0x06064b50);                                // 4.3.14 zip64 end of central dir record
        put64(out, 44);                                        // size of the remaining record
        put16(out, (3 << 8) | 45);
        put16(out, 45);
        put32(out, 0);
        put32(out, 0);
        put64(out, count);
        put64(out, count);
        put64(out, cdSize);
        put64(out, cdOffset);
        put32(out, 0x07064b50);                                // 4.3.15 zip64 end of central dir locator
        put32(out, 0);
        put64(out, end64);
        put32(out, 1);
    }
    put32(out, 0x06054b50);                                    // 4.3.16 end of central directory record
    put16(out, 0);
    put16(out, 0);
    put16(out, full ? 0xFFFF : static_cast<uint32_t>(count));
    put16(out, full ? 0xFFFF : static_cast<uint32_t>(count));
    put32(out, full ? 0xFFFFFFFF : static_cast<uint32_t>(cdSize));
    put32(out, full ? 0xFFFFFFFF : static_cast<uint32_t>(cdOffset));
    put16(out, static_cast<uint32_t>(comment.size()));
    return out + comment;
}

// ROME's statistics layout: np.savez(path, **stat.state_dict()) for a CombinedStat(mom2=SecondMoment()).
const float kMom2[16] = {11, 2, 3, 4, 2, 13, 4, 5, 3, 4, 15, 6, 4, 5, 6, 17};
const int64_t kCount = 123456789012;   // does not fit 32 bits
const char* kConstructor = "util.runningstats.SecondMoment()";

std::vector<std::pair<std::string, std::string>> romeMembers()
{
    std::string mom2(reinterpret_cast<const char*>(kMom2), sizeof kMom2);
    return {
        {"mom2.constructor.npy", referenceNpy("{'descr': '<U32', 'fortran_order': False, 'shape': (), }",
                                              ucs4(U"util.runningstats.SecondMoment()"))},
        {"mom2.count.npy", referenceNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", bytesOf<int64_t>({kCount}))},
        {"mom2.mom2.npy", referenceNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (4, 4), }", mom2)},
        {"sample_size.npy", referenceNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", bytesOf<int64_t>({100000}))},
    };
}

// The message of the InputError `f` throws, or a marker when it throws nothing / something else.
std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<not an InputError> ") + e.what();
    }
    return "<no error>";
}

#define EXPECT_ERROR(expr, fragment)                                                                            \
    do {                                                                                                        \
        const std::string message_ = errorOf([&] { (void)(expr); });                                            \
        QVERIFY2(message_.find(fragment) != std::string::npos,                                                  \
                 (std::string("expected '") + (fragment) + "', got: " + message_).c_str());                     \
    } while (0)

std::string patched32(std::string s, std::size_t at, uint32_t v)
{
    std::string field;
    put32(field, v);
    s.replace(at, 4, field);
    return s;
}
std::string patched16(std::string s, std::size_t at, uint32_t v)
{
    std::string field;
    put16(field, v);
    s.replace(at, 2, field);
    return s;
}

std::map<std::string, NpyArray> readRef(const std::string& zip) { return readNpzBytes(asSpan(zip), "ref.npz"); }

NpyArray decodeRef(const std::string& npy) { return decodeNpy(asSpan(npy), "x.npy"); }

} // namespace

class TestNpz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc32MatchesDefinition();
    void npyHeaderBytesFollowTheSpec();
    void decodesHeaderVariants();
    void decodesEveryDtype();
    void bigEndianAndFortranOrderAreConverted();
    void scalarHelpers();
    void roundTripsThroughFiles();
    void writerLayoutFollowsAppnote();
    void forcedZip64LayoutFollowsAppnote();
    void readsReferenceRomeStatistics();
    void cpythonZipfileAgrees();
    void npyErrors();
    void npzErrors();
    void writerErrors();
};

void TestNpz::crc32MatchesDefinition()
{
    QCOMPARE(crc32(asSpan("123456789")), 0xCBF43926u);   // the CRC-32/ISO-HDLC check value
    QCOMPARE(crc32(asSpan("")), 0u);
    std::mt19937_64 rng(7);
    std::string buffer(5000, '\0');
    for (char& c : buffer)
        c = static_cast<char>(rng());
    for (std::size_t start : {0, 1, 3, 7}) {
        for (std::size_t len : {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4993}) {
            const std::string piece = buffer.substr(start, len);
            QCOMPARE(crc32(asSpan(piece)), bitwiseCrc32(piece));
        }
    }
    // Continuation: crc(a + b) == crc(b, crc(a)).
    QCOMPARE(crc32(asSpan(buffer.substr(1000)), crc32(asSpan(buffer.substr(0, 1000)))), bitwiseCrc32(buffer));
}

void TestNpz::npyHeaderBytesFollowTheSpec()
{
    const std::vector<float> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    const auto bytes = asString(encodeNpy("<f4", {3, 4}, values.data(), values.size() * 4));
    // Format 1.0: 6 magic bytes, version 1.0, a 2-byte little-endian header length (118 = 0x76), the
    // dict (59 characters), 58 spaces and '\n' so that 10 + 118 = 128 is a multiple of 64.
    const std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }";
    QCOMPARE(dict.size(), std::size_t(59));
    const std::string expected = std::string("\x93NUMPY\x01\x00\x76\x00", 10) + dict + std::string(58, ' ') + "\n" +
                                 std::string(reinterpret_cast<const char*>(values.data()), 48);
    QCOMPARE(bytes.size(), std::size_t(128 + 48));
    QVERIFY(bytes == expected);

    // 1-d shapes carry a trailing comma, 0-d shapes are "()"; both padded to 64 as well.
    const int64_t one = 5;
    const auto scalar = asString(encodeNpy("<i8", {}, &one, 8));
    const std::string scalarDict = "{'descr': '<i8', 'fortran_order': False, 'shape': (), }";
    QCOMPARE(scalar.compare(10, scalarDict.size(), scalarDict), 0);
    QCOMPARE(get16(scalar, 8) + 10, 128);   // 10 + 55 + '\n' = 66 does not fit 64
    QCOMPARE(scalar.substr(127, 1), std::string("\n"));
    QCOMPARE(scalar.size(), std::size_t(136));
    const auto vec = asString(encodeNpy("<f8", {5}, nullptr, 0));
    QVERIFY(vec.find("'shape': (5,), }") != std::string::npos);
    // encodeNpy(NpyArray) normalises the descr as numpy prints it.
    const auto b = asString(encodeNpy(NpyArray::fromRaw("<b1", {1}, asSpan(std::string(1, '\1')))));
    QVERIFY(b.find("'descr': '|b1'") != std::string::npos);

    // A header that does not fit 16 bits switches to format 2.0 (4-byte length), still 64-aligned.
    std::vector<int64_t> manyDims(22000, 1);   // "1, " x 22000 > 65535
    const auto v2 = asString(encodeNpy("<f4", manyDims, values.data(), 4));
    QCOMPARE(static_cast<int>(v2[6]), 2);
    QCOMPARE((12 + get32(v2, 8)) % 64, 0u);
    const NpyArray back = decodeRef(v2);
    QCOMPARE(back.shape.size(), std::size_t(22000));
    QCOMPARE(back.toDoubles(), std::vector<double>{0.0});
}

void TestNpz::decodesHeaderVariants()
{
    const std::string payload = bytesOf<float>({1, 2, 3, 4, 5, 6});
    const std::vector<double> expected{1, 2, 3, 4, 5, 6};
    const std::vector<std::string> headers{
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",   // numpy's own
        "{'shape': (2, 3), 'fortran_order': False, 'descr': '<f4'}",     // other order, no trailing comma
        "{ 'fortran_order' :False,'shape':(2,3,),'descr':'<f4' , }",     // odd spacing, trailing commas
        "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (2L, 3L)}",   // double quotes, Python 2 longs
        "{'descr':\t'<f4',\n'fortran_order': False,\r\n'shape': (2, 3)}",
    };
    for (const auto& h : headers) {
        for (int major : {1, 2, 3}) {
            const NpyArray a = decodeRef(referenceNpy(h, payload, major));
            QCOMPARE(a.descr, std::string("<f4"));
            QCOMPARE(a.shape, (std::vector<int64_t>{2, 3}));
            QCOMPARE(a.toDoubles(), expected);
        }
        // Unpadded headers without the newline are read too (the padding is a convention).
        QCOMPARE(decodeRef(rawNpy(1, h, payload)).toDoubles(), expected);
    }
    // 0-d, 1-d, empty and zero-length shapes.
    const NpyArray scalar = decodeRef(referenceNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", bytesOf<double>({2.5})));
    QVERIFY(scalar.isScalar());
    QCOMPARE(scalar.elementCount(), int64_t(1));
    QCOMPARE(scalar.toDoubles(), std::vector<double>{2.5});
    const NpyArray vec = decodeRef(referenceNpy("{'descr': '<i4', 'fortran_order': False, 'shape': (5,), }", bytesOf<int32_t>({-2, -1, 0, 1, 2})));
    QCOMPARE(vec.shape, std::vector<int64_t>{5});
    QCOMPARE(vec.toDoubles(), (std::vector<double>{-2, -1, 0, 1, 2}));
    const NpyArray empty = decodeRef(referenceNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 0), }", ""));
    QCOMPARE(empty.elementCount(), int64_t(0));
    QVERIFY(empty.data.empty());
    // A v3 header is UTF-8; ours only needs ASCII, a non-ASCII descr is rejected by name.
    EXPECT_ERROR(decodeRef(referenceNpy("{'descr': '<f\xc3\xa4', 'fortran_order': False, 'shape': (), }", "", 3)),
                 "unsupported dtype descr");
    // The member/file name reaches the array for later error messages.
    QCOMPARE(scalar.nameForErrors, std::string("x.npy"));
}

void TestNpz::decodesEveryDtype()
{
    struct Case {
        const char* descr;
        std::string payload;
        std::vector<double> values;
        const char* normalised;
    };
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<Case> cases{
        {"<f8", bytesOf<double>({-1.25, 1e300}), {-1.25, 1e300}, "<f8"},
        {"<f4", bytesOf<float>({0.5f, -3.0f}), {0.5, -3.0}, "<f4"},
        // IEEE half: 0x3C00 = 1, 0xC000 = -2, 0x7C00 = +inf, 0x0001 = 2^-24 (smallest subnormal), 0x7BFF = 65504
        {"<f2", bytesOf<uint16_t>({0x3C00, 0xC000, 0x7C00, 0x0001, 0x7BFF}), {1, -2, inf, std::ldexp(1.0, -24), 65504}, "<f2"},
        {"<i8", bytesOf<int64_t>({-9007199254740992LL, 42}), {-9007199254740992.0, 42}, "<i8"},
        {"<i4", bytesOf<int32_t>({-2147483647 - 1, 7}), {-2147483648.0, 7}, "<i4"},
        {"<i2", bytesOf<int16_t>({-32768, 300}), {-32768, 300}, "<i2"},
        {"|i1", bytesOf<int8_t>({-128, 127}), {-128, 127}, "|i1"},
        {"<i1", bytesOf<int8_t>({-5}), {-5}, "|i1"},
        {"|u1", bytesOf<uint8_t>({0, 255}), {0, 255}, "|u1"},
        {"<u2", bytesOf<uint16_t>({65535}), {65535}, "<u2"},
        {"<u4", bytesOf<uint32_t>({4294967295u}), {4294967295.0}, "<u4"},
        {"<u8", bytesOf<uint64_t>({uint64_t(1) << 40}), {1099511627776.0}, "<u8"},
        {"|b1", bytesOf<uint8_t>({1, 0, 1}), {1, 0, 1}, "|b1"},
        {"=f4", bytesOf<float>({7.0f}), {7}, "<f4"},   // native order on a little-endian host
    };
    for (const auto& c : cases) {
        const std::string n = std::to_string(c.values.size());
        const NpyArray a = decodeRef(referenceNpy(std::string("{'descr': '") + c.descr + "', 'fortran_order': False, 'shape': (" + n + ",), }", c.payload));
        QCOMPARE(a.descr, std::string(c.normalised));
        QCOMPARE(a.itemSize(), c.payload.size() / c.values.size());
        QCOMPARE(a.toDoubles(), c.values);
        QCOMPARE(asString(a.data), c.payload);
    }
    // Unicode: '<U3' items are 3 UCS-4 code units, NUL-padded.
    const NpyArray u = decodeRef(referenceNpy("{'descr': '<U3', 'fortran_order': False, 'shape': (), }", ucs4(std::u32string(U"ab\0", 3))));
    QCOMPARE(u.kind(), 'U');
    QCOMPARE(u.itemSize(), std::size_t(12));
    QCOMPARE(u.scalarString(), std::string("ab"));
    EXPECT_ERROR(u.toDoubles(), "expected a numeric array");
}

void TestNpz::bigEndianAndFortranOrderAreConverted()
{
    // '>f8' 1.5 is 3F F8 00 00 00 00 00 00; '>i4' -2 is FF FF FF FE; '>U2' "hé" is 00 00 00 68 00 00 00 E9.
    const NpyArray f = decodeRef(referenceNpy("{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }",
                                              std::string("\x3F\xF8\0\0\0\0\0\0", 8)));
    QCOMPARE(f.descr, std::string("<f8"));
    QCOMPARE(f.toDoubles(), std::vector<double>{1.5});
    const NpyArray i = decodeRef(referenceNpy("{'descr': '>i4', 'fortran_order': False, 'shape': (), }", "\xFF\xFF\xFF\xFE"));
    QCOMPARE(i.scalarInt64(), int64_t(-2));
    const NpyArray s = decodeRef(referenceNpy("{'descr': '>U2', 'fortran_order': False, 'shape': (), }",
                                              std::string("\0\0\0\x68\0\0\0\xE9", 8)));
    QCOMPARE(s.descr, std::string("<U2"));
    QCOMPARE(s.scalarString(), std::string("h\xC3\xA9"));
    const NpyArray b = decodeRef(referenceNpy("{'descr': '>u1', 'fortran_order': False, 'shape': (), }", "\x09"));
    QCOMPARE(b.descr, std::string("|u1"));
    QCOMPARE(b.scalarInt64(), int64_t(9));

    // Fortran order [[1, 2, 3], [4, 5, 6]] is stored column by column: 1 4 2 5 3 6.
    const NpyArray m = decodeRef(referenceNpy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }",
                                              bytesOf<float>({1, 4, 2, 5, 3, 6})));
    QCOMPARE(m.shape, (std::vector<int64_t>{2, 3}));
    QCOMPARE(m.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
    // 3-d: element (i, j, k) = 100i + 10j + k sits at Fortran position i + 2j + 6k.
    std::vector<int32_t> fortran(24);
    std::vector<double> cOrder;
    for (int ii = 0; ii < 2; ++ii)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 4; ++k) {
                fortran[ii + 2 * j + 6 * k] = 100 * ii + 10 * j + k;
                cOrder.push_back(100 * ii + 10 * j + k);
            }
    const NpyArray t = decodeRef(referenceNpy("{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3, 4), }", [&] {
        std::string big;
        for (int32_t v : fortran)   // big-endian as well: both conversions at once
            for (int shift = 24; shift >= 0; shift -= 8)
                big += static_cast<char>((static_cast<uint32_t>(v) >> shift) & 0xff);
        return big;
    }()));
    QCOMPARE(t.toDoubles(), cOrder);
    // 1-d Fortran is the same as C.
    QCOMPARE(decodeRef(referenceNpy("{'descr': '<f4', 'fortran_order': True, 'shape': (3,), }", bytesOf<float>({1, 2, 3}))).toDoubles(),
             (std::vector<double>{1, 2, 3}));
}

void TestNpz::scalarHelpers()
{
    QCOMPARE(NpyArray::int64Scalar(-7).scalarInt64(), int64_t(-7));
    QCOMPARE(NpyArray::int64Scalar(-7).descr, std::string("<i8"));
    QVERIFY(NpyArray::int64Scalar(1).isScalar());
    QCOMPARE(NpyArray::fromRaw("|u1", {1}, asSpan("\xC8")).scalarInt64(), int64_t(200));   // one-element 1-d is fine
    QCOMPARE(NpyArray::fromRaw("<u8", {}, asSpan(bytesOf<uint64_t>({uint64_t(1) << 62}))).scalarInt64(), int64_t(1) << 62);
    EXPECT_ERROR(NpyArray::fromRaw("<u8", {}, asSpan(bytesOf<uint64_t>({~uint64_t(0)}))).scalarInt64(), "does not fit int64");
    EXPECT_ERROR(NpyArray::fromFloats(std::vector<float>{1.0f}, {}).scalarInt64(), "expected an integer scalar");
    EXPECT_ERROR(NpyArray::fromInt64s(std::vector<int64_t>{1, 2}, {2}).scalarInt64(), "expected an integer scalar, got shape (2,)");
    EXPECT_ERROR(NpyArray::int64Scalar(1).scalarString(), "expected a unicode string");

    // Strings: UTF-8 in, UCS-4 items, the descr counts code points (not bytes), trailing NULs dropped.
    const std::string text = "Z\xC3\xBCrich \xE2\x98\x83 \xF0\x9D\x84\x9E";   // "Zürich ☃ 𝄞": 10 code points
    const NpyArray s = NpyArray::stringScalar(text);
    QCOMPARE(s.descr, std::string("<U10"));
    QCOMPARE(asString(s.data), ucs4(U"Z\u00FCrich \u2603 \U0001D11E"));
    QCOMPARE(s.scalarString(), text);
    QCOMPARE(NpyArray::stringScalar("").descr, std::string("<U1"));   // numpy: np.array('').dtype == '<U1'
    QCOMPARE(NpyArray::stringScalar("").scalarString(), std::string());
    EXPECT_ERROR(NpyArray::stringScalar("\xC3("), "not valid UTF-8");
    EXPECT_ERROR(NpyArray::stringScalar("\xED\xA0\x80"), "not valid UTF-8");   // a UTF-16 surrogate
    EXPECT_ERROR(NpyArray::fromRaw("<U1", {}, asSpan(bytesOf<uint32_t>({0x110000}))).scalarString(), "invalid code point");

    const std::vector<double> d{1.5, -2.5};
    const NpyArray da = NpyArray::fromDoubles(d, {2});
    QCOMPARE(da.toFloats(), (std::vector<float>{1.5f, -2.5f}));
    EXPECT_ERROR(NpyArray::fromDoubles(d, {3}), "data length mismatch");
    EXPECT_ERROR(NpyArray::fromDoubles(d, {-2}), "invalid shape");
    EXPECT_ERROR(NpyArray::fromRaw("<c8", {}, {}), "unsupported dtype descr");
}

void TestNpz::roundTripsThroughFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<float> w{1.5f, -2.0f, 3.25f, 0.0f, 1e-30f, 7.0f};
    const std::vector<double> x{3.141592653589793, -1e-300, 1e300};
    const std::vector<std::pair<std::string, NpyArray>> arrays{
        {"w", NpyArray::fromFloats(w, {2, 3})},
        {"x", NpyArray::fromDoubles(x, {3})},
        {"count", NpyArray::int64Scalar(-9007199254740993LL)},
        {"name", NpyArray::stringScalar("util.runningstats.SecondMoment()")},
        {"mask", NpyArray::fromRaw("|b1", {2, 2}, asSpan(std::string("\1\0\0\1", 4)))},
        {"caf\xC3\xA9", NpyArray::fromRaw("|u1", {0}, {})},   // non-ASCII key (UTF-8 flag), empty array
    };
    for (bool zip64 : {false, true}) {
        const std::string path = (dir.path() + (zip64 ? "/z64.npz" : "/plain.npz")).toStdString();
        writeNpz(path, arrays, {.forceZip64 = zip64});
        const auto back = readNpz(path);
        QCOMPARE(back.size(), arrays.size());
        for (const auto& [key, array] : arrays) {
            QVERIFY2(back.count(key), key.c_str());
            const NpyArray& b = back.at(key);
            QCOMPARE(b.descr, array.descr);
            QCOMPARE(b.shape, array.shape);
            QVERIFY(b.data == array.data);
            QCOMPARE(b.nameForErrors, path + ": " + key + ".npy");
        }
        QCOMPARE(back.at("w").toFloats(), w);
        QCOMPARE(back.at("w").shape, (std::vector<int64_t>{2, 3}));
        QCOMPARE(back.at("x").toDoubles(), x);
        QCOMPARE(back.at("count").scalarInt64(), -9007199254740993LL);
        QCOMPARE(back.at("name").scalarString(), std::string("util.runningstats.SecondMoment()"));
        QCOMPARE(back.at("mask").toDoubles(), (std::vector<double>{1, 0, 0, 1}));
        // Our bytes equal the in-memory encoding, and writing is deterministic.
        QVERIFY(readWholeFile(path) == asString(encodeNpz(arrays, {.forceZip64 = zip64})));
    }
    // An empty archive is a lone end record (numpy.savez with no arrays gives the same 22 bytes).
    const auto emptyZip = encodeNpz({});
    QCOMPARE(emptyZip.size(), std::size_t(22));
    QVERIFY(readNpzBytes(emptyZip, "empty.npz").empty());
    // readNpyFile reads what writeNpyFile wrote.
    const std::string npyPath = (dir.path() + "/w.npy").toStdString();
    writeNpyFile(npyPath, "<f4", {3, 2}, w.data(), w.size() * 4);
    const NpyArray n = readNpyFile(npyPath);
    QCOMPARE(n.shape, (std::vector<int64_t>{3, 2}));
    QCOMPARE(n.toFloats(), w);
}

void TestNpz::writerLayoutFollowsAppnote()
{
    const std::vector<std::pair<std::string, NpyArray>> arrays{
        {"a", NpyArray::fromFloats(std::vector<float>{1, 2, 3}, {3})},
        {"bb", NpyArray::int64Scalar(5)},
    };
    const std::string zip = asString(encodeNpz(arrays));
    std::size_t at = 0;
    std::vector<std::size_t> offsets;
    for (const auto& [key, array] : arrays) {
        const std::string name = key + ".npy";
        const std::string npy = asString(encodeNpy(array));
        offsets.push_back(at);
        QCOMPARE(get32(zip, at), 0x04034b50u);            // local file header signature
        QCOMPARE(get16(zip, at + 4), uint16_t(20));       // version needed: 2.0, as numpy's files
        QCOMPARE(get16(zip, at + 6), uint16_t(0));        // no flags: no data descriptor, not encrypted
        QCOMPARE(get16(zip, at + 8), uint16_t(0));        // stored
        QCOMPARE(get16(zip, at + 12), uint16_t(0x21));    // 1980-01-01
        QCOMPARE(get32(zip, at + 14), bitwiseCrc32(npy));
        QCOMPARE(get32(zip, at + 18), uint32_t(npy.size()));
        QCOMPARE(get32(zip, at + 22), uint32_t(npy.size()));
        QCOMPARE(get16(zip, at + 26), uint16_t(name.size()));
        QCOMPARE(get16(zip, at + 28), uint16_t(0));
        QCOMPARE(zip.substr(at + 30, name.size()), name);
        QVERIFY(zip.substr(at + 30 + name.size(), npy.size()) == npy);
        at += 30 + name.size() + npy.size();
    }
    const std::size_t cdOffset = at;
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        const std::string name = arrays[i].first + ".npy";
        const std::string npy = asString(encodeNpy(arrays[i].second));
        QCOMPARE(get32(zip, at), 0x02014b50u);
        QCOMPARE(get16(zip, at + 4), uint16_t(0x0314));   // made by UNIX, 2.0
        QCOMPARE(get16(zip, at + 6), uint16_t(20));
        QCOMPARE(get16(zip, at + 10), uint16_t(0));
        QCOMPARE(get32(zip, at + 16), bitwiseCrc32(npy));
        QCOMPARE(get32(zip, at + 20), uint32_t(npy.size()));
        QCOMPARE(get32(zip, at + 24), uint32_t(npy.size()));
        QCOMPARE(get16(zip, at + 28), uint16_t(name.size()));
        QCOMPARE(get16(zip, at + 30), uint16_t(0));
        QCOMPARE(get16(zip, at + 32), uint16_t(0));
        QCOMPARE(get32(zip, at + 38), 0600u << 16);
        QCOMPARE(get32(zip, at + 42), uint32_t(offsets[i]));
        QCOMPARE(zip.substr(at + 46, name.size()), name);
        at += 46 + name.size();
    }
    QCOMPARE(get32(zip, at), 0x06054b50u);
    QCOMPARE(get16(zip, at + 8), uint16_t(2));
    QCOMPARE(get16(zip, at + 10), uint16_t(2));
    QCOMPARE(get32(zip, at + 12), uint32_t(at - cdOffset));
    QCOMPARE(get32(zip, at + 16), uint32_t(cdOffset));
    QCOMPARE(get16(zip, at + 20), uint16_t(0));
    QCOMPARE(zip.size(), at + 22);
}

void TestNpz::forcedZip64LayoutFollowsAppnote()
{
    // The large-file path (a member or offset beyond 2 GiB - 1) with small data: every 32-bit field
    // saturated and its value in ZIP64 records.
    const NpyArray a = NpyArray::fromDoubles(std::vector<double>{1, 2}, {2});
    const std::string npy = asString(encodeNpy(a));
    const std::string zip = asString(encodeNpz({{"m", a}}, {.forceZip64 = true}));
    QCOMPARE(get16(zip, 4), uint16_t(45));
    QCOMPARE(get32(zip, 18), 0xFFFFFFFFu);
    QCOMPARE(get32(zip, 22), 0xFFFFFFFFu);
    QCOMPARE(get16(zip, 28), uint16_t(20));
    QCOMPARE(get16(zip, 35), uint16_t(0x0001));            // after "m.npy" at 30
    QCOMPARE(get16(zip, 37), uint16_t(16));
    QCOMPARE(get64(zip, 39), uint64_t(npy.size()));
    QCOMPARE(get64(zip, 47), uint64_t(npy.size()));
    QVERIFY(zip.substr(55, npy.size()) == npy);
    const std::size_t cd = 55 + npy.size();
    QCOMPARE(get32(zip, cd), 0x02014b50u);
    QCOMPARE(get16(zip, cd + 6), uint16_t(45));
    QCOMPARE(get32(zip, cd + 20), 0xFFFFFFFFu);
    QCOMPARE(get32(zip, cd + 42), 0xFFFFFFFFu);
    QCOMPARE(get16(zip, cd + 30), uint16_t(28));
    QCOMPARE(get16(zip, cd + 46 + 5), uint16_t(0x0001));
    QCOMPARE(get16(zip, cd + 46 + 7), uint16_t(24));
    QCOMPARE(get64(zip, cd + 46 + 9), uint64_t(npy.size()));
    QCOMPARE(get64(zip, cd + 46 + 17), uint64_t(npy.size()));
    QCOMPARE(get64(zip, cd + 46 + 25), uint64_t(0));      // local header offset
    const std::size_t end64 = cd + 46 + 5 + 28;
    QCOMPARE(get32(zip, end64), 0x06064b50u);
    QCOMPARE(get64(zip, end64 + 4), uint64_t(44));
    QCOMPARE(get64(zip, end64 + 32), uint64_t(1));        // total entries
    QCOMPARE(get64(zip, end64 + 40), uint64_t(end64 - cd));
    QCOMPARE(get64(zip, end64 + 48), uint64_t(cd));
    QCOMPARE(get32(zip, end64 + 56), 0x07064b50u);
    QCOMPARE(get64(zip, end64 + 64), uint64_t(end64));
    QCOMPARE(get32(zip, end64 + 72), 1u);
    QCOMPARE(get32(zip, end64 + 76), 0x06054b50u);
    QCOMPARE(get16(zip, end64 + 86), uint16_t(0xFFFF));
    QCOMPARE(get32(zip, end64 + 88), 0xFFFFFFFFu);
    QCOMPARE(get32(zip, end64 + 92), 0xFFFFFFFFu);
    QCOMPARE(zip.size(), end64 + 98);
}

void TestNpz::readsReferenceRomeStatistics()
{
    const std::vector<double> mom2(std::begin(kMom2), std::end(kMom2));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::vector<std::pair<ZipStyle, std::string>> variants{
        {ZipStyle::Plain, ""}, {ZipStyle::NumpySavez, ""}, {ZipStyle::Zip64Everything, ""},
        {ZipStyle::NumpySavez, "an archive comment, with PK\x05\x06 inside"}};
    for (const auto& [style, comment] : variants) {
        const std::string zip = referenceZip(romeMembers(), style, comment);
        const std::string path = (dir.path() + "/layer_stats.npz").toStdString();
        writeFileAtomically(path, zip);
        for (const auto& arrays : {readRef(zip), readNpz(path)}) {
            QCOMPARE(arrays.size(), std::size_t(4));
            const NpyArray& m = arrays.at("mom2.mom2");
            QCOMPARE(m.descr, std::string("<f4"));
            QCOMPARE(m.shape, (std::vector<int64_t>{4, 4}));
            QCOMPARE(m.toDoubles(), mom2);
            const auto v = m.toFloats();
            for (int i = 0; i < 4; ++i)
                for (int j = 0; j < 4; ++j)
                    QCOMPARE(v[4 * i + j], v[4 * j + i]);
            QCOMPARE(arrays.at("mom2.count").scalarInt64(), kCount);
            QVERIFY(arrays.at("mom2.count").isScalar());
            QCOMPARE(arrays.at("mom2.constructor").descr, std::string("<U32"));
            QCOMPARE(arrays.at("mom2.constructor").scalarString(), std::string(kConstructor));
            QCOMPARE(arrays.at("sample_size").scalarInt64(), int64_t(100000));
        }
    }
}

void TestNpz::cpythonZipfileAgrees()
{
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty())
        QSKIP("python3 not installed: CPython's zipfile is an optional oracle");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto runPython = [&](const QString& script, const QStringList& args) {
        QProcess p;
        p.start(python, QStringList{"-c", script} + args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QByteArray("FAILED: ") + p.readAllStandardError();
        return p.readAllStandardOutput();
    };

    // 1. CPython reads our archives (plain and ZIP64): testzip() verifies every CRC, and the members
    //    are our .npy encodings in our order. numpy.load goes through exactly this zipfile code.
    const std::vector<std::pair<std::string, NpyArray>> arrays{
        {"mom2.mom2", NpyArray::fromFloats(std::vector<float>(kMom2, kMom2 + 16), {4, 4})},
        {"mom2.count", NpyArray::int64Scalar(kCount)},
        {"mom2.constructor", NpyArray::stringScalar(kConstructor)},
    };
    const QString readScript = R"(
import sys, zipfile, json
with zipfile.ZipFile(sys.argv[1]) as z:
    out = {"bad": z.testzip(), "members": []}
    for info in z.infolist():
        out["members"].append({"name": info.filename, "method": info.compress_type, "crc": info.CRC,
                               "hex": z.read(info).hex()})
print(json.dumps(out))
)";
    for (bool zip64 : {false, true}) {
        const QString path = dir.path() + (zip64 ? "/ours64.npz" : "/ours.npz");
        writeNpz(path.toStdString(), arrays, {.forceZip64 = zip64});
        const QByteArray output = runPython(readScript, {path});
        const QJsonDocument doc = QJsonDocument::fromJson(output);
        QVERIFY2(doc.isObject(), output.constData());
        QVERIFY(doc.object().value("bad").isNull());
        const QJsonArray members = doc.object().value("members").toArray();
        QCOMPARE(members.size(), qsizetype(arrays.size()));
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QJsonObject m = members[i].toObject();
            const std::string npy = asString(encodeNpy(arrays[static_cast<std::size_t>(i)].second));
            QCOMPARE(m.value("name").toString().toStdString(), arrays[static_cast<std::size_t>(i)].first + ".npy");
            QCOMPARE(m.value("method").toInt(), 0);
            QCOMPARE(static_cast<uint32_t>(m.value("crc").toDouble()), bitwiseCrc32(npy));
            QCOMPARE(m.value("hex").toString().toStdString(), QByteArray::fromStdString(npy).toHex().toStdString());
        }
    }

    // 2. We read what CPython writes the way numpy.savez does (numpy/lib/npyio.py _savez:
    //    ZipFile(mode="w", ZIP_STORED, allowZip64=True) and zipf.open(key + ".npy", "w", force_zip64=True)).
    const QString writeScript = R"(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], mode="w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
    for i in range(2, len(sys.argv), 2):
        with z.open(sys.argv[i], "w", force_zip64=True) as f:
            f.write(open(sys.argv[i + 1], "rb").read())
print("ok")
)";
    QStringList args{dir.path() + "/numpy_style.npz"};
    int index = 0;
    for (const auto& [name, npy] : romeMembers()) {
        const QString file = dir.path() + "/member" + QString::number(index++) + ".npy";
        writeFileAtomically(file.toStdString(), npy);
        args << QString::fromStdString(name) << file;
    }
    QCOMPARE(runPython(writeScript, args).trimmed(), QByteArray("ok"));
    const auto back = readNpz((dir.path() + "/numpy_style.npz").toStdString());
    QCOMPARE(back.size(), std::size_t(4));
    QCOMPARE(back.at("mom2.mom2").toDoubles(), std::vector<double>(std::begin(kMom2), std::end(kMom2)));
    QCOMPARE(back.at("mom2.count").scalarInt64(), kCount);
    QCOMPARE(back.at("mom2.constructor").scalarString(), std::string(kConstructor));
    QCOMPARE(back.at("sample_size").scalarInt64(), int64_t(100000));
}

void TestNpz::npyErrors()
{
    const std::string good = referenceNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", bytesOf<float>({1, 2}));
    QCOMPARE(decodeRef(good).toDoubles(), (std::vector<double>{1, 2}));
    auto header = [](const std::string& dict, const std::string& payload = "") { return referenceNpy(dict, payload); };

    EXPECT_ERROR(decodeRef("PK\x03\x04 not an npy file at all"), "x.npy: not a .npy file (bad magic");
    EXPECT_ERROR(decodeRef(""), "truncated header");
    EXPECT_ERROR(decodeRef("\x93NUM"), "truncated header");
    EXPECT_ERROR(decodeRef(good.substr(0, 9)), "truncated header");
    EXPECT_ERROR(decodeRef(good.substr(0, 60)), "truncated header (header length 118");
    EXPECT_ERROR(decodeRef(rawNpy(2, "", "").substr(0, 11)), "truncated header");
    std::string v4 = good;
    v4[6] = 4;
    EXPECT_ERROR(decodeRef(v4), "unsupported .npy format version 4.0");
    std::string v11 = good;
    v11[7] = 1;
    EXPECT_ERROR(decodeRef(v11), "unsupported .npy format version 1.1");

    EXPECT_ERROR(decodeRef(header("[1, 2]")), "not a Python dict");
    EXPECT_ERROR(decodeRef(header("'descr'")), "not a Python dict");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (2,)")), "expected ',' or '}'");
    EXPECT_ERROR(decodeRef(rawNpy(1, "{'descr': ", "")), "header ends inside a value");
    EXPECT_ERROR(decodeRef(rawNpy(1, "{'descr': '<f4", "")), "unterminated string");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (2,)} x")), "unexpected text after the header dict");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False}")), "missing key 'shape'");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (), 'extra': 1}")), "unexpected key 'extra'");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': ()}")), "duplicate key 'descr'");
    EXPECT_ERROR(decodeRef(header("{1: 2}")), "key is not a string");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4, 'fortran_order': False, 'shape': ()}")), "expected ',' or '}'");
    EXPECT_ERROR(decodeRef(header("{'descr' '<f4', 'fortran_order': False, 'shape': ()}")), "expected ':' after key 'descr'");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': 0, 'shape': ()}")), "'fortran_order' is not True or False");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (2)}", bytesOf<float>({1, 2}))),
                 "'shape' is not a tuple");   // (2) is the int 2 in Python
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': [2]}")), "'shape' is not a tuple");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}")), "negative dimension -1");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': ('2',)}")), "'shape' holds a non-integer");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,)}")), "integer too large");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296)}")), "is too large");
    EXPECT_ERROR(decodeRef(header("{'descr': 5, 'fortran_order': False, 'shape': ()}")), "'descr' is not a string");
    EXPECT_ERROR(decodeRef(header("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': ()}")), "structured dtypes");
    EXPECT_ERROR(decodeRef(header("{'descr': '" + std::string(1000, '(') + "', 'fortran_order': False, 'shape': ()}")), "unsupported dtype descr");
    EXPECT_ERROR(decodeRef(header("{'descr': " + std::string(1000, '(') + "}")), "nested too deeply");

    EXPECT_ERROR(decodeRef(header("{'descr': '<c8', 'fortran_order': False, 'shape': ()}", std::string(8, '\0'))), "unsupported dtype descr '<c8'");
    EXPECT_ERROR(decodeRef(header("{'descr': '|O', 'fortran_order': False, 'shape': ()}")), "object arrays");
    EXPECT_ERROR(decodeRef(header("{'descr': '<f3', 'fortran_order': False, 'shape': ()}")), "unsupported dtype descr");
    EXPECT_ERROR(decodeRef(header("{'descr': '<U0', 'fortran_order': False, 'shape': ()}")), "unsupported dtype descr");
    EXPECT_ERROR(decodeRef(header("{'descr': '|S5', 'fortran_order': False, 'shape': ()}", "hello")), "unsupported dtype descr");

    EXPECT_ERROR(decodeRef(good.substr(0, good.size() - 1)), "data length mismatch: shape (2,) of <f4 needs 8 bytes, only 7");
    EXPECT_ERROR(decodeRef(good + "x"), "data length mismatch: shape (2,) of <f4 needs 8 bytes, but 9");

    // File and member reach the error.
    try {
        decodeNpy(asSpan(good.substr(0, 100)), "stats.npz", "mom2.mom2.npy");
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), std::string("stats.npz"));
        QCOMPARE(e.field(), std::string("mom2.mom2.npy"));
    }
    EXPECT_ERROR(readNpyFile("/nonexistent/dir/x.npy"), "cannot open .npy file");
}

void TestNpz::npzErrors()
{
    const auto members = romeMembers();
    const std::string zip = referenceZip(members, ZipStyle::Plain);
    QCOMPARE(readRef(zip).size(), std::size_t(4));
    // Layout of the Plain reference: member 0's local header at 0, its data at 30 + name length.
    const std::size_t name0 = members[0].first.size();
    const std::size_t data0 = 30 + name0;
    const std::size_t cdOffset = get32(zip, zip.size() - 6);

    // Bad CRC: one flipped payload bit.
    std::string flipped = zip;
    flipped[data0 + 200] ^= 0x10;
    EXPECT_ERROR(readRef(flipped), "ref.npz: mom2.constructor.npy: CRC-32 mismatch");
    // Truncations: a cut file loses its end record; a hole keeps the end record but not the data.
    EXPECT_ERROR(readRef(zip.substr(0, zip.size() - 1)), "end of central directory record not found");
    EXPECT_ERROR(readRef(zip.substr(0, zip.size() / 2)), "end of central directory record not found");
    EXPECT_ERROR(readRef(zip.substr(0, 10)), "end of central directory record not found");
    EXPECT_ERROR(readRef(""), "end of central directory record not found");
    EXPECT_ERROR(readRef(zip.substr(0, data0 + 100) + zip.substr(data0 + 200)), "truncated archive?");
    EXPECT_ERROR(readRef(zip.substr(0, cdOffset) + zip.substr(zip.size() - 22)), "truncated archive?");
    // Missing end record: signature clobbered, or not a zip at all.
    EXPECT_ERROR(readRef(patched32(zip, zip.size() - 22, 0x06054b51)), "end of central directory record not found");
    EXPECT_ERROR(readRef(std::string(1000, 'x')), "end of central directory record not found");
    EXPECT_ERROR(readRef(zip + "trailing"), "end of central directory record not found");   // comment length disagrees
    // Member name without .npy.
    EXPECT_ERROR(readRef(referenceZip({{"notes.txt", "hello"}}, ZipStyle::Plain)), "notes.txt: member is not a .npy array");
    EXPECT_ERROR(readRef(referenceZip({{"npy", "x"}}, ZipStyle::Plain)), "does not end in .npy");
    // Local header disagrees with the central directory.
    std::string renamed = zip;
    renamed[30] = 'M';   // local name "Mom2.constructor.npy"
    EXPECT_ERROR(readRef(renamed), "local header name differs from the central directory");
    EXPECT_ERROR(readRef(patched32(zip, 14, 0x12345678)), "disagrees with the central directory (crc");
    EXPECT_ERROR(readRef(patched32(patched32(zip, 18, 5), 22, 5)), "local header (crc");
    EXPECT_ERROR(readRef(patched16(zip, 8, 8)), "local header compression method differs");
    EXPECT_ERROR(readRef(patched32(zip, 0, 0x04034b51)), "local header at offset 0 has a bad signature");
    EXPECT_ERROR(readRef(patched32(zip, cdOffset + 42, uint32_t(zip.size()))), "lies outside the archive");
    EXPECT_ERROR(readRef(patched32(zip, cdOffset, 0x02014b51)), "central directory entry 0 has a bad signature");
    // Compression, encryption, multi-disk, duplicates, ZIP64 inconsistencies.
    EXPECT_ERROR(readRef(patched16(patched16(zip, 8, 8), cdOffset + 10, 8)), "numpy.savez_compressed");
    EXPECT_ERROR(readRef(patched16(patched16(zip, 8, 12), cdOffset + 10, 12)), "unsupported zip compression method 12");
    EXPECT_ERROR(readRef(patched16(zip, cdOffset + 8, 1)), "encrypted");
    EXPECT_ERROR(readRef(patched16(zip, zip.size() - 18, 1)), "multi-disk");
    EXPECT_ERROR(readRef(patched32(zip, cdOffset + 20, 0xFFFFFFFF)), "no ZIP64 extra field");
    const std::string dup = referenceNpy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", bytesOf<int64_t>({1}));
    EXPECT_ERROR(readRef(referenceZip({{"a.npy", dup}, {"a.npy", dup}}, ZipStyle::Plain)), "a.npy: duplicate member");
    const std::string z64 = referenceZip(members, ZipStyle::Zip64Everything);
    const std::size_t locator = z64.size() - 22 - 20;
    EXPECT_ERROR(readRef(patched32(z64, locator - 56, 0x06064b51)), "ZIP64 end of central directory record has a bad signature");
    EXPECT_ERROR(readRef(patched32(z64, locator + 8, uint32_t(z64.size()))), "lies outside the archive");
    EXPECT_ERROR(readRef(patched32(patched32(z64, locator - 56 + 24, 1000), locator - 56 + 32, 1000)), "cannot hold 1000 entries");
    // A bad member .npy names the archive and the member.
    auto badNpy = members;
    badNpy[2].second = referenceNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (4, 5), }", members[2].second.substr(128));
    EXPECT_ERROR(readRef(referenceZip(badNpy, ZipStyle::Plain)), "ref.npz: mom2.mom2.npy: data length mismatch");
    EXPECT_ERROR(readNpz("/nonexistent/dir/x.npz"), "cannot open npz file");
    QTemporaryDir dir;
    EXPECT_ERROR(readNpz(dir.path().toStdString()), "not a regular file");
}

void TestNpz::writerErrors()
{
    QTemporaryDir dir;
    const NpyArray ok = NpyArray::int64Scalar(1);
    EXPECT_ERROR(encodeNpz({{"a", ok}, {"a", ok}}, {}, "out.npz"), "out.npz: a: duplicate array name");
    EXPECT_ERROR(encodeNpz({{"", ok}}, {}, "out.npz"), "empty array name");
    EXPECT_ERROR(encodeNpz({{std::string("a\0b", 3), ok}}), "NUL byte");
    NpyArray short_ = ok;
    short_.data.pop_back();
    EXPECT_ERROR(encodeNpz({{"s", short_}}, {}, "out.npz"), "out.npz: s: data length mismatch");
    NpyArray unknown = ok;
    unknown.descr = "<c16";
    EXPECT_ERROR(encodeNpz({{"c", unknown}}), "unsupported dtype descr");
    NpyArray big = NpyArray::fromDoubles(std::vector<double>{1}, {1});
    big.descr = ">f8";
    EXPECT_ERROR(encodeNpz({{"b", big}}), "big-endian");
    const std::string target = (dir.path() + "/missing/out.npz").toStdString();
    EXPECT_ERROR(writeNpz(target, {{"a", ok}}), "cannot create");
}

EDITSCOPE_TEST_MAIN(TestNpz)
#include "test_npz.moc"
