// ROME/MEMIT hyperparameters: every reference file in resources/hparams loads with the values of
// spec/rome_memit.md §3.1/§4.1; the forks' files (r-ROME flags, EMMET, AlphaEdit, EasyEdit extras) load
// with nothing dropped; EditScope's "editscope" options and the extras round-trip; validation against
// GPT-2 configs gives the exact messages; every malformed field names the file and the field.
#include "core/editing/hparams.h"
#include "core/model/gpt2_config.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

using namespace editscope;
using nlohmann::json;
namespace fs = std::filesystem;

// QCOMPARE cannot take nlohmann::json (it converts implicitly to every overload's type).
#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const json a_ = (actual), e_ = (expected);                                                 \
        QVERIFY2(a_ == e_, ("\n  actual   " + a_.dump() + "\n  expected " + e_.dump()).c_str());     \
    } while (false)

namespace {

const std::string kHparamsDir = std::string(EDITSCOPE_SOURCE_DIR) + "/resources/hparams";

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// spec/rome_memit.md §3.1: the three fields that differ between the official GPT-2 ROME files.
struct RomeRow {
    int64_t layer;
    int64_t vLossLayer;
    double clamp;
};
const std::map<std::string, RomeRow> kRomeTable = {
    {"gpt2-medium.json", {8, 23, 3.0}},
    {"gpt2-large.json", {12, 35, 4.0}},
    {"gpt2-xl.json", {17, 47, 4.0}},
};

Gpt2Config configWithLayers(int64_t nLayer)
{
    Gpt2Config c;   // gpt2 (124M) sizes; only n_layer matters for these checks
    c.nLayer = nLayer;
    return c;
}

json romeXl() { return json::parse(readText(kHparamsDir + "/ROME/gpt2-xl.json")); }
json memitXl() { return json::parse(readText(kHparamsDir + "/MEMIT/gpt2-xl.json")); }

// ume@23d72b5 hparams/EMMET/gpt2-xl.json, plus the two fields of its earlier version (dabbb96).
json emmetXl()
{
    json j = memitXl();
    j["layers"] = {17};
    j["mom2_update_weight"] = 1000;
    j["calculate_objective_value"] = false;
    j["update_norm_lambda"] = 0;
    j["emmet_lambda"] = 0.1;
    j["prob_cutoff"] = 0;
    j["norm_control"] = 0;
    return j;
}

// jianghoucheng/AlphaEdit hparams/AlphaEdit/gpt2-xl.json: MEMIT's values plus these.
json alphaEditXl()
{
    json j = memitXl();
    j["model_name"] = "gpt2-xl";
    j["lm_head_module"] = "lm_head";
    j["nullspace_threshold"] = 2e-2;
    j["L2"] = 10;
    return j;
}

template <class H>
InputError expectError(const json& j)
{
    try {
        H::fromJson(j, "bad.json");
    } catch (const InputError& e) {
        return e;
    }
    throw std::runtime_error("no InputError for " + j.dump());
}

std::vector<std::string> warningFields(const std::vector<HparamsIssue>& warnings)
{
    std::vector<std::string> out;
    for (const auto& w : warnings)
        out.push_back(w.field);
    return out;
}

} // namespace

