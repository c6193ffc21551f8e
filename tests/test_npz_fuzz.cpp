// Fuzzes the .npy and .npz readers under AddressSanitizer: thousands of corrupted inputs from a seeded
// RNG (truncations, extensions, bit flips, edited .npy headers wrapped in valid archives, integers
// written over random fields, splices, random bytes and random bytes behind a plausible end record).
// Every case must either parse, and then every array is self-consistent (descr supported, data length
// = elements x item size, values readable) and survives a write/read round trip unchanged, or throw
// InputError naming the input; nothing else. Built torch-free from the parser's sources with
// -fsanitize=address (tests/npz.cmake), so any out-of-bounds read aborts the test.
#include "core/formats/npy.h"
#include "core/formats/npz.h"
#include "core/util/error.h"

#include "support/fuzz_verdict.h"
#include "support/test_main.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <random>

using namespace editscope;
using editscope::testing::fuzzVerdict;

namespace {

using Bytes = std::vector<std::byte>;

void put(Bytes& b, uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        b.push_back(static_cast<std::byte>((v >> (8 * i)) & 0xff));
}

void poke(Bytes& b, std::size_t at, uint64_t v, int n)
{
    for (int i = 0; i < n && at + static_cast<std::size_t>(i) < b.size(); ++i)
        b[at + static_cast<std::size_t>(i)] = static_cast<std::byte>((v >> (8 * i)) & 0xff);
}

Bytes fromString(const std::string& s)
{
    const auto* p = reinterpret_cast<const std::byte*>(s.data());
    return Bytes(p, p + s.size());
}

// A minimal STORED zip with correct CRCs (so edited .npy members get past the checksum and reach
// the .npy parser), laid out like numpy.savez: a local ZIP64 extra with the real sizes.
Bytes zipOf(const std::vector<std::pair<std::string, Bytes>>& members)
{
    Bytes out, central;
    for (const auto& [name, data] : members) {
        const uint64_t offset = out.size();
        const uint32_t crc = crc32(data);
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0, 2);
        put(out, 0, 2);
        put(out, 0, 4);   // time, date
        put(out, crc, 4);
        put(out, data.size(), 4);
        put(out, data.size(), 4);
        put(out, name.size(), 2);
        put(out, 20, 2);
        out.insert(out.end(), reinterpret_cast<const std::byte*>(name.data()),
                   reinterpret_cast<const std::byte*>(name.data()) + name.size());
        put(out, 1, 2);
        put(out, 16, 2);
        put(out, data.size(), 8);
        put(out, data.size(), 8);
        out.insert(out.end(), data.begin(), data.end());
        put(central, 0x02014b50, 4);
        put(central, 0x0314, 2);
        put(central, 20, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, crc, 4);
        put(central, data.size(), 4);
        put(central, data.size(), 4);
        put(central, name.size(), 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0600u << 16, 4);
        put(central, offset, 4);
        central.insert(central.end(), reinterpret_cast<const std::byte*>(name.data()),
                       reinterpret_cast<const std::byte*>(name.data()) + name.size());
    }
    const uint64_t cdOffset = out.size();
    out.insert(out.end(), central.begin(), central.end());
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, members.size(), 2);
    put(out, members.size(), 2);
    put(out, central.size(), 4);
    put(out, cdOffset, 4);
    put(out, 0, 2);
    return out;
}

} // namespace

class TestNpzFuzz : public QObject {
    Q_OBJECT

public:
    TestNpzFuzz();

private Q_SLOTS:
    void baselinesParse();
    void truncationsAndExtensions();
    void bitFlips();
    void npyHeaderEdits();
    void integerFieldOverwrites();
    void splices();
    void randomBytes();
    void filesAgreeWithBuffers();
    void cleanupTestCase();

private:
    // "" when the case behaved (parsed and verified, or InputError); otherwise what went wrong.
    std::string checkZip(const Bytes& bytes, bool* acceptedOut = nullptr);
    std::string checkNpy(const Bytes& bytes, bool* acceptedOut = nullptr);
    std::string verifyArray(const NpyArray& a);
    std::string editHeader(std::string header);

