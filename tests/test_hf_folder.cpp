// Hugging Face GPT-2 folders: small random models written by our writer and by hand (both name styles,
// tied lm_head, mask buffers, a 3-shard index), loaded and compared tensor by tensor; byte-identical
// re-saves; every error path; plus Gpt2Config, Gpt2Weights, SHA-256 and tokenizer-file copying.
#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/checkpoint/sha256.h"
#include "core/formats/safetensors.h"
#include "core/tensor/safetensors_torch.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <limits>

using namespace editscope;
namespace fs = std::filesystem;

namespace {

// d=8, 2 heads, 2 layers, V=16, P=8, inner 32: small enough to reason about byte sizes by hand.
const char* kConfigJson = R"({
  "activation_function": "gelu_new",
  "architectures": ["GPT2LMHeadModel"],
  "bos_token_id": 15,
  "layer_norm_epsilon": 1e-05,
  "model_type": "gpt2",
  "n_embd": 8,
  "n_head": 2,
  "n_inner": null,
  "n_layer": 2,
  "n_positions": 8,
  "vocab_size": 16
})";

Gpt2Config smallConfig() { return Gpt2Config::fromJson(nlohmann::json::parse(kConfigJson), "config.json"); }

Gpt2Weights randomWeights(const Gpt2Config& c, uint64_t seed, at::ScalarType dtype = at::kFloat)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    const int64_t d = c.nEmbd, inner = c.innerDim();
    auto r = [&](std::vector<int64_t> shape) { return at::randn(shape, gen, at::TensorOptions().dtype(at::kFloat)).to(dtype); };
    Gpt2Weights w;
    w.wte = r({c.vocabSize, d});
    w.wpe = r({c.nPositions, d});
    for (int64_t l = 0; l < c.nLayer; ++l) {
        Gpt2BlockWeights b;
        b.ln1Weight = r({d});
        b.ln1Bias = r({d});
        b.attnCAttnWeight = r({d, 3 * d});
        b.attnCAttnBias = r({3 * d});
        b.attnCProjWeight = r({d, d});
        b.attnCProjBias = r({d});
        b.ln2Weight = r({d});
        b.ln2Bias = r({d});
        b.mlpCFcWeight = r({d, inner});
        b.mlpCFcBias = r({inner});
        b.mlpCProjWeight = r({inner, d});
        b.mlpCProjBias = r({d});
        w.blocks.push_back(b);
    }
    w.lnFWeight = r({d});
    w.lnFBias = r({d});
    return w;
}

// The weights as (name, tensor) with an optional prefix, for hand-built files.
std::vector<std::pair<std::string, at::Tensor>> named(const Gpt2Weights& w, const std::string& prefix)
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& [name, t] : w.namedTensors())
        out.emplace_back(prefix + name, *t);
    return out;
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Exact equality including dtype, shape and every bit (NaN-free data).
bool sameWeights(const Gpt2Weights& a, const Gpt2Weights& b)
{
    const auto na = a.namedTensors(), nb = b.namedTensors();
    if (na.size() != nb.size())
        return false;
    for (std::size_t i = 0; i < na.size(); ++i) {
        const at::Tensor& x = *na[i].second;
        const at::Tensor& y = *nb[i].second;
        if (na[i].first != nb[i].first || x.scalar_type() != y.scalar_type() || x.sizes() != y.sizes()
            || !at::equal(x.cpu(), y.cpu()))
            return false;
    }
    return true;
}