class TestHparams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referenceRomeFilesLoadWithTheSpecValues()
    {
        int loaded = 0;
        for (const auto& entry : fs::directory_iterator(kHparamsDir + "/ROME")) {
            const std::string name = entry.path().filename().string();
            QVERIFY2(kRomeTable.count(name), ("no spec row for ROME/" + name).c_str());
            const RomeRow& row = kRomeTable.at(name);
            const RomeHparams h = loadRomeHparams(entry.path().string());
            QCOMPARE(h.layers, std::vector<int64_t>{row.layer});
            QCOMPARE(h.vLossLayer, row.vLossLayer);
            QCOMPARE(h.clampNormFactor, row.clamp);
            QVERIFY(h.factToken == FactToken::SubjectLast);
            QCOMPARE(h.vNumGradSteps, int64_t{20});
            QCOMPARE(h.vLr, 0.5);
            QCOMPARE(h.vWeightDecay, 0.5);
            QCOMPARE(h.klFactor, 0.0625);
            QCOMPARE(h.mom2Adjustment, true);
            QCOMPARE(h.contextTemplateLengthParams,
                     (std::vector<ContextTemplateLength>{{5, 10}, {10, 10}}));
            QCOMPARE(h.rewriteModuleTmp, std::string("transformer.h.{}.mlp.c_proj"));
            QCOMPARE(h.layerModuleTmp, std::string("transformer.h.{}"));
            QCOMPARE(h.mlpModuleTmp, std::string("transformer.h.{}.mlp"));
            QCOMPARE(h.attnModuleTmp, std::string("transformer.h.{}.attn"));
            QCOMPARE(h.lnFModule, std::string("transformer.ln_f"));
            QCOMPARE(h.lmHeadModule, std::string("transformer.wte"));
            QCOMPARE(h.mom2Dataset, std::string("wikipedia"));
            QCOMPARE(h.mom2NSamples, int64_t{100000});
            QVERIFY(h.mom2Dtype == HparamsDtype::Float32);
            // Reference behaviour when no option is given.
            QVERIFY(h.keyMode() == RomeKeyMode::Reference);
            QVERIFY(h.mom2AccumulateDtype() == HparamsDtype::Float32);
            QVERIFY(h.solveDtype() == HparamsDtype::Float32);
            QVERIFY(!h.editscope.seed && !h.editscope.templatesFile);
            QVERIFY(h.warnings.empty());
            QVERIFY(h.extra.empty());
            QCOMPARE(h.verbatimText, readText(entry.path().string()));
            COMPARE_JSON(h.verbatim, json::parse(h.verbatimText));
            COMPARE_JSON(h.toJson(), h.verbatim);   // every field typed, nothing added
            ++loaded;
        }
        QCOMPARE(loaded, 3);
    }

    void referenceMemitFileLoadsWithTheSpecValues()
    {
        int loaded = 0;
        for (const auto& entry : fs::directory_iterator(kHparamsDir + "/MEMIT")) {
            QCOMPARE(entry.path().filename().string(), std::string("gpt2-xl.json"));
            const MemitHparams h = loadMemitHparams(entry.path().string());
            QCOMPARE(h.layers, (std::vector<int64_t>{13, 14, 15, 16, 17}));
            QCOMPARE(h.clampNormFactor, 0.75);
            QCOMPARE(h.layerSelection, std::string("all"));
            QVERIFY(h.factToken == FactToken::SubjectLast);
            QCOMPARE(h.vNumGradSteps, int64_t{20});
            QCOMPARE(h.vLr, 0.5);
            QCOMPARE(h.vLossLayer, int64_t{47});
            QCOMPARE(h.vWeightDecay, 0.5);
            QCOMPARE(h.klFactor, 0.0625);
            QCOMPARE(h.mom2Adjustment, true);
            QCOMPARE(h.mom2UpdateWeight, 20000.0);
            QCOMPARE(h.rewriteModuleTmp, std::string("transformer.h.{}.mlp.c_proj"));
            QCOMPARE(h.layerModuleTmp, std::string("transformer.h.{}"));
            QCOMPARE(h.mlpModuleTmp, std::string("transformer.h.{}.mlp"));
            QCOMPARE(h.attnModuleTmp, std::string("transformer.h.{}.attn"));
            QCOMPARE(h.lnFModule, std::string("transformer.ln_f"));
            QCOMPARE(h.lmHeadModule, std::string("transformer.wte"));
            QCOMPARE(h.mom2Dataset, std::string("wikipedia"));
            QCOMPARE(h.mom2NSamples, int64_t{100000});
            QVERIFY(h.mom2Dtype == HparamsDtype::Float32);
            QVERIFY(h.mom2AccumulateDtype() == HparamsDtype::Float32);
            QVERIFY(h.solveDtype() == HparamsDtype::Float64);   // the reference solves in fp64 (§4.2)
            QVERIFY(!h.calculateObjectiveValue && !h.emmetLambda && !h.nullspaceThreshold && !h.l2);
            QVERIFY(h.warnings.empty());
            QVERIFY(h.extra.empty());
            COMPARE_JSON(h.toJson(), h.verbatim);
            ++loaded;
        }
        QCOMPARE(loaded, 1);
    }

    void roundTripThroughJsonAndFile()
    {
        const RomeHparams rome = loadRomeHparams(kHparamsDir + "/ROME/gpt2-medium.json");
        const RomeHparams romeBack = RomeHparams::fromJson(rome.toJson(), "round-trip");
        QVERIFY(romeBack == rome);
        QCOMPARE(romeBack.clampNormFactor, 3.0);
        QCOMPARE(romeBack.layers, std::vector<int64_t>{8});
        QCOMPARE(romeBack.contextTemplateLengthParams, rome.contextTemplateLengthParams);
        QVERIFY(romeBack.verbatimText.empty());        // not loaded from a file
        COMPARE_JSON(rome.verbatim, romeBack.verbatim);    // same JSON content

        const MemitHparams memit = loadMemitHparams(kHparamsDir + "/MEMIT/gpt2-xl.json");
        const MemitHparams memitBack = MemitHparams::fromJson(memit.toJson(), "round-trip");
        QVERIFY(memitBack == memit);
        QCOMPARE(memitBack.layers, memit.layers);
        QCOMPARE(memitBack.mom2UpdateWeight, 20000.0);

        // Written to a file and loaded again: the text is kept exactly, the settings are equal.
        QTemporaryDir dir;
        const std::string path = dir.filePath("rome.json").toStdString();
        const std::string text = rome.toJson().dump(2);
        std::ofstream(path) << text;
        const RomeHparams fromFile = loadRomeHparams(path);
        QVERIFY(fromFile == rome);
        QCOMPARE(fromFile.verbatimText, text);

        // A changed setting is a different record.
        RomeHparams changed = rome;
        changed.klFactor = 0.125;
        QVERIFY(!(changed == rome));
    }

    void editscopeOptionsAndExtrasRoundTrip()
    {
        json j = romeXl();
        j["editscope"] = {{"key_mode", "consistent_template"}, {"mom2_accumulate_dtype", "float64"},
                          {"solve_dtype", "float64"}, {"templates_file", "templates/gpt2-xl.json"},
                          {"seed", 12345678901234ULL}};
        j["alg_name"] = "ROME";                      // EasyEdit
        j["device"] = 0;                             // EasyEdit
        j["fp16"] = false;                           // EasyEdit
        j["my_note"] = {{"why", {1, 2, "three"}}};   // unknown
        const RomeHparams h = RomeHparams::fromJson(j, "opts.json");
        QVERIFY(h.editscope.keyMode == RomeKeyMode::ConsistentTemplate);
        QVERIFY(h.keyMode() == RomeKeyMode::ConsistentTemplate);
        QVERIFY(h.mom2AccumulateDtype() == HparamsDtype::Float64);
        QVERIFY(h.mom2Dtype == HparamsDtype::Float32);   // the stored statistics' dtype is unchanged
        QVERIFY(h.solveDtype() == HparamsDtype::Float64);
        QCOMPARE(*h.editscope.templatesFile, std::string("templates/gpt2-xl.json"));
        QCOMPARE(*h.editscope.seed, uint64_t{12345678901234ULL});
        QCOMPARE(warningFields(h.warnings), (std::vector<std::string>{"alg_name", "device", "fp16", "my_note"}));
        QVERIFY(h.warnings[0].message.find("EasyEdit") != std::string::npos);
        QVERIFY(h.warnings[2].message.find("float32") != std::string::npos);
        QVERIFY(h.warnings[3].message.find("unknown field") != std::string::npos);
        COMPARE_JSON(h.extra, (json{{"alg_name", "ROME"}, {"device", 0}, {"fp16", false},
                                {"my_note", {{"why", {1, 2, "three"}}}}}));
        COMPARE_JSON(h.toJson(), j);
        const RomeHparams back = RomeHparams::fromJson(h.toJson(), "opts.json");
        QVERIFY(back == h);
        QCOMPARE(back.warnings, h.warnings);
        QCOMPARE(back.editscope, h.editscope);

        json m = memitXl();
        m["editscope"] = {{"solve_dtype", "float32"}, {"seed", 0}};
        const MemitHparams mh = MemitHparams::fromJson(m, "memit-opts.json");
        QVERIFY(mh.solveDtype() == HparamsDtype::Float32);
        QCOMPARE(*mh.editscope.seed, uint64_t{0});
        QVERIFY(!mh.editscope.templatesFile);
        COMPARE_JSON(mh.toJson(), m);
        QVERIFY(MemitHparams::fromJson(mh.toJson(), "x") == mh);
    }

    void emmetAndAlphaEditFieldsAreTyped()
    {
        const MemitHparams e = MemitHparams::fromJson(emmetXl(), "EMMET/gpt2-xl.json");
        QCOMPARE(e.layers, std::vector<int64_t>{17});
        QCOMPARE(e.mom2UpdateWeight, 1000.0);
        QCOMPARE(*e.calculateObjectiveValue, false);
        QCOMPARE(*e.updateNormLambda, 0.0);
        QCOMPARE(*e.emmetLambda, 0.1);
        QCOMPARE(warningFields(e.warnings), (std::vector<std::string>{"norm_control", "prob_cutoff"}));
        COMPARE_JSON(e.extra, (json{{"norm_control", 0}, {"prob_cutoff", 0}}));
        COMPARE_JSON(e.toJson(), emmetXl());
        QVERIFY(MemitHparams::fromJson(e.toJson(), "x") == e);

        const MemitHparams a = MemitHparams::fromJson(alphaEditXl(), "AlphaEdit/gpt2-xl.json");
        QCOMPARE(*a.nullspaceThreshold, 2e-2);
        QCOMPARE(*a.l2, 10.0);
        QCOMPARE(warningFields(a.warnings), std::vector<std::string>{"model_name"});
        COMPARE_JSON(a.extra, (json{{"model_name", "gpt2-xl"}}));
        COMPARE_JSON(a.toJson(), alphaEditXl());
        QVERIFY(a.problemsForModel(configWithLayers(48)).empty());   // "lm_head" is GPT-2's tied head

        // The same fields in a ROME file are kept, not used, and said so.
        json r = romeXl();
        r["emmet_lambda"] = 0.1;
        r["mom2_update_weight"] = 20000;
        const RomeHparams rh = RomeHparams::fromJson(r, "rome.json");
        QCOMPARE(warningFields(rh.warnings), (std::vector<std::string>{"emmet_lambda", "mom2_update_weight"}));
        QVERIFY(rh.warnings[1].message.find("MEMIT-family field") != std::string::npos);
        COMPARE_JSON(rh.toJson(), r);

        // unified-model-editing's ROME fields: off is the reference and loads; on is not implemented.
        json u = romeXl();
        u["bias_update"] = false;
        u["dynamic"] = false;
        u["dynamic_multiplier"] = 1;
        const RomeHparams uh = RomeHparams::fromJson(u, "ume.json");
        QCOMPARE(warningFields(uh.warnings), (std::vector<std::string>{"bias_update", "dynamic", "dynamic_multiplier"}));
        COMPARE_JSON(uh.toJson(), u);
        u["dynamic"] = true;
        QCOMPARE(expectError<RomeHparams>(u).field(), std::string("dynamic"));
    }

    void rRomeFlagsSelectTheKeyMode()
    {
        const auto mode = [](json flags) {
            json j = romeXl();
            j.update(flags);
            return RomeHparams::fromJson(j, "rr.json").keyMode();
        };
        // rebuilding-rome@4095d04 semantics, missing flags at its defaults (false, true, true).
        QVERIFY(mode({{"enable_random_prefix_keys", true}}) == RomeKeyMode::ConsistentTemplate);
        QVERIFY(mode({{"original_implementation", true}}) == RomeKeyMode::ConsistentTemplate);
        QVERIFY(mode({{"enable_prompt_keys", true}, {"enable_random_prefix_keys", false}}) == RomeKeyMode::Reference);
        QVERIFY(mode({{"enable_prompt_keys", true}, {"enable_random_prefix_keys", false},
                      {"original_implementation", false}})
                == RomeKeyMode::ConsistentPrompt);

        json both = romeXl();
        both["enable_prompt_keys"] = true;   // the random-prefix default is true as well
        const InputError e = expectError<RomeHparams>(both);
        QCOMPARE(e.field(), std::string("enable_prompt_keys"));
        QVERIFY(e.reason().find("exactly one") != std::string::npos);

        json agree = romeXl();
        agree["enable_random_prefix_keys"] = true;
        agree["editscope"] = {{"key_mode", "consistent_template"}};
        const RomeHparams h = RomeHparams::fromJson(agree, "rr.json");
        QCOMPARE(*h.enableRandomPrefixKeys, true);
        QVERIFY(!h.enablePromptKeys);
        COMPARE_JSON(h.toJson(), agree);

        json contradict = agree;
        contradict["editscope"]["key_mode"] = "reference";
        QCOMPARE(expectError<RomeHparams>(contradict).field(), std::string("editscope.key_mode"));

        json lastPrompt = romeXl();
        lastPrompt["fact_token"] = "last";
        lastPrompt["editscope"] = {{"key_mode", "consistent_prompt"}};
        QCOMPARE(expectError<RomeHparams>(lastPrompt).field(), std::string("fact_token"));
        lastPrompt["editscope"]["key_mode"] = "reference";
        QVERIFY(RomeHparams::fromJson(lastPrompt, "x").factToken == FactToken::Last);   // ROME supports "last"
    }

    void advisoryWarnings()
    {
        json r = romeXl();
        r["v_num_grad_steps"] = 1;
        QCOMPARE(warningFields(RomeHparams::fromJson(r, "x").warnings), std::vector<std::string>{"v_num_grad_steps"});

        json m = memitXl();
        m["mom2_adjustment"] = false;
        m["layer_selection"] = "random";
        const MemitHparams h = MemitHparams::fromJson(m, "x");
        QCOMPARE(warningFields(h.warnings), (std::vector<std::string>{"layer_selection", "mom2_adjustment"}));
        QCOMPARE(h.mom2Adjustment, false);
    }

    void validationAgainstCheckpoints()
    {
        const RomeHparams rome = loadRomeHparams(kHparamsDir + "/ROME/gpt2-xl.json");
        const auto problems = rome.problemsForModel(configWithLayers(12));
        QCOMPARE(problems, (std::vector<HparamsIssue>{
                               {"layers", "layer 17 is out of range: the model has 12 layers (0..11)"},
                               {"v_loss_layer", "layer 47 is out of range: the model has 12 layers (0..11)"}}));
        try {
            rome.validateForModel(configWithLayers(12), "ROME/gpt2-xl.json");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), std::string("ROME/gpt2-xl.json"));
            QCOMPARE(e.field(), std::string("layers"));
            QCOMPARE(std::string(e.what()),
                     std::string("ROME/gpt2-xl.json: layers: layer 17 is out of range: the model has 12 layers "
                                 "(0..11); also v_loss_layer: layer 47 is out of range: the model has 12 layers (0..11)"));
        }
        QVERIFY(rome.problemsForModel(configWithLayers(48)).empty());
        rome.validateForModel(configWithLayers(48), "ROME/gpt2-xl.json");   // no throw
        // Boundary: layer 17 needs at least 18 layers, v_loss_layer 47 needs 48.
        QCOMPARE(warningFields(rome.problemsForModel(configWithLayers(18))), std::vector<std::string>{"v_loss_layer"});
        QCOMPARE(rome.problemsForModel(configWithLayers(47)).size(), size_t{1});

        const MemitHparams memit = loadMemitHparams(kHparamsDir + "/MEMIT/gpt2-xl.json");
        QVERIFY(memit.problemsForModel(configWithLayers(48)).empty());
        const auto mp = memit.problemsForModel(configWithLayers(16));
        QCOMPARE(warningFields(mp), (std::vector<std::string>{"layers", "layers", "v_loss_layer"}));
        QCOMPARE(mp[0].message, std::string("layer 16 is out of range: the model has 16 layers (0..15)"));
        QCOMPARE(mp[1].message, std::string("layer 17 is out of range: the model has 16 layers (0..15)"));
    }

    void moduleTemplatesMustBeGpt2s()
    {
        // GPT-J's edited module (spec §1.2): fails, listing this checkpoint's templates.
        json gptj = memitXl();
        gptj["rewrite_module_tmp"] = "transformer.h.{}.mlp.fc_out";
        const auto p = MemitHparams::fromJson(gptj, "gptj.json").problemsForModel(configWithLayers(48));
        QCOMPARE(p.size(), size_t{1});
        QCOMPARE(p[0].field, std::string("rewrite_module_tmp"));
        QVERIFY(p[0].message.find("GPT-J") != std::string::npos);
        QVERIFY(p[0].message.find("for GPT-2 it is \"transformer.h.{}.mlp.c_proj\"") != std::string::npos);
        for (const auto& t : gpt2ModuleTemplates())
            QVERIFY2(p[0].message.find(t) != std::string::npos, t.c_str());
        try {
            MemitHparams::fromJson(gptj, "gptj.json").validateForModel(configWithLayers(48), "gptj.json");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), std::string("rewrite_module_tmp"));
            QCOMPARE(e.reason(), p[0].message);
        }

        const auto problemFor = [](const char* field, const char* value) {
            json j = romeXl();
            j[field] = value;
            const auto p = RomeHparams::fromJson(j, "x").problemsForModel(configWithLayers(48));
            return p.size() == 1 && p[0].field == field ? p[0].message : std::string("<wrong problems>");
        };
        QVERIFY(problemFor("ln_f_module", "norm").find("transformer.h.{}.mlp.c_fc") != std::string::npos);
        QVERIFY(problemFor("mlp_module_tmp", "h.{}.mlp").find("use \"transformer.h.{}.mlp\"") != std::string::npos);
        QVERIFY(problemFor("rewrite_module_tmp", "transformer.h.{}.attn.c_proj")
                    .find("is a module of this checkpoint, but rewrite_module_tmp") != std::string::npos);
        QVERIFY(problemFor("rewrite_module_tmp", "model.layers.{}.mlp.down_proj").find("LLaMA") != std::string::npos);
        QVERIFY(problemFor("lm_head_module", "transformer.wpe").find("\"transformer.wte\"") != std::string::npos);

        json lmHead = romeXl();
        lmHead["lm_head_module"] = "lm_head";
        QVERIFY(RomeHparams::fromJson(lmHead, "x").problemsForModel(configWithLayers(48)).empty());

        json longTemplates = romeXl();
        longTemplates["context_template_length_params"] = {{5, 10}, {2000, 1}};
        const auto lp = RomeHparams::fromJson(longTemplates, "x").problemsForModel(configWithLayers(48));
        QCOMPARE(lp, (std::vector<HparamsIssue>{{"context_template_length_params",
                                                 "max_out_len 2000 exceeds the model's context of 1024 tokens"}}));
    }

    void resolveModuleNames()
    {
        QCOMPARE(resolveModule("transformer.h.{}.mlp.c_proj", 17), std::string("transformer.h.17.mlp.c_proj"));
        QCOMPARE(resolveModule("transformer.h.{}", 0), std::string("transformer.h.0"));
        QCOMPARE(resolveModule("transformer.ln_f", 3), std::string("transformer.ln_f"));
        QCOMPARE(std::string(keyModeName(RomeKeyMode::ConsistentPrompt)), std::string("consistent_prompt"));
        QCOMPARE(std::string(dtypeName(HparamsDtype::Float64)), std::string("float64"));
    }

    void malformedRomeFieldsNameFileAndField_data()
    {
        QTest::addColumn<QString>("patch");   // JSON merge patch applied to gpt2-xl.json; null deletes
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reasonPart");
        const auto row = [](const char* name, const char* patch, const char* field, const char* reason) {
            QTest::newRow(name) << QString(patch) << QString(field) << QString(reason);
        };
        row("layers missing", R"({"layers": null})", "layers", "missing");
        row("layers empty", R"({"layers": []})", "layers", "is empty");
        row("layers not a list", R"({"layers": 17})", "layers", "must be a list");
        row("layer string", R"({"layers": ["17"]})", "layers", "found \"17\"");
        row("layer fraction", R"({"layers": [17.5]})", "layers", "found 17.5");
        row("layer negative", R"({"layers": [-1]})", "layers", "found -1");
        row("layer twice", R"({"layers": [17, 17]})", "layers", "twice");
        row("steps zero", R"({"v_num_grad_steps": 0})", "v_num_grad_steps", "positive integer");
        row("steps negative", R"({"v_num_grad_steps": -5})", "v_num_grad_steps", "found -5");
        row("steps string", R"({"v_num_grad_steps": "20"})", "v_num_grad_steps", "found \"20\"");
        row("steps missing", R"({"v_num_grad_steps": null})", "v_num_grad_steps", "missing");
        row("lr zero", R"({"v_lr": 0})", "v_lr", "positive number");
        row("lr string", R"({"v_lr": "5e-1"})", "v_lr", "found \"5e-1\"");
        row("loss layer negative", R"({"v_loss_layer": -1})", "v_loss_layer", "found -1");
        row("weight decay negative", R"({"v_weight_decay": -0.5})", "v_weight_decay", ">= 0");
        row("clamp zero", R"({"clamp_norm_factor": 0})", "clamp_norm_factor", "positive number");
        row("kl negative", R"({"kl_factor": -1})", "kl_factor", ">= 0");
        row("adjustment string", R"({"mom2_adjustment": "true"})", "mom2_adjustment", "true or false");
        row("fact token unknown", R"({"fact_token": "subject_middle"})", "fact_token", "unknown strategy 'subject_middle'");
        row("fact token number", R"({"fact_token": 1})", "fact_token", "non-empty string");
        row("templates missing", R"({"context_template_length_params": null})", "context_template_length_params", "missing");
        row("templates not pairs", R"({"context_template_length_params": [[5]]})", "context_template_length_params", "pair");
        row("templates zero count", R"({"context_template_length_params": [[5, 0]]})", "context_template_length_params", "found 0");
        row("templates not list", R"({"context_template_length_params": "5,10"})", "context_template_length_params", "list");
        row("module empty", R"({"rewrite_module_tmp": ""})", "rewrite_module_tmp", "non-empty string");
        row("module number", R"({"lm_head_module": 3})", "lm_head_module", "found 3");
        row("module missing", R"({"attn_module_tmp": null})", "attn_module_tmp", "missing");
        row("dataset missing", R"({"mom2_dataset": null})", "mom2_dataset", "missing");
        row("samples zero", R"({"mom2_n_samples": 0})", "mom2_n_samples", "found 0");
        row("dtype float16", R"({"mom2_dtype": "float16"})", "mom2_dtype", "#436");
        row("dtype bfloat16", R"({"mom2_dtype": "bfloat16"})", "mom2_dtype", "unknown dtype \"bfloat16\"");
        row("rr flag string", R"({"enable_prompt_keys": "yes"})", "enable_prompt_keys", "true or false");
        row("bias update on", R"({"bias_update": true})", "bias_update", "not implemented");
        row("editscope not object", R"({"editscope": "x"})", "editscope", "must be an object");
        row("key mode unknown", R"({"editscope": {"key_mode": "fast"}})", "editscope.key_mode", "unknown key mode");
        row("seed negative", R"({"editscope": {"seed": -1}})", "editscope.seed", ">= 0");
        row("seed fraction", R"({"editscope": {"seed": 1.5}})", "editscope.seed", ">= 0");
        row("option typo", R"({"editscope": {"seeed": 1}})", "editscope.seeed", "unknown EditScope option");
        row("solve float16", R"({"editscope": {"solve_dtype": "float16"}})", "editscope.solve_dtype", "#436");
        row("templates file empty", R"({"editscope": {"templates_file": ""}})", "editscope.templates_file", "non-empty");
    }

    void malformedRomeFieldsNameFileAndField()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, reasonPart);
        json j = romeXl();
        j.merge_patch(json::parse(patch.toStdString()));
        const InputError e = expectError<RomeHparams>(j);
        QCOMPARE(e.file(), std::string("bad.json"));
        QCOMPARE(QString::fromStdString(e.field()), field);
        QVERIFY2(e.reason().find(reasonPart.toStdString()) != std::string::npos, e.what());
        QVERIFY(std::string(e.what()).rfind("bad.json: " + e.field() + ": ", 0) == 0);
    }

    void malformedMemitFieldsNameFileAndField_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reasonPart");
        const auto row = [](const char* name, const char* patch, const char* field, const char* reason) {
            QTest::newRow(name) << QString(patch) << QString(field) << QString(reason);
        };
        row("lambda missing", R"({"mom2_update_weight": null})", "mom2_update_weight", "missing");
        row("lambda zero", R"({"mom2_update_weight": 0})", "mom2_update_weight", "positive number");
        row("selection missing", R"({"layer_selection": null})", "layer_selection", "missing");
        row("selection unknown", R"({"layer_selection": "some"})", "layer_selection", "\"all\" or \"random\"");
        row("fact token last", R"({"fact_token": "last"})", "fact_token", "does not support \"last\"");
        row("layers empty", R"({"layers": []})", "layers", "is empty");
        row("steps zero", R"({"v_num_grad_steps": 0})", "v_num_grad_steps", "positive integer");
        row("emmet lambda negative", R"({"emmet_lambda": -0.1})", "emmet_lambda", ">= 0");
        row("objective string", R"({"calculate_objective_value": "no"})", "calculate_objective_value", "true or false");
        row("L2 string", R"({"L2": "10"})", "L2", "found \"10\"");
        row("key mode on MEMIT", R"({"editscope": {"key_mode": "reference"}})", "editscope.key_mode", "ROME only");
        row("dtype float16", R"({"mom2_dtype": "float16"})", "mom2_dtype", "overflow");
    }

    void malformedMemitFieldsNameFileAndField()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, reasonPart);
        json j = memitXl();
        j.merge_patch(json::parse(patch.toStdString()));
        const InputError e = expectError<MemitHparams>(j);
        QCOMPARE(e.file(), std::string("bad.json"));
        QCOMPARE(QString::fromStdString(e.field()), field);
        QVERIFY2(e.reason().find(reasonPart.toStdString()) != std::string::npos, e.what());
    }

    void badFiles()
    {
        QCOMPARE(expectError<RomeHparams>(json::array()).field(), std::string(""));
        QVERIFY(std::string(expectError<MemitHparams>(json("x")).what()).find("JSON object") != std::string::npos);

        QTemporaryDir dir;
        const std::string missing = dir.filePath("none.json").toStdString();
        try {
            loadRomeHparams(missing);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), missing);
            QVERIFY(e.reason().find("cannot open ROME hparams") != std::string::npos);
        }
        const std::string broken = dir.filePath("broken.json").toStdString();
        std::ofstream(broken) << "{\"layers\": [17],";
        try {
            loadMemitHparams(broken);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), broken);
            QVERIFY(e.reason().find("not valid JSON") != std::string::npos);
        }
        // A field error from a file names that file.
        const std::string bad = dir.filePath("bad-dtype.json").toStdString();
        json j = memitXl();
        j["mom2_dtype"] = "float16";
        std::ofstream(bad) << j.dump();
        try {
            loadMemitHparams(bad);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), bad);
            QCOMPARE(e.field(), std::string("mom2_dtype"));
        }
    }
};

EDITSCOPE_TEST_MAIN(TestHparams)
#include "test_hparams.moc"
