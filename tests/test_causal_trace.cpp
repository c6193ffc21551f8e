// Causal tracing (core/probe/causal_trace.h) on the test world's trained model: zero noise gives the
// clean probability in every cell, restoring every token's hidden state at a layer gives it too, noise
// lowers the answer of a known fact, the grid's cells equal an independent stop/restart patch and the
// reference's window layer sets, the noise std equals a hand computation, bad input names its field,
// and the CLI prints what the library computes.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/eval/subject_index.h"
#include "core/model/gpt2_model.h"
#include "core/probe/causal_trace.h"
#include "core/probe/numpy_random.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "support/cli_runner.h"
#include "support/plain_gpt2.h"
#include "support/test_main.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace editscope;
using editscope::testing::PlainGpt2;
using editscope::testing::runCli;
using editscope::testing::testWorldDir;

namespace {

template <class F>
void expectInputError(F&& f, const std::string& field)
{
    try {
        f();
        QFAIL(("no InputError for field " + field).c_str());
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QString::fromStdString(field));
    }
}

} // namespace

class TestCausalTrace : public QObject {
    Q_OBJECT
    std::string world_;
    std::unique_ptr<Gpt2Model> model_;
    std::unique_ptr<Gpt2Tokenizer> tok_;
    std::vector<CounterFactRecord> facts_;
    RewriteRequest known_;       // a fact whose clean argmax is the first token of " " + target_true
    double std_ = 0;             // subjectEmbeddingStd over the world's subjects

    CausalTraceOptions noisy(TraceKind kind) const
    {
        CausalTraceOptions o;
        o.kind = kind;
        o.embeddingStd = std_;   // ROME's default: noise = 3 × std, 10 samples, window 10, seed 1
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        world_ = testWorldDir();
        QVERIFY2(!world_.empty(), "EDITSCOPE_TEST_WORLD is not set");
        auto checkpoint = loadGpt2Folder(world_ + "/model");
        model_ = std::make_unique<Gpt2Model>(checkpoint.config, checkpoint.weights);
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(world_ + "/model"));
        facts_ = loadCounterFact(world_ + "/counterfact.json");
        std::vector<std::string> subjects;
        for (const auto& f : facts_)
            subjects.push_back(f.rewrite.subject);
        std_ = subjectEmbeddingStd(*model_, *tok_, subjects);