    std::mt19937_64 rng_{20240612};
    std::vector<Bytes> zips_;
    std::vector<Bytes> npys_;
    int cases_ = 0;
    editscope::testing::FuzzTally tally_;
};

TestNpzFuzz::TestNpzFuzz()
{
    const std::vector<float> w{1, 2, 3, 4, 5, 6};
    const std::vector<std::pair<std::string, NpyArray>> arrays{
        {"mom2.mom2", NpyArray::fromFloats(w, {2, 3})},
        {"mom2.count", NpyArray::int64Scalar(1234567)},
        {"mom2.constructor", NpyArray::stringScalar("util.runningstats.SecondMoment()")},
        {"x", NpyArray::fromDoubles(std::vector<double>{0.5, -1}, {2, 1})},
        {"mask", NpyArray::fromRaw("|b1", {3}, std::as_bytes(std::span("\1\0\1", 3)))},
        {"e", NpyArray::fromRaw("<i2", {0, 4}, {})},
    };
    zips_.push_back(encodeNpz(arrays));
    zips_.push_back(encodeNpz(arrays, {.forceZip64 = true}));
    zips_.push_back(encodeNpz({arrays[1], arrays[2]}));
    for (const auto& [key, a] : arrays)
        npys_.push_back(encodeNpy(a));
    // Hand-written headers: other versions, key orders, big-endian and Fortran order.
    auto npy = [](int major, const std::string& header, const std::string& payload) {
        Bytes b = fromString("\x93NUMPY");
        put(b, static_cast<uint64_t>(major), 1);
        put(b, 0, 1);
        put(b, header.size(), major == 1 ? 2 : 4);
        const Bytes h = fromString(header + payload);
        b.insert(b.end(), h.begin(), h.end());
        return b;
    };
    npys_.push_back(npy(2, "{'shape': (2, 2), 'descr': '>f8', 'fortran_order': True}\n", std::string(32, '\x3f')));
    npys_.push_back(npy(3, "{\"descr\": \"<U2\", \"fortran_order\": False, \"shape\": (1,),}", std::string("a\0\0\0b\0\0\0", 8)));
    npys_.push_back(npy(1, "{'descr':'<f2','fortran_order':False,'shape':(3,)}", std::string("\0\x3c\0\xc0\xff\x7b", 6)));
    std::vector<std::pair<std::string, Bytes>> members;
    for (std::size_t i = 0; i < npys_.size(); ++i)
        members.push_back({"m" + std::to_string(i) + ".npy", npys_[i]});
    zips_.push_back(zipOf(members));
}

std::string TestNpzFuzz::verifyArray(const NpyArray& a)
{
    try {
        validateNpyArray(a, "verify", "");
    } catch (const InputError& e) {
        return std::string("accepted an inconsistent array: ") + e.what();
    }
    for (int64_t d : a.shape)
        if (d < 0)
            return "negative dimension accepted";
    if (a.data.size() != static_cast<std::size_t>(a.elementCount()) * a.itemSize())
        return "data length differs from elements x item size";
    if (a.kind() == 'U') {
        if (a.elementCount() == 1) {
            try {
                (void)a.scalarString();
            } catch (const InputError&) {   // an invalid code point is reported, not crashed on
            }
        }
    } else if (a.toDoubles().size() != static_cast<std::size_t>(a.elementCount())) {
        return "toDoubles() has the wrong length";
    }
    return "";
}

std::string TestNpzFuzz::checkZip(const Bytes& bytes, bool* acceptedOut)
{
    ++cases_;
    return fuzzVerdict("fuzz.npz", tally_, acceptedOut, [&]() -> std::string {
        const auto arrays = readNpzBytes(bytes, "fuzz.npz");
        std::vector<std::pair<std::string, NpyArray>> again;
        for (const auto& [key, a] : arrays) {
            if (auto problem = verifyArray(a); !problem.empty())
                return key + ": " + problem;
            again.emplace_back(key, a);
        }
        // What we accepted, we must be able to write and read back unchanged.
        // Keys that read fine but the writer refuses (empty, or with a NUL byte) are left out.
        std::erase_if(again, [](const auto& kv) { return kv.first.empty() || kv.first.find('\0') != std::string::npos; });
        const auto back = readNpzBytes(encodeNpz(again), "again");
        if (back.size() != again.size())
            return "round trip changed the member count";
        for (const auto& [key, a] : again) {
            const auto it = back.find(key);
            if (it == back.end() || it->second.descr != a.descr || it->second.shape != a.shape || it->second.data != a.data)
                return "round trip changed " + key;
        }
        return "";
    });
}

