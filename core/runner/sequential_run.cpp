#include "core/runner/sequential_run.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/checkpoint/sha256.h"
#include "core/dataset/counterfact.h"
#include "core/editing/edit_method.h"
#include "core/eval/counterfact_scores.h"
#include "core/eval/downstream.h"
#include "core/eval/ngram_entropy.h"
#include "core/formats/file_io.h"
#include "core/model/generation.h"
#include "core/run/edit_order.h"
#include "core/runner/stored_tensor.h"
#include "core/tensor/device.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/stopwatch.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <map>

namespace editscope {
namespace {


std::string fileSha256(const std::string& path)
{
    Sha256 h;
    const auto bytes = readWholeFile(path, "dataset");
    h.update(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    return "sha256:" + h.hexDigest();
}

ContextTemplates templatesFromJson(const nlohmann::json& j)
{
    ContextTemplates t;
    for (const auto& g : j)
        t.groups.push_back(g.get<std::vector<std::string>>());
    return t;
}

RecordEvalRecord toRecordEval(const RecordScores& scores, bool keepScores)
{
    const auto m = recordMetrics(scores);
    RecordEvalRecord r;
    r.caseId = scores.caseId;
    r.es = m.es;
    r.em = m.em;
    r.ps = m.ps;
    r.pm = m.pm;
    r.ns = m.ns;
    r.nm = m.nm;
    r.rewriteAcc = m.rewriteAcc;
    r.paraphraseAcc = m.paraphraseAcc;
    r.neighborhoodAcc = m.neighborhoodAcc;
    r.scores = keepScores ? scores.toJson() : nlohmann::json(nullptr);
    return r;
}

DownstreamRecord toDownstreamRecord(const DownstreamScore& s)
{
    return {s.task, s.examples, s.invalid, s.accuracy, s.f1, s.mcc, s.toJson()};
}

// A seed per (run seed, step, purpose), so a resumed run samples what an uninterrupted one would.
uint64_t stepSeed(uint64_t seed, int64_t step, uint64_t purpose)
{
    uint64_t x = seed ^ (0x9E3779B97F4A7C15ULL * static_cast<uint64_t>(step + 1)) ^ (purpose << 56);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    return x ^ (x >> 29);
}

bool allFinite(const at::Tensor& t) { return at::isfinite(t).all().item<bool>(); }

} // namespace

RunSpec prepareRunSpec(const NewRunOptions& o)
{
    if (o.batchSize < 1)
        throw InputError("", "batch", "must be at least 1");
    const auto method = parseEditMethod(o.method);
    if (method != EditMethod::Memit && o.batchSize != 1)
        throw InputError("", "batch", "ROME edits one request per step; batches need MEMIT");
    Gpt2LoadOptions lo;
    lo.device = parseDevice(o.device);
    auto checkpoint = loadGpt2Folder(o.modelDir, lo);
    const auto tok = Gpt2Tokenizer::loadFromDir(o.modelDir);
    const Gpt2Model model(checkpoint.config, std::move(checkpoint.weights));
    const auto config = loadEditMethodConfig(method, o.hparamsPath, model.config());
    loadLayerStatistics(config, o.statsDir, statsModelName(o.modelDir), model.config());   // present and valid
    const auto records = loadCounterFact(o.datasetPath);
    if (records.empty())
        throw InputError(o.datasetPath, "records", "the dataset is empty");
    std::vector<int64_t> caseIds;
    for (const auto& r : records)
        caseIds.push_back(r.caseId);

    RunSpec s;
    s.name = o.name;
    s.modelDir = o.modelDir;
    s.modelHash = hashGpt2Folder(o.modelDir);
    s.datasetPath = o.datasetPath;
    s.datasetHash = fileSha256(o.datasetPath);
    s.method = editMethodName(method);
    s.hparamsPath = o.hparamsPath;
    s.hparamsText = config.hparamsText();
    s.hparams = config.hparamsJson();
    s.statsDir = o.statsDir;
    if (o.orderFile.empty()) {
        s.order = seededEditOrder(caseIds, o.seed, o.edits);
        s.orderSource = "seed " + std::to_string(o.seed);
    } else {
        s.order = editOrderFromFile(o.orderFile, o.orderSample, caseIds, o.edits);
        s.orderSource = "file " + o.orderFile + (o.orderSample.empty() ? "" : ", sample " + o.orderSample);
    }
    const auto templates = contextTemplatesFor(config, model, tok,
                                               o.templatesFile.empty() ? std::nullopt : std::optional<std::string>(o.templatesFile), o.seed);
    s.templates = templates.groups;
    s.batchSize = o.batchSize;
    s.seed = o.seed;
    s.device = deviceName(model.device());
    s.softwareVersion = EDITSCOPE_VERSION;
    s.retentionEvery = o.retentionEvery;
    s.downstreamEvery = o.downstreamEvery;
    s.generationEvery = o.generationEvery;
    s.downstreamDir = o.downstreamDir;
    s.downstreamPerClass = o.downstreamPerClass;
    if (!o.downstreamDir.empty())
        loadDownstreamTasks(o.downstreamDir, o.downstreamPerClass);   // validates the folder
    for (const auto& r : records) {
        if (static_cast<int64_t>(s.generationPrompts.size()) >= o.generationPromptCount)
            break;
        if (!r.generationPrompts.empty())
            s.generationPrompts.push_back(r.generationPrompts.front());
    }
    s.pauseOnFlag = o.pauseOnFlag;
    s.detector = o.detector.toJson();
    return s;
}

RunSpec prepareBranchSpec(const RunSpec& parent, int64_t parentRun, int64_t parentOffset, int64_t parentLocalLast,
                          const BranchOptions& o)
{
    if (o.atStep < parentOffset || o.atStep > parentOffset + parentLocalLast)
        throw InputError("", "--at", "the parent run has steps " + std::to_string(parentOffset) + ".."
                                         + std::to_string(parentOffset + parentLocalLast));
    if (o.skip < 0)
        throw InputError("", "--skip", "must not be negative");
    RunSpec s = parent;
    s.name = o.name.empty() ? parent.name + " (branch at step " + std::to_string(o.atStep) + ")" : o.name;
    s.parentRun = parentRun;
    s.parentStep = o.atStep - parentOffset;   // local to the parent, as the run file stores it
    // The parent's own batches: drop those applied through the branch point and the skipped ones.
    const auto done = static_cast<size_t>((s.parentStep + o.skip) * parent.batchSize);
    if (done >= parent.order.size())
        throw InputError("", "--at", "nothing of the parent's order is left after step " + std::to_string(o.atStep)
                                         + (o.skip ? " and the skipped edits" : ""));
    s.order.assign(parent.order.begin() + static_cast<std::ptrdiff_t>(done), parent.order.end());
    s.orderSource = parent.orderSource + ", branch of run " + std::to_string(parentRun) + " at step " + std::to_string(o.atStep)
        + (o.skip ? ", skipping " + std::to_string(o.skip) + " step(s)" : "");
    if (!o.method.empty() || !o.hparamsPath.empty()) {
        const auto method = parseEditMethod(o.method.empty() ? parent.method : o.method);
        const auto hparamsPath = o.hparamsPath.empty() ? parent.hparamsPath : o.hparamsPath;
        if (method != EditMethod::Memit && s.batchSize != 1)
            throw InputError("", "--method", "the parent edits batches of " + std::to_string(s.batchSize) + "; ROME edits one request per step");
        auto checkpoint = loadGpt2Folder(parent.modelDir);
        const auto tok = Gpt2Tokenizer::loadFromDir(parent.modelDir);
        const Gpt2Model model(checkpoint.config, std::move(checkpoint.weights));
        const auto config = loadEditMethodConfig(method, hparamsPath, model.config());
        loadLayerStatistics(config, parent.statsDir, statsModelName(parent.modelDir), model.config());
        const bool sameFamily = (method == EditMethod::Memit) == (parseEditMethod(parent.method) == EditMethod::Memit);
        if (!sameFamily)
            s.templates = contextTemplatesFor(config, model, tok, std::nullopt, parent.seed).groups;
        s.method = editMethodName(method);
        s.hparamsPath = hparamsPath;
        s.hparamsText = config.hparamsText();
        s.hparams = config.hparamsJson();
    }
    return s;
}

struct SequentialRun::State {
    RunSpec spec;
    std::unique_ptr<Gpt2Model> model;
    std::unique_ptr<Gpt2Tokenizer> tok;
    EditMethodConfig config;
    LayerStatistics stats;
    ContextTemplates templates;
    std::map<int64_t, CounterFactRecord> records;
    std::vector<DownstreamTask> tasks;
    std::map<int64_t, at::Tensor> base;   // W₀ of each edited layer's c_proj
    DisablingDetector detector;
    int64_t last = 0;
    int64_t totalSteps = 0;
    int64_t offset = 0;          // the global number of this run's step 0 (branches)
    double lastMaxDrift = 0;