// The InputError's message, or "" if `fn` did not throw one.
template <typename Fn>
std::string errorOf(Fn&& fn)
{
    try {
        fn();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

at::Tensor& tensorNamed(std::vector<std::pair<std::string, at::Tensor>>& tensors, const std::string& name)
{
    for (auto& [n, t] : tensors)
        if (n == name)
            return t;
    throw std::logic_error("test bug: no tensor " + name);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

class TestHfFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configParsing();
    void configErrors();
    void weightsHelpers();
    void writerRoundTripIsBitExact();
    void handBuiltPlainNamesWithBuffers();
    void tiedLmHeadAccepted();
    void untiedLmHeadRejected();
    void shardedThreeShards();
    void shardedSaveReplacesSingleFile();
    void dtypeConversionAndStoredDtype();
    void errors();
    void nonFiniteWeights();
    void sha256Vectors();
    void folderHash();
    void tokenizerFilesCopied();
};

void TestHfFolder::configParsing()
{
    const Gpt2Config c = smallConfig();
    QCOMPARE(c.nEmbd, int64_t(8));
    QCOMPARE(c.nHead, int64_t(2));
    QCOMPARE(c.nLayer, int64_t(2));
    QCOMPARE(c.nPositions, int64_t(8));
    QCOMPARE(c.vocabSize, int64_t(16));
    QCOMPARE(c.nInner, int64_t(0));
    QCOMPARE(c.innerDim(), int64_t(32));
    QCOMPARE(c.headDim(), int64_t(4));
    QCOMPARE(c.layerNormEpsilon, 1e-5);
    QCOMPARE(c.raw["bos_token_id"].get<int>(), 15);

    // n_ctx stands in for n_positions in old configs; n_inner given explicitly.
    const auto old = Gpt2Config::fromJson(nlohmann::json::parse(
        R"({"n_embd":12,"n_head":3,"n_layer":1,"n_ctx":5,"vocab_size":7,"n_inner":20})"), "old.json");
    QCOMPARE(old.nPositions, int64_t(5));
    QCOMPARE(old.innerDim(), int64_t(20));
    QCOMPARE(old.activation, std::string("gelu_new"));

    // toJson: typed fields over raw, HF identity fields added when absent, unknown fields kept.
    const nlohmann::json j = old.toJson();
    QCOMPARE(j["model_type"].get<std::string>(), std::string("gpt2"));
    QCOMPARE(j["architectures"].dump(), std::string(R"(["GPT2LMHeadModel"])"));
    QCOMPARE(j["n_positions"].get<int>(), 5);
    QCOMPARE(j["n_ctx"].get<int>(), 5);
    QCOMPARE(j["n_inner"].get<int>(), 20);
    QCOMPARE(j["layer_norm_epsilon"].get<double>(), 1e-5);
    QVERIFY(c.toJson()["n_inner"].is_null());
    QCOMPARE(c.toJson()["bos_token_id"].get<int>(), 15);
    Gpt2Config built;   // a config made in code has an empty raw
    built.nLayer = 3;
    QCOMPARE(built.toJson()["n_layer"].get<int>(), 3);
    QCOMPARE(built.toJson()["vocab_size"].get<int>(), 50257);
    QCOMPARE(Gpt2Config::fromJson(built.toJson(), "x").nLayer, int64_t(3));
}

void TestHfFolder::configErrors()
{
    auto reason = [](const std::string& text) {
        return errorOf([&] { Gpt2Config::fromJson(nlohmann::json::parse(text), "cfg.json"); });
    };
    const std::string ok = R"("n_embd":8,"n_head":2,"n_layer":1,"n_positions":4,"vocab_size":5)";
    QCOMPARE(reason("{" + ok + "}"), std::string());
    QCOMPARE(reason(R"({"n_head":2,"n_layer":1,"n_positions":4,"vocab_size":5})"),
             std::string("cfg.json: n_embd: missing (a positive integer is required)"));
    QCOMPARE(reason(R"({"n_embd":8,"n_head":2,"n_layer":1,"vocab_size":5})"),
             std::string("cfg.json: n_positions: missing (neither n_positions nor n_ctx is given)"));
    QCOMPARE(reason(R"({"n_embd":8,"n_head":3,"n_layer":1,"n_positions":4,"vocab_size":5})"),
             std::string("cfg.json: n_head: n_embd (8) is not divisible by n_head (3)"));
    QCOMPARE(reason("{" + ok + R"(,"activation_function":"relu"})"),
             std::string("cfg.json: activation_function: unsupported activation \"relu\" (only \"gelu_new\" is implemented)"));
    QVERIFY(contains(reason(R"({"n_embd":-8,"n_head":2,"n_layer":1,"n_positions":4,"vocab_size":5})"),
                     "n_embd: must be an integer between 1 and 2147483647, found -8"));
    QVERIFY(contains(reason(R"({"n_embd":8.0,"n_head":2,"n_layer":1,"n_positions":4,"vocab_size":5})"),
                     "n_embd: must be an integer"));
    QVERIFY(contains(reason(R"({"n_embd":"8","n_head":2,"n_layer":1,"n_positions":4,"vocab_size":5})"),
                     "n_embd: must be an integer"));
    QVERIFY(contains(reason(R"({"n_embd":8,"n_head":0,"n_layer":1,"n_positions":4,"vocab_size":5})"), "n_head: must be"));
    QVERIFY(contains(reason("{" + ok + R"(,"layer_norm_epsilon":-1})"), "layer_norm_epsilon: must be a positive number"));
    QVERIFY(contains(reason("{" + ok + R"(,"model_type":"gptj"})"), "model_type: expected \"gpt2\""));
    QCOMPARE(reason("[1]"), std::string("cfg.json: config is not a JSON object"));

    QTemporaryDir tmp;
    const std::string path = tmp.filePath("config.json").toStdString();
    writeText(path, "{\"n_embd\": 8,");
    const std::string bad = errorOf([&] { Gpt2Config::load(path); });
    QVERIFY2(contains(bad, path + ": not valid JSON"), bad.c_str());
    QVERIFY(contains(errorOf([&] { Gpt2Config::load(tmp.filePath("none.json").toStdString()); }),
                     "cannot open the model config"));
}

void TestHfFolder::weightsHelpers()
{
    const Gpt2Config c = smallConfig();
    Gpt2Weights w = randomWeights(c, 1);
    const auto names = w.namedTensors();
    QCOMPARE(names.size(), std::size_t(4 + 12 * 2));
    const std::vector<std::string> head{"wte.weight", "wpe.weight", "h.0.ln_1.weight", "h.0.ln_1.bias",
                                        "h.0.attn.c_attn.weight", "h.0.attn.c_attn.bias", "h.0.attn.c_proj.weight",
                                        "h.0.attn.c_proj.bias", "h.0.ln_2.weight", "h.0.ln_2.bias",
                                        "h.0.mlp.c_fc.weight", "h.0.mlp.c_fc.bias", "h.0.mlp.c_proj.weight",
                                        "h.0.mlp.c_proj.bias", "h.1.ln_1.weight"};
    for (std::size_t i = 0; i < head.size(); ++i)
        QCOMPARE(names[i].first, head[i]);
    QCOMPARE(names[names.size() - 2].first, std::string("ln_f.weight"));
    QCOMPARE(names.back().first, std::string("ln_f.bias"));
    QVERIFY(names[12].second == &w.blocks[0].mlpCProjWeight);
    QVERIFY(w.blocks[0].mlpCProjWeight.sizes() == at::IntArrayRef({32, 8}));   // Conv1D [in, out]

    const Gpt2Weights copy = w.clone();
    QVERIFY(sameWeights(copy, w));
    w.blocks[1].mlpCProjWeight.add_(1.0);   // an in-place edit must not reach the clone
    QVERIFY(!at::equal(copy.blocks[1].mlpCProjWeight, w.blocks[1].mlpCProjWeight));
    QVERIFY(at::equal(copy.blocks[1].mlpCProjWeight + 1.0, w.blocks[1].mlpCProjWeight));

    const Gpt2Weights dbl = w.to(at::TensorOptions().dtype(at::kDouble));
    QVERIFY(dbl.wte.scalar_type() == at::kDouble);
    QVERIFY(dbl.blocks[1].ln2Bias.scalar_type() == at::kDouble);
    QVERIFY(at::equal(dbl.wpe.to(at::kFloat), w.wpe));
}

void TestHfFolder::writerRoundTripIsBitExact()
{
    QTemporaryDir tmp;
    const std::string a = tmp.filePath("a").toStdString(), b = tmp.filePath("b").toStdString();
    const Gpt2Config config = smallConfig();
    const Gpt2Weights weights = randomWeights(config, 7);
    saveGpt2Folder(a, config, weights);
    QVERIFY(fs::exists(a + "/model.safetensors"));
    QVERIFY(!fs::exists(a + "/model.safetensors.index.json"));
    QVERIFY(!fs::exists(a + "/vocab.json"));

    const Gpt2Checkpoint ck = loadGpt2Folder(a);
    QVERIFY(sameWeights(ck.weights, weights));
    QVERIFY(ck.transformerPrefix);
    QVERIFY(ck.storedDtype == at::kFloat);
    QCOMPARE(ck.metadata.at("format"), std::string("pt"));
    QVERIFY(ck.config.toJson() == config.toJson());
    QCOMPARE(ck.dir, a);

    // As transformers' save_pretrained: prefixed names, no lm_head, {"format": "pt"}.
    const auto file = SafetensorsFile::open(a + "/model.safetensors");
    QCOMPARE(file.tensors().size(), std::size_t(28));
    QVERIFY(file.find("transformer.h.1.mlp.c_proj.weight"));
    QVERIFY(!file.find("lm_head.weight"));
    // config.json like transformers' to_json_string: sorted keys, indent 2, trailing newline.
    const std::string configText = readText(a + "/config.json");
    QVERIFY(configText.rfind("{\n  \"activation_function\": \"gelu_new\",\n  \"architectures\": [\n    \"GPT2LMHeadModel\"\n  ],", 0) == 0);
    QVERIFY(contains(configText, "\n  \"layer_norm_epsilon\": 1e-05,\n"));
    QVERIFY(contains(configText, "\n  \"n_inner\": null,\n"));
    QVERIFY(configText.ends_with("}\n"));

    // load -> save -> load: the same bytes and the same tensors.
    saveGpt2Folder(b, ck.config, ck.weights);
    QVERIFY(readText(a + "/model.safetensors") == readText(b + "/model.safetensors"));
    QCOMPARE(readText(b + "/config.json"), configText);
    QVERIFY(sameWeights(loadGpt2Folder(b).weights, weights));
    // Re-saving over itself is idempotent too.
    saveGpt2Folder(a, ck.config, loadGpt2Folder(a).weights);
    QVERIFY(readText(a + "/model.safetensors") == readText(b + "/model.safetensors"));
}

// transformers' GPT2Model layout: no prefix, causal-mask buffers saved, extra config fields, n_ctx.
void TestHfFolder::handBuiltPlainNamesWithBuffers()
{
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    writeText(dir + "/config.json", R"({"n_embd": 8, "n_head": 2, "n_layer": 2, "n_ctx": 8, "n_positions": 8,
        "vocab_size": 16, "resid_pdrop": 0.1, "task_specific_params": {"text-generation": {"max_length": 50}}})");
    const Gpt2Weights weights = randomWeights(smallConfig(), 11);
    auto tensors = named(weights, "");
    for (int l = 0; l < 2; ++l) {
        tensors.emplace_back("h." + std::to_string(l) + ".attn.bias", at::ones({8, 8}).tril().view({1, 1, 8, 8}));
        tensors.emplace_back("h." + std::to_string(l) + ".attn.masked_bias", at::scalar_tensor(-1e4));
    }
    saveTensors(dir + "/model.safetensors", tensors);   // no metadata at all

    const Gpt2Checkpoint ck = loadGpt2Folder(dir);
    QVERIFY(!ck.transformerPrefix);
    QVERIFY(ck.metadata.empty());
    QVERIFY(sameWeights(ck.weights, weights));
    QCOMPARE(ck.config.nPositions, int64_t(8));
    // Unknown config fields survive a save.
    const std::string out = tmp.filePath("out").toStdString();
    saveGpt2Folder(out, ck.config, ck.weights, {.transformerPrefix = false});
    const auto json = nlohmann::json::parse(readText(out + "/config.json"));
    QCOMPARE(json["task_specific_params"]["text-generation"]["max_length"].get<int>(), 50);
    QCOMPARE(json["resid_pdrop"].get<double>(), 0.1);
    const auto file = SafetensorsFile::open(out + "/model.safetensors");
    QVERIFY(file.find("h.0.ln_1.weight"));
    QVERIFY(!file.find("h.0.attn.bias"));   // buffers are not weights; they are not written back
    QVERIFY(!loadGpt2Folder(out).transformerPrefix);
}

void TestHfFolder::tiedLmHeadAccepted()
{
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    writeText(dir + "/config.json", kConfigJson);
    const Gpt2Weights weights = randomWeights(smallConfig(), 12);
    auto tensors = named(weights, "transformer.");
    tensors.emplace_back("lm_head.weight", weights.wte.clone());
    saveTensors(dir + "/model.safetensors", tensors, {{"format", "pt"}});
    const Gpt2Checkpoint ck = loadGpt2Folder(dir);
    QVERIFY(ck.transformerPrefix);
    QVERIFY(sameWeights(ck.weights, weights));
}

void TestHfFolder::untiedLmHeadRejected()
{
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    writeText(dir + "/config.json", kConfigJson);
    const Gpt2Weights weights = randomWeights(smallConfig(), 13);
    auto tensors = named(weights, "transformer.");
    at::Tensor lm = weights.wte.clone();
    lm[3][5] = lm[3][5].item<float>() * 1.0001f + 1e-3f;
    tensors.emplace_back("lm_head.weight", lm);
    saveTensors(dir + "/model.safetensors", tensors);
    const std::string e = errorOf([&] { loadGpt2Folder(dir); });
    QCOMPARE(e, dir + "/model.safetensors: lm_head.weight: untied lm_head is not supported (it differs from "
                      "transformer.wte.weight)");
}

// Byte sizes (F32): wte 512, wpe 256, per block 3488 (c_attn.w 768, c_fc.w 1024, mlp.c_proj.w 1024, ...),
// ln_f 64; total 7808. With shards of at most 3500 bytes, filled in order like transformers:
//   1: wte .. h.0.mlp.c_fc.bias (3200)   2: h.0.mlp.c_proj.weight .. h.1.mlp.c_fc.bias (3488)
//   3: h.1.mlp.c_proj.weight .. ln_f.bias (1120)
void TestHfFolder::shardedThreeShards()
{
    QTemporaryDir tmp;
    const std::string a = tmp.filePath("a").toStdString(), b = tmp.filePath("b").toStdString();
    const Gpt2Config config = smallConfig();
    const Gpt2Weights weights = randomWeights(config, 21);
    const Gpt2SaveOptions sharded{.maxShardBytes = 3500};
    saveGpt2Folder(a, config, weights, sharded);
    QVERIFY(!fs::exists(a + "/model.safetensors"));
    const auto index = nlohmann::json::parse(readText(a + "/model.safetensors.index.json"));
    QCOMPARE(index["metadata"]["total_size"].get<int>(), 7808);
    const auto& map = index["weight_map"];
    QCOMPARE(map.size(), std::size_t(28));
    const std::string s1 = "model-00001-of-00003.safetensors", s2 = "model-00002-of-00003.safetensors",
                      s3 = "model-00003-of-00003.safetensors";
    QCOMPARE(map["transformer.wte.weight"].get<std::string>(), s1);
    QCOMPARE(map["transformer.h.0.mlp.c_fc.bias"].get<std::string>(), s1);
    QCOMPARE(map["transformer.h.0.mlp.c_proj.weight"].get<std::string>(), s2);
    QCOMPARE(map["transformer.h.1.mlp.c_fc.bias"].get<std::string>(), s2);
    QCOMPARE(map["transformer.h.1.mlp.c_proj.weight"].get<std::string>(), s3);
    QCOMPARE(map["transformer.ln_f.bias"].get<std::string>(), s3);
    QCOMPARE(fs::file_size(a + "/" + s3) - 8 - SafetensorsFile::open(a + "/" + s3).headerLength(), uintmax_t(1120));

    const Gpt2Checkpoint ck = loadGpt2Folder(a);
    QVERIFY(sameWeights(ck.weights, weights));
    QCOMPARE(ck.metadata.at("format"), std::string("pt"));
    saveGpt2Folder(b, ck.config, ck.weights, sharded);
    for (const auto& name : {s1, s2, s3, std::string("model.safetensors.index.json"), std::string("config.json")})
        QVERIFY2(readText(a + "/" + name) == readText(b + "/" + name), name.c_str());

    // Index inconsistencies.
    const std::string c = tmp.filePath("c").toStdString();
    fs::copy(a, c);
    const std::string indexText = readText(c + "/model.safetensors.index.json");
    nlohmann::json broken = index;
    broken["weight_map"]["transformer.wte.weight"] = s2;
    writeText(c + "/model.safetensors.index.json", broken.dump(2));
    QCOMPARE(errorOf([&] { loadGpt2Folder(c); }),
             c + "/" + s2 + ": transformer.wte.weight: listed in model.safetensors.index.json but not in this shard");
    broken = index;
    broken["weight_map"].erase("transformer.ln_f.bias");
    writeText(c + "/model.safetensors.index.json", broken.dump(2));
    QCOMPARE(errorOf([&] { loadGpt2Folder(c); }),
             c + "/" + s3 + ": transformer.ln_f.bias: is in this shard but not listed for it in model.safetensors.index.json");
    broken = index;
    broken["weight_map"]["transformer.ln_f.bias"] = "../elsewhere.safetensors";
    writeText(c + "/model.safetensors.index.json", broken.dump(2));
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(c); }), "is not a plain file name in the model folder"));
    writeText(c + "/model.safetensors.index.json", R"({"weight_map": {}})");
    QCOMPARE(errorOf([&] { loadGpt2Folder(c); }),
             c + "/model.safetensors.index.json: wte.weight: missing tensor (config.json asks for n_layer=2)");
    writeText(c + "/model.safetensors.index.json", R"({"metadata": {}})");
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(c); }), "weight_map: missing or not a JSON object"));

    // A missing shard.
    writeText(c + "/model.safetensors.index.json", indexText);
    fs::remove(c + "/" + s2);
    QCOMPARE(errorOf([&] { loadGpt2Folder(c); }),
             c + "/model.safetensors.index.json: " + s2 + ": shard file listed in weight_map does not exist");
}

