// The pieces of causal tracing that need no trained model: numpy's legacy RandomState (against values
// printed by numpy and against std::mt19937, an independent MT19937), the reference's window and
// subject-range formulas on hand-worked cases, ROME's token texts, and the model's tracing options
// (embedding noise, AttnOut tap, restores) against the independent plain forward (support/plain_gpt2.h).
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/model/gpt2_model.h"
#include "core/probe/causal_trace.h"
#include "core/probe/numpy_random.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/train/lm_trainer.h"
#include "core/util/error.h"
#include "core/util/utf8.h"
#include "support/plain_gpt2.h"
#include "support/test_main.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

using namespace editscope;
using editscope::testing::PlainGpt2;

namespace {

Gpt2Config tinyConfig()
{
    Gpt2Config c;
    c.nEmbd = 16;
    c.nLayer = 3;
    c.nHead = 4;
    c.nPositions = 32;
    c.vocabSize = 37;
    return c;
}

// Scaled-up random weights so attention and every bias matter (as test_gpt2_model does).
Gpt2Weights roughWeights(const Gpt2Config& c, uint64_t seed, at::ScalarType dtype)
{
    auto w = initGpt2Weights(c, seed);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed + 1);
    for (auto& [name, t] : w.namedTensors()) {
        if (t->dim() >= 2)
            t->mul_(15.0);
        else
            t->add_(at::normal(0.0, 0.3, t->sizes(), gen));
    }
    return w.to(at::TensorOptions().dtype(dtype));
}

std::vector<int32_t> someIds(const Gpt2Config& c, int64_t n, uint64_t seed)
{
    std::vector<int32_t> ids;
    uint64_t s = seed * 2654435761u + 1;
    for (int64_t i = 0; i < n; ++i) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        ids.push_back(static_cast<int32_t>((s >> 33) % static_cast<uint64_t>(c.vocabSize)));
    }
    return ids;
}

double maxAbs(const at::Tensor& a, const std::vector<double>& b)
{
    const auto c = a.detach().to(at::kDouble).contiguous();
    double m = 0;
    for (int64_t i = 0; i < c.numel(); ++i)
        m = std::max(m, std::abs(c.data_ptr<double>()[i] - b[static_cast<size_t>(i)]));
    return m;
}

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

