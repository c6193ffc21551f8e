// safetensors reader/writer: byte layout against the format spec and the official crate's own test
// vectors, round trips of every dtype (torch-free and through at::Tensor), every validation error,
// failed writes leaving the target intact, and device option parsing.
#include "core/formats/safetensors.h"
#include "core/tensor/device.h"
#include "core/tensor/safetensors_torch.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <ATen/ATen.h>

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

using namespace editscope;

namespace {

std::vector<std::byte> toBytes(std::string_view s)
{
    std::vector<std::byte> out(s.size());
    std::memcpy(out.data(), s.data(), s.size());
    return out;
}

std::vector<std::byte> u8(std::initializer_list<int> values)
{
    std::vector<std::byte> out;
    for (int v : values)
        out.push_back(static_cast<std::byte>(v));
    return out;
}

// A file whose header is `json` (not padded) followed by `dataBytes` zero bytes.
std::vector<std::byte> fileWithHeader(const std::string& json, std::size_t dataBytes)
{
    std::vector<std::byte> out(8);
    const uint64_t n = json.size();
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<std::byte>((n >> (8 * i)) & 0xff);
    const auto h = toBytes(json);
    out.insert(out.end(), h.begin(), h.end());
    out.resize(out.size() + dataBytes, std::byte{0});
    return out;
}

std::vector<std::byte> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<char> c((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::byte> out(c.size());
    std::memcpy(out.data(), c.data(), c.size());
    return out;
}

void writeRaw(const std::string& path, const std::vector<std::byte>& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

template <typename T>
std::span<const std::byte> asBytes(const std::vector<T>& v)
{
    return std::as_bytes(std::span<const T>(v));
}

QString hex(const std::vector<std::byte>& b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<int>(b.size())).toHex();
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void officialCrateVectors();
    void handBuiltLayout();
    void writerSortsByAlignmentThenName();
    void rustFixturesParse();
    void roundTripEveryDtypeBytes();
    void roundTripEveryDtypeTorch();
    void torchBitPatterns();
    void saveNonContiguous();
    void metadataKept();
    void validationErrors_data();
    void validationErrors();
    void writerErrors();
    void openErrors();
    void failedWriteLeavesTargetIntact();
    void writeIntoMissingDirectory();
    void deviceParsing();
};

// Byte-exact outputs asserted by huggingface/safetensors' own tests (safetensors/src/tensor.rs:
// test_serialization, test_serialization_forced_alignement, test_empty).
void TestSafetensors::officialCrateVectors()
{
    const std::vector<float> values{0, 1, 2, 3, 4, 5};
    {
        const auto out = serializeSafetensors({{"attn.0", StDtype::F32, {1, 2, 3}, asBytes(values)}});
        const auto expected = u8({64, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 46, 48, 34, 58, 123, 34, 100,
                                  116, 121, 112, 101, 34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34,
                                  58, 91, 49, 44, 50, 44, 51, 93, 44, 34, 100, 97, 116, 97, 95, 111, 102, 102, 115,
                                  101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 0, 0, 0, 0, 0, 0, 128, 63,
                                  0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64});
        QCOMPARE(hex(out), hex(expected));
    }
    {
        const auto out = serializeSafetensors({{"attn0", StDtype::F32, {1, 1, 2, 3}, asBytes(values)}});
        const auto expected = u8({72, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 48, 34, 58, 123, 34, 100, 116,
                                  121, 112, 101, 34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34, 58,
                                  91, 49, 44, 49, 44, 50, 44, 51, 93, 44, 34, 100, 97, 116, 97, 95, 111, 102, 102,
                                  115, 101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 32, 32, 32, 32, 32,
                                  32, 32, 0, 0, 0, 0, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0,
                                  160, 64});
        QCOMPARE(hex(out), hex(expected));
        const auto parsed = SafetensorsFile::fromBytes(out, "attn0");
        const auto span = parsed.bytes("attn0");
        QCOMPARE(reinterpret_cast<uintptr_t>(span.data()) % 4, uintptr_t(0));   // 8 + 72: aligned data
    }
    QCOMPARE(hex(serializeSafetensors({})), hex(u8({8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32})));
    QCOMPARE(hex(serializeSafetensors({}, {{"framework", "pt"}})),
             hex(u8({40, 0, 0, 0, 0, 0, 0, 0, 123, 34, 95, 95, 109, 101, 116, 97, 100, 97, 116, 97, 95,
                     95, 34, 58, 123, 34, 102, 114, 97, 109, 101, 119, 111, 114, 107, 34, 58, 34, 112,
                     116, 34, 125, 125, 32, 32, 32, 32, 32})));
}

// Built by hand from the format description: u64 LE header length, JSON, space padding to 8, data.
void TestSafetensors::handBuiltLayout()
{
    const std::vector<float> b{1.5f, -2.0f};     // 1.5 = 0x3FC00000, -2 = 0xC0000000
    const std::vector<int16_t> a{258, -1};        // 0x0102, 0xFFFF
    const std::string json = R"({"__metadata__":{"format":"pt"},"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                             R"("a":{"dtype":"I16","shape":[1,2],"data_offsets":[8,12]}})";
    QCOMPARE(json.size(), std::size_t(141));
    std::vector<std::byte> expected = u8({144, 0, 0, 0, 0, 0, 0, 0});   // 141 padded to 144
    const auto jb = toBytes(json + "   ");
    expected.insert(expected.end(), jb.begin(), jb.end());
    const auto data = u8({0x00, 0x00, 0xC0, 0x3F, 0x00, 0x00, 0x00, 0xC0, 0x02, 0x01, 0xFF, 0xFF});
    expected.insert(expected.end(), data.begin(), data.end());

    const auto out = serializeSafetensors({{"a", StDtype::I16, {1, 2}, asBytes(a)}, {"b", StDtype::F32, {2}, asBytes(b)}},
                                          {{"format", "pt"}});
    QCOMPARE(hex(out), hex(expected));

    QTemporaryDir tmp;
    const std::string path = tmp.filePath("hand.safetensors").toStdString();
    writeSafetensors(path, {{"b", StDtype::F32, {2}, asBytes(b)}, {"a", StDtype::I16, {1, 2}, asBytes(a)}},
                     {{"format", "pt"}});
    QCOMPARE(hex(readFile(path)), hex(expected));
    QVERIFY(!std::filesystem::exists(path + ".tmp"));

    // And the hand-built bytes read back: order by offset, spans, metadata.
    const auto file = SafetensorsFile::open(path);
    QCOMPARE(file.tensors().size(), std::size_t(2));
    QCOMPARE(file.tensors()[0].name, std::string("b"));
    QCOMPARE(file.tensors()[1].name, std::string("a"));
    QCOMPARE(file.headerLength(), uint64_t(144));
    QCOMPARE(file.at("a").begin, uint64_t(8));
    QCOMPARE(file.at("a").end, uint64_t(12));
    QVERIFY(file.at("a").shape == (std::vector<int64_t>{1, 2}));
    QVERIFY(file.at("a").dtype == StDtype::I16);
    QCOMPARE(file.metadata().at("format"), std::string("pt"));
    QCOMPARE(hex(std::vector<std::byte>(file.bytes("a").begin(), file.bytes("a").end())), QString("0201ffff"));
    QVERIFY(file.find("c") == nullptr);
}

void TestSafetensors::writerSortsByAlignmentThenName()
{
    // One tensor of each dtype, named so that name order differs from dtype order.
    std::vector<std::byte> one(8, std::byte{0});
    std::vector<SafetensorsWriteEntry> entries;
    const std::vector<std::pair<std::string, StDtype>> types{
        {"a_bool", StDtype::BOOL}, {"b_u8", StDtype::U8},   {"c_i8", StDtype::I8},   {"d_i16", StDtype::I16},
        {"e_f16", StDtype::F16},   {"f_bf16", StDtype::BF16}, {"g_i32", StDtype::I32}, {"h_f32", StDtype::F32},
        {"i_f64", StDtype::F64},   {"j_i64", StDtype::I64},   {"k_f32", StDtype::F32}};
    for (const auto& [name, dtype] : types)
        entries.push_back({name, dtype, {1}, std::span<const std::byte>(one.data(), dtypeSize(dtype))});
    const auto file = SafetensorsFile::fromBytes(serializeSafetensors(entries), "sorted");
    std::vector<std::string> order;
    for (const auto& t : file.tensors())
        order.push_back(t.name);
    // The crate's Dtype enum order is BOOL < U8 < I8 < I16 < F16 < BF16 < I32 < F32 < F64 < I64; descending.
    const std::vector<std::string> expected{"j_i64", "i_f64", "h_f32", "k_f32", "g_i32", "f_bf16",
                                            "e_f16", "d_i16", "c_i8",  "b_u8",  "a_bool"};
    QVERIFY(order == expected);
}

// Inputs from the official crate's deserialization tests, with its verdicts.
void TestSafetensors::rustFixturesParse()
{
    using namespace std::string_literals;
    const auto ok = [](const std::string& raw) { return SafetensorsFile::fromBytes(toBytes(raw), "fixture"); };
    {
        const auto f = ok("8\0\0\0\0\0\0\0{\"test\":{\"dtype\":\"I32\",\"shape\":[],\"data_offsets\":[0,4]}}\0\0\0\0"s);
        QVERIFY(f.at("test").shape.empty());
        QCOMPARE(f.at("test").numel(), uint64_t(1));
    }
    {
        const auto f = ok("<\0\0\0\0\0\0\0{\"test\":{\"dtype\":\"I32\",\"shape\":[2,2],\"data_offsets\":[0,16]}}"s
                          + std::string(16, '\0'));
        QCOMPARE(f.bytes("test").size(), std::size_t(16));
    }
    QCOMPARE(ok("\x06\0\0\0\0\0\0\0{}\x0D\x20\x09\x0A"s).tensors().size(), std::size_t(0));
    QCOMPARE(ok("\x06\0\0\0\0\0\0\0\x09\x0A{}\x0D\x20"s).tensors().size(), std::size_t(0));
    {
        const auto f = ok("<\0\0\0\0\0\0\0{\"test\":{\"dtype\":\"I32\",\"shape\":[2,0],\"data_offsets\":[0, 0]}}"s);
        QCOMPARE(f.bytes("test").size(), std::size_t(0));
    }
    const auto bad = [](const std::string& raw, const char* fragment) {
        try {
            SafetensorsFile::fromBytes(toBytes(raw), "fixture");
        } catch (const InputError& e) {
            return std::string(e.what()).find(fragment) != std::string::npos;
        }
        return false;
    };
    const std::string valid = "<\0\0\0\0\0\0\0{\"test\":{\"dtype\":\"I32\",\"shape\":[2,2],\"data_offsets\":[0,16]}}"s;
    QVERIFY(bad(valid + std::string(16, '\0') + "extra_bogus_data_for_polyglot_file", "trailing bytes"));
    QVERIFY(bad(valid + std::string(14, '\0'), "lie outside the data section (14 bytes)"));
    QVERIFY(bad("<\0\0\0\0\xff\xff\xff{}"s, "exceeds the limit"));
    QVERIFY(bad(""s, "file is 0 bytes"));
    QVERIFY(bad("<\0\0\0\0\0\0\0"s, "runs past the end of the file"));
    QVERIFY(bad("\x01\0\0\0\0\0\0\0\xff"s, "header is not valid JSON"));
    QVERIFY(bad("\x01\0\0\0\0\0\0\0{"s, "header is not valid JSON"));
    QVERIFY(bad("<\0\0\0\0\0\0\0{\"test\":{\"dtype\":\"I32\",\"shape\":[2,2],\"data_offsets\":[0, 4]}}"s + std::string(4, '\0'),
                "hold 4 bytes but shape [2, 2] of I32 needs 16"));
}

void TestSafetensors::roundTripEveryDtypeBytes()
{
    uint32_t state = 12345;
    std::vector<std::vector<std::byte>> storage;
    std::vector<SafetensorsWriteEntry> entries;
    const StDtype all[] = {StDtype::F64, StDtype::F32, StDtype::F16, StDtype::BF16, StDtype::I64,
                           StDtype::I32, StDtype::I16, StDtype::I8,  StDtype::U8,   StDtype::BOOL};
    storage.reserve(std::size(all));
    for (StDtype dt : all) {
        const std::vector<int64_t> shape{2, 3};
        storage.emplace_back(6 * dtypeSize(dt));
        for (auto& b : storage.back()) {
            state = state * 1664525u + 1013904223u;
            b = static_cast<std::byte>(dt == StDtype::BOOL ? (state >> 31) : (state >> 24));
        }
        entries.push_back({"t_" + std::string(dtypeName(dt)), dt, shape, storage.back()});
        QCOMPARE(parseDtypeName(dtypeName(dt)).value(), dt);
    }
    QVERIFY(!parseDtypeName("U16"));
    QVERIFY(!parseDtypeName("f32"));
    const auto file = SafetensorsFile::fromBytes(serializeSafetensors(entries, {{"k", "v"}}), "mem");
    QCOMPARE(file.tensors().size(), entries.size());
    for (const auto& e : entries) {
        const auto& info = file.at(e.name);
        QVERIFY(info.dtype == e.dtype);
        QVERIFY(info.shape == e.shape);
        const auto span = file.bytes(info);
        QCOMPARE(span.size(), e.data.size());
        QVERIFY(std::equal(span.begin(), span.end(), e.data.begin()));
    }
}

void TestSafetensors::roundTripEveryDtypeTorch()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("all.safetensors").toStdString();
    const std::vector<std::pair<at::ScalarType, const char*>> types{
        {at::kDouble, "F64"}, {at::kFloat, "F32"}, {at::kHalf, "F16"}, {at::kBFloat16, "BF16"}, {at::kLong, "I64"},
        {at::kInt, "I32"},    {at::kShort, "I16"}, {at::kChar, "I8"},  {at::kByte, "U8"},       {at::kBool, "BOOL"}};
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto& [type, name] : types) {
        at::Tensor t = at::arange(-3, 9, at::kDouble).reshape({3, 4}).mul(0.75);
        tensors.emplace_back(std::string("x.") + name, type == at::kBool ? t.gt(0) : t.to(type));
        QVERIFY(toScalarType(toStDtype(type)) == type);
        QCOMPARE(std::string(dtypeName(toStDtype(type))), std::string(name));
    }
    tensors.emplace_back("scalar", at::scalar_tensor(7.25, at::kFloat));
    tensors.emplace_back("empty", at::zeros({0, 5}, at::kFloat));
    saveTensors(path, tensors, {{"format", "pt"}});