    std::vector<CounterFactRecord> recordsOf(const std::vector<int64_t>& ids) const
    {
        std::vector<CounterFactRecord> out;
        for (auto id : ids)
            out.push_back(records.at(id));
        return out;
    }

    std::vector<RecordEvalRecord> evaluate(const std::vector<CounterFactRecord>& rs, bool keepScores, bool attribute,
                                           const std::function<bool()>& cancelled) const
    {
        CounterFactScoreOptions so;
        so.attributePrompts = attribute;
        so.cancelled = cancelled;
        std::vector<RecordEvalRecord> out;
        for (const auto& s : scoreCounterFact(*model, *tok, rs, so))
            out.push_back(toRecordEval(s, keepScores));
        return out;
    }

    std::vector<GenerationRecord> generate(int64_t step, const std::function<bool()>& cancelled) const
    {
        if (spec.generationPrompts.empty())
            return {};
        GenerationOptions go;
        go.maxOutLen = std::min<int64_t>(100, model->config().nPositions);
        go.topK = 5;
        go.seed = stepSeed(spec.seed, step, 1);
        go.cancelled = cancelled;
        const auto texts = generateFast(*model, *tok, spec.generationPrompts, 1, go);
        std::vector<GenerationRecord> out;
        for (size_t i = 0; i < texts.size(); ++i)
            out.push_back({spec.generationPrompts[i], texts[i], generationEntropy(texts[i])});
        return out;
    }

