// Synthetic run-file content for test_run_store: a RunSpec with every field set, steps whose every
// child table has rows (deterministic from the step number, so another process can rebuild the
// expected value), and NaN-aware comparisons of what comes back.
#pragma once

#include "core/run/run_records.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>

namespace editscope::test {

inline RunSpec makeSpec(const std::string& name, int64_t batchSize = 1)
{
    RunSpec s;
    s.name = name;
    s.modelDir = "/models/gpt2-demo";
    s.modelHash = std::string(64, 'a');
    s.datasetPath = "/data/counterfact.json";
    s.datasetHash = std::string(64, 'b');
    s.method = "rome";
    s.hparamsPath = "/hparams/rome.json";
    s.hparamsText = "{\n  \"layers\": [17],\n  \"v_lr\": 0.5\n}\n";
    s.hparams = {{"layers", {17}}, {"v_lr", 0.5}, {"fact_token", "subject_last"}, {"nested", {{"x", nullptr}}}};
    s.statsDir = "/stats";
    s.templates = {{"{}"}, {"The. {}", "Therefore, {}"}};
    s.order = {5, 3, 9, 1, 7, 2};
    s.orderSource = "seed 7";
    s.batchSize = batchSize;
    s.seed = std::numeric_limits<uint64_t>::max();   // does not fit int64: must survive as unsigned
    s.device = "cpu";
    s.softwareVersion = "0.1.0";
    s.retentionEvery = 2;
    s.downstreamEvery = 5;
    s.generationEvery = 10;
    s.downstreamDir = "/glue";
    s.downstreamPerClass = 100;
    s.generationPrompts = {"The capital of", "Ünïcode prompt ✓"};
    s.pauseOnFlag = true;
    s.detector = {{"update_norm_vs_median", 10.0}};
    return s;
}

// Bytes with every pattern (NaN payloads, −0, denormals) a float array may hold: storage must not care.
inline StoredArray makeArray(const std::string& dtype, int64_t rows, int64_t cols, uint32_t seed)
{
    StoredArray a;
    a.dtype = dtype;
    a.shape = {rows, cols};
    a.data.resize(static_cast<size_t>(rows * cols) * (dtype == "float64" ? 8 : 4));
    uint64_t state = seed;   // splitmix64: cheap, so a writer process spends its time writing, not generating
    for (size_t i = 0; i < a.data.size(); i += 8) {
        uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        std::memcpy(a.data.data() + i, &z, std::min<size_t>(8, a.data.size() - i));
    }
    return a;
}

inline RecordEvalRecord makeEval(int64_t caseId, double base, bool withScores)
{
    RecordEvalRecord e;
    e.caseId = caseId;
    e.es = base;
    e.em = base / 2;
    e.ps = base / 4;
    e.pm = -base / 8;
    e.ns = std::numeric_limits<double>::quiet_NaN();   // a record without neighborhood prompts
    e.nm = 0.1;
    e.rewriteAcc = 1;
    e.paraphraseAcc = 0.5;
    e.neighborhoodAcc = 0;
    if (withScores)
        e.scores = {{"rewrite_prompts_probs", {{{"target_new", 1.25 + base}, {"target_true", 3.5}}}}};
    return e;
}

// Step k of a synthetic run: 1 + k % 3 updates (float32 and float64), two layers' norms in unsorted
// order, pre/post for the step's cases, a flag on every 4th step, retention on even steps, downstream
// and generations on every 3rd step. `factorRows` sets the update size (bigger: slower transactions).
inline StepRecord makeStep(int64_t k, int64_t factorRows = 12)
{
    StepRecord s;
    s.step = k;
    s.caseIds = {100 + k};
    s.requests = nlohmann::json::array({{{"prompt", "{} is located in"}, {"subject", "S" + std::to_string(k)},
                                         {"target_new", {{"str", "Paris"}}}}});
    for (int64_t u = 0; u < 1 + k % 3; ++u) {
        const std::string dtype = u % 2 ? "float64" : "float32";
        s.updates.push_back({17 + u, makeArray(dtype, factorRows * 4, 1 + u, static_cast<uint32_t>(k * 10 + u)),
                             makeArray(dtype, factorRows, 1 + u, static_cast<uint32_t>(k * 10 + u + 5))});
    }
    s.norms = {{18, 10.0 + k, 0.5 * k, 0.25, 1e-6 * k}, {17, 20.0 + k, 0.75 * k, 0.5, 2e-6 * k}};
    s.diagnostics = {{"v_loss", {4.0, 2.0, 0.5}}, {"key_norm", 3.25}};
    s.timings = {{"edit", 0.5}, {"eval", 0.25}};
    s.pre = {makeEval(100 + k, 0, true)};
    s.post = {makeEval(100 + k, 1, k % 2 == 0)};
    if (k % 4 == 0)
        s.flags = {{"update_norm_vs_median", 12.5 + k, 10, "‖ΔW‖ is 12.5× the median"}};
    s.nonFinite = k % 5 == 0;
    if (k % 2 == 0)
        for (int64_t j = 1; j < k; ++j)
            s.retention.push_back(makeEval(100 + j, j % 3 ? 1.0 : 0.0, false));
    if (k % 3 == 0) {
        s.downstream = {{"sst2", 200, 3, 0.75, 0.7, 0.5, {{{"expected", "positive"}, {"answer", " pos"}}}},
                        {"rte", 100, 0, 0.5, 0.25, 0.0, nullptr}};
        s.generations = {{"The capital of", "The capital of France is Paris.", 5.5},
                         {"Ünïcode", "text ✓", 4.25}};
    }
    return s;
}

inline bool sameReal(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

inline std::string describeEval(const RecordEvalRecord& e)
{
    std::ostringstream out;
    out << "case " << e.caseId << " es " << e.es << " em " << e.em << " ps " << e.ps << " pm " << e.pm << " ns " << e.ns
        << " nm " << e.nm << " acc " << e.rewriteAcc << "/" << e.paraphraseAcc << "/" << e.neighborhoodAcc << " scores "
        << e.scores.dump();
    return out.str();
}

inline bool sameEval(const RecordEvalRecord& a, const RecordEvalRecord& b)
{
    return a.caseId == b.caseId && sameReal(a.es, b.es) && sameReal(a.em, b.em) && sameReal(a.ps, b.ps)
        && sameReal(a.pm, b.pm) && sameReal(a.ns, b.ns) && sameReal(a.nm, b.nm) && sameReal(a.rewriteAcc, b.rewriteAcc)
        && sameReal(a.paraphraseAcc, b.paraphraseAcc) && sameReal(a.neighborhoodAcc, b.neighborhoodAcc)
        && a.scores == b.scores;
}

// Empty when equal, else the first difference.
inline std::string stepDifference(const StepRecord& a, const StepRecord& b)
{
    auto evals = [](const char* what, const std::vector<RecordEvalRecord>& x,
                    const std::vector<RecordEvalRecord>& y) -> std::string {
        if (x.size() != y.size())
            return std::string(what) + " count " + std::to_string(x.size()) + " vs " + std::to_string(y.size());
        for (size_t i = 0; i < x.size(); ++i)
            if (!sameEval(x[i], y[i]))
                return std::string(what) + " " + std::to_string(i) + ": " + describeEval(x[i]) + " vs " + describeEval(y[i]);
        return {};
    };
    if (a.step != b.step)
        return "step number";
    if (a.caseIds != b.caseIds)
        return "case ids";
    if (a.requests != b.requests || a.diagnostics != b.diagnostics || a.timings != b.timings)
        return "requests/diagnostics/timings JSON";
    if (a.updates != b.updates)
        return "updates (" + std::to_string(a.updates.size()) + " vs " + std::to_string(b.updates.size()) + ")";
    if (a.norms.size() != b.norms.size())
        return "norm count";
    for (size_t i = 0; i < a.norms.size(); ++i)
        if (a.norms[i].layer != b.norms[i].layer || !sameReal(a.norms[i].weightNorm, b.norms[i].weightNorm)
            || !sameReal(a.norms[i].driftNorm, b.norms[i].driftNorm) || !sameReal(a.norms[i].updateNorm, b.norms[i].updateNorm)
            || !sameReal(a.norms[i].driftPerNumel, b.norms[i].driftPerNumel))
            return "norm " + std::to_string(i);
    for (auto d : {evals("pre", a.pre, b.pre), evals("post", a.post, b.post), evals("retention", a.retention, b.retention)})
        if (!d.empty())
            return d;
    if (a.flags.size() != b.flags.size())
        return "flag count";
    for (size_t i = 0; i < a.flags.size(); ++i)
        if (a.flags[i].criterion != b.flags[i].criterion || !sameReal(a.flags[i].value, b.flags[i].value)
            || !sameReal(a.flags[i].threshold, b.flags[i].threshold) || a.flags[i].message != b.flags[i].message)
            return "flag " + std::to_string(i);
    if (a.nonFinite != b.nonFinite)
        return "nonFinite";
    if (a.downstream.size() != b.downstream.size())
        return "downstream count";
    for (size_t i = 0; i < a.downstream.size(); ++i) {
        const auto &x = a.downstream[i], &y = b.downstream[i];
        if (x.task != y.task || x.examples != y.examples || x.invalid != y.invalid || !sameReal(x.accuracy, y.accuracy)
            || !sameReal(x.f1, y.f1) || !sameReal(x.mcc, y.mcc) || x.answers != y.answers)
            return "downstream " + std::to_string(i);
    }
    if (a.generations.size() != b.generations.size())
        return "generation count";
    for (size_t i = 0; i < a.generations.size(); ++i)
        if (a.generations[i].prompt != b.generations[i].prompt || a.generations[i].text != b.generations[i].text
            || !sameReal(a.generations[i].entropy, b.generations[i].entropy))
            return "generation " + std::to_string(i);
    return {};
}

} // namespace editscope::test
