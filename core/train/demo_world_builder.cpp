#include "core/train/demo_world_builder.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/eval/knowledge_report.h"
#include "core/eval/layer_importance.h"
#include "core/formats/file_io.h"
#include "core/model/generation.h"
#include "core/tokenizer/bpe_trainer.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/train/lm_trainer.h"
#include "core/util/error.h"
#include "core/util/openblas_core.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <sstream>

namespace editscope {
namespace {

namespace fs = std::filesystem;

// The acceptance thresholds of the engine-foundation issue (also in the README).
constexpr double kRewriteThreshold = 0.95;
constexpr double kParaphraseThreshold = 0.85;
constexpr double kNeighborhoodThreshold = 0.95;
constexpr double kSkillThreshold = 0.90;
// MEMIT values of the generated hparams (see referenceHparams for how they were chosen).
constexpr double kMemitUpdateWeight = 200;
constexpr double kMemitClamp = 2.0;
constexpr double kMemitLayerShare = 0.25;

struct Recipe {
    Gpt2Config config;
    int vocabSize = 0;
    LmTrainingOptions training;
    int checkRecords = 0;        // records scored at each threshold check during training
    int checkSkillQueries = 0;   // held-out skill examples per check
};

// Sizes follow design/demo_world.md: 4 × 192 learned 500 records in ~3.5 min in the prototype.
Recipe recipeFor(DemoWorldSize size)
{
    Recipe r;
    r.config.nPositions = 128;   // skill prompts reach ~100 tokens; generation metrics use 100 in total
    r.config.activation = "gelu_new";
    r.training.seqLen = 128;
    r.training.batchSize = 8;
    if (size == DemoWorldSize::Test) {
        // 3 layers with 512 tokens trained in 59 s but looked facts up mostly through attention over
        // many-token subject names (layer-0 knock-out 0.006 nats; ROME ES 100 on 7 of 18 records);
        // 4 layers with 1,024 tokens: 0.079 nats, ES 100 on 21 of 24, 71 s.
        r.vocabSize = 1024;
        r.config.nEmbd = 96;
        r.config.nLayer = 4;
        r.config.nHead = 4;
        r.training.learningRate = 6e-3;
        r.training.warmupSteps = 30;
        r.training.checkEvery = 60;        // a check costs ~0.8 s here, as much as 15 steps
        r.training.firstCheckStep = 360;   // seed 7 first meets the thresholds at step 480
        r.training.maxSteps = 3000;
        r.training.extraFraction = 0.1;
        r.checkRecords = 1000;
        r.checkSkillQueries = 20;
    } else {
        r.vocabSize = 2048;
        r.config.nEmbd = 192;
        r.config.nLayer = 4;
        r.config.nHead = 4;
        r.training.learningRate = 2e-3;
        r.training.warmupSteps = 100;
        r.training.checkEvery = 100;
        r.training.maxSteps = 20000;
        r.training.extraFraction = 0.35;   // 0.5 measured 10m15s in total; the budget is 10 min
        r.checkRecords = 96;
        r.checkSkillQueries = 48;
    }
    return r;
}

// Everything that decides what a build produces: a folder is reused only when this matches.
nlohmann::json recipeJson(const Recipe& r, const DemoWorldShape& shape, int threads)
{
    const auto& t = r.training;
    return {{"shape", shape.toJson()},
            {"model", {{"n_layer", r.config.nLayer}, {"n_embd", r.config.nEmbd}, {"n_head", r.config.nHead},
                       {"n_positions", r.config.nPositions}, {"bpe_vocab", r.vocabSize}}},
            {"training", {{"seq_len", t.seqLen}, {"batch", t.batchSize}, {"lr", t.learningRate}, {"beta1", t.beta1},
                          {"beta2", t.beta2}, {"weight_decay", t.weightDecay}, {"grad_clip", t.gradClip},
                          {"warmup", t.warmupSteps}, {"check_every", t.checkEvery}, {"first_check", t.firstCheckStep}, {"max_steps", t.maxSteps},
                          {"extra_fraction", t.extraFraction}, {"final_lr_fraction", t.finalLrFraction},
                          {"check_records", r.checkRecords}, {"check_skill_queries", r.checkSkillQueries}}},
            {"threads", threads},
            {"edit_hparams", {{"memit_mom2_update_weight", kMemitUpdateWeight}, {"memit_clamp_norm_factor", kMemitClamp},
                              {"memit_layer_share", kMemitLayerShare}}}};
}

std::vector<SkillEvalSet> skillEvalSets(const DemoWorld& world, size_t maxQueries)
{
    std::vector<SkillEvalSet> sets;
    for (const auto& task : world.skills()) {
        SkillEvalSet s;
        s.name = task.name;
        s.format = task.format;
        s.shots = task.evalShots();
        const size_t n = std::min(maxQueries, task.heldOut.size());
        s.queries.assign(task.heldOut.begin(), task.heldOut.begin() + static_cast<std::ptrdiff_t>(n));
        sets.push_back(std::move(s));
    }
    return sets;
}

bool factsPass(const FactKnowledge& k)
{
    return k.rewriteSuccess >= kRewriteThreshold && k.paraphraseSuccess >= kParaphraseThreshold
        && k.neighborhoodSuccess >= kNeighborhoodThreshold;
}

nlohmann::json referenceHparams(bool memit, const std::vector<int64_t>& layers, int64_t nLayer, size_t statsDocuments)
{
    // The reference JSON layout (spec/rome_memit.md §3.1, §4.1) with GPT-2 XL's values, except the
    // layers (measured, see the report), the statistics corpus (the demo world's corpus.txt) and two
    // MEMIT values tuned on the default world (seed 1, 20 requests per call, cases 0-19 and 20-39):
    // λ = 20000 lets λC swamp K Kᵀ for this small model's keys (ES 0-10%); λ = 200 gives ES 100%,
    // PS 75-80%, NS 91-95% (λ 100: NS 91%; λ 1000: ES 80%). The z clamp 0.75·‖z_init‖ leaves the
    // target at p ≈ 0.75-0.9 (ES 75%); 2.0 lets z reach p ≈ 0.95 and is not binding beyond that.
    nlohmann::json h = {
        {"layers", layers},
        {"fact_token", "subject_last"},
        {"v_num_grad_steps", 20},
        {"v_lr", 0.5},
        {"v_loss_layer", nLayer - 1},
        {"v_weight_decay", 0.5},
        {"clamp_norm_factor", memit ? kMemitClamp : 4.0},
        {"kl_factor", 0.0625},
        {"mom2_adjustment", true},
        {"rewrite_module_tmp", "transformer.h.{}.mlp.c_proj"},
        {"layer_module_tmp", "transformer.h.{}"},
        {"mlp_module_tmp", "transformer.h.{}.mlp"},
        {"attn_module_tmp", "transformer.h.{}.attn"},
        {"ln_f_module", "transformer.ln_f"},
        {"lm_head_module", "transformer.wte"},
        {"mom2_dataset", "demo_corpus"},
        {"mom2_n_samples", statsDocuments},
        {"mom2_dtype", "float32"},
    };
    if (memit) {
        h["layer_selection"] = "all";
        h["mom2_update_weight"] = kMemitUpdateWeight;
    } else {
        h["context_template_length_params"] = {{5, 10}, {10, 10}};
    }
    return h;
}

std::string percent(double v)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << 100.0 * v << "%";
    return s.str();
}

} // namespace