std::string TestNpzFuzz::checkNpy(const Bytes& bytes, bool* acceptedOut)
{
    ++cases_;
    return fuzzVerdict("fuzz.npy", tally_, acceptedOut, [&]() -> std::string {
        const NpyArray a = decodeNpy(bytes, "fuzz.npy");
        if (auto problem = verifyArray(a); !problem.empty())
            return problem;
        const NpyArray back = decodeNpy(encodeNpy(a), "again");
        if (back.descr != a.descr || back.shape != a.shape || back.data != a.data)
            return "round trip changed the array";
        return "";
    });
}

// Character-level edits biased towards the header grammar.
std::string TestNpzFuzz::editHeader(std::string header)
{
    static const std::string alphabet = "{}()[]'\",: -+0123456789LTrueFalsNonedscrhpfto_<>|=iubUO\\\n\t\x01\xff";
    static const std::vector<std::string> tokens{"'descr'", "'shape'", "'fortran_order'", "True", "False", "None",
                                                 "(", ")", "()", "(0,)", "(-1,)", "(99999999999999999999,)", "'<f4'",
                                                 "'>U3'", "'|O'", "'<i8'", "'<U0'", "[('a', '<f4')]", ",", ":",
                                                 "(((((((((((((((((((((((((((((((((((((((", "{", "}", "'", "\\"};
    const int edits = 1 + static_cast<int>(rng_() % 4);
    for (int e = 0; e < edits; ++e) {
        const std::size_t at = header.empty() ? 0 : rng_() % (header.size() + 1);
        switch (rng_() % 4) {
        case 0:
            if (at < header.size())
                header[at] = alphabet[rng_() % alphabet.size()];
            break;
        case 1:
            header.insert(at, 1, alphabet[rng_() % alphabet.size()]);
            break;
        case 2:
            if (at < header.size())
                header.erase(at, 1 + rng_() % 6);
            break;
        default:
            header.insert(at, tokens[rng_() % tokens.size()]);
            break;
        }
    }
    return header;
}

void TestNpzFuzz::baselinesParse()
{
    for (const auto& z : zips_) {
        bool ok = false;
        QCOMPARE(checkZip(z, &ok), std::string());
        QVERIFY(ok);
    }
    for (const auto& n : npys_) {
        bool ok = false;
        QCOMPARE(checkNpy(n, &ok), std::string());
        QVERIFY(ok);
    }
}

void TestNpzFuzz::truncationsAndExtensions()
{
    for (const auto& z : zips_) {
        for (std::size_t len = 0; len < z.size(); len += 1 + (z.size() > 2000 ? rng_() % 3 : 0)) {
            bool ok = true;
            const auto problem = checkZip(Bytes(z.begin(), z.begin() + static_cast<std::ptrdiff_t>(len)), &ok);
            QVERIFY2(problem.empty(), problem.c_str());
            QVERIFY2(!ok, ("truncation to " + std::to_string(len) + " bytes accepted").c_str());
        }
        for (int extra = 1; extra <= 8; ++extra) {
            Bytes longer = z;
            longer.resize(longer.size() + static_cast<std::size_t>(extra), std::byte{0});
            bool ok = true;
            QCOMPARE(checkZip(longer, &ok), std::string());
            QVERIFY(!ok);
        }
    }
    for (const auto& n : npys_) {
        for (std::size_t len = 0; len < n.size(); ++len) {
            bool ok = true;
            QCOMPARE(checkNpy(Bytes(n.begin(), n.begin() + static_cast<std::ptrdiff_t>(len)), &ok), std::string());
            QVERIFY2(!ok || n.size() == len, ("npy truncation to " + std::to_string(len) + " accepted").c_str());
        }
        Bytes longer = n;
        longer.push_back(std::byte{0});
        bool ok = true;
        QCOMPARE(checkNpy(longer, &ok), std::string());
        QVERIFY(!ok);
    }
}