    const auto file = SafetensorsFile::open(path);
    QCOMPARE(std::string(dtypeName(file.at("x.BF16").dtype)), std::string("BF16"));
    const auto loaded = loadTensors(path);
    QCOMPARE(loaded.size(), tensors.size());
    for (const auto& [name, original] : tensors) {
        const auto it = std::find_if(loaded.begin(), loaded.end(), [&](const auto& p) { return p.first == name; });
        QVERIFY2(it != loaded.end(), name.c_str());
        QVERIFY(it->second.scalar_type() == original.scalar_type());
        QVERIFY(it->second.sizes() == original.sizes());
        QVERIFY2(at::equal(it->second, original), name.c_str());
    }
    // [0][1] is -1.5, exact in F16; I8 truncates it towards zero.
    QCOMPARE(readTensor(file, "x.F16")[0][1].item<float>(), -1.5f);
    QCOMPARE(readTensor(file, "x.I8")[0][1].item<int8_t>(), int8_t(-1));
    QCOMPARE(readTensor(file, "scalar").dim(), int64_t(0));
    QCOMPARE(readTensor(file, "scalar").item<float>(), 7.25f);
    QVERIFY(readTensor(file, "empty").sizes() == at::IntArrayRef({0, 5}));
    QVERIFY_THROWS_EXCEPTION(InputError, toStDtype(at::kComplexFloat));
}

