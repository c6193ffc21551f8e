// Fuzzes the safetensors reader under AddressSanitizer: thousands of corrupted files from a seeded RNG
// (truncations, bit flips, header length fields, structurally mutated and random JSON, random bytes).
// Every case must either parse, and then every span lies inside the buffer, tiles the data section and
// matches its shape (and the file re-serializes to an equal one), or throw InputError; nothing else.
// Built torch-free, from the parser's sources, with -fsanitize=address (tests/checkpoint.cmake).
#include "core/formats/safetensors.h"
#include "core/util/error.h"

#include "support/fuzz_verdict.h"
#include "support/test_main.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>
#include <random>

using namespace editscope;
using editscope::testing::fuzzVerdict;
using nlohmann::json;

namespace {

std::vector<std::byte> withLength(const std::string& header, std::size_t dataBytes, std::mt19937_64& rng)
{
    std::vector<std::byte> out(8 + header.size() + dataBytes);
    const uint64_t n = header.size();
    std::memcpy(out.data(), &n, 8);
    std::memcpy(out.data() + 8, header.data(), header.size());
    for (std::size_t i = 8 + header.size(); i < out.size(); ++i)
        out[i] = static_cast<std::byte>(rng());
    return out;
}

void setLength(std::vector<std::byte>& bytes, uint64_t n)
{
    if (bytes.size() >= 8)
        std::memcpy(bytes.data(), &n, 8);
}

} // namespace

class TestSafetensorsFuzz : public QObject {
    Q_OBJECT

public:
    TestSafetensorsFuzz();

private Q_SLOTS:
    void truncationsAndExtensions();
    void bitFlips();
    void headerLengthFields();
    void mutatedHeaders();
    void textMutations();
    void randomJson();
    void randomBytes();
    void deepNesting();
    void filesAgreeWithBuffers();
    void cleanupTestCase();

private:
    // "" when the case behaved (parsed and verified, or InputError); otherwise what went wrong.
    std::string check(const std::vector<std::byte>& bytes, bool* acceptedOut = nullptr);
    json randomValidHeader(std::size_t* dataBytes);
    json mutate(json header);

    std::mt19937_64 rng_{20240611};
    std::vector<std::byte> base_;
    editscope::testing::FuzzTally tally_;
};

TestSafetensorsFuzz::TestSafetensorsFuzz()
{
    const std::vector<float> w{1, 2, 3, 4, 5, 6};
    const std::vector<uint16_t> h{0x3C00, 0x7C00, 0x7E00};
    const std::vector<int64_t> i{-7};
    const std::vector<uint8_t> m{1, 0, 0, 1};
    base_ = serializeSafetensors({{"w", StDtype::F32, {2, 3}, std::as_bytes(std::span(w))},
                                  {"b", StDtype::F16, {3}, std::as_bytes(std::span(h))},
                                  {"i", StDtype::I64, {1}, std::as_bytes(std::span(i))},
                                  {"m", StDtype::BOOL, {2, 2}, std::as_bytes(std::span(m))},
                                  {"z", StDtype::U8, {0}, {}}},
                                 {{"format", "pt"}});
}

std::string TestSafetensorsFuzz::check(const std::vector<std::byte>& bytes, bool* acceptedOut)
{
    return fuzzVerdict("fuzz.safetensors", tally_, acceptedOut, [&]() -> std::string {
        const SafetensorsFile file = SafetensorsFile::fromBytes(bytes, "fuzz.safetensors");
        const auto all = file.fileBytes();
        if (all.size() != bytes.size() || !std::equal(all.begin(), all.end(), bytes.begin()))
            return "fileBytes() differs from the input";
        const std::byte* cursor = all.data() + 8 + file.headerLength();
        if (8 + file.headerLength() > all.size())
            return "header length beyond the buffer";
        std::vector<SafetensorsWriteEntry> entries;
        for (const auto& t : file.tensors()) {
            const auto span = file.bytes(t);
            if (span.data() != cursor)
                return "span of " + t.name + " does not continue the previous one";
            if (span.data() < all.data() || span.data() + span.size() > all.data() + all.size())
                return "span of " + t.name + " lies outside the buffer";
            if (span.size() != t.numel() * dtypeSize(t.dtype))
                return "span of " + t.name + " does not match its shape";
            for (int64_t d : t.shape)
                if (d < 0)
                    return "negative dimension accepted";
            cursor += span.size();
            entries.push_back({t.name, t.dtype, t.shape, span});
        }
        if (cursor != all.data() + all.size())
            return "the spans do not cover the data section";
        // What we accepted, we must be able to write and read back unchanged.
        const SafetensorsFile again =
            SafetensorsFile::fromBytes(serializeSafetensors(entries, file.metadata()), "again");
        if (again.metadata() != file.metadata() || again.tensors().size() != file.tensors().size())
            return "re-serialized file differs";
        for (const auto& t : file.tensors()) {
            const auto* u = again.find(t.name);
            if (!u || u->dtype != t.dtype || u->shape != t.shape)
                return "re-serialized tensor " + t.name + " differs";
            const auto a = file.bytes(t), b = again.bytes(*u);
            if (a.size() != b.size() || !std::equal(a.begin(), a.end(), b.begin()))
                return "re-serialized bytes of " + t.name + " differ";
        }
        return "";
    });
}