void TestHfFolder::shardedSaveReplacesSingleFile()
{
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    const Gpt2Config config = smallConfig();
    const Gpt2Weights first = randomWeights(config, 31), second = randomWeights(config, 32);
    saveGpt2Folder(dir, config, first);
    saveGpt2Folder(dir, config, second, {.maxShardBytes = 3500});
    QVERIFY(!fs::exists(dir + "/model.safetensors"));   // else it would shadow the new shards
    QVERIFY(sameWeights(loadGpt2Folder(dir).weights, second));
    saveGpt2Folder(dir, config, first);                  // and back: index and shards go away
    QVERIFY(!fs::exists(dir + "/model.safetensors.index.json"));
    QVERIFY(!fs::exists(dir + "/model-00001-of-00003.safetensors"));
    QVERIFY(sameWeights(loadGpt2Folder(dir).weights, first));
}

void TestHfFolder::dtypeConversionAndStoredDtype()
{
    QTemporaryDir tmp;
    const std::string dir = tmp.path().toStdString();
    const Gpt2Config config = smallConfig();
    const Gpt2Weights bf16 = randomWeights(config, 41, at::kBFloat16);
    saveGpt2Folder(dir, config, bf16);
    QCOMPARE(std::string(dtypeName(SafetensorsFile::open(dir + "/model.safetensors").at("transformer.wte.weight").dtype)),
             std::string("BF16"));
    const Gpt2Checkpoint asStored = loadGpt2Folder(dir);
    QVERIFY(asStored.storedDtype == at::kBFloat16);
    QVERIFY(sameWeights(asStored.weights, bf16));
    const Gpt2Checkpoint asFloat = loadGpt2Folder(dir, {.dtype = at::kFloat});
    QVERIFY(asFloat.storedDtype == at::kBFloat16);
    QVERIFY(asFloat.weights.blocks[1].mlpCProjWeight.scalar_type() == at::kFloat);
    QVERIFY(at::equal(asFloat.weights.wte, bf16.wte.to(at::kFloat)));   // BF16 -> F32 is exact
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir, {.dtype = at::kInt}); }), "dtype: must be a floating-point type"));
}

