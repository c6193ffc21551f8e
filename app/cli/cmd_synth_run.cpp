// synth-run: a synthetic run file of any length, for the dashboard benchmark and for trying the app
// without computing: the schema and the value ranges of a real ROME run on a d = 192 model, invented
// numbers. Every run it writes is named "synthetic ..." and its spec says so (model_dir "synthetic"), so
// it is never mistaken for a measurement. Deterministic from --seed.
//
// Shape: scores drift down slowly (gradual forgetting), ‖W − W₀‖ grows like √k, and at --disabling-at
// one edit has a 40× update norm after which the scores collapse (a disabling edit, flagged as the
// detector would).
#include "cli_args.h"
#include "cli_model.h"
#include "commands.h"

#include "core/util/error.h"
#include "storage/run_store.h"

#include <cmath>
#include <cstring>
#include <iostream>
#include <random>

namespace editscope::cli {
namespace {

StoredArray randomArray(std::mt19937_64& rng, int64_t rows, int64_t cols, double scale)
{
    StoredArray a;
    a.dtype = "float32";
    a.shape = {rows, cols};
    a.data.resize(static_cast<size_t>(rows * cols) * 4);
    std::normal_distribution<float> n(0.0f, static_cast<float>(scale));
    for (int64_t i = 0; i < rows * cols; ++i) {
        const float v = n(rng);
        std::memcpy(a.data.data() + i * 4, &v, 4);
    }
    return a;
}

RecordEvalRecord record(std::mt19937_64& rng, int64_t caseId, double quality)
{
    std::uniform_real_distribution<double> u(0, 1);
    auto success = [&](double p, int prompts) {
        int ok = 0;
        for (int i = 0; i < prompts; ++i)
            ok += u(rng) < p;
        return static_cast<double>(ok) / prompts;
    };
    RecordEvalRecord r;
    r.caseId = caseId;
    r.es = success(quality, 1);
    r.ps = success(quality * 0.8, 2);
    r.ns = success(0.3 + 0.6 * quality, 10);
    r.em = (2 * quality - 1) * 0.6;
    r.pm = r.em * 0.7;
    r.nm = (quality - 0.5) * 0.2;
    r.rewriteAcc = r.es * (u(rng) < 0.8 ? 1 : 0);
    r.paraphraseAcc = r.ps * 0.7;
    r.neighborhoodAcc = r.ns * 0.8;
    return r;
}

} // namespace

int cmdSynthRun(int argc, char** argv, int first)
{
    CliArgs args("synth-run", {{"db", true, "run file to write (created)"},
                               {"steps", true, "steps (default 10000)"},
                               {"disabling-at", true, "the step of the disabling edit (default 60% of the steps; 0: none)"},
                               {"retention-every", true, "retention evaluations every K steps (default 100)"},
                               {"seed", true, "random seed (default 1)"},
                               {"json", false, "print JSON"}},
                 argc, argv, first);
    const int64_t steps = args.getInt("steps", 10000);
    const int64_t disablingAt = args.getInt("disabling-at", steps * 6 / 10);
    const int64_t retentionEvery = args.getInt("retention-every", 100);
    if (steps < 1)
        throw InputError("", "--steps", "must be at least 1");
    std::mt19937_64 rng(static_cast<uint64_t>(args.getInt("seed", 1)));

    RunSpec spec;
    spec.name = "synthetic " + std::to_string(steps) + " steps";
    spec.modelDir = "synthetic";
    spec.modelHash = std::string(64, '0');
    spec.datasetPath = "synthetic";
    spec.datasetHash = std::string(64, '0');
    spec.method = "rome";
    spec.hparamsPath = "synthetic";
    spec.hparams = {{"layers", {1}}};
    spec.templates = {{"{}"}};
    for (int64_t i = 0; i < steps; ++i)
        spec.order.push_back(i);
    spec.orderSource = "synthetic";
    spec.device = "none";
    spec.softwareVersion = EDITSCOPE_VERSION;
    spec.retentionEvery = retentionEvery;
    spec.downstreamEvery = 5;
    spec.generationEvery = 50;
    spec.downstreamPerClass = 100;
    RunStore store(args.required("db"));
    const int64_t run = store.createRun(spec);
    store.appendBaseline(run, {{"sentiment", 200, 0, 0.92, 0.92, 0.84, nullptr}, {"entailment", 200, 2, 0.81, 0.8, 0.62, nullptr}},
                         {{"The capital of", "synthetic text", 6.1}});

    std::uniform_real_distribution<double> u(0, 1);
    std::normal_distribution<double> noise(0, 1);
    double drift2 = 0;
    std::vector<int64_t> edited;
    for (int64_t k = 1; k <= steps; ++k) {
        const bool disabling = k == disablingAt;
        const bool broken = disablingAt > 0 && k >= disablingAt;
        const double quality = broken ? 0.1 : 0.95 - 0.25 * static_cast<double>(k) / static_cast<double>(steps);
        StepRecord s;
        s.step = k;
        s.caseIds = {k - 1};
        s.requests = nlohmann::json::array({{{"prompt", "{} is located in"}, {"subject", "Subject " + std::to_string(k - 1)},
                                             {"target_true", {{"str", "Paris"}}}, {"target_new", {{"str", "Rome"}}}}});
        const double update = (disabling ? 40.0 : 1.0) * (10 + noise(rng));
        s.updates = {{1, randomArray(rng, 768, 1, 1.0), randomArray(rng, 192, 1, update / std::sqrt(768.0 * 192.0))}};
        drift2 += update * update * 0.9;
        const double drift = std::sqrt(drift2);
        s.norms = {{1, std::sqrt(25.8 * 25.8 + drift2), drift, update, drift / (768.0 * 192.0)}};
        std::vector<double> loss;
        for (int i = 0; i < 20; ++i)
            loss.push_back(8.0 * std::exp(-0.3 * i) + 0.05 + 0.01 * u(rng));
        s.diagnostics = nlohmann::json::array({{{"update_norm", update}, {"denominator", 4 + u(rng)},
                                                {"v_star", {{"loss", loss}, {"delta_norm", 60 + 10 * u(rng)}}}}});
        s.timings = {{"edit", 0.9}, {"eval", 0.3}, {"total", 1.2}};
        s.pre = {record(rng, k - 1, 0.02)};
        s.post = {record(rng, k - 1, quality)};
        if (disabling)
            s.flags = {{"update_norm_vs_median", update, 100, "synthetic disabling edit"}};
        edited.push_back(k - 1);
        if (retentionEvery > 0 && k % retentionEvery == 0)
            for (auto c : edited)
                s.retention.push_back(record(rng, c, broken ? 0.05 : quality * (0.6 + 0.4 * u(rng))));
        if (k % 5 == 0)
            s.downstream = {{"sentiment", 200, broken ? 150 : 0, broken ? 0.2 : 0.92 - 0.1 * k / steps, 0.9, 0.8, nullptr},
                            {"entailment", 200, broken ? 180 : 2, broken ? 0.1 : 0.8 - 0.2 * k / steps, 0.78, 0.6, nullptr}};
        if (k % 50 == 0)
            s.generations = {{"The capital of", "synthetic text", broken ? 1.2 : 6.0 - 0.5 * k / steps}};
        store.appendStep(run, s);
    }
    store.setStatus(run, RunStatus::Finished, "synthetic");
    nlohmann::json out = {{"db", store.path()}, {"run", run}, {"steps", steps}, {"disabling_at", disablingAt}};
    emit(args, out, "synthetic run " + std::to_string(run) + " with " + std::to_string(steps) + " steps in " + store.path() + "\n");
    return 0;
}

} // namespace editscope::cli