    std::vector<DownstreamRecord> downstream(const std::function<bool()>& cancelled) const
    {
        std::vector<DownstreamRecord> out;
        for (const auto& t : tasks)
            out.push_back(toDownstreamRecord(evaluateDownstream(*model, *tok, t, 3, 32, cancelled)));
        return out;
    }

    double maxDrift() const
    {
        double m = 0;
        for (const auto& [layer, w0] : base)
            m = std::max(m, (model->weights().blocks[static_cast<size_t>(layer)].mlpCProjWeight - w0).to(at::kDouble).norm().item<double>());
        return m;
    }
};

namespace {

std::optional<double> meanEntropy(const std::vector<GenerationRecord>& g)
{
    if (g.empty())
        return std::nullopt;
    double s = 0;
    for (const auto& r : g)
        s += r.entropy;
    return s / static_cast<double>(g.size());
}

std::map<std::string, double> accuracies(const std::vector<DownstreamRecord>& d)
{
    std::map<std::string, double> m;
    for (const auto& r : d)
        m[r.task] = r.accuracy;
    return m;
}

StepObservation observationOf(const StepRecord& s, double maxDriftBefore)
{
    StepObservation o;
    double maxDrift = 0;
    for (const auto& n : s.norms) {
        o.updateNorm += n.updateNorm;
        maxDrift = std::max(maxDrift, n.driftNorm);
    }
    o.maxDriftBefore = maxDriftBefore;
    o.maxDriftAfter = maxDrift;
    o.generationEntropy = meanEntropy(s.generations);
    o.downstreamAccuracy = accuracies(s.downstream);
    o.nonFinite = s.nonFinite;
    return o;
}

} // namespace

SequentialRun::SequentialRun(RunJournal& journal) : state_(std::make_unique<State>()), journal_(journal)
{
    auto& st = *state_;
    st.spec = journal.spec();
    const auto& spec = st.spec;
    Gpt2LoadOptions lo;
    lo.device = parseDevice(spec.device);
    auto checkpoint = loadGpt2Folder(spec.modelDir, lo);
    const auto hash = hashGpt2Folder(spec.modelDir);
    if (hash != spec.modelHash)
        throw InputError(spec.modelDir, "model hash", "the folder's weights changed since the run began (run: " + spec.modelHash
                                                          + ", folder now: " + hash + ")");
    st.tok = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(spec.modelDir));
    st.model = std::make_unique<Gpt2Model>(checkpoint.config, std::move(checkpoint.weights));
    st.config = editMethodConfigFromJson(parseEditMethod(spec.method), spec.hparams, spec.hparamsPath + " (as stored in the run)",
                                         st.model->config());
    st.stats = loadLayerStatistics(st.config, spec.statsDir, statsModelName(spec.modelDir), st.model->config());
    st.templates = templatesFromJson(spec.templates);
    const auto datasetHash = fileSha256(spec.datasetPath);
    if (datasetHash != spec.datasetHash)
        throw InputError(spec.datasetPath, "dataset hash", "the file changed since the run began");
    for (auto& r : loadCounterFact(spec.datasetPath))
        st.records.emplace(r.caseId, std::move(r));
    for (auto id : spec.order)
        if (!st.records.count(id))
            throw InputError(spec.datasetPath, "case_id", "the run's order names case " + std::to_string(id) + ", missing from the file");
    if (!spec.downstreamDir.empty())
        st.tasks = loadDownstreamTasks(spec.downstreamDir, spec.downstreamPerClass);
    st.offset = journal.stepOffset();
    st.totalSteps = (static_cast<int64_t>(spec.order.size()) + spec.batchSize - 1) / spec.batchSize + st.offset;
    at::NoGradGuard noGrad;
    for (auto l : st.config.layers())
        st.base[l] = st.model->weights().blocks[static_cast<size_t>(l)].mlpCProjWeight.clone();
    st.detector = DisablingDetector(DetectorSettings::fromJson(spec.detector));