void TestHfFolder::errors()
{
    QTemporaryDir tmp;
    const Gpt2Config config = smallConfig();
    const Gpt2Weights weights = randomWeights(config, 51);
    int n = 0;
    auto folder = [&](const std::vector<std::pair<std::string, at::Tensor>>& tensors, const std::string& cfg = kConfigJson) {
        const std::string dir = tmp.filePath(QString("case%1").arg(n++)).toStdString();
        fs::create_directories(dir);
        writeText(dir + "/config.json", cfg);
        saveTensors(dir + "/model.safetensors", tensors, {{"format", "pt"}});
        return dir;
    };

    // Missing tensor.
    auto tensors = named(weights, "transformer.");
    tensors.erase(std::find_if(tensors.begin(), tensors.end(), [](auto& p) { return p.first == "transformer.h.1.ln_2.bias"; }));
    std::string dir = folder(tensors);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + "/model.safetensors: transformer.h.1.ln_2.bias: missing tensor (config.json asks for n_layer=2)");

    // Wrong shape.
    tensors = named(weights, "transformer.");
    for (auto& [name, t] : tensors)
        if (name == "transformer.h.0.mlp.c_fc.weight")
            t = t.narrow(1, 0, 31);
    dir = folder(tensors);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + "/model.safetensors: transformer.h.0.mlp.c_fc.weight: expected shape [8, 32], found [8, 31]");

    // A transposed (nn.Linear-style) projection is a shape error too.
    tensors = named(weights, "");
    for (auto& [name, t] : tensors)
        if (name == "h.1.mlp.c_proj.weight")
            t = t.t();
    dir = folder(tensors);
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }), "h.1.mlp.c_proj.weight: expected shape [32, 8], found [8, 32]"));

    // Unexpected tensor: a third block for a 2-layer config.
    tensors = named(weights, "transformer.");
    tensors.emplace_back("transformer.h.2.ln_1.weight", at::ones({8}));
    dir = folder(tensors);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + "/model.safetensors: transformer.h.2.ln_1.weight: unexpected tensor for a GPT-2 with n_layer=2 (config.json)");

    // Mixed prefixes.
    tensors = named(weights, "transformer.");
    for (auto& [name, t] : tensors)
        if (name == "transformer.wpe.weight")
            name = "wpe.weight";
    dir = folder(tensors);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + "/model.safetensors: wpe.weight: the checkpoint mixes names with and without the \"transformer.\" "
                   "prefix (\"transformer.wte.weight\" and \"wpe.weight\")");

    // Integer weights, and mixed float types without a requested dtype.
    tensors = named(weights, "");
    tensorNamed(tensors, "h.0.ln_1.bias") = tensorNamed(tensors, "h.0.ln_1.bias").to(at::kInt);
    dir = folder(tensors);
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }), "h.0.ln_1.bias: dtype I32 is not a floating-point type"));
    tensors = named(weights, "");
    tensorNamed(tensors, "h.0.attn.c_attn.bias") = tensorNamed(tensors, "h.0.attn.c_attn.bias").to(at::kHalf);
    dir = folder(tensors);
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }),
                     "h.0.attn.c_attn.bias: dtype F16 differs from the F32 of the other weights"));
    QVERIFY(loadGpt2Folder(dir, {.dtype = at::kFloat}).weights.blocks[0].attnCAttnBias.scalar_type() == at::kFloat);

    // Config problems.
    std::string cfg = kConfigJson;
    cfg.replace(cfg.find("\"n_embd\": 8,"), 12, "");
    dir = folder(named(weights, ""), cfg);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }), dir + "/config.json: n_embd: missing (a positive integer is required)");
    dir = folder(named(weights, ""), "{\"n_embd\": 8, ");
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }), dir + "/config.json: not valid JSON"));
    dir = folder(named(weights, ""));
    fs::remove(dir + "/config.json");
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }), dir + "/config.json: missing: a model folder needs config.json");

    // Only a pickle checkpoint.
    dir = tmp.filePath("pickle").toStdString();
    fs::create_directories(dir);
    writeText(dir + "/config.json", kConfigJson);
    writeText(dir + "/pytorch_model.bin", "PK\x03\x04 not really a zip");
    const std::string pickle = errorOf([&] { loadGpt2Folder(dir); });
    QVERIFY2(pickle.rfind(dir + "/pytorch_model.bin: pickle checkpoints (pytorch_model.bin) are not supported; "
                                "convert the folder to safetensors first", 0) == 0,
             pickle.c_str());
    fs::remove(dir + "/pytorch_model.bin");
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + ": no model.safetensors or model.safetensors.index.json in the model folder");
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir + "/nope"); }),
             dir + "/nope: not a directory (expected a Hugging Face model folder)");

    // A corrupt safetensors file surfaces the reader's error.
    dir = folder(named(weights, ""));
    writeText(dir + "/model.safetensors", std::string("\x05\0\0\0\0\0\0\0{}", 10));
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }), "model.safetensors: header: header length 5 runs past"));

    // The writer checks what it is given.
    Gpt2Weights shortOne = weights.clone();
    shortOne.blocks.pop_back();
    QVERIFY(contains(errorOf([&] { saveGpt2Folder(tmp.filePath("w1").toStdString(), config, shortOne); }),
                     "weights: have 1 blocks but config n_layer is 2"));
    Gpt2Weights wrong = weights.clone();
    wrong.lnFBias = at::zeros({9});
    QVERIFY(contains(errorOf([&] { saveGpt2Folder(tmp.filePath("w2").toStdString(), config, wrong); }),
                     "ln_f.bias: expected shape [8], found [9]"));
    QVERIFY(!fs::exists(tmp.filePath("w2/config.json").toStdString()));
}