// F16/BF16 special values survive bit for bit (NaN payloads, -0, infinities, subnormals).
void TestSafetensors::torchBitPatterns()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("bits.safetensors").toStdString();
    const std::vector<int16_t> halfBits{0x3C00, int16_t(0x8000), 0x7C00, int16_t(0xFC00), 0x7E01, 0x0001, 0x7BFF};
    const std::vector<int16_t> bf16Bits{0x3F80, int16_t(0x8000), 0x7F80, int16_t(0xFF80), 0x7FC1, 0x0001, 0x7F7F};
    at::Tensor half = at::tensor(at::ArrayRef<int16_t>(halfBits)).view(at::kHalf);
    at::Tensor bf16 = at::tensor(at::ArrayRef<int16_t>(bf16Bits)).view(at::kBFloat16);
    QCOMPARE(half[0].item<float>(), 1.0f);
    QCOMPARE(bf16[0].item<float>(), 1.0f);
    saveTensors(path, {{"h", half}, {"b", bf16}});

    const auto file = SafetensorsFile::open(path);
    const auto raw = file.bytes("h");
    QCOMPARE(static_cast<int>(raw[0]), 0x00);   // 1.0 in F16 = 0x3C00, little-endian
    QCOMPARE(static_cast<int>(raw[1]), 0x3C);
    const auto rawB = file.bytes("b");
    QCOMPARE(static_cast<int>(rawB[8]), 0xC1);  // the NaN payload 0x7FC1 is kept
    QCOMPARE(static_cast<int>(rawB[9]), 0x7F);

    const at::Tensor h2 = readTensor(file, "h");
    const at::Tensor b2 = readTensor(file, "b");
    QVERIFY(h2.scalar_type() == at::kHalf);
    QVERIFY(b2.scalar_type() == at::kBFloat16);
    QVERIFY(at::equal(h2.view(at::kShort), half.view(at::kShort)));
    QVERIFY(at::equal(b2.view(at::kShort), bf16.view(at::kShort)));
}