    // Bring the model to the last stored step and replay the detector over the stored history.
    st.last = journal.lastStep();
    applyStoredUpdates(*st.model, journal.updatesThrough(st.last));
    const auto baseline = journal.baseline();
    if (baseline.stored)
        st.detector.setBaseline(meanEntropy(baseline.generations), accuracies(baseline.downstream));
    double drift = 0;
    for (int64_t k = st.offset + 1; k <= st.last; ++k) {
        const auto s = journal.step(k);
        st.detector.observe(observationOf(s, drift));
        drift = observationOf(s, drift).maxDriftAfter;
    }
    st.lastMaxDrift = st.last > st.offset ? drift : st.maxDrift();
}

SequentialRun::~SequentialRun() = default;

int64_t SequentialRun::lastStep() const { return state_->last; }
int64_t SequentialRun::totalSteps() const { return state_->totalSteps; }

RunStatus SequentialRun::run(const RunControl& control, int64_t maxSteps)
{
    auto& st = *state_;
    const auto& spec = st.spec;
    at::NoGradGuard noGrad;
    const auto started = SteadyClock::now();
    int64_t done = 0;
    auto report = [&](int64_t step, const std::string& phase) {
        if (!control.progress)
            return;
        RunProgress p;
        p.step = step;
        p.totalSteps = st.totalSteps;
        p.phase = phase;
        p.elapsedSeconds = secondsSince(started);
        if (done > 0)
            p.etaSeconds = p.elapsedSeconds / static_cast<double>(done) * static_cast<double>(st.totalSteps - st.last);
        control.progress(p);
    };
    std::map<int64_t, at::Tensor> snapshot;   // the edited layers before the step in flight
    auto restore = [&] {
        for (auto& [l, w] : snapshot)
            st.model->weights().blocks[static_cast<size_t>(l)].mlpCProjWeight.copy_(w);
    };
    try {
        journal_.setStatus(RunStatus::Running, "");
        if (st.last == 0 && !spec.parentRun && !journal_.baseline().stored) {
            report(0, "baseline");
            RunBaseline b;
            b.stored = true;
            b.downstream = st.downstream(control.cancelled);
            b.generations = st.generate(0, control.cancelled);
            journal_.appendBaseline(b);
            st.detector.setBaseline(meanEntropy(b.generations), accuracies(b.downstream));
        }
        while (st.last < st.totalSteps) {
            if (maxSteps > 0 && done >= maxSteps) {
                journal_.setStatus(RunStatus::Paused, "paused after " + std::to_string(done) + " step(s)");
                return RunStatus::Paused;
            }
            const int64_t k = st.last + 1;
            const int64_t local = k - st.offset;   // 1-based index into this run's own batches
            StepRecord rec;
            rec.step = k;
            const auto first = static_cast<size_t>((local - 1) * spec.batchSize);
            const auto end = std::min(spec.order.size(), first + static_cast<size_t>(spec.batchSize));
            rec.caseIds.assign(spec.order.begin() + static_cast<std::ptrdiff_t>(first), spec.order.begin() + static_cast<std::ptrdiff_t>(end));
            const auto records = st.recordsOf(rec.caseIds);
            std::vector<RewriteRequest> requests;
            rec.requests = nlohmann::json::array();
            for (const auto& r : records) {
                requests.push_back(r.rewrite);
                rec.requests.push_back(r.toJson()["requested_rewrite"]);
            }
            snapshot.clear();
            for (const auto& [l, w0] : st.base)
                snapshot[l] = st.model->weights().blocks[static_cast<size_t>(l)].mlpCProjWeight.clone();

            auto t = SteadyClock::now();
            report(k, "pre-eval");
            rec.pre = st.evaluate(records, true, true, control.cancelled);
            rec.timings["pre_eval"] = secondsSince(t);

            t = SteadyClock::now();
            report(k, "edit");
            const auto outcome = applyEdit(*st.model, *st.tok, st.config, st.templates, st.stats, requests, control.cancelled);
            rec.timings["edit"] = secondsSince(t);
            rec.diagnostics = outcome.diagnostics;
            for (const auto& u : outcome.updates) {
                rec.updates.push_back(toStoredUpdate(u));
                rec.nonFinite = rec.nonFinite || !allFinite(u.left) || !allFinite(u.right);
            }
            for (const auto& [l, w0] : st.base) {
                const auto& w = st.model->weights().blocks[static_cast<size_t>(l)].mlpCProjWeight;
                rec.nonFinite = rec.nonFinite || !allFinite(w);
                LayerNormRecord n;
                n.layer = l;
                n.weightNorm = w.to(at::kDouble).norm().item<double>();
                n.driftNorm = (w - w0).to(at::kDouble).norm().item<double>();
                n.updateNorm = (w - snapshot.at(l)).to(at::kDouble).norm().item<double>();
                n.driftPerNumel = n.driftNorm / static_cast<double>(w.numel());
                rec.norms.push_back(n);
            }

            t = SteadyClock::now();
            report(k, "post-eval");
            rec.post = st.evaluate(records, true, true, control.cancelled);
            rec.timings["post_eval"] = secondsSince(t);

            if (spec.retentionEvery > 0 && local % spec.retentionEvery == 0) {
                t = SteadyClock::now();
                report(k, "retention");
                const std::vector<int64_t> edited(spec.order.begin(), spec.order.begin() + static_cast<std::ptrdiff_t>(end));
                rec.retention = st.evaluate(st.recordsOf(edited), false, false, control.cancelled);
                rec.timings["retention"] = secondsSince(t);
            }
            if (spec.downstreamEvery > 0 && local % spec.downstreamEvery == 0 && !st.tasks.empty()) {
                t = SteadyClock::now();
                report(k, "downstream");
                rec.downstream = st.downstream(control.cancelled);
                rec.timings["downstream"] = secondsSince(t);
            }
            if (spec.generationEvery > 0 && local % spec.generationEvery == 0) {
                t = SteadyClock::now();
                report(k, "generation");
                rec.generations = st.generate(k, control.cancelled);
                rec.timings["generation"] = secondsSince(t);
            }
            const auto observation = observationOf(rec, st.lastMaxDrift);
            rec.flags = st.detector.observe(observation);
            rec.timings["total"] = [&] {
                double s = 0;
                for (const auto& [key, v] : rec.timings.items())
                    s += v.get<double>();
                return s;
            }();
            journal_.appendStep(rec);
            st.last = k;
            st.lastMaxDrift = observation.maxDriftAfter;
            ++done;
            snapshot.clear();
            report(k, "stored");
            if (control.stepStored)
                control.stepStored(rec);
            if (spec.pauseOnFlag && !rec.flags.empty()) {
                journal_.setStatus(RunStatus::Paused, "flag at step " + std::to_string(k) + ": " + rec.flags.front().message);
                return RunStatus::Paused;
            }
            if (st.last < st.totalSteps && control.pauseRequested && control.pauseRequested()) {
                journal_.setStatus(RunStatus::Paused, "paused after step " + std::to_string(k));
                return RunStatus::Paused;
            }
        }
        journal_.setStatus(RunStatus::Finished, "");
        return RunStatus::Finished;
    } catch (const Cancelled&) {
        restore();
        journal_.setStatus(RunStatus::Cancelled, "stopped after step " + std::to_string(st.last));
        return RunStatus::Cancelled;
    } catch (const std::exception& e) {
        restore();
        try {
            journal_.setStatus(RunStatus::Failed, e.what());
        } catch (...) {
        }
        throw;
    }
}

} // namespace editscope
