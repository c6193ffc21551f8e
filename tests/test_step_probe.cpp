// core/probe on a real 4-step ROME run of the test world (made with the CLI, as test_cli_run does):
//  - the model StepModelCache rebuilds at a step equals `editscope-cli checkpoint` of that step bit for bit
//    and probes to the same continuations and NLLs, which equal what the live run stored;
//  - a rebuild from a cached earlier step equals a rebuild from the base bit for bit, shares untouched
//    tensors, leaves the earlier model alone; LRU eviction and hits;
//  - the logit lens at the last layer is the model's own output distribution, at layer 0 the
//    embeddings read out by hand;
//  - the top-10 are softmax(forward logits) sorted; NLLs equal target_scoring's and a hand log-softmax;
//    greedy equals a cache-free argmax loop;
//  - bad inputs: InputError naming the field; CLI exit code 2 naming the option; probe/lens CLI output.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/dataset/counterfact.h"
#include "core/eval/target_scoring.h"
#include "core/model/generation.h"
#include "core/model/gpt2_model.h"
#include "core/probe/logit_lens.h"
#include "core/probe/prompt_probe.h"
#include "core/probe/step_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "storage/run_store.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>

using namespace editscope;
using editscope::testing::runCli;
using editscope::testing::testWorldDir;

namespace {

QString world(const QString& rel) { return QString::fromStdString(testWorldDir()) + "/" + rel; }

bool sameWeights(const Gpt2Model& a, const Gpt2Model& b)
{
    const auto x = a.weights().namedTensors(), y = b.weights().namedTensors();
    if (x.size() != y.size())
        return false;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i].first != y[i].first || !at::equal(*x[i].second, *y[i].second))
            return false;
    return true;
}

// Fields of one CSV line (RFC 4180 quoting; no embedded newlines in our files).
QStringList csvFields(const QString& line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            field += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    return out << field;
}

template <class F>
QString inputErrorField(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return QString::fromStdString(e.field());
    }
    return "(no InputError)";
}

// softmax of the model's own forward logits [T, V], float64.
at::Tensor forwardProbs(const ProbeModel& m, const std::vector<int32_t>& ids)
{
    at::NoGradGuard g;
    const auto logits = m.model->forward(TokenBatch::fromSequences({ids}, 0, m.model->device())).logits[0];
    return at::softmax(logits.to(at::kDouble), -1);
}

at::Tensor forwardLogits(const ProbeModel& m, const std::vector<int32_t>& ids)
{
    at::NoGradGuard g;
    return m.model->forward(TokenBatch::fromSequences({ids}, 0, m.model->device())).logits[0].to(at::kFloat);
}

} // namespace