void TestSafetensors::saveNonContiguous()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("t.safetensors").toStdString();
    const at::Tensor base = at::arange(12, at::kFloat).reshape({3, 4});
    const at::Tensor transposed = base.t();          // [4, 3], strides (1, 4)
    const at::Tensor sliced = base.select(1, 2);     // [3], stride 4, offset 2
    saveTensors(path, {{"t", transposed}, {"s", sliced}});
    const auto file = SafetensorsFile::open(path);
    const at::Tensor t = readTensor(file, "t");
    QVERIFY(at::equal(t, transposed));
    QCOMPARE(t[0][1].item<float>(), 4.0f);
    QVERIFY(at::equal(readTensor(file, "s"), at::tensor({2.0f, 6.0f, 10.0f})));
}

void TestSafetensors::metadataKept()
{
    const std::map<std::string, std::string> meta{
        {"format", "pt"}, {"quote\"and\\slash", "line\nbreak\ttab"}, {"unicode", "Zürich \xE2\x82\xAC"}, {"empty", ""}};
    const std::vector<float> v{1};
    const auto bytes = serializeSafetensors({{"x", StDtype::F32, {1}, asBytes(v)}}, meta);
    const auto file = SafetensorsFile::fromBytes(bytes, "meta");
    QVERIFY(file.metadata() == meta);
    // serde_json's escaping: \n and \t as two-character escapes, non-ASCII left as UTF-8.
    const std::string text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    QVERIFY(text.find(R"("quote\"and\\slash":"line\nbreak\ttab")") != std::string::npos);
    QVERIFY(text.find("Z\xC3\xBCrich") != std::string::npos);
    // Metadata comes first in the header, keys sorted.
    QVERIFY(text.find(R"({"__metadata__":{"empty":"","format":"pt",)") == 8);
}

void TestSafetensors::validationErrors_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("dataBytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    auto row = [](const char* tag, const char* header, int data, const char* field, const char* reason) {
        QTest::newRow(tag) << QByteArray(header) << data << QString(field) << QString(reason);
    };
    row("not json", "{\"a\":", 0, "header", "header is not valid JSON (syntax error at byte");
    row("array", "[1,2]", 0, "header", "header is not a JSON object");
    row("string", "\"x\"", 0, "header", "header is not a JSON object");
    row("entry not object", R"({"a":5})", 0, "a", "tensor entry is not a JSON object");
    row("missing dtype", R"({"a":{"shape":[1],"data_offsets":[0,4]}})", 4, "a", "missing \"dtype\"");
    row("missing shape", R"({"a":{"dtype":"F32","data_offsets":[0,4]}})", 4, "a", "missing \"shape\"");
    row("missing offsets", R"({"a":{"dtype":"F32","shape":[1]}})", 4, "a", "missing \"data_offsets\"");
    row("dtype type", R"({"a":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", 4, "a", "\"dtype\" is not a string");
    row("dtype unknown", R"({"a":{"dtype":"F33","shape":[1],"data_offsets":[0,4]}})", 4, "a",
        "unsupported dtype \"F33\" (supported: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL)");
    row("dtype unsupported", R"({"a":{"dtype":"U16","shape":[2],"data_offsets":[0,4]}})", 4, "a",
        "unsupported dtype \"U16\"");
    row("shape type", R"({"a":{"dtype":"F32","shape":"1","data_offsets":[0,4]}})", 4, "a", "\"shape\" is not an array");
    row("shape negative", R"({"a":{"dtype":"F32","shape":[2,-1],"data_offsets":[0,4]}})", 4, "a",
        "shape has a negative dimension -1");
    row("shape float", R"({"a":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}})", 4, "a",
        "\"shape\" holds a non-integer number instead of a non-negative integer");
    row("shape string", R"({"a":{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}})", 4, "a",
        "\"shape\" holds a string instead");
    row("shape huge", R"({"a":{"dtype":"F32","shape":[9223372036854775808],"data_offsets":[0,4]}})", 4, "a",
        "shape dimension 9223372036854775808 is too large");
    row("shape overflow", R"({"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}})", 4, "a",
        "shape [4294967296, 4294967296] of F32 overflows the 64-bit size");
    row("shape overflow by dtype", R"({"a":{"dtype":"F64","shape":[2305843009213693952],"data_offsets":[0,4]}})", 4,
        "a", "overflows the 64-bit size");
    row("shape overflow with zero", R"({"a":{"dtype":"U8","shape":[0,4294967296,4294967296],"data_offsets":[0,0]}})", 0,
        "a", "overflows the 64-bit size");
    row("offsets one", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}})", 4, "a",
        "\"data_offsets\" is not [begin, end] with non-negative integers");
    row("offsets three", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}})", 4, "a", "is not [begin, end]");
    row("offsets negative", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}})", 4, "a", "is not [begin, end]");
    row("offsets object", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":{"0":4}}})", 4, "a", "is not [begin, end]");
    row("begin after end", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})", 8, "a",
        "data_offsets [8, 4]: begin is after end");
    row("out of range", R"({"a":{"dtype":"F32","shape":[16],"data_offsets":[0,64]}})", 16, "a",
        "data_offsets [0, 64] lie outside the data section (16 bytes)");
    row("huge offsets", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[18446744073709551612,18446744073709551615]}})",
        4, "a", "lie outside the data section (4 bytes)");
    row("size mismatch", R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,12]}})", 12, "a",
        "data_offsets [0, 12] hold 12 bytes but shape [2, 2] of F32 needs 16");
    row("overlap", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
        12, "b", "data_offsets [4, 12] overlap tensor \"a\" [0, 8]");
    row("same span twice", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"I32","shape":[2],"data_offsets":[0,8]}})",
        8, "b", "overlap tensor \"a\" [0, 8]");
    row("gap", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[12,20]}})",
        20, "b", "data_offsets [12, 20] leave a gap: bytes [8, 12] of the data section belong to no tensor");
    row("not at start", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})", 12, "a",
        "leave a gap: bytes [0, 4]");
    row("trailing", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 12, "header",
        "the data section has 4 trailing bytes after the last tensor (offset 8 of 12)");
    row("no tensors but data", R"({})", 3, "header", "has 3 trailing bytes");
    row("metadata not object", R"({"__metadata__":["a"]})", 0, "__metadata__", "is not a JSON object of strings");
    row("metadata value", R"({"__metadata__":{"k":1}})", 0, "__metadata__.k", "metadata value is not a string");
    row("metadata null", R"({"__metadata__":{"k":null}})", 0, "__metadata__.k", "metadata value is not a string");
    row("bad utf8 in name", "{\"\xC3\x28\":{}}", 0, "header", "header is not valid JSON");
}