        // A fact the model knows, found with the independent plain forward (double precision).
        PlainGpt2 plain(model_->config(), model_->weights());
        bool found = false;
        for (const auto& f : facts_) {
            const auto ids = tok_->encode(f.rewrite.filledPrompt());
            const auto& logits = plain.run(ids).logits.back();
            const auto best = std::max_element(logits.begin(), logits.end()) - logits.begin();
            if (best == tok_->encode(" " + f.rewrite.targetTrue.str).front()) {
                known_ = f.rewrite;
                found = true;
                break;
            }
        }
        QVERIFY2(found, "the test world's model knows none of its facts");
    }

    void zeroNoiseGivesTheCleanProbabilityEverywhere()
    {
        for (TraceKind kind : {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn}) {
            CausalTraceOptions o;
            o.kind = kind;
            o.noise = 0.0;
            const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
            QVERIFY(t.highScore > 0.05);
            QVERIFY2(std::abs(t.lowScore - t.highScore) < 1e-6, qPrintable(QString::number(t.lowScore - t.highScore)));
            QCOMPARE(static_cast<int64_t>(t.scores.size()), static_cast<int64_t>(t.tokens.size()));
            for (const auto& row : t.scores) {
                QCOMPARE(static_cast<int64_t>(row.size()), model_->config().nLayer);
                for (double v : row)
                    QVERIFY2(std::abs(v - t.highScore) < 1e-6, qPrintable(QString("%1 vs %2").arg(v).arg(t.highScore)));
            }
        }
    }

    void restoringEveryTokenAtALayerGivesTheCleanProbability()
    {
        const auto o = noisy(TraceKind::Hidden);
        const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
        QVERIFY(t.lowScore < t.highScore - 0.01);   // the noise did something
        for (int64_t layer = 0; layer < model_->config().nLayer; ++layer) {
            std::vector<std::pair<int64_t, int64_t>> states;
            for (int64_t token = 0; token < static_cast<int64_t>(t.tokens.size()); ++token)
                states.push_back({token, layer});
            const double p = traceWithPatch(*model_, *tok_, known_.prompt, known_.subject, o, states);
            QVERIFY2(std::abs(p - t.highScore) < 1e-6, qPrintable(QString("layer %1: %2 vs %3").arg(layer).arg(p).arg(t.highScore)));
        }
        // Restoring nothing is the corrupted run.
        QCOMPARE(traceWithPatch(*model_, *tok_, known_.prompt, known_.subject, o, {}), t.lowScore);
    }

    void noiseLowersTheAnswerOfAKnownFact()
    {
        const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, noisy(TraceKind::Hidden));
        const int32_t expected = tok_->encode(" " + known_.targetTrue.str).front();
        QCOMPARE(t.answerId, expected);   // the clean argmax, found independently in initTestCase
        QVERIFY(t.answerIsArgmax);
        QCOMPARE(t.answer, traceTokenText(*tok_, expected));
        QVERIFY2(t.lowScore < t.highScore, qPrintable(QString("low %1 high %2").arg(t.lowScore).arg(t.highScore)));
        QCOMPARE(t.prompt, known_.filledPrompt());
        QVERIFY(std::abs(t.noise - 3.0 * std_) < 1e-15);
        // Subject range: ROME's subject_first / subject_last indices computed the other way (subject_index.h).
        QCOMPARE(t.subjectBegin, subjectTokenIndex(*tok_, known_.prompt, known_.subject, FactToken::SubjectFirst));
        QCOMPARE(t.subjectEnd - 1, subjectTokenIndex(*tok_, known_.prompt, known_.subject, FactToken::SubjectLast));
        // Every cell is a probability.
        for (const auto& row : t.scores)
            for (double v : row)
                QVERIFY(v >= 0.0 && v <= 1.0);
        // The last token's hidden state at the last layer decides the output: restoring it is clean.
        QVERIFY(std::abs(t.scores.back().back() - t.highScore) < 1e-6);
    }

    void hiddenCellsEqualAStopAndRestartPatch()
    {
        // An independent route to trace_with_patch for kind hidden: run the noisy batch up to block L,
        // copy row 0's state at token t into the corrupted rows by hand, and restart from block L + 1.
        auto o = noisy(TraceKind::Hidden);
        o.samples = 4;
        const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
        const auto ids = tok_->encode(known_.filledPrompt());
        const int64_t T = static_cast<int64_t>(ids.size()), d = model_->config().nEmbd, S = o.samples;
        const auto batch = TokenBatch::fromSequences(std::vector<std::vector<int32_t>>(static_cast<size_t>(S + 1), ids), 0, at::kCPU);
        const int64_t width = t.subjectEnd - t.subjectBegin;
        NumpyRandomState rs(1);
        auto draws = rs.randn(S * width * d);
        for (double& v : draws)
            v *= 3.0 * std_;
        EmbeddingNoise noise;
        for (int64_t r = 1; r <= S; ++r)
            for (int64_t p = t.subjectBegin; p < t.subjectEnd; ++p)
                noise.at.push_back({r, p});
        noise.values = at::tensor(draws, at::kDouble).view({S * width, d});
        at::NoGradGuard g;
        const int64_t layers = model_->config().nLayer;
        for (int64_t layer = 0; layer < layers; ++layer) {
            ForwardOptions first;
            first.embeddingNoise = noise;
            first.collectHiddenStates = true;
            first.stopAfterLayer = layer;
            const auto hidden = model_->forward(batch, first).hiddenStates.back();
            for (int64_t token : {t.subjectBegin, t.subjectEnd - 1, T - 2}) {
                auto patched = hidden.clone();
                patched.narrow(0, 1, S).select(1, token).copy_(patched[0][token].expand({S, d}));
                at::Tensor logits;
                if (layer + 1 < layers) {
                    ForwardOptions rest;
                    rest.startLayer = layer + 1;
                    rest.startHidden = patched;
                    std::vector<RowPosition> last;
                    for (int64_t r = 1; r <= S; ++r)
                        last.push_back({r, T - 1});
                    rest.logitsAt = last;
                    logits = model_->forward(batch, rest).logits;
                } else {
                    logits = model_->logitsFromResidual(patched.narrow(0, 1, S).select(1, T - 1));
                }
                const double p = at::softmax(logits, -1).mean(0)[t.answerId].item<double>();
                const double cell = t.scores[static_cast<size_t>(token)][static_cast<size_t>(layer)];
                QVERIFY2(std::abs(p - cell) < 1e-6, qPrintable(QString("token %1 layer %2: %3 vs %4").arg(token).arg(layer).arg(p).arg(cell)));
            }
        }
    }

    void windowCellsRestoreTheReferenceLayerSets()
    {
        // 4 layers. Window 2: [L−1, L+1); window 3: [L−1, L+2); window 10: all four layers.
        const std::map<int64_t, std::vector<std::vector<int64_t>>> sets = {
            {2, {{0}, {0, 1}, {1, 2}, {2, 3}}},
            {3, {{0, 1}, {0, 1, 2}, {1, 2, 3}, {2, 3}}},
            {10, {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1, 2, 3}}},
        };
        QCOMPARE(model_->config().nLayer, int64_t(4));
        for (TraceKind kind : {TraceKind::Mlp, TraceKind::Attn}) {
            for (const auto& [window, layerSets] : sets) {
                auto o = noisy(kind);
                o.window = window;
                o.samples = 3;
                const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
                QCOMPARE(t.window, window);
                for (int64_t token : {t.subjectEnd - 1, static_cast<int64_t>(t.tokens.size()) - 1}) {
                    for (int64_t layer = 0; layer < 4; ++layer) {
                        std::vector<std::pair<int64_t, int64_t>> states;
                        for (int64_t l : layerSets[static_cast<size_t>(layer)])
                            states.push_back({token, l});
                        const double p = traceWithPatch(*model_, *tok_, known_.prompt, known_.subject, o, states);
                        QCOMPARE(t.scores[static_cast<size_t>(token)][static_cast<size_t>(layer)], p);
                    }
                }
            }
        }
        // The window matters: restoring one MLP layer differs from restoring four somewhere in the grid.
        auto one = noisy(TraceKind::Mlp);
        one.window = 1;
        const auto a = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, one);
        const auto b = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, noisy(TraceKind::Mlp));
        double maxDiff = 0;
        for (size_t i = 0; i < a.scores.size(); ++i)
            for (size_t l = 0; l < a.scores[i].size(); ++l)
                maxDiff = std::max(maxDiff, std::abs(a.scores[i][l] - b.scores[i][l]));
        QVERIFY(maxDiff > 1e-4);
    }

    void embeddingStdIsAHandComputation()
    {
        // Every subject encoded on its own, its token-embedding rows pooled, unbiased std over all numbers.
        const auto wte = model_->weights().wte.to(at::kDouble).contiguous();
        const double* w = wte.data_ptr<double>();
        const int64_t d = model_->config().nEmbd;
        std::vector<int32_t> ids;
        for (const auto& f : facts_)
            for (int32_t id : tok_->encode(f.rewrite.subject))
                ids.push_back(id);
        double sum = 0;
        for (int32_t id : ids)
            for (int64_t k = 0; k < d; ++k)
                sum += w[id * d + k];
        const double n = static_cast<double>(ids.size()) * static_cast<double>(d);
        const double mean = sum / n;
        double ss = 0;
        for (int32_t id : ids)
            for (int64_t k = 0; k < d; ++k)
                ss += (w[id * d + k] - mean) * (w[id * d + k] - mean);
        const double expected = std::sqrt(ss / (n - 1));
        QVERIFY2(std::abs(std_ - expected) < 1e-12 * expected, qPrintable(QString("%1 vs %2").arg(std_).arg(expected)));
        // One subject alone: its own rows only.
        const auto single = subjectEmbeddingStd(*model_, *tok_, {known_.subject, ""});
        QVERIFY(single > 0 && std::abs(single - std_) > 1e-9);
    }

    void seedsBatchingAndProgress()
    {
        auto o = noisy(TraceKind::Attn);
        o.samples = 3;
        const auto base = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
        // Several cells per forward: the same numbers up to float rounding.
        auto batched = o;
        batched.cellsPerForward = 7;
        const auto b = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, batched);
        QCOMPARE(b.lowScore, base.lowScore);
        for (size_t i = 0; i < b.scores.size(); ++i)
            for (size_t l = 0; l < b.scores[i].size(); ++l)
                QVERIFY(std::abs(b.scores[i][l] - base.scores[i][l]) < 1e-5);
        // Another seed draws other noise.
        auto seeded = o;
        seeded.seed = 2;
        QVERIFY(traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, seeded).lowScore != base.lowScore);
        // Progress counts the forwards; returning false cancels.
        std::vector<TraceProgress> seen;
        traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o, [&](const TraceProgress& p) {
            seen.push_back(p);
            return true;
        });
        const int64_t cells = static_cast<int64_t>(base.tokens.size()) * model_->config().nLayer;
        QCOMPARE(seen.back().forwardsTotal, 2 + cells);
        QCOMPARE(seen.back().forwardsDone, 2 + cells);
        int calls = 0;
        bool cancelled = false;
        try {
            traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o, [&](const TraceProgress&) { return ++calls < 4; });
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 4);
    }

    void answerOverride()
    {
        auto o = noisy(TraceKind::Hidden);
        o.answer = " " + known_.targetNew.str;
        const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
        const int32_t id = tok_->encode(" " + known_.targetNew.str).front();
        QCOMPARE(t.answerId, id);
        QVERIFY(!t.answerIsArgmax);
        // highScore is the clean probability of that token (independent double-precision forward).
        PlainGpt2 plain(model_->config(), model_->weights());
        const auto& logits = plain.run(tok_->encode(known_.filledPrompt())).logits.back();
        const double mx = *std::max_element(logits.begin(), logits.end());
        double z = 0;
        for (double v : logits)
            z += std::exp(v - mx);
        QVERIFY(std::abs(t.highScore - std::exp(logits[static_cast<size_t>(id)] - mx) / z) < 1e-5);
    }

    void badInputNamesTheField()
    {
        auto o = noisy(TraceKind::Hidden);
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.filledPrompt(), "Nobody Known", o); }, "subject");
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.filledPrompt(), "", o); }, "subject");
        expectInputError([&] { traceCausalEffects(*model_, *tok_, "", known_.subject, o); }, "prompt");
        expectInputError([] { parseTraceKind("mlp_out"); }, "kind");
        auto bad = o;
        bad.samples = 0;
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, bad); }, "samples");
        bad = noisy(TraceKind::Mlp);
        bad.window = 0;
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, bad); }, "window");
        bad = CausalTraceOptions{};   // neither noise nor std
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, bad); }, "noise");
        bad.noise = -1.0;
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, bad); }, "noise");
        bad = o;
        bad.answer = "";
        expectInputError([&] { traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, bad); }, "answer");
        expectInputError([&] { traceWithPatch(*model_, *tok_, known_.prompt, known_.subject, o, {{99, 0}}); }, "token");
        expectInputError([&] { subjectEmbeddingStd(*model_, *tok_, {"", ""}); }, "subjects");
    }

    void cliPrintsTheLibrarysTrace()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("trace.csv");
        const QString model = QString::fromStdString(world_ + "/model");
        const QString dataset = QString::fromStdString(world_ + "/counterfact.json");
        const auto r = runCli({"trace", "--model", model, "--prompt", QString::fromStdString(known_.prompt), "--subject",
                               QString::fromStdString(known_.subject), "--dataset", dataset, "--samples", "3",
                               "--csv", csv, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["answer_id"].toInt(), tok_->encode(" " + known_.targetTrue.str).front());
        QVERIFY(std::abs(json["noise"].toObject()["level"].toDouble() - 3.0 * std_) < 1e-12);
        const auto kinds = json["kinds"].toArray();
        QCOMPARE(int(kinds.size()), 3);
        const TraceKind order[] = {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn};
        for (int k = 0; k < 3; ++k) {
            auto o = noisy(order[k]);
            o.samples = 3;
            const auto t = traceCausalEffects(*model_, *tok_, known_.prompt, known_.subject, o);
            const auto kind = kinds[k].toObject();
            QCOMPARE(kind["kind"].toString().toStdString(), traceKindName(order[k]));
            // Another process may split reductions over another thread count: equal to float rounding.
            QVERIFY(std::abs(kind["low_score"].toDouble() - t.lowScore) < 1e-6);
            QVERIFY(std::abs(kind["high_score"].toDouble() - t.highScore) < 1e-6);
            const auto scores = kind["scores"].toArray();
            QCOMPARE(int(scores.size()), int(t.scores.size()));
            for (int i = 0; i < scores.size(); ++i)
                for (int l = 0; l < 4; ++l)
                    QVERIFY(std::abs(scores[i].toArray()[l].toDouble() - t.scores[static_cast<size_t>(i)][static_cast<size_t>(l)]) < 1e-6);
            const auto peak = tracePeak(t);
            QCOMPARE(kind["peak"].toObject()["layer"].toInt(), static_cast<int>(peak.layer));
            QCOMPARE(kind["peak"].toObject()["token"].toInt(), static_cast<int>(peak.token));
        }
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        const int tokens = int(json["tokens"].toArray().size());
        QCOMPARE(int(lines.size()), 1 + 3 * tokens * 4);
        QVERIFY(lines[0].startsWith("kind,token_index,token,subject,layer,score"));

        // The text form marks the subject tokens and names the peaks.
        const auto text = runCli({"trace", "--model", model, "--prompt", QString::fromStdString(known_.filledPrompt()),
                                  "--subject", QString::fromStdString(known_.subject), "--kind", "mlp", "--samples", "2"});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("*"));
        QVERIFY(text.out.contains("peak: layer"));
        QVERIFY(text.out.contains("the traced subject alone"));

        const auto bad = runCli({"trace", "--model", model, "--prompt", "x", "--subject", "x", "--kind", "mlp_out"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--kind"));
        const auto missing = runCli({"trace", "--model", model, "--prompt", QString::fromStdString(known_.filledPrompt()),
                                     "--subject", "Nobody Known", "--noise", "0.1"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("subject"));
    }
};

EDITSCOPE_TEST_MAIN(TestCausalTrace)
#include "test_causal_trace.moc"