void TestSafetensorsFuzz::truncationsAndExtensions()
{
    bool ok = false;
    QCOMPARE(check(base_, &ok), std::string());
    QVERIFY(ok);
    for (std::size_t len = 0; len < base_.size(); ++len) {
        const std::vector<std::byte> cut(base_.begin(), base_.begin() + static_cast<std::ptrdiff_t>(len));
        QCOMPARE(check(cut, &ok), std::string());
        QVERIFY2(!ok, ("truncation to " + std::to_string(len) + " bytes accepted").c_str());
    }
    for (int extra = 1; extra <= 16; ++extra) {
        auto longer = base_;
        longer.resize(longer.size() + extra, std::byte{0});
        QCOMPARE(check(longer, &ok), std::string());
        QVERIFY(!ok);
    }
}

void TestSafetensorsFuzz::bitFlips()
{
    const uint64_t headerEnd = 8 + [&] { uint64_t n; std::memcpy(&n, base_.data(), 8); return n; }();
    int acceptedHere = 0;
    for (int c = 0; c < 3000; ++c) {
        auto bytes = base_;
        const int flips = 1 + static_cast<int>(rng_() % 3);
        for (int f = 0; f < flips; ++f) {
            // Mostly in the header, where a flip changes meaning; sometimes anywhere.
            const std::size_t at = (rng_() % 5 != 0) ? rng_() % headerEnd : rng_() % bytes.size();
            bytes[at] ^= static_cast<std::byte>(1u << (rng_() % 8));
        }
        bool ok = false;
        const auto problem = check(bytes, &ok);
        QVERIFY2(problem.empty(), ("bit-flip case " + std::to_string(c) + ": " + problem).c_str());
        acceptedHere += ok;
    }
    QVERIFY(acceptedHere > 0);   // flips in the data section or in padding keep the file valid
}

void TestSafetensorsFuzz::headerLengthFields()
{
    std::vector<uint64_t> values;
    for (uint64_t v = 0; v <= base_.size() + 8; ++v)
        values.push_back(v);
    for (uint64_t v : {uint64_t(1) << 63, ~uint64_t(0), ~uint64_t(0) - 7, uint64_t(100'000'000), uint64_t(100'000'001),
                       uint64_t(1) << 32, (uint64_t(1) << 32) + 8, uint64_t(0x8000000000000008ULL)})
        values.push_back(v);
    for (int i = 0; i < 200; ++i)
        values.push_back(rng_() >> (rng_() % 64));
    for (uint64_t v : values) {
        auto bytes = base_;
        setLength(bytes, v);
        const auto problem = check(bytes);
        QVERIFY2(problem.empty(), ("header length " + std::to_string(v) + ": " + problem).c_str());
    }
}