void TestSafetensors::validationErrors()
{
    QFETCH(QByteArray, header);
    QFETCH(int, dataBytes);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const auto bytes = fileWithHeader(header.toStdString(), static_cast<std::size_t>(dataBytes));
    try {
        SafetensorsFile::fromBytes(bytes, "case.safetensors");
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.file()), QString("case.safetensors"));
        QCOMPARE(QString::fromStdString(e.field()), field);
        QVERIFY2(QString::fromStdString(e.reason()).contains(reason), e.what());
    }
}

void TestSafetensors::writerErrors()
{
    const std::vector<float> v{1, 2};
    auto reasonOf = [&](std::vector<SafetensorsWriteEntry> entries) -> std::string {
        try {
            serializeSafetensors(std::move(entries), {}, "out.safetensors");
        } catch (const InputError& e) {
            return e.field() + ": " + e.reason();
        }
        return "accepted";
    };
    QCOMPARE(reasonOf({{"a", StDtype::F32, {2}, asBytes(v)}, {"a", StDtype::F16, {4}, asBytes(v)}}),
             std::string("a: duplicate tensor name"));
    QCOMPARE(reasonOf({{"__metadata__", StDtype::F32, {2}, asBytes(v)}}), std::string("__metadata__: is a reserved name"));
    QCOMPARE(reasonOf({{"a", StDtype::F32, {3}, asBytes(v)}}),
             std::string("a: holds 8 bytes but shape [3] of F32 needs 12"));
    QCOMPARE(reasonOf({{"a", StDtype::F32, {-2}, asBytes(v)}}), std::string("a: shape [-2] has a negative dimension"));
    QCOMPARE(reasonOf({{"bad\xff", StDtype::F32, {2}, asBytes(v)}}), std::string("bad\xff: name is not valid UTF-8"));
}