void TestNpzFuzz::bitFlips()
{
    int acceptedHere = 0;
    for (int c = 0; c < 2500; ++c) {
        const bool zip = c % 5 != 0;
        Bytes bytes = zip ? zips_[rng_() % zips_.size()] : npys_[rng_() % npys_.size()];
        const int flips = 1 + static_cast<int>(rng_() % 3);
        for (int f = 0; f < flips; ++f) {
            const std::size_t at = rng_() % bytes.size();
            bytes[at] ^= static_cast<std::byte>(1u << (rng_() % 8));
        }
        bool ok = false;
        const auto problem = zip ? checkZip(bytes, &ok) : checkNpy(bytes, &ok);
        QVERIFY2(problem.empty(), ("bit-flip case " + std::to_string(c) + ": " + problem).c_str());
        acceptedHere += ok;
    }
    QVERIFY(acceptedHere > 0);   // flips in timestamps, attributes or .npy payloads keep inputs valid
}

void TestNpzFuzz::npyHeaderEdits()
{
    int acceptedHere = 0;
    for (int c = 0; c < 2000; ++c) {
        const Bytes& base = npys_[rng_() % npys_.size()];
        const int major = std::to_integer<int>(base[6]);
        const std::size_t preamble = major == 1 ? 10 : 12;
        std::size_t headerLength = std::to_integer<std::size_t>(base[8]) | std::to_integer<std::size_t>(base[9]) << 8;
        if (major != 1)
            headerLength |= std::to_integer<std::size_t>(base[10]) << 16 | std::to_integer<std::size_t>(base[11]) << 24;
        const std::string header(reinterpret_cast<const char*>(base.data()) + preamble, headerLength);
        const std::string edited = editHeader(header);
        Bytes bytes(base.begin(), base.begin() + 8);
        const int newMajor = edited.size() > 0xFFFF ? 2 : (rng_() % 8 == 0 ? 3 : major);
        bytes[6] = static_cast<std::byte>(newMajor);
        put(bytes, edited.size(), newMajor == 1 ? 2 : 4);
        const Bytes h = fromString(edited);
        bytes.insert(bytes.end(), h.begin(), h.end());
        bytes.insert(bytes.end(), base.begin() + static_cast<std::ptrdiff_t>(preamble + headerLength), base.end());
        bool ok = false;
        auto problem = checkNpy(bytes, &ok);
        QVERIFY2(problem.empty(), ("header edit " + std::to_string(c) + " [" + edited + "]: " + problem).c_str());
        acceptedHere += ok;
        // The same member inside an otherwise valid archive must give the same verdict.
        if (c % 2 == 0) {
            bool zipOk = false;
            problem = checkZip(zipOf({{"a.npy", npys_[0]}, {"edited.npy", bytes}}), &zipOk);
            QVERIFY2(problem.empty(), ("zipped header edit " + std::to_string(c) + ": " + problem).c_str());
            QCOMPARE(zipOk, ok);
        }
    }
    QVERIFY(acceptedHere > 0);   // e.g. whitespace edits
}

void TestNpzFuzz::integerFieldOverwrites()
{
    // Little-endian integers written over random positions hit every length, count and offset field.
    for (int c = 0; c < 2500; ++c) {
        Bytes bytes = zips_[rng_() % zips_.size()];
        const int width = std::array{2, 4, 8}[rng_() % 3];
        const uint64_t size = bytes.size();
        const std::array<uint64_t, 14> interesting{0, 1, 20, 44, 46, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFE, size, size - 1, size + 1,
                                                   uint64_t(1) << 63, ~uint64_t(0), rng_()};
        const int writes = 1 + static_cast<int>(rng_() % 2);
        for (int w = 0; w < writes; ++w) {
            // Biased to the tail, where the central directory and end records live.
            const std::size_t at = rng_() % 2 ? bytes.size() - 1 - rng_() % std::min<std::size_t>(bytes.size(), 200)
                                              : rng_() % bytes.size();
            poke(bytes, at, interesting[rng_() % interesting.size()], width);
        }
        const auto problem = checkZip(bytes);
        QVERIFY2(problem.empty(), ("overwrite case " + std::to_string(c) + ": " + problem).c_str());
    }
}