std::string demoWorldReportText(const nlohmann::json& r)
{
    std::ostringstream t;
    t << "EditScope demo world (seed " << r.value("seed", 0) << ", size " << r.value("size", "") << ")\n";
    const auto& m = r["model"];
    t << "  model: GPT-2, " << m["n_layer"] << " layers x " << m["n_embd"] << " wide, " << m["n_head"] << " heads, "
      << m["parameters"] << " parameters, vocabulary " << m["vocab_size"] << " (byte-level BPE)\n";
    const auto& tr = r["training"];
    t << "  training: " << tr["steps"] << " steps (thresholds first met at step " << tr["threshold_step"] << "), "
      << tr["tokens"] << " tokens, final loss " << std::fixed << std::setprecision(3) << tr["final_loss"].get<double>()
      << ", " << std::setprecision(0) << tr["seconds"].get<double>() << " s on " << tr["threads"] << " threads (BLAS core "
      << tr["blas_core"].get<std::string>() << ")\n";
    const auto& f = r["facts"];
    t << "  facts (" << f["records"] << " records, unedited model, P(true) > P(new)):\n"
      << "    rewrite prompts        " << percent(f["rewrite_success"]) << "  (threshold " << percent(kRewriteThreshold) << ")\n"
      << "    paraphrase prompts     " << percent(f["paraphrase_success"]) << "  (threshold " << percent(kParaphraseThreshold) << ")\n"
      << "    neighborhood prompts   " << percent(f["neighborhood_success"]) << "  (threshold " << percent(kNeighborhoodThreshold) << ")\n"
      << "    top-1 recall of the true object on rewrite prompts  " << percent(f["rewrite_top1_recall"]) << "\n";
    t << "  skills (held-out examples, few-shot prompt, 3-token greedy answer):\n";
    for (const auto& s : r["skills"])
        t << "    " << std::left << std::setw(22) << s["task"].get<std::string>() << std::right << percent(s["accuracy"])
          << "  (" << s["correct"] << " correct, " << s["incorrect"] << " wrong of which " << s["invalid"]
          << " invalid; threshold " << percent(kSkillThreshold) << ")\n";
    const auto& li = r["layer_importance"];
    t << "  MLP knock-out at the subject's last token, mean NLL(true) increase per layer:";
    for (const auto& v : li["nll_increase"])
        t << " " << std::setprecision(3) << v.get<double>();
    t << "\n  hparams: ROME edits layer " << r["hparams"]["rome_layers"].dump() << ", MEMIT layers "
      << r["hparams"]["memit_layers"].dump() << "\n";
    t << "  samples (greedy):\n";
    for (const auto& s : r["samples"])
        t << "    " << nlohmann::json(s.get<std::string>()).dump() << "\n";
    t << "  verdict: " << (r.value("meets_thresholds", false) ? "meets every threshold" : "BELOW THRESHOLD") << "\n";
    return t.str();
}