void TestSafetensors::openErrors()
{
    QTemporaryDir tmp;
    const std::string missing = tmp.filePath("nope.safetensors").toStdString();
    try {
        SafetensorsFile::open(missing);
        QFAIL("opened a missing file");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), missing);
        QVERIFY(e.reason().find("cannot open: No such file or directory") != std::string::npos);
    }
    try {
        SafetensorsFile::open(tmp.path().toStdString());
        QFAIL("opened a directory");
    } catch (const InputError& e) {
        QCOMPARE(e.reason(), std::string("not a regular file"));
    }
    const std::string empty = tmp.filePath("empty.safetensors").toStdString();
    writeRaw(empty, {});
    try {
        SafetensorsFile::open(empty);
        QFAIL("opened an empty file");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("header"));
        QVERIFY(e.reason().find("file is 0 bytes") != std::string::npos);
    }
    // The mmap path validates exactly like the in-memory one.
    const std::string trailing = tmp.filePath("trailing.safetensors").toStdString();
    writeRaw(trailing, fileWithHeader(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})", 2));
    QVERIFY_THROWS_EXCEPTION(InputError, SafetensorsFile::open(trailing));
    try {
        SafetensorsFile::fromBytes(fileWithHeader("{}", 0), "mem").at("zzz");
        QFAIL("found a missing tensor");
    } catch (const InputError& e) {
        QCOMPARE(std::string(e.what()), std::string("mem: zzz: no such tensor"));
    }
}