class TestTraceForward : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numpyRandnMatchesNumpy()
    {
        // numpy.random.RandomState(1).randn(10) and .random_sample(4), as numpy prints them (also
        // re-derived with CPython's random.random() on the same init_genrand state + the polar method).
        const double randn[] = {1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705,
                                0.8654076293246785, -2.3015386968802827, 1.74481176421648, -0.7612069008951028,
                                0.31903909605709857, -0.2493703754774101};
        NumpyRandomState rs(1);
        const auto values = rs.randn(10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(values[static_cast<size_t>(i)], randn[i]);
        NumpyRandomState u(1);
        QCOMPARE(u.randomSample(), 0.417022004702574);
        QCOMPARE(u.randomSample(), 0.7203244934421581);
        QCOMPARE(u.randomSample(), 0.00011437481734488664);
        QCOMPARE(u.uniform(-1.0, 1.0), -1.0 + 2.0 * 0.30233257263183977);
    }

    void numpyStreamIsMt19937InitGenrand()
    {
        // std::mt19937(seed) seeds with init_genrand too: an independent implementation of the stream.
        for (uint32_t seed : {0u, 1u, 12345u, 4294967295u}) {
            NumpyRandomState rs(seed);
            std::mt19937 reference(seed);
            for (int i = 0; i < 2000; ++i)   // crosses the 624-word regeneration boundary three times
                QCOMPARE(rs.nextUint32(), static_cast<uint32_t>(reference()));
        }
    }

    void windowLayersFollowTheReference()
    {
        // range(max(0, L - w // 2), min(n, L - (-w // 2))): [L - floor(w/2), L + ceil(w/2)) clipped.
        using V = std::vector<int64_t>;
        QCOMPARE(traceWindowLayers(0, 10, 48), (V{0, 1, 2, 3, 4}));
        QCOMPARE(traceWindowLayers(5, 10, 48), (V{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(traceWindowLayers(20, 10, 48), (V{15, 16, 17, 18, 19, 20, 21, 22, 23, 24}));
        QCOMPARE(traceWindowLayers(46, 10, 48), (V{41, 42, 43, 44, 45, 46, 47}));
        QCOMPARE(traceWindowLayers(2, 10, 4), (V{0, 1, 2, 3}));
        QCOMPARE(traceWindowLayers(5, 3, 12), (V{4, 5, 6}));      // odd: one more after the centre
        QCOMPARE(traceWindowLayers(5, 4, 12), (V{3, 4, 5, 6}));
        QCOMPARE(traceWindowLayers(5, 1, 12), (V{5}));
        QCOMPARE(traceWindowLayers(0, 2, 4), (V{0}));
        QCOMPARE(traceWindowLayers(3, 2, 4), (V{2, 3}));
    }

    void subjectRangeAsFindTokenRange()
    {
        // "The Eiffel Tower is": "Eiffel Tower" starts at character 4 and ends at 16.
        const std::vector<std::string> toks = {"The", " E", "iff", "el", " Tower", " is"};
        QCOMPARE(findSubjectTokenRange(toks, "Eiffel Tower"), (std::pair<int64_t, int64_t>{1, 5}));
        // Leading space included: starts inside token 1 at its space.
        QCOMPARE(findSubjectTokenRange(toks, " Eiffel"), (std::pair<int64_t, int64_t>{1, 4}));
        // A match inside a token covers that token only; the first occurrence wins.
        QCOMPARE(findSubjectTokenRange(toks, "ff"), (std::pair<int64_t, int64_t>{2, 3}));
        QCOMPARE(findSubjectTokenRange({"a", "b", "a", "b"}, "ab"), (std::pair<int64_t, int64_t>{0, 2}));
        // Multi-byte characters: byte offsets give the same tokens as code-point offsets.
        QCOMPARE(findSubjectTokenRange({"Caf", "\xC3\xA9", " Mü", "ller"}, "Müller"), (std::pair<int64_t, int64_t>{2, 4}));
        expectInputError([&] { findSubjectTokenRange(toks, "Louvre"); }, "subject");
        expectInputError([&] { findSubjectTokenRange(toks, ""); }, "subject");
    }

    void tokenTextsAsRomeDecodesThem()
    {
        // A byte-level vocabulary: the 256 byte symbols (GPT-2's bytes_to_unicode: printable bytes stand
        // for themselves, the others for U+0100 + n in order; "Ġ" = space) as ids 0..255, then a few
        // multi-byte tokens. Byte 0xC3 alone (half of "é") is the symbol "Ã" = id 0xC3.
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        nlohmann::json vocab = nlohmann::json::object();
        int extra = 0;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174);
            std::string symbol;
            appendUtf8(symbol, printable ? char32_t(b) : char32_t(256 + extra++));
            vocab[symbol] = b;
        }
        vocab["Ġ."] = 256;
        vocab["Ġn't"] = 257;
        vocab["Ġ's"] = 258;
        vocab["Ã©"] = 259;
        vocab["Ġ,Ġ"] = 260;
        vocab["<|endoftext|>"] = 261;
        std::ofstream(path + "/vocab.json") << vocab.dump();
        std::ofstream(path + "/merges.txt") << "#version: 0.2\n";
        const auto tok = Gpt2Tokenizer::load(path + "/vocab.json", path + "/merges.txt");
        QCOMPARE(tok.tokenString(256), std::string(" ."));
        QCOMPARE(traceTokenText(tok, 256), std::string("."));                // clean_up_tokenization: " ." → "."
        QCOMPARE(traceTokenText(tok, 256, true), std::string(" ."));
        QCOMPARE(traceTokenText(tok, 257), std::string("n't"));
        QCOMPARE(traceTokenText(tok, 258), std::string("'s"));
        QCOMPARE(traceTokenText(tok, 260), std::string(", "));               // " , " → ", "
        QCOMPARE(traceTokenText(tok, 0xC3), std::string("\xEF\xBF\xBD"));    // lone lead byte → U+FFFD
        QCOMPARE(traceTokenText(tok, 259), std::string("\xC3\xA9"));         // "é" intact
        QCOMPARE(traceTokenText(tok, 'a'), std::string("a"));
    }

    void kindNames()
    {
        QCOMPARE(parseTraceKind("hidden"), TraceKind::Hidden);
        QCOMPARE(parseTraceKind("none"), TraceKind::Hidden);
        QCOMPARE(parseTraceKind("mlp"), TraceKind::Mlp);
        QCOMPARE(parseTraceKind("attn"), TraceKind::Attn);
        QCOMPARE(traceKindName(TraceKind::Attn), std::string("attn"));
        expectInputError([] { parseTraceKind("attention"); }, "kind");
    }

    void embeddingNoiseIsAddedBeforePositions()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 3, at::kFloat);
        Gpt2Model model(c, weights);
        const auto ids = someIds(c, 7, 1);
        const auto batch = TokenBatch::fromSequences({ids, ids, ids}, 0, at::kCPU);
        at::NoGradGuard g;
        ForwardOptions clean;
        clean.collectHiddenStates = true;
        const auto base = model.forward(batch, clean);

        // Float64 noise on float32 embeddings, at (1, 2), (1, 3), (2, 3).
        ForwardOptions noisy = clean;
        EmbeddingNoise n;
        n.at = {{1, 2}, {1, 3}, {2, 3}};
        n.values = at::arange(3 * c.nEmbd, at::kDouble).view({3, c.nEmbd}) * 0.01 - 0.2;
        noisy.embeddingNoise = n;
        const auto out = model.forward(batch, noisy);
        const auto diff = (out.hiddenStates[0] - base.hiddenStates[0]).to(at::kDouble);
        auto expected = at::zeros_like(diff);
        expected.index_put_({1, 2}, n.values[0]);
        expected.index_put_({1, 3}, n.values[1]);
        expected.index_put_({2, 3}, n.values[2]);
        QVERIFY((diff - expected).abs().max().item<double>() < 1e-6);
        // The sum is formed in float64 and cast once: float(double(wte) + noise) + wpe.
        const auto wte = weights.wte.index({ids[3]}).to(at::kDouble);
        const auto expectedRow = (wte + n.values[2]).to(at::kFloat) + weights.wpe[3];
        QVERIFY(at::equal(out.hiddenStates[0].index({2, 3}), expectedRow));
        // Row 0 and the later layers of row 0 are untouched; row 1's logits change.
        QVERIFY(at::equal(out.logits[0], base.logits[0]));
        QVERIFY(!at::allclose(out.logits[1], base.logits[1]));

        // replace: the token embedding becomes the noise; the position embedding is still added.
        noisy.embeddingNoise->replace = true;
        const auto replaced = model.forward(batch, noisy);
        const auto row = replaced.hiddenStates[0].index({1, 2}).to(at::kDouble);
        const auto want = n.values[0].to(at::kFloat).to(at::kDouble) + weights.wpe[2].to(at::kDouble);
        QVERIFY((row - want).abs().max().item<double>() < 1e-6);
    }

    void attnOutTapMatchesPlainForward()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 5, at::kDouble);
        Gpt2Model model(c, weights);
        PlainGpt2 plain(c, weights);
        const auto ids = someIds(c, 6, 2);
        at::NoGradGuard g;
        ForwardOptions o;
        for (int64_t l = 0; l < c.nLayer; ++l)
            o.reads.push_back({TapPoint::AttnOut, l, {{0, 0}, {0, 3}, {0, 5}}});
        const auto out = model.forward(TokenBatch::fromSequences({ids}, 0, at::kCPU), o);
        const auto trace = plain.run(ids);
        const auto wte = weights.wte.contiguous(), wpe = weights.wpe.contiguous();
        // attn_out = block_out − mlp_out − the residual entering the block (the embeddings for block 0).
        for (int64_t l = 0; l < c.nLayer; ++l) {
            int i = 0;
            for (int64_t t : {0, 3, 5}) {
                std::vector<double> want(static_cast<size_t>(c.nEmbd));
                for (int64_t k = 0; k < c.nEmbd; ++k) {
                    const double in = l == 0 ? wte[ids[t]][k].item<double>() + wpe[t][k].item<double>()
                                             : trace.blockOut[l - 1][t][k];
                    want[k] = trace.blockOut[l][t][k] - trace.mlpOut[l][t][k] - in;
                }
                QVERIFY(maxAbs(out.reads[static_cast<size_t>(l)][i++], want) < 1e-9);
            }
        }
    }

    void restoresCopyTheSourceRow()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 11, at::kFloat));
        const auto a = someIds(c, 8, 3), b = someIds(c, 8, 4);
        const auto batch = TokenBatch::fromSequences({a, b, b}, 0, at::kCPU);
        at::NoGradGuard g;
        ForwardOptions read;
        read.collectHiddenStates = true;
        const auto base = model.forward(batch, read);

        // BlockOut of every position of rows 1 and 2 at layer 1 := row 0's: from there on the rows run
        // exactly row 0's computation.
        ForwardOptions all = read;
        TapRestore r{TapPoint::BlockOut, 1, {}, 0};
        for (int64_t row : {1, 2})
            for (int64_t p = 0; p < 8; ++p)
                r.at.push_back({row, p});
        all.restores = {r};
        const auto restored = model.forward(batch, all);
        QVERIFY(at::equal(restored.hiddenStates[2][1], base.hiddenStates[2][0]));
        QVERIFY(at::allclose(restored.logits[1], base.logits[0], 1e-5, 1e-5));
        QVERIFY(at::allclose(restored.logits[2], base.logits[0], 1e-5, 1e-5));
        QVERIFY(!at::allclose(base.logits[1], base.logits[0], 1e-3, 1e-3));   // the rows did differ

        // One position's MlpOut at the last layer: that block output moves by exactly the difference of
        // the two rows' MLP outputs (reads see the state before the restore); other positions keep theirs.
        ForwardOptions one;
        one.collectHiddenStates = true;
        one.reads = {{TapPoint::MlpOut, 2, {{0, 5}, {1, 5}}}};
        one.restores = {{TapPoint::MlpOut, 2, {{1, 5}}, 0}};
        const auto mlp = model.forward(batch, one);
        const auto shift = mlp.reads[0][0] - mlp.reads[0][1];
        QVERIFY(shift.abs().max().item<double>() > 1e-2);
        QVERIFY(at::allclose(mlp.hiddenStates[3][1][5] - base.hiddenStates[3][1][5], shift, 1e-5, 1e-5));
        for (int64_t p : {0, 1, 2, 3, 4, 6, 7})
            QVERIFY(at::equal(mlp.hiddenStates[3][1][p], base.hiddenStates[3][1][p]));
        // AttnOut restore in detail: after the restore, attn_out[1, 5] equals row 0's, so
        // block_out − mlp_out − residual_in at (1, 5) = row 0's attention output.
        ForwardOptions attn;
        attn.collectHiddenStates = true;
        attn.reads = {{TapPoint::AttnOut, 2, {{0, 5}}}, {TapPoint::MlpOut, 2, {{1, 5}}}};
        attn.restores = {{TapPoint::AttnOut, 2, {{1, 5}}, 0}};
        const auto out = model.forward(batch, attn);
        const auto attnOfRow1 = out.hiddenStates[3][1][5] - out.reads[1][0] - out.hiddenStates[2][1][5];
        QVERIFY(at::allclose(attnOfRow1, out.reads[0][0], 1e-5, 1e-5));
        QVERIFY(!at::allclose(out.hiddenStates[3][1][5], base.hiddenStates[3][1][5], 1e-4, 1e-4));
        for (int64_t p : {0, 1, 2, 3, 4, 6, 7})
            QVERIFY(at::equal(out.hiddenStates[3][1][p], base.hiddenStates[3][1][p]));
    }

    void restoreOptionsAreValidated()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 12, at::kFloat));
        const auto ids = someIds(c, 4, 5);
        const auto batch = TokenBatch::fromSequences({ids, ids}, 0, at::kCPU);
        at::NoGradGuard g;
        ForwardOptions o;
        o.restores = {{TapPoint::MlpKey, 0, {{1, 0}}, 0}};
        expectInputError([&] { model.forward(batch, o); }, "tap restore");
        o.restores = {{TapPoint::BlockOut, 0, {{1, 0}}, 2}};
        expectInputError([&] { model.forward(batch, o); }, "tap restore");
        o.restores = {{TapPoint::BlockOut, 3, {{1, 0}}, 0}};
        expectInputError([&] { model.forward(batch, o); }, "tap restore");
        o.restores = {{TapPoint::BlockOut, 0, {{1, 4}}, 0}};
        expectInputError([&] { model.forward(batch, o); }, "tap restore");
        ForwardOptions n;
        n.embeddingNoise = EmbeddingNoise{{{1, 0}}, at::zeros({2, c.nEmbd}), false};
        expectInputError([&] { model.forward(batch, n); }, "embedding noise");
        n.embeddingNoise = EmbeddingNoise{{{1, 0}}, at::zeros({1, c.nEmbd}, at::kLong), false};
        expectInputError([&] { model.forward(batch, n); }, "embedding noise");
        n.embeddingNoise = EmbeddingNoise{{{1, 0}}, at::zeros({1, c.nEmbd}), false};
        n.startLayer = 1;
        n.startHidden = at::zeros({2, 4, c.nEmbd});
        expectInputError([&] { model.forward(batch, n); }, "embedding noise");
    }
};

EDITSCOPE_TEST_MAIN(TestTraceForward)
#include "test_trace_forward.moc"