void TestHfFolder::nonFiniteWeights()
{
    QTemporaryDir tmp;
    const Gpt2Config config = smallConfig();
    const Gpt2Weights weights = randomWeights(config, 61);
    int n = 0;
    auto folder = [&](const std::vector<std::pair<std::string, at::Tensor>>& tensors) {
        const std::string dir = tmp.filePath(QString("nf%1").arg(n++)).toStdString();
        fs::create_directories(dir);
        writeText(dir + "/config.json", kConfigJson);
        saveTensors(dir + "/model.safetensors", tensors);
        return dir;
    };
    auto tensors = named(weights, "transformer.");
    at::Tensor& ln = tensorNamed(tensors, "transformer.h.1.ln_1.weight");
    ln = ln.clone();
    ln[5] = std::numeric_limits<float>::quiet_NaN();
    ln[7] = std::numeric_limits<float>::infinity();
    std::string dir = folder(tensors);
    QCOMPARE(errorOf([&] { loadGpt2Folder(dir); }),
             dir + "/model.safetensors: transformer.h.1.ln_1.weight: 2 non-finite value(s) (NaN or Inf), the first at flat index 5");

    // F16 -inf.
    tensors = named(weights.to(at::TensorOptions().dtype(at::kHalf)), "");
    tensorNamed(tensors, "wte.weight")[2][3] = -std::numeric_limits<float>::infinity();
    dir = folder(tensors);
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir); }), "wte.weight: 1 non-finite value(s) (NaN or Inf), the first at flat index 19"));

    // Finite in F64, infinite once converted to the requested F32.
    tensors = named(weights.to(at::TensorOptions().dtype(at::kDouble)), "");
    tensorNamed(tensors, "wpe.weight")[0][0] = 1e300;
    dir = folder(tensors);
    QVERIFY(sameWeights(loadGpt2Folder(dir).weights, [&] {
        Gpt2Weights w = weights.to(at::TensorOptions().dtype(at::kDouble));
        w.wpe[0][0] = 1e300;
        return w;
    }()));
    QVERIFY(contains(errorOf([&] { loadGpt2Folder(dir, {.dtype = at::kFloat}); }),
                     "wpe.weight: 1 non-finite value(s) (NaN or Inf), the first at flat index 0 after conversion to Float"));
}