// A write that fails midway (here: EFBIG from RLIMIT_FSIZE, the same path as ENOSPC) reports the file
// and strerror, removes the temp file and leaves the previous file byte-identical.
void TestSafetensors::failedWriteLeavesTargetIntact()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("model.safetensors").toStdString();
    const std::vector<float> small{1, 2, 3};
    writeSafetensors(path, {{"small", StDtype::F32, {3}, asBytes(small)}});
    const auto before = readFile(path);

    const std::vector<float> big(1 << 16, 0.5f);   // 256 KiB, beyond the limit set below
    struct rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);   // get EFBIG instead of the signal
    struct rlimit limited = old;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    bool threw = false;
    try {
        writeSafetensors(path, {{"big", StDtype::F32, {1 << 16}, asBytes(big)}});
    } catch (const InputError& e) {
        threw = true;
        QCOMPARE(e.file(), path);
        QVERIFY2(e.reason().find("write failed: File too large") != std::string::npos, e.what());
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(threw);
    QVERIFY(!std::filesystem::exists(path + ".tmp"));
    QCOMPARE(hex(readFile(path)), hex(before));

    // Disk-full itself, where the kernel provides it: /dev/full returns ENOSPC on every write.
    if (std::filesystem::exists("/dev/full")) {
        const std::string link = tmp.filePath("full.safetensors").toStdString();
        // The writer creates `path.tmp`; a symlink there makes that write land on /dev/full.
        std::filesystem::create_symlink("/dev/full", link + ".tmp");
        try {
            writeSafetensors(link, {{"big", StDtype::F32, {1 << 16}, asBytes(big)}});
            QFAIL("wrote to /dev/full");
        } catch (const InputError& e) {
            QVERIFY2(e.reason().find("No space left on device") != std::string::npos, e.what());
        }
        QVERIFY(!std::filesystem::exists(link));
        QVERIFY(!std::filesystem::is_symlink(link + ".tmp"));   // the temp entry is cleaned up
    }
}