void TestNpzFuzz::splices()
{
    for (int c = 0; c < 600; ++c) {
        const Bytes& a = zips_[rng_() % zips_.size()];
        const Bytes& b = zips_[rng_() % zips_.size()];
        const std::size_t cutA = rng_() % a.size(), cutB = rng_() % b.size();
        Bytes bytes(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(cutA));
        bytes.insert(bytes.end(), b.begin() + static_cast<std::ptrdiff_t>(cutB), b.end());
        const auto problem = checkZip(bytes);
        QVERIFY2(problem.empty(), ("splice case " + std::to_string(c) + ": " + problem).c_str());
    }
}

void TestNpzFuzz::randomBytes()
{
    for (int c = 0; c < 1500; ++c) {
        Bytes bytes(rng_() % 600);
        for (auto& b : bytes)
            b = static_cast<std::byte>(rng_() % (c % 3 == 0 ? 4 : 256));   // also runs of small values
        const int mode = c % 4;
        if (mode == 1 && bytes.size() >= 4) {
            poke(bytes, 0, 0x04034b50, 4);   // a local header signature in front
        } else if (mode == 2) {
            // A plausible end record behind random bytes: its offsets point into the noise.
            const uint64_t n = bytes.size();
            put(bytes, 0x06054b50, 4);
            put(bytes, 0, 4);
            const uint64_t count = rng_() % 4;
            put(bytes, count, 2);
            put(bytes, count, 2);
            put(bytes, n ? rng_() % n : 0, 4);
            put(bytes, n ? rng_() % n : 0, 4);
            put(bytes, 0, 2);
        } else if (mode == 3) {
            const Bytes magic = fromString("\x93NUMPY\x01");
            bytes.insert(bytes.begin(), magic.begin(), magic.end());
            const auto problem = checkNpy(bytes);
            QVERIFY2(problem.empty(), ("random npy case " + std::to_string(c) + ": " + problem).c_str());
        }
        const auto problem = checkZip(bytes);
        QVERIFY2(problem.empty(), ("random case " + std::to_string(c) + ": " + problem).c_str());
    }
}

void TestNpzFuzz::filesAgreeWithBuffers()
{
    // readNpz (memory-mapped file) and readNpzBytes give the same verdict and arrays.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = (dir.path() + "/fuzz.npz").toStdString();
    for (int c = 0; c < 200; ++c) {
        Bytes bytes = zips_[rng_() % zips_.size()];
        if (c % 4 != 0)
            bytes[rng_() % bytes.size()] ^= static_cast<std::byte>(1u << (rng_() % 8));
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        std::string fromFile, fromBuffer;
        std::map<std::string, NpyArray> a, b;
        try {
            a = readNpz(path);
        } catch (const InputError& e) {
            fromFile = e.reason();
        }
        try {
            b = readNpzBytes(bytes, path);
        } catch (const InputError& e) {
            fromBuffer = e.reason();
        }
        ++cases_;
        QCOMPARE(fromFile, fromBuffer);
        QCOMPARE(a.size(), b.size());
        for (const auto& [key, array] : a)
            QVERIFY(b.count(key) && b.at(key).data == array.data && b.at(key).shape == array.shape);
    }
}

void TestNpzFuzz::cleanupTestCase()
{
    qInfo("npz fuzz: %d cases, %d accepted, %d rejected", cases_, tally_.accepted, tally_.rejected);
    QVERIFY(cases_ >= 5000);
    QVERIFY(tally_.accepted > 0 && tally_.rejected > 0);
}

EDITSCOPE_TEST_MAIN(TestNpzFuzz)
#include "test_npz_fuzz.moc"