// FIPS 180-2 / NIST example digests.
void TestHfFolder::sha256Vectors()
{
    auto hex = [](std::string_view text) {
        Sha256 s;
        s.update(text);
        return s.hexDigest();
    };
    QCOMPARE(hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    Sha256 million;   // one million 'a', fed in uneven pieces to exercise the buffering
    const std::string chunk(997, 'a');
    std::size_t left = 1000000;
    while (left > 0) {
        const std::size_t take = std::min(left, chunk.size());
        million.update(std::string_view(chunk.data(), take));
        left -= take;
    }
    QCOMPARE(million.hexDigest(), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestHfFolder::folderHash()
{
    QTemporaryDir tmp;
    const std::string a = tmp.filePath("a").toStdString(), b = tmp.filePath("b").toStdString();
    const Gpt2Config config = smallConfig();
    const Gpt2Weights weights = randomWeights(config, 71);
    saveGpt2Folder(a, config, weights);
    saveGpt2Folder(b, config, weights);
    const std::string ha = hashGpt2Folder(a);
    QCOMPARE(ha.size(), std::size_t(7 + 64));
    QVERIFY(ha.rfind("sha256:", 0) == 0);
    QCOMPARE(hashGpt2Folder(b), ha);   // location does not matter
    writeText(b + "/vocab.json", "{}"); // tokenizer files are not part of the weights' identity
    QCOMPARE(hashGpt2Folder(b), ha);

    Gpt2Weights edited = weights.clone();
    edited.blocks[0].mlpCProjWeight[3][1] += 1e-3;
    saveGpt2Folder(b, config, edited);
    QVERIFY(hashGpt2Folder(b) != ha);
    saveGpt2Folder(b, config, weights);
    QCOMPARE(hashGpt2Folder(b), ha);
    Gpt2Config other = config;
    other.raw["bos_token_id"] = 14;
    saveGpt2Folder(b, other, weights);
    QVERIFY(hashGpt2Folder(b) != ha);

    // Sharded folders hash their index and shards.
    const std::string s = tmp.filePath("s").toStdString();
    saveGpt2Folder(s, config, weights, {.maxShardBytes = 3500});
    const std::string hs = hashGpt2Folder(s);
    QVERIFY(hs != ha);
    std::string shard = readText(s + "/model-00003-of-00003.safetensors");
    shard[shard.size() - 3] ^= 1;   // one bit of ln_f.bias
    writeText(s + "/model-00003-of-00003.safetensors", shard);
    QVERIFY(hashGpt2Folder(s) != hs);
    QCOMPARE(loadGpt2Folder(s).weights.lnFBias.numel(), int64_t(8));   // still a valid folder
}

void TestHfFolder::tokenizerFilesCopied()
{
    QTemporaryDir tmp;
    const std::string from = tmp.filePath("from").toStdString(), to = tmp.filePath("to/nested").toStdString();
    fs::create_directories(from);
    writeText(from + "/vocab.json", R"({"a": 0, "b": 1})");
    writeText(from + "/merges.txt", "#version: 0.2\na b\n");
    writeText(from + "/config.json", "{}");
    const auto copied = copyTokenizerFiles(from, to);
    QCOMPARE(copied, (std::vector<std::string>{"vocab.json", "merges.txt"}));
    QCOMPARE(readText(to + "/vocab.json"), readText(from + "/vocab.json"));
    QCOMPARE(readText(to + "/merges.txt"), std::string("#version: 0.2\na b\n"));
    QVERIFY(!fs::exists(to + "/config.json"));
    QVERIFY(copyTokenizerFiles(from, from).empty());   // onto itself: nothing to do, nothing truncated
    QCOMPARE(readText(from + "/merges.txt"), std::string("#version: 0.2\na b\n"));
}

EDITSCOPE_TEST_MAIN(TestHfFolder)
#include "test_hf_folder.moc"