void TestSafetensors::writeIntoMissingDirectory()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("no/such/dir/x.safetensors").toStdString();
    try {
        writeSafetensors(path, {});
        QFAIL("wrote into a missing directory");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), path);
        QVERIFY2(e.reason().find("cannot create") != std::string::npos
                     && e.reason().find("No such file or directory") != std::string::npos,
                 e.what());
    }
}

void TestSafetensors::deviceParsing()
{
    QVERIFY(parseDevice("cpu") == at::Device(at::kCPU));
    QCOMPARE(deviceName(at::Device(at::kCPU)), std::string("cpu"));
    QCOMPARE(deviceName(at::Device(at::kCUDA, 1)), std::string("cuda:1"));
    QCOMPARE(deviceName(at::Device(at::kCUDA)), std::string("cuda"));
    const at::Device automatic = parseDevice("auto");
    QVERIFY(automatic == (cudaAvailable() ? at::Device(at::kCUDA, 0) : at::Device(at::kCPU)));
    auto reason = [](const std::string& spec) -> std::string {
        try {
            parseDevice(spec);
        } catch (const InputError& e) {
            return e.field() == "device" ? e.reason() : "wrong field " + e.field();
        }
        return "accepted";
    };
    QCOMPARE(reason("gpu"), std::string("unknown device \"gpu\"; expected auto, cpu, cuda or cuda:N"));
    QCOMPARE(reason(""), std::string("unknown device \"\"; expected auto, cpu, cuda or cuda:N"));
    QCOMPARE(reason("CPU"), std::string("unknown device \"CPU\"; expected auto, cpu, cuda or cuda:N"));
    for (const char* malformed : {"cuda:", "cuda0", "cuda:-1", "cuda:x", "cuda:1:2", "cudaa", "cuda:99999"})
        QCOMPARE(reason(malformed), "malformed device \"" + std::string(malformed) + "\"; expected auto, cpu, cuda or cuda:N");
    if (!cudaAvailable()) {
        QVERIFY(reason("cuda").find("\"cuda\" requested but CUDA is not available") == 0);
        QVERIFY(reason("cuda:0").find("CUDA is not available") != std::string::npos);
    } else {
        QVERIFY(parseDevice("cuda") == at::Device(at::kCUDA, 0));
        QVERIFY(reason("cuda:999").find("CUDA device 999 does not exist") == 0);
    }
}

EDITSCOPE_TEST_MAIN(TestSafetensors)
#include "test_safetensors.moc"
