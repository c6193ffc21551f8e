// edit: one ROME / r-ROME / MEMIT call on chosen CounterFact records, evaluated before and after
// (spec §6.3–6.5), with the method's diagnostics; --save writes the edited model as an HF folder.
#include "cli_model.h"
#include "commands.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/editing/edit_method.h"
#include "core/eval/counterfact_scores.h"
#include "core/eval/ngram_entropy.h"
#include "core/model/generation.h"
#include "core/util/error.h"

#include <ATen/ATen.h>

#include <iomanip>
#include <map>
#include <random>
#include <sstream>

namespace editscope::cli {
namespace {

struct Evaluation {
    std::vector<RecordScores> scores;
    std::vector<RecordMetrics> metrics;
    std::vector<std::vector<std::string>> texts;   // generation samples per record
    std::vector<double> entropy;                   // per record; NaN without generation
};

Evaluation evaluate(const Gpt2Model& model, const Gpt2Tokenizer& tok, const std::vector<CounterFactRecord>& records,
                    bool attribute, int64_t generationPrompts, uint64_t seed)
{
    Evaluation e;
    CounterFactScoreOptions so;
    so.attributePrompts = attribute;
    e.scores = scoreCounterFact(model, tok, records, so);
    for (const auto& s : e.scores)
        e.metrics.push_back(recordMetrics(s));
    for (const auto& r : records) {
        std::vector<std::string> prompts(r.generationPrompts.begin(),
                                         r.generationPrompts.begin()
                                             + std::min<std::ptrdiff_t>(generationPrompts, static_cast<std::ptrdiff_t>(r.generationPrompts.size())));
        if (prompts.empty()) {
            e.texts.emplace_back();
            e.entropy.push_back(std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        GenerationOptions go;
        go.maxOutLen = 100;   // the reference's test_generation: top-5 to 100 tokens in total
        go.topK = 5;
        go.seed = seed;
        e.texts.push_back(generateFast(model, tok, prompts, 1, go));
        e.entropy.push_back(meanGenerationEntropy(e.texts.back()));
    }
    return e;
}

nlohmann::json evaluationJson(const Evaluation& e, size_t i)
{
    auto j = e.metrics[i].toJson();
    j["scores"] = e.scores[i].toJson();
    if (!std::isnan(e.entropy[i])) {
        j["ngram_entropy"] = e.entropy[i];
        j["text"] = e.texts[i];
    }
    return j;
}

std::string fmt(double v, int precision = 1)
{
    if (std::isnan(v))
        return "-";
    std::ostringstream o;
    o << std::fixed << std::setprecision(precision) << v;
    return o.str();
}

} // namespace

int cmdEdit(int argc, char** argv, int first)
{
    auto specs = modelOptions();
    specs.insert(specs.end(), {{"dataset", true, "CounterFact JSON (a list of records)"},
                               {"case", true, "case ids to edit, comma-separated (one call: ROME edits them in turn, MEMIT as one batch)"},
                               {"method", true, "rome|r-rome|memit"},
                               {"hparams", true, "hyperparameter JSON (reference layout)"},
                               {"stats-dir", true, "statistics root (see editscope-cli stats)"},
                               {"templates", true, "context templates JSON instead of sampling them"},
                               {"seed", true, "seed of the template sampler and of generation (default: the hparams' editscope.seed, else random and reported)"},
                               {"save", true, "write the edited model as an HF folder here"},
                               {"generation-prompts", true, "generation prompts per record for the entropy (default 10 = all; 0 = none)"},
                               {"no-attribute", false, "skip the attribute prompts (MEMIT's evaluation does)"}});
    CliArgs args("edit", specs, argc, argv, first);
    const auto method = parseEditMethod(args.required("method"));
    const auto datasetPath = args.required("dataset");
    const auto caseIds = args.requiredIntList("case", "case ids", "case id");
    auto loaded = loadModelFromArgs(args);
    auto& model = *loaded.model;
    const auto& tok = *loaded.tokenizer;
    const auto config = loadEditMethodConfig(method, args.required("hparams"), model.config());

    const auto all = loadCounterFact(datasetPath);
    std::map<int64_t, const CounterFactRecord*> byId;
    for (const auto& r : all)
        byId[r.caseId] = &r;
    std::vector<CounterFactRecord> records;
    std::vector<RewriteRequest> requests;
    for (auto id : caseIds) {
        const auto it = byId.find(id);
        if (it == byId.end())
            throw InputError(datasetPath, "case_id", "no record with case_id " + std::to_string(id) + " (the file has "
                                                         + std::to_string(all.size()) + " records, ids "
                                                         + std::to_string(all.front().caseId) + ".." + std::to_string(all.back().caseId) + ")");
        records.push_back(*it->second);
        requests.push_back(it->second->rewrite);
    }

    const auto statistics = loadLayerStatistics(config, args.required("stats-dir"), statsModelName(loaded.dir), model.config());
    uint64_t seed = 0;
    if (args.has("seed"))
        seed = static_cast<uint64_t>(args.getInt("seed", 0));
    else if (config.seed())
        seed = *config.seed();
    else
        seed = (static_cast<uint64_t>(std::random_device{}()) << 32) | std::random_device{}();
    std::optional<std::string> templatesFile;
    if (args.has("templates"))
        templatesFile = args.get("templates");
    const auto templates = contextTemplatesFor(config, model, tok, templatesFile, seed);

    const bool attribute = !args.flag("no-attribute");
    const int64_t genPrompts = args.getInt("generation-prompts", 10);
    const auto pre = evaluate(model, tok, records, attribute, genPrompts, seed);
    const auto outcome = applyEdit(model, tok, config, templates, statistics, requests);
    const auto post = evaluate(model, tok, records, attribute, genPrompts, seed);
    if (args.has("save")) {
        saveGpt2Folder(args.get("save"), model.config(), model.weights());
        copyTokenizerFiles(loaded.dir, args.get("save"));
    }

    nlohmann::json cases = nlohmann::json::array();
    for (size_t i = 0; i < records.size(); ++i)
        cases.push_back({{"case_id", records[i].caseId}, {"requested_rewrite", records[i].toJson()["requested_rewrite"]},
                         {"pre", evaluationJson(pre, i)}, {"post", evaluationJson(post, i)}});
    auto norms = nlohmann::json::array();
    for (const auto& n : outcome.norms)
        norms.push_back({{"layer", n.layer}, {"weight_norm_before", n.before}, {"weight_norm_after", n.after}, {"update_norm", n.update}});
    const auto preSummary = summarizeMetrics(pre.metrics), postSummary = summarizeMetrics(post.metrics);
    nlohmann::json out = {{"method", editMethodName(method)}, {"hparams", config.hparamsJson()},
                          {"hparams_file", config.hparamsPath}, {"seed", seed},
                          {"context_templates", templates.groups}, {"statistics", statistics.toJson()},
                          {"cases", cases}, {"summary", {{"pre", preSummary.toJson()}, {"post", postSummary.toJson()}}},
                          {"updates", norms}, {"diagnostics", outcome.diagnostics}, {"seconds", outcome.seconds},
                          {"entropy_tokenization", "wordTokenize (core/eval/ngram_entropy.h): NLTK word_tokenize approximated"}};
    if (args.has("save"))
        out["saved"] = args.get("save");

    std::ostringstream text;
    text << editMethodName(method) << " on " << records.size() << " record(s), layers";
    for (auto l : config.layers())
        text << " " << l;
    text << ", seed " << seed << ", " << fmt(outcome.seconds, 2) << " s\n";
    text << "case      ES pre→post    PS pre→post    NS pre→post    GE pre→post\n";
    for (size_t i = 0; i < records.size(); ++i) {
        const auto& a = pre.metrics[i];
        const auto& b = post.metrics[i];
        text << std::left << std::setw(8) << records[i].caseId << std::right << std::setw(6) << fmt(100 * a.es) << " → "
             << std::setw(5) << fmt(100 * b.es) << std::setw(9) << fmt(100 * a.ps) << " → " << std::setw(5) << fmt(100 * b.ps)
             << std::setw(9) << fmt(100 * a.ns) << " → " << std::setw(5) << fmt(100 * b.ns) << std::setw(9)
             << fmt(100 * pre.entropy[i], 0) << " → " << fmt(100 * post.entropy[i], 0) << "\n";
    }
    text << "Score (hmean ES, PS, NS): " << fmt(100 * preSummary.score, 2) << " → " << fmt(100 * postSummary.score, 2) << "\n";
    for (const auto& n : outcome.norms)
        text << "layer " << n.layer << ": ‖W‖ " << fmt(n.before, 3) << " → " << fmt(n.after, 3) << ", ‖ΔW‖ " << fmt(n.update, 4) << "\n";
    if (args.has("save"))
        text << "saved the edited model to " << args.get("save") << "\n";
    emit(args, out, text.str());
    return 0;
}

} // namespace editscope::cli