DemoWorldBuildResult buildDemoWorld(const DemoWorldBuildOptions& options, const DemoWorldProgressFn& progress)
{
    const std::string sizeName = options.size == DemoWorldSize::Test ? "test" : "default";
    const fs::path out(options.outDir);
    const fs::path reportPath = out / "report.json";
    DemoWorldBuildResult result;
    const Recipe recipe = recipeFor(options.size);
    const nlohmann::json recipeDescription = recipeJson(recipe, DemoWorldShape::forSize(options.size), options.threads);

    if (!options.force && fs::exists(reportPath) && fs::exists(out / "model" / "model.safetensors")) {
        try {
            const auto existing = readJsonFile(reportPath.string());
            if (existing.value("seed", uint64_t{0}) == options.seed && existing.value("size", "") == sizeName
                && existing.value("recipe", nlohmann::json()) == recipeDescription) {
                result.report = existing;
                result.reportText = demoWorldReportText(existing);
                result.meetsThresholds = existing.value("meets_thresholds", false);
                result.reused = true;
                return result;
            }
        } catch (const InputError&) {
            // An unreadable report means an unfinished build: rebuild.
        }
    }

    auto report = [&](const std::string& phase, double fraction, double eta, const std::string& message) {
        if (progress && !progress({phase, fraction, eta, message}))
            throw Cancelled();
    };
    const auto start = std::chrono::steady_clock::now();
    auto since = [](std::chrono::steady_clock::time_point t) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
    };
    nlohmann::json timings;
    at::set_num_threads(options.threads);

    // 1. The world's text.
    auto phaseStart = std::chrono::steady_clock::now();
    report("world", 0, -1, "generating facts, records, skills and filler");
    const DemoWorld world = DemoWorld::generate(options.seed, options.size);
    fs::create_directories(out);
    world.writeTextFiles(out.string());
    timings["world"] = since(phaseStart);

    // 2. The tokenizer.
    phaseStart = std::chrono::steady_clock::now();
    report("tokenizer", 0, -1, "training a byte-level BPE vocabulary of " + std::to_string(recipe.vocabSize));
    BpeTrainerOptions bpeOptions;
    bpeOptions.vocabSize = recipe.vocabSize;
    const auto bpe = trainByteLevelBpe(world.tokenizerTrainingTexts(), bpeOptions);
    const fs::path modelDir = out / "model";
    writeGpt2TokenizerFiles(bpe, modelDir.string());
    const auto tokenizer = Gpt2Tokenizer::loadFromDir(modelDir.string());
    timings["tokenizer"] = since(phaseStart);

    // 3. The model.
    phaseStart = std::chrono::steady_clock::now();
    Gpt2Config config = recipe.config;
    config.vocabSize = tokenizer.vocabSize();
    Gpt2Model model(config, initGpt2Weights(config, options.seed));
    Rng documents = Rng(options.seed).derive("training-documents");
    const DocumentSampler sampler = [&] { return world.sampleTrainingDocument(documents); };
    const size_t checkCount = std::min<size_t>(world.records().size(), static_cast<size_t>(recipe.checkRecords));
    const std::span<const CounterFactRecord> checkRecords(world.records().data(), checkCount);
    const auto checkSkills = skillEvalSets(world, static_cast<size_t>(recipe.checkSkillQueries));
    const ThresholdCheck check = [&](const Gpt2Model& m, std::string& summary) {
        const auto k = measureFactKnowledge(m, tokenizer, checkRecords);
        std::ostringstream s;
        s << "rewrite " << percent(k.rewriteSuccess) << " paraphrase " << percent(k.paraphraseSuccess)
          << " neighborhood " << percent(k.neighborhoodSuccess);
        bool pass = factsPass(k);
        for (const auto& skill : checkSkills) {
            const auto a = measureSkill(m, tokenizer, skill);
            s << " " << skill.name << " " << percent(a.accuracy());
            pass = pass && a.accuracy() >= kSkillThreshold;
        }
        summary = s.str();
        return pass;
    };
    const TrainingProgressFn onStep = [&](const LmTrainingProgress& p) {
        double fraction = 0, eta = -1;
        if (p.plannedSteps > 0) {
            fraction = static_cast<double>(p.step) / static_cast<double>(p.plannedSteps);
            eta = p.seconds / static_cast<double>(p.step) * static_cast<double>(p.plannedSteps - p.step);
        }
        std::ostringstream m;
        m << std::fixed << std::setprecision(0) << p.seconds << " s, step " << p.step << (p.plannedSteps ? "/" + std::to_string(p.plannedSteps) : "") << " loss " << std::fixed
          << std::setprecision(3) << p.loss << (p.checkSummary.empty() ? "" : " | " + p.checkSummary);
        report(p.phase, fraction, eta, m.str());
        return true;
    };
    const auto training = trainLanguageModel(model, tokenizer, sampler, check, recipe.training, onStep);
    timings["training"] = since(phaseStart);
    if (!training.reachedThresholds)
        throw InputError(options.outDir, "training", "the model did not reach the knowledge thresholds within "
                                                         + std::to_string(recipe.training.maxSteps) + " steps");

    // 4. The report, on every record and the full held-out skill sets.
    phaseStart = std::chrono::steady_clock::now();
    report("report", 0, -1, "measuring what the model knows");
    at::NoGradGuard noGrad;
    const auto facts = measureFactKnowledge(model, tokenizer, world.records());
    nlohmann::json skills = nlohmann::json::array();
    bool pass = factsPass(facts);
    for (const auto& skill : skillEvalSets(world, SIZE_MAX)) {
        const auto a = measureSkill(model, tokenizer, skill);
        skills.push_back(toJson(a));
        pass = pass && a.accuracy() >= kSkillThreshold;
    }
    const auto importance = measureMlpLayerImportance(model, tokenizer, world.records());
    int64_t romeLayer = 0;
    for (int64_t l = 1; l < config.nLayer; ++l)
        if (importance.nllIncrease[static_cast<size_t>(l)] > importance.nllIncrease[static_cast<size_t>(romeLayer)])
            romeLayer = l;
    // MEMIT spreads its update over the layers that matter, ending at the z layer: the run of layers
    // up to ROME's whose knock-out effect is at least a quarter of the largest. A layer that stores
    // nothing (effect ~0) is left out: its tiny-eigenvalue C turned MEMIT's residual share there into
    // a ‖ΔW‖ of ~2,000 on the default world (layers [0, 1]: ES 0 of 20).
    std::vector<int64_t> memitLayers = {romeLayer};
    const double strongest = importance.nllIncrease[static_cast<size_t>(romeLayer)];
    for (int64_t l = romeLayer - 1; l >= 0 && importance.nllIncrease[static_cast<size_t>(l)] >= kMemitLayerShare * strongest; --l)
        memitLayers.insert(memitLayers.begin(), l);

    GenerationOptions greedy;
    greedy.greedy = true;
    greedy.maxOutLen = 40;
    const std::vector<std::string> samplePrompts = {world.records().front().generationPrompts.front(),
                                                    world.records().front().rewrite.filledPrompt(), "The"};
    const auto samples = generateFast(model, tokenizer, samplePrompts, 1, greedy);
    timings["report"] = since(phaseStart);

    // 5. Files: model folder, hparams, report.
    phaseStart = std::chrono::steady_clock::now();
    report("saving", 0, -1, "writing the model folder and hparams");
    saveGpt2Folder(modelDir.string(), model.config(), model.weights());
    fs::create_directories(out / "hparams" / "ROME");
    fs::create_directories(out / "hparams" / "MEMIT");
    const auto statsDocs = world.statsCorpus().size();
    writeFileAtomically((out / "hparams" / "ROME" / "demo.json").string(),
                        referenceHparams(false, {romeLayer}, config.nLayer, statsDocs).dump(4) + "\n");
    writeFileAtomically((out / "hparams" / "MEMIT" / "demo.json").string(),
                        referenceHparams(true, memitLayers, config.nLayer, statsDocs).dump(4) + "\n");
    timings["saving"] = since(phaseStart);
    timings["total"] = since(start);

    int64_t parameters = 0;
    for (const auto& [name, t] : model.weights().namedTensors())
        parameters += t->numel();
    const std::string core = openBlasCoreName();
    nlohmann::json r = {
        {"editscope_version", EDITSCOPE_VERSION},
        {"seed", options.seed},
        {"size", sizeName},
        {"shape", world.shape().toJson()},
        {"recipe", recipeDescription},
        {"model", {{"n_layer", config.nLayer}, {"n_embd", config.nEmbd}, {"n_head", config.nHead},
                   {"n_positions", config.nPositions}, {"vocab_size", config.vocabSize}, {"parameters", parameters},
                   {"folder", "model"}}},
        {"training", {{"steps", training.steps}, {"threshold_step", training.thresholdStep},
                      {"tokens", training.tokensSeen}, {"final_loss", training.finalLoss}, {"seconds", training.seconds},
                      {"threads", options.threads}, {"blas_core", core.empty() ? "not OpenBLAS" : core},
                      {"seq_len", recipe.training.seqLen}, {"batch_size", recipe.training.batchSize},
                      {"learning_rate", recipe.training.learningRate}}},
        {"facts", toJson(facts)},
        {"skills", skills},
        {"thresholds", {{"rewrite_success", kRewriteThreshold}, {"paraphrase_success", kParaphraseThreshold},
                        {"neighborhood_success", kNeighborhoodThreshold}, {"skill_accuracy", kSkillThreshold}}},
        {"meets_thresholds", pass},
        {"layer_importance", {{"method", "zero the MLP output at the subject's last token; mean NLL(target_true) increase"},
                              {"records", importance.records}, {"baseline_nll", importance.baselineNll},
                              {"nll_increase", importance.nllIncrease}}},
        {"hparams", {{"rome", "hparams/ROME/demo.json"}, {"memit", "hparams/MEMIT/demo.json"},
                     {"rome_layers", {romeLayer}}, {"memit_layers", memitLayers}}},
        {"samples", samples},
        {"timings_seconds", timings},
    };
    result.report = r;
    result.reportText = demoWorldReportText(r);
    result.meetsThresholds = pass;
    writeFileAtomically((out / "report.txt").string(), result.reportText);
    writeFileAtomically(reportPath.string(), r.dump(2) + "\n");   // last: its presence marks a complete build
    return result;
}

} // namespace editscope