class TestStepProbe : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString db_;
    RunSpec spec_;
    std::vector<std::vector<StoredUpdate>> updates_;   // [k] = updatesThrough(1, k), k = 0..4
    std::string prompt_, targetTrue_, targetNew_;       // step 3's request
    nlohmann::json storedPost3_;                          // step 3's post scores as the live run stored them

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!testWorldDir().empty(), "EDITSCOPE_TEST_WORLD is not set");
        const auto stats = tmp_.path() + "/stats";
        const auto s = runCli({"stats", "--model", world("model"), "--corpus", world("corpus.txt"), "--layers", "0",
                               "--samples", "40", "--dataset", "demo_corpus", "--stats-dir", stats, "--quiet"});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        db_ = tmp_.path() + "/run.db";
        const auto r = runCli({"run", "--model", world("model"), "--dataset", world("counterfact.json"), "--method", "rome",
                               "--hparams", world("hparams/ROME/demo.json"), "--stats-dir", stats, "--db", db_, "--edits", "4",
                               "--seed", "4", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        RunStore store(db_.toStdString(), true);
        QCOMPARE(store.lastStep(1), int64_t(4));
        spec_ = store.runSpec(1);
        for (int64_t k = 0; k <= 4; ++k)
            updates_.push_back(store.updatesThrough(1, k));
        QCOMPARE(updates_[0].size(), size_t(0));
        QCOMPARE(updates_[4].size(), size_t(4));   // ROME, hparams layers [0]: one update per step
        const auto step3 = store.step(1, 3);
        const auto& req = step3.requests.at(0);
        prompt_ = fillPrompt(req.at("prompt").get<std::string>(), req.at("subject").get<std::string>());
        targetTrue_ = req.at("target_true").at("str").get<std::string>();
        targetNew_ = req.at("target_new").at("str").get<std::string>();
        storedPost3_ = step3.post.at(0).scores;
        QVERIFY(!storedPost3_.is_null());
    }

    void rebuiltStepEqualsCheckpoint()
    {
        const auto out = tmp_.path() + "/step3";
        const auto c = runCli({"checkpoint", "--db", db_, "--run", "1", "--step", "3", "--out", out});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const auto checkpoint = loadProbeModel(out.toStdString());
        StepModelCache cache;
        const auto t0 = std::chrono::steady_clock::now();
        const auto rebuilt = cache.modelAfter(spec_, updates_[3]);
        qInfo("step 3 of the test world: %.4f s with the base load and hash, %.4f s applying %lld updates",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), cache.stats().lastRebuildSeconds,
              static_cast<long long>(cache.stats().lastAppliedUpdates));
        QCOMPARE(rebuilt->appliedUpdates, int64_t(3));
        QVERIFY(sameWeights(*rebuilt->model, *checkpoint->model));

        PromptProbeOptions o;
        o.targets = {targetNew_, targetTrue_};
        o.seed = 3;
        const auto a = probePrompt(*rebuilt, prompt_, o);
        const auto b = probePrompt(*checkpoint, prompt_, o);
        QCOMPARE(a.greedy.ids, b.greedy.ids);
        QCOMPARE(a.sampled.ids, b.sampled.ids);
        QCOMPARE(a.greedy.ids.size(), size_t(100) - a.promptIds.size());
        for (size_t i = 0; i < a.targets.size(); ++i)
            QVERIFY(std::abs(a.targets[i].meanNll - b.targets[i].meanNll) <= 1e-6);
        for (size_t i = 0; i < a.top.size(); ++i) {
            QCOMPARE(a.top[i].id, b.top[i].id);
            QVERIFY(std::abs(a.top[i].probability - b.top[i].probability) <= 1e-6);
        }
        // ... and equal to what the live run stored for its rewrite prompt after the edit.
        const auto& live = storedPost3_.at("rewrite_prompts_probs").at(0);
        QVERIFY2(std::abs(a.targets[0].meanNll - live.at("target_new").get<double>()) <= 1e-6,
                 qPrintable(QString("%1 vs stored %2").arg(a.targets[0].meanNll).arg(live.at("target_new").get<double>())));
        QVERIFY(std::abs(a.targets[1].meanNll - live.at("target_true").get<double>()) <= 1e-6);
        // Not vacuous: the edit moved the model (ROME raised target_new after its prompt).
        const auto base = probePrompt(*cache.baseModel(spec_), prompt_, o);
        qInfo("NLL of target_new \"%s\": base %.4f, step 3 %.4f", targetNew_.c_str(), base.targets[0].meanNll, a.targets[0].meanNll);
        QVERIFY(a.targets[0].meanNll < base.targets[0].meanNll - 0.01);
        QVERIFY(!sameWeights(*rebuilt->model, *cache.baseModel(spec_)->model));
    }

    void incrementalRebuildIsBitIdentical()
    {
        StepModelCache a;
        const auto m2 = a.modelAfter(spec_, updates_[2]);
        QCOMPARE(a.stats().lastReusedUpdates, int64_t(0));
        QCOMPARE(a.stats().lastAppliedUpdates, int64_t(2));
        const auto m4 = a.modelAfter(spec_, updates_[4]);
        QCOMPARE(a.stats().lastReusedUpdates, int64_t(2));   // started from the cached step 2
        QCOMPARE(a.stats().lastAppliedUpdates, int64_t(2));
        QCOMPARE(a.stats().rebuilds, int64_t(2));
        QCOMPARE(a.stats().baseLoads, int64_t(1));

        StepModelCache b;
        const auto fromBase = b.modelAfter(spec_, updates_[4]);
        QCOMPARE(b.stats().lastReusedUpdates, int64_t(0));
        QCOMPARE(b.stats().lastAppliedUpdates, int64_t(4));
        QVERIFY(sameWeights(*m4->model, *fromBase->model));
        // The earlier model and the base are untouched by the later rebuild.
        StepModelCache c;
        QVERIFY(sameWeights(*m2->model, *c.modelAfter(spec_, updates_[2])->model));
        const auto folder = loadProbeModel(spec_.modelDir);
        QVERIFY(sameWeights(*a.baseModel(spec_)->model, *folder->model));
        QVERIFY(!sameWeights(*m2->model, *m4->model));
        // Copy on write: unedited tensors are the base's, the edited c_proj is the model's own.
        const auto& w4 = m4->model->weights();
        const auto& w0 = a.baseModel(spec_)->model->weights();
        QVERIFY(w4.wte.is_same(w0.wte));
        QVERIFY(w4.blocks[1].mlpCProjWeight.is_same(w0.blocks[1].mlpCProjWeight));
        QVERIFY(!w4.blocks[0].mlpCProjWeight.is_same(w0.blocks[0].mlpCProjWeight));
        QVERIFY(!w4.blocks[0].mlpCProjWeight.is_same(m2->model->weights().blocks[0].mlpCProjWeight));

        // A repeated request is a hit; step 0 is the base.
        const auto hits = a.stats().hits;
        QCOMPARE(a.modelAfter(spec_, updates_[4]).get(), m4.get());
        QCOMPARE(a.stats().hits, hits + 1);
        QCOMPARE(a.modelAfter(spec_, updates_[0]).get(), a.baseModel(spec_).get());

        // LRU of two: after steps 1, 2, 3 the step 1 model is gone; asking again rebuilds it from the base,
        // then step 2 starts from it.
        StepModelOptions small;
        small.capacity = 2;
        StepModelCache d(small);
        for (int k : {1, 2, 3})
            d.modelAfter(spec_, updates_[static_cast<size_t>(k)]);
        QCOMPARE(d.stats().cachedModels, size_t(2));
        QCOMPARE(d.stats().lastReusedUpdates, int64_t(2));
        d.modelAfter(spec_, updates_[1]);
        QCOMPARE(d.stats().rebuilds, int64_t(4));
        QCOMPARE(d.stats().lastReusedUpdates, int64_t(0));
        d.modelAfter(spec_, updates_[3]);   // step 3 is still cached; step 2 was dropped
        QCOMPARE(d.stats().rebuilds, int64_t(4));
        d.modelAfter(spec_, updates_[2]);
        QCOMPARE(d.stats().lastReusedUpdates, int64_t(1));
        QVERIFY(sameWeights(*d.modelAfter(spec_, updates_[2])->model, *c.modelAfter(spec_, updates_[2])->model));

        // Capacity 0 keeps nothing but still builds.
        StepModelOptions none;
        none.capacity = 0;
        StepModelCache e(none);
        QVERIFY(sameWeights(*e.modelAfter(spec_, updates_[4])->model, *fromBase->model));
        QCOMPARE(e.stats().cachedModels, size_t(0));
    }

    void lensLastLayerIsTheOutputDistribution()
    {
        StepModelCache cache;
        const auto m = cache.modelAfter(spec_, updates_[3]);
        const auto t0 = std::chrono::steady_clock::now();
        const auto lens = logitLens(*m, prompt_, targetTrue_, targetNew_);
        qInfo("logit lens of %zu layers x %zu positions: %.4f s", lens.layers(), lens.positions(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        const auto n = m->model->config().nLayer;
        QCOMPARE(lens.layers(), size_t(n + 1));
        QCOMPARE(lens.layerNames.front(), std::string("embeddings"));
        QCOMPARE(lens.layerNames.back(), "block " + std::to_string(n - 1));
        QCOMPARE(lens.promptIds, m->tokenizer->encode(prompt_));
        QCOMPARE(lens.targetTrue.tokenId, m->tokenizer->encode(" " + targetTrue_).front());
        QCOMPARE(lens.targetNew.tokenId, m->tokenizer->encode(" " + targetNew_).front());
        QVERIFY(lens.targetTrue.tokenId != lens.targetNew.tokenId);

        const auto logits = forwardLogits(*m, lens.promptIds);   // [T, V]
        const auto probs = at::softmax(logits.to(at::kDouble), -1);
        const auto checkLayer = [&](size_t layer, const at::Tensor& lg, const at::Tensor& pr) {
            for (size_t p = 0; p < lens.positions(); ++p) {
                const auto& c = lens.at(layer, p);
                const auto row = static_cast<int64_t>(p);
                for (auto [id, prob, rank] : {std::tuple{lens.targetTrue.tokenId, c.trueProbability, c.trueRank},
                                              std::tuple{lens.targetNew.tokenId, c.newProbability, c.newRank}}) {
                    const double expected = pr[row][id].item<double>();
                    QVERIFY2(std::abs(prob - expected) <= 1e-6,
                             qPrintable(QString("layer %1 position %2: %3 vs %4").arg(layer).arg(p).arg(prob).arg(expected)));
                    QCOMPARE(rank, (lg[row] > lg[row][id]).sum().item<int64_t>());
                }
                QCOMPARE(static_cast<int64_t>(c.topId), lg[row].argmax().item<int64_t>());
                QVERIFY(std::abs(c.topProbability - pr[row].max().item<double>()) <= 1e-6);
            }
        };
        checkLayer(static_cast<size_t>(n), logits, probs);

        // Layer 0 by hand: wte[ids] + wpe[positions], then ln_f and the tied unembedding.
        {
            at::NoGradGuard g;
            const auto& w = m->model->weights();
            const auto ids = at::tensor(std::vector<int64_t>(lens.promptIds.begin(), lens.promptIds.end()), at::kLong);
            const auto h = w.wte.index_select(0, ids) + w.wpe.slice(0, 0, ids.size(0));
            const auto normed = at::layer_norm(h.to(at::kDouble), {h.size(1)}, w.lnFWeight.to(at::kDouble),
                                               w.lnFBias.to(at::kDouble), m->model->config().layerNormEpsilon);
            const auto lg0 = at::matmul(normed, w.wte.to(at::kDouble).t());
            checkLayer(0, lg0.to(at::kFloat), at::softmax(lg0, -1));
        }

        // The lens and the probe agree on the last position: P(first token of target_new).
        PromptProbeOptions o;
        o.targets = {targetNew_};
        const auto probe = probePrompt(*m, prompt_, o);
        if (lens.targetNew.targetTokens == 1)
            QVERIFY(std::abs(std::exp(-probe.targets[0].meanNll) - lens.at(static_cast<size_t>(n), lens.positions() - 1).newProbability) <= 1e-6);

        // Empty and cancelled.
        QCOMPARE(inputErrorField([&] { logitLens(*m, prompt_, "", targetNew_); }), QString("target_true"));
        QCOMPARE(inputErrorField([&] { logitLens(*m, prompt_, targetTrue_, ""); }), QString("target_new"));
        LogitLensOptions cancel;
        cancel.cancelled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, logitLens(*m, prompt_, targetTrue_, targetNew_, cancel));
    }

    void probeTopTokensNllAndContinuations()
    {
        StepModelCache cache;
        const auto m = cache.modelAfter(spec_, updates_[3]);
        const std::string multi = targetNew_ + " and " + targetTrue_;   // several tokens
        PromptProbeOptions o;
        o.targets = {targetNew_, targetTrue_, multi};
        o.seed = 11;
        const auto r = probePrompt(*m, prompt_, o);
        QCOMPARE(r.top.size(), size_t(10));
        const auto probs = forwardProbs(*m, r.promptIds);
        const auto last = probs[static_cast<int64_t>(r.promptIds.size()) - 1];
        for (size_t i = 0; i < r.top.size(); ++i) {
            if (i > 0)
                QVERIFY(r.top[i].probability <= r.top[i - 1].probability);
            QVERIFY(std::abs(r.top[i].probability - last[r.top[i].id].item<double>()) <= 1e-6);
            QCOMPARE(r.top[i].text, m->tokenizer->tokenString(r.top[i].id));
        }
        // Nothing outside the list is more likely than its last entry.
        auto rest = last.clone();
        for (const auto& t : r.top)
            rest[t.id] = -1.0;
        QVERIFY(rest.max().item<double>() <= r.top.back().probability + 1e-12);

        // NLLs: target_scoring's, and for a one-token target the hand log-softmax.
        const auto scores = scoreTargets(*m->model, *m->tokenizer,
                                         {{prompt_, targetNew_}, {prompt_, targetTrue_}, {prompt_, multi}});
        QCOMPARE(r.targets.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QVERIFY(std::abs(r.targets[i].meanNll - scores[i].meanNll) <= 1e-6);
            QCOMPARE(r.targets[i].argmaxCorrect, scores[i].argmaxCorrect);
            QCOMPARE(static_cast<int64_t>(r.targets[i].tokens.size()), scores[i].targetTokens);
        }
        QVERIFY(r.targets[2].tokens.size() > 1);
        const auto newIds = m->tokenizer->encode(" " + targetNew_);
        if (newIds.size() == 1)
            QVERIFY(std::abs(r.targets[0].meanNll + std::log(last[newIds[0]].item<double>())) <= 1e-6);

        // Greedy: a cache-free argmax loop of full forwards.
        std::vector<int32_t> seq = r.promptIds;
        for (size_t i = 0; i < r.greedy.ids.size(); ++i) {
            const auto lg = forwardLogits(*m, seq);
            seq.push_back(static_cast<int32_t>(lg[static_cast<int64_t>(seq.size()) - 1].argmax().item<int64_t>()));
        }
        QCOMPARE(std::vector<int32_t>(seq.begin() + static_cast<std::ptrdiff_t>(r.promptIds.size()), seq.end()), r.greedy.ids);
        QCOMPARE(r.greedy.ids.front(), r.top.front().id);
        QCOMPARE(r.greedy.continuation, m->tokenizer->decode(r.greedy.ids));
        // Sampled: the run loop's generate_fast with the same seed and top-k 5; another seed differs.
        GenerationOptions go;
        go.topK = 5;
        go.seed = 11;
        QCOMPARE(r.sampled.text, generateFast(*m->model, *m->tokenizer, {prompt_}, 1, go).front());
        QCOMPARE(r.sampled.ids.size(), size_t(100) - r.promptIds.size());
        o.seed = 12;
        QVERIFY(probePrompt(*m, prompt_, o).sampled.ids != r.sampled.ids);
        o.seed = 11;
        QCOMPARE(probePrompt(*m, prompt_, o).sampled.ids, r.sampled.ids);
    }

    void badInputsNameTheField()
    {
        StepModelCache cache;
        RunStore store(db_.toStdString(), true);
        QCOMPARE(inputErrorField([&] { store.updatesThrough(1, 99); }), QString("step"));
        auto wrong = spec_;
        wrong.modelHash = "sha256:0000";
        QCOMPARE(inputErrorField([&] { cache.modelAfter(wrong, updates_[2]); }), QString("model hash"));
        QCOMPARE(inputErrorField([&] { cache.baseModel(wrong); }), QString("model hash"));
        QCOMPARE(cache.stats().baseLoads, int64_t(0));   // a folder failing the check is never loaded
        auto badLayer = updates_[2];
        badLayer[1].layer = 99;
        QCOMPARE(inputErrorField([&] { cache.modelAfter(spec_, badLayer); }), QString("update.layer"));
        QCOMPARE(cache.stats().cachedModels, size_t(0));
        const auto m = cache.baseModel(spec_);
        QCOMPARE(inputErrorField([&] { probePrompt(*m, ""); }), QString("prompt"));
        QCOMPARE(inputErrorField([&] { logitLens(*m, "", targetTrue_, targetNew_); }), QString("prompt"));
        std::string tooLong;
        for (int i = 0; i < 200; ++i)
            tooLong += " the";
        QCOMPARE(inputErrorField([&] { probePrompt(*m, tooLong); }), QString("prompt"));
        PromptProbeOptions o;
        o.targets = {""};
        QCOMPARE(inputErrorField([&] { probePrompt(*m, prompt_, o); }), QString("target"));
        o.targets = {};
        o.topK = 0;
        QCOMPARE(inputErrorField([&] { probePrompt(*m, prompt_, o); }), QString("top_k"));

        // The CLI: exit code 2, the option named.
        const auto beyond = runCli({"probe", "--db", db_, "--run", "1", "--step", "9", "--prompt", "x"});
        QCOMPARE(beyond.exitCode, 2);
        QVERIFY2(beyond.err.contains("--step") && beyond.err.contains("0..4"), qPrintable(beyond.err));
        const auto both = runCli({"probe", "--db", db_, "--model", world("model"), "--prompt", "x"});
        QCOMPARE(both.exitCode, 2);
        const auto empty = runCli({"lens", "--model", world("model"), "--prompt", "", "--true", "a", "--new", "b"});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("--prompt"), qPrintable(empty.err));
        const auto noStep = runCli({"lens", "--db", db_, "--run", "1", "--prompt", "x", "--true", "a", "--new", "b"});
        QCOMPARE(noStep.exitCode, 2);
        QVERIFY2(noStep.err.contains("--step"), qPrintable(noStep.err));
    }

    void cliProbeAndLens()
    {
        StepModelCache cache;
        const auto m = cache.modelAfter(spec_, updates_[3]);
        PromptProbeOptions o;
        o.targets = {targetNew_};
        o.seed = 5;
        const auto r = probePrompt(*m, prompt_, o);
        const auto p = runCli({"probe", "--db", db_, "--run", "1", "--step", "3", "--prompt", QString::fromStdString(prompt_),
                               "--target", QString::fromStdString(targetNew_), "--seed", "5", "--json"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const auto j = nlohmann::json::parse(p.out.toStdString());
        QCOMPARE(j["greedy"]["ids"].get<std::vector<int32_t>>(), r.greedy.ids);
        QCOMPARE(j["sampled"]["ids"].get<std::vector<int32_t>>(), r.sampled.ids);
        QCOMPARE(j["top"].size(), size_t(10));
        QCOMPARE(j["top"][0]["id"].get<int32_t>(), r.top[0].id);
        QVERIFY(std::abs(j["targets"][0]["mean_nll"].get<double>() - r.targets[0].meanNll) <= 1e-9);
        QCOMPARE(j["model"]["updates"].get<int64_t>(), int64_t(3));
        // The text form on a plain folder.
        const auto t = runCli({"probe", "--model", world("model"), "--prompt", QString::fromStdString(prompt_), "--target",
                               QString::fromStdString(targetTrue_)});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QVERIFY2(t.out.contains("greedy: ") && t.out.contains("top 10 next tokens") && t.out.contains("mean NLL"), qPrintable(t.out));

        const auto lens = logitLens(*m, prompt_, targetTrue_, targetNew_);
        const auto csv = tmp_.path() + "/lens.csv";
        const auto l = runCli({"lens", "--db", db_, "--run", "1", "--step", "3", "--prompt", QString::fromStdString(prompt_),
                               "--true", QString::fromStdString(targetTrue_), "--new", QString::fromStdString(targetNew_),
                               "--csv", csv, "--json"});
        QVERIFY2(l.exitCode == 0, qPrintable(l.err));
        const auto lj = nlohmann::json::parse(l.out.toStdString());
        QCOMPARE(lj["last_position"].size(), lens.layers());
        const size_t lastPos = lens.positions() - 1;
        for (size_t layer = 0; layer < lens.layers(); ++layer) {
            const auto& c = lens.at(layer, lastPos);
            const auto& x = lj["last_position"][layer];
            QCOMPARE(x["true_rank"].get<int64_t>(), c.trueRank);
            QCOMPARE(x["new_rank"].get<int64_t>(), c.newRank);
            QVERIFY(std::abs(x["new_probability"].get<double>() - c.newProbability) <= 1e-12);
        }
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith("# logit lens"));
        QCOMPARE(lines[1], QString("layer,layer_name,position,token,true_rank,true_prob,new_rank,new_prob,top_token,top_prob"));
        QCOMPARE(static_cast<size_t>(lines.size()), 2 + lens.layers() * lens.positions());
        for (int i = 2; i < lines.size(); ++i)
            QCOMPARE(csvFields(lines[i]).size(), 10);
        const auto lastRow = csvFields(lines.back());
        const auto& lastCell = lens.at(lens.layers() - 1, lastPos);
        QCOMPARE(lastRow[0].toLongLong(), static_cast<qlonglong>(lens.layers() - 1));
        QCOMPARE(lastRow[2].toLongLong(), static_cast<qlonglong>(lastPos));
        QCOMPARE(lastRow[3].toStdString(), lens.promptTokens[lastPos]);   // plain ASCII token: no escapes
        QCOMPARE(lastRow[6].toLongLong(), static_cast<qlonglong>(lastCell.newRank));
        QCOMPARE(lastRow[7].toDouble(), lastCell.newProbability);   // 17 digits round-trip
        const auto text = runCli({"lens", "--model", world("model"), "--prompt", QString::fromStdString(prompt_), "--true",
                                  QString::fromStdString(targetTrue_), "--new", QString::fromStdString(targetNew_)});
        QVERIFY2(text.exitCode == 0 && text.out.contains("embeddings") && text.out.contains("block 3"), qPrintable(text.out + text.err));
    }
};

EDITSCOPE_TEST_MAIN(TestStepProbe)
#include "test_step_probe.moc"