json TestSafetensorsFuzz::randomValidHeader(std::size_t* dataBytes)
{
    static const std::pair<const char*, int> dtypes[] = {{"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8},
                                                         {"I32", 4}, {"I16", 2}, {"I8", 1},  {"U8", 1},   {"BOOL", 1}};
    json h = json::object();
    if (rng_() % 2)
        h["__metadata__"] = {{"format", "pt"}, {"k" + std::to_string(rng_() % 10), "v"}};
    const int count = static_cast<int>(rng_() % 5);
    uint64_t offset = 0;
    for (int t = 0; t < count; ++t) {
        const auto& [name, size] = dtypes[rng_() % std::size(dtypes)];
        json shape = json::array();
        uint64_t numel = 1;
        const int rank = static_cast<int>(rng_() % 4);
        for (int r = 0; r < rank; ++r) {
            const uint64_t d = rng_() % 4;
            shape.push_back(d);
            numel *= d;
        }
        const uint64_t bytes = numel * static_cast<uint64_t>(size);
        h["t" + std::to_string(t)] = {{"dtype", name}, {"shape", shape}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    *dataBytes = offset;
    return h;
}

json TestSafetensorsFuzz::mutate(json h)
{
    static const json dtypeValues = {"F32", "F16", "BF16", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL", "U16",
                                     "U32", "U64", "F8_E4M3", "C64", "f32", "", "F32 ", 5, nullptr, json::array()};
    static const json dimValues = {-1, 0, 1, 3, 2147483648LL, 9223372036854775807LL, 9223372036854775808ULL,
                                   18446744073709551615ULL, 1.5, "2", nullptr, json::array(), -9223372036854775807LL};
    static const json offsetValues = {0, 1, 2, 3, 4, 7, 8, 16, 64, -1, 18446744073709551615ULL, 9223372036854775808ULL,
                                      2.0, "0", nullptr};
    std::vector<std::string> names;
    for (const auto& [k, v] : h.items())
        if (k != "__metadata__")
            names.push_back(k);
    const auto pick = [&](const json& list) { return list[rng_() % list.size()]; };
    const int mutations = 1 + static_cast<int>(rng_() % 3);
    for (int m = 0; m < mutations; ++m) {
        const int kind = static_cast<int>(rng_() % 12);
        if (kind == 10) {   // metadata
            const int what = static_cast<int>(rng_() % 4);
            if (what == 0)
                h["__metadata__"] = json::array({"x"});
            else if (what == 1)
                h["__metadata__"] = {{"k", 1}};
            else if (what == 2)
                h["__metadata__"] = {{"k", nullptr}, {"j", "v"}};
            else
                h["__metadata__"] = "text";
            continue;
        }
        if (kind == 11) {   // a new, possibly bogus, entry
            h["extra" + std::to_string(rng_() % 3)] =
                rng_() % 2 ? json{{"dtype", pick(dtypeValues)}, {"shape", {pick(dimValues)}},
                                  {"data_offsets", {pick(offsetValues), pick(offsetValues)}}}
                           : json(pick(offsetValues));
            continue;
        }
        if (names.empty())
            continue;
        json& e = h[names[rng_() % names.size()]];
        if (!e.is_object())
            continue;
        switch (kind) {
        case 0: e["dtype"] = pick(dtypeValues); break;
        case 1:
            if (e["shape"].is_array() && !e["shape"].empty())
                e["shape"][rng_() % e["shape"].size()] = pick(dimValues);
            else
                e["shape"] = json::array({pick(dimValues)});
            break;
        case 2:
            if (e["shape"].is_array())
                e["shape"].push_back(rng_() % 4);
            break;
        case 3: e["shape"] = pick(offsetValues); break;
        case 4: {   // swap begin and end
            json& o = e["data_offsets"];
            if (o.is_array() && o.size() == 2)
                std::swap(o[0], o[1]);
            break;
        }
        case 5: {   // shift
            json& o = e["data_offsets"];
            if (o.is_array() && o.size() == 2 && o[0].is_number_unsigned() && o[1].is_number_unsigned()) {
                const uint64_t delta = rng_() % 9;
                const bool down = rng_() % 2;
                for (auto& v : o)
                    v = down ? v.get<uint64_t>() - std::min<uint64_t>(delta, v.get<uint64_t>()) : v.get<uint64_t>() + delta;
            }
            break;
        }
        case 6: e["data_offsets"][rng_() % 2] = pick(offsetValues); break;
        case 7: {   // copy another tensor's span (overlap)
            const json& other = h[names[rng_() % names.size()]];
            if (other.is_object() && other.contains("data_offsets"))
                e["data_offsets"] = other["data_offsets"];
            break;
        }
        case 8: {
            static const char* keys[] = {"dtype", "shape", "data_offsets"};
            e.erase(keys[rng_() % 3]);
            break;
        }
        case 9:
            if (rng_() % 2)
                e["unknown_key"] = pick(dimValues);
            else
                e["data_offsets"] = rng_() % 2 ? json::array({0}) : json::array({0, 0, 0});
            break;
        }
    }
    return h;
}

void TestSafetensorsFuzz::mutatedHeaders()
{
    for (int c = 0; c < 3000; ++c) {
        std::size_t dataBytes = 0;
        json h = randomValidHeader(&dataBytes);
        const bool pristine = rng_() % 8 == 0;
        if (!pristine)
            h = mutate(std::move(h));
        std::string text = h.dump();
        const int pad = static_cast<int>(rng_() % 4);
        if (pad == 1)
            text.resize((text.size() + 7) / 8 * 8, ' ');
        else if (pad == 2)
            text += std::string(rng_() % 9, '\t');
        else if (pad == 3 && !pristine)
            text += std::string(1 + rng_() % 3, '\0');   // NUL padding is not JSON whitespace
        std::size_t data = dataBytes;
        if (!pristine && rng_() % 4 == 0)
            data = static_cast<std::size_t>(std::max<int64_t>(0, int64_t(dataBytes) + int64_t(rng_() % 9) - 4));
        const auto bytes = withLength(text, data, rng_);
        bool ok = false;
        const auto problem = check(bytes, &ok);
        QVERIFY2(problem.empty(), ("mutated header " + std::to_string(c) + " " + text + ": " + problem).c_str());
        if (pristine)
            QVERIFY2(ok, ("valid header rejected: " + text).c_str());
    }
}

void TestSafetensorsFuzz::textMutations()
{
    for (int c = 0; c < 1000; ++c) {
        std::size_t dataBytes = 0;
        std::string text = randomValidHeader(&dataBytes).dump();
        const int edits = 1 + static_cast<int>(rng_() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = rng_() % text.size();
            switch (rng_() % 4) {
            case 0: text.erase(at, 1); break;
            case 1: text.insert(at, 1, "{}[]\",:0-9e.\\ \x80\xff"[rng_() % 18]); break;
            case 2: text.insert(at, text.substr(at, rng_() % 16)); break;   // duplicated fragment (e.g. keys)
            case 3: text[at] = static_cast<char>(rng_()); break;
            }
        }
        const auto problem = check(withLength(text, dataBytes, rng_));
        QVERIFY2(problem.empty(), ("text mutation " + std::to_string(c) + ": " + problem).c_str());
    }
}

void TestSafetensorsFuzz::randomJson()
{
    static const char* tokens[] = {"{", "}", "[", "]", ":", ",", "\"a\"", "\"dtype\"", "\"shape\"", "\"data_offsets\"",
                                   "\"F32\"", "\"U8\"", "\"__metadata__\"", "0", "1", "4", "-1", "1e400",
                                   "18446744073709551616", "null", "true", " ", "\"\\u0000\"", "\"\\ud800\""};
    for (int c = 0; c < 1000; ++c) {
        std::string text;
        const int n = 1 + static_cast<int>(rng_() % 60);
        for (int i = 0; i < n; ++i)
            text += tokens[rng_() % std::size(tokens)];
        const auto problem = check(withLength(text, rng_() % 64, rng_));
        QVERIFY2(problem.empty(), ("random json " + text + ": " + problem).c_str());
    }
}

void TestSafetensorsFuzz::randomBytes()
{
    for (int c = 0; c < 1000; ++c) {
        std::vector<std::byte> bytes(rng_() % 129);
        for (auto& b : bytes)
            b = static_cast<std::byte>(rng_());
        if (c % 2 && bytes.size() >= 8)
            setLength(bytes, rng_() % (bytes.size() - 7));   // a plausible length over garbage
        const auto problem = check(bytes);
        QVERIFY2(problem.empty(), ("random bytes " + std::to_string(c) + ": " + problem).c_str());
    }
}

void TestSafetensorsFuzz::deepNesting()
{
    std::mt19937_64 rng(1);
    for (const std::string& text : {std::string(100000, '['), std::string(100000, '[') + std::string(100000, ']'),
                                    [] {
                                        std::string s;
                                        for (int i = 0; i < 50000; ++i)
                                            s += "{\"a\":";
                                        s += "0";
                                        return s + std::string(50000, '}');
                                    }()}) {
        const auto problem = check(withLength(text, 0, rng));
        QVERIFY2(problem.empty(), problem.c_str());
    }
}

// The memory-mapped path gives the same verdicts as the in-memory one.
void TestSafetensorsFuzz::filesAgreeWithBuffers()
{
    QTemporaryDir tmp;
    for (int c = 0; c < 200; ++c) {
        std::size_t dataBytes = 0;
        json h = randomValidHeader(&dataBytes);
        if (c % 2)
            h = mutate(std::move(h));
        const auto bytes = withLength(h.dump(), dataBytes, rng_);
        const std::string path = tmp.filePath(QString("f%1.safetensors").arg(c)).toStdString();
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                    static_cast<std::streamsize>(bytes.size()));
        std::string fromBuffer, fromFile;
        try {
            SafetensorsFile::fromBytes(bytes, path);
        } catch (const InputError& e) {
            fromBuffer = e.what();
        }
        try {
            SafetensorsFile::open(path);
        } catch (const InputError& e) {
            fromFile = e.what();
        }
        QCOMPARE(fromFile, fromBuffer);
    }
}

void TestSafetensorsFuzz::cleanupTestCase()
{
    qInfo("safetensors fuzz: %d cases accepted, %d rejected with InputError", tally_.accepted, tally_.rejected);
    QVERIFY(tally_.accepted + tally_.rejected >= 5000);
    QVERIFY(tally_.accepted > 100);
    QVERIFY(tally_.rejected > 1000);
}

EDITSCOPE_TEST_MAIN(TestSafetensorsFuzz)
#include "test_safetensors_fuzz.moc"
