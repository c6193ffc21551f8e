// The GPT-2 forward pass against an independent per-token implementation (support/plain_gpt2.h),
// batch/padding invariance, taps, partial runs, the KV cache and generation.
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/model/generation.h"
#include "core/model/gpt2_model.h"
#include "core/train/lm_trainer.h"
#include "core/util/error.h"
#include "support/plain_gpt2.h"
#include "support/test_main.h"

using namespace editscope;
using editscope::testing::PlainAdd;
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

// GPT-2's own init is too gentle to exercise attention; scale it up and randomise LayerNorms and
// biases so that every term of the forward pass matters.
Gpt2Weights roughWeights(const Gpt2Config& c, uint64_t seed, at::ScalarType dtype = at::kFloat)
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

std::vector<int32_t> randomIds(const Gpt2Config& c, int64_t n, uint64_t seed)
{
    std::vector<int32_t> ids;
    uint64_t s = seed * 2654435761u + 1;
    for (int64_t i = 0; i < n; ++i) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        ids.push_back(static_cast<int32_t>((s >> 33) % static_cast<uint64_t>(c.vocabSize)));
    }
    return ids;
}

double maxAbsDiff(const at::Tensor& a, const std::vector<double>& b)
{
    const auto c = a.detach().to(at::kDouble).contiguous();
    double m = 0;
    for (int64_t i = 0; i < c.numel(); ++i)
        m = std::max(m, std::abs(c.data_ptr<double>()[i] - b[static_cast<size_t>(i)]));
    return m;
}

} // namespace

class TestGpt2Model : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void geluNewMatchesClosedForm()
    {
        const auto x = at::tensor({0.0, 1.0, -2.0, 3.5}, at::kDouble);
        const auto y = geluNew(x);
        for (int i = 0; i < 4; ++i) {
            const double v = x[i].item<double>();
            const double expected = 0.5 * v * (1 + std::tanh(std::sqrt(2 / M_PI) * (v + 0.044715 * v * v * v)));
            QCOMPARE(y[i].item<double>(), expected);
        }
        QVERIFY(std::abs(y[1].item<double>() - 0.8411919906082768) < 1e-12);
    }

    void forwardMatchesPlainImplementation()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 7, at::kDouble);
        Gpt2Model model(c, weights);
        PlainGpt2 plain(c, weights);
        const auto ids = randomIds(c, 11, 3);
        at::NoGradGuard g;
        const auto logits = model.forward(TokenBatch::fromSequences({ids}, 0, at::kCPU)).logits[0];
        const auto trace = plain.run(ids);
        double worst = 0;
        for (size_t t = 0; t < ids.size(); ++t)
            worst = std::max(worst, maxAbsDiff(logits[static_cast<int64_t>(t)], trace.logits[t]));
        QVERIFY2(worst < 1e-9, qPrintable(QString("max |diff| = %1").arg(worst)));
        // The logits are far from trivial (the check would be meaningless on near-zero activations).
        QVERIFY(logits.abs().max().item<double>() > 1.0);
    }

    void float32ForwardAgreesWithPlainWithinTolerance()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 8, at::kFloat);
        Gpt2Model model(c, weights);
        PlainGpt2 plain(c, weights);
        const auto ids = randomIds(c, 9, 4);
        at::NoGradGuard g;
        const auto logits = model.forward(TokenBatch::fromSequences({ids}, 0, at::kCPU)).logits[0];
        const auto trace = plain.run(ids);
        for (size_t t = 0; t < ids.size(); ++t)
            QVERIFY(maxAbsDiff(logits[static_cast<int64_t>(t)], trace.logits[t]) < 1e-4);
    }

    void rightPaddingAndBatchingDoNotChangeRealPositions()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 9));
        const std::vector<std::vector<int32_t>> seqs = {randomIds(c, 5, 1), randomIds(c, 12, 2), randomIds(c, 1, 3)};
        at::NoGradGuard g;
        const auto batched = model.forward(TokenBatch::fromSequences(seqs, 36, at::kCPU)).logits;
        for (size_t r = 0; r < seqs.size(); ++r) {
            const auto alone = model.forward(TokenBatch::fromSequences({seqs[r]}, 0, at::kCPU)).logits[0];
            const auto n = static_cast<int64_t>(seqs[r].size());
            QVERIFY(at::allclose(batched[static_cast<int64_t>(r)].narrow(0, 0, n), alone, 1e-5, 1e-5));
        }
        // A different pad id changes nothing at real positions either.
        const auto other = model.forward(TokenBatch::fromSequences(seqs, 0, at::kCPU)).logits;
        QVERIFY(at::allclose(batched[0].narrow(0, 0, 5), other[0].narrow(0, 0, 5), 1e-6, 1e-6));
    }

    void tapsReadKeysValuesAndBlockOutputs()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 10, at::kDouble);
        Gpt2Model model(c, weights);
        PlainGpt2 plain(c, weights);
        const auto a = randomIds(c, 6, 5), b = randomIds(c, 8, 6);
        ForwardOptions o;
        o.reads = {{TapPoint::MlpKey, 1, {{0, 5}, {1, 2}}},
                   {TapPoint::MlpOut, 2, {{1, 7}}},
                   {TapPoint::BlockOut, 0, {{0, 0}, {1, 3}}}};
        o.collectHiddenStates = true;
        at::NoGradGuard g;
        const auto r = model.forward(TokenBatch::fromSequences({a, b}, 0, at::kCPU), o);
        const auto ta = plain.run(a), tb = plain.run(b);
        QCOMPARE(r.reads[0].sizes(), at::IntArrayRef({2, 4 * c.nEmbd}));
        QVERIFY(maxAbsDiff(r.reads[0][0], ta.keys[1][5]) < 1e-9);
        QVERIFY(maxAbsDiff(r.reads[0][1], tb.keys[1][2]) < 1e-9);
        QVERIFY(maxAbsDiff(r.reads[1][0], tb.mlpOut[2][7]) < 1e-9);
        QVERIFY(maxAbsDiff(r.reads[2][0], ta.blockOut[0][0]) < 1e-9);
        QVERIFY(maxAbsDiff(r.reads[2][1], tb.blockOut[0][3]) < 1e-9);
        QCOMPARE(static_cast<int64_t>(r.hiddenStates.size()), c.nLayer + 1);
        QVERIFY(maxAbsDiff(r.hiddenStates[2][1][3], tb.blockOut[1][3]) < 1e-9);
    }

    void addingToMlpOutputMatchesPlainAndGradFlowsToDeltaOnly()
    {
        const auto c = tinyConfig();
        const auto weights = roughWeights(c, 11, at::kDouble);
        Gpt2Model model(c, weights);
        PlainGpt2 plain(c, weights);
        const auto ids = randomIds(c, 7, 7);
        auto gen = at::make_generator<at::CPUGeneratorImpl>(5);
        const auto delta = at::normal(0.0, 1.0, {c.nEmbd}, gen).to(at::kDouble).requires_grad_(true);
        ForwardOptions o;
        o.adds = {{TapPoint::MlpOut, 1, {{0, 4}}, delta}};
        o.reads = {{TapPoint::MlpOut, 1, {{0, 4}}}};
        const auto r = model.forward(TokenBatch::fromSequences({ids}, 0, at::kCPU), o);
        PlainAdd add{1, 4, std::vector<double>(delta.data_ptr<double>(), delta.data_ptr<double>() + c.nEmbd)};
        const auto trace = plain.run(ids, add);
        for (size_t t = 0; t < ids.size(); ++t)
            QVERIFY(maxAbsDiff(r.logits[0][static_cast<int64_t>(t)], trace.logits[t]) < 1e-9);
        // Reads see the value before the addition (ROME reads v_init that way).
        QVERIFY(maxAbsDiff(r.reads[0][0], trace.mlpOut[1][4]) < 1e-9);
        // Positions before the edit are untouched (causality).
        QVERIFY(maxAbsDiff(r.logits[0][3], plain.run(ids).logits[3]) < 1e-9);

        const auto loss = r.logits[0][6][3];
        torch::autograd::backward({loss});
        QVERIFY(delta.grad().defined());
        QVERIFY(model.weights().blocks[1].mlpCProjWeight.grad().defined() == false);
        // The gradient equals a central finite difference of the plain model.
        const int64_t i = 2;
        const double h = 1e-5;
        auto plus = add, minus = add;
        plus.delta[i] += h;
        minus.delta[i] -= h;
        const double numeric = (plain.run(ids, plus).logits[6][3] - plain.run(ids, minus).logits[6][3]) / (2 * h);
        QVERIFY2(std::abs(delta.grad()[i].item<double>() - numeric) < 1e-5 * std::max(1.0, std::abs(numeric)),
                 qPrintable(QString("autograd %1 vs numeric %2").arg(delta.grad()[i].item<double>()).arg(numeric)));
    }

    void startLayerRunsTheRestFromCachedResidual()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 12, at::kDouble));
        const auto batch = TokenBatch::fromSequences({randomIds(c, 6, 8), randomIds(c, 3, 9)}, 0, at::kCPU);
        at::NoGradGuard g;
        ForwardOptions full;
        full.collectHiddenStates = true;
        const auto ref = model.forward(batch, full);
        ForwardOptions partial;
        partial.startLayer = 2;
        partial.startHidden = ref.hiddenStates[2];
        const auto out = model.forward(batch, partial);
        QVERIFY(at::allclose(out.logits, ref.logits, 1e-12, 1e-12));
    }

    void prefillAndDecodeEqualFullForward()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 13));
        const auto a = randomIds(c, 4, 10), b = randomIds(c, 9, 11);
        at::NoGradGuard g;
        KvCache cache;
        const auto prompts = TokenBatch::fromSequences({a, b}, 0, at::kCPU);
        const auto first = model.prefill(prompts, 16, cache);
        const auto fullA = model.forward(TokenBatch::fromSequences({a}, 0, at::kCPU)).logits[0];
        const auto fullB = model.forward(TokenBatch::fromSequences({b}, 0, at::kCPU)).logits[0];
        QVERIFY(at::allclose(first[0], fullA[3], 1e-5, 1e-5));
        QVERIFY(at::allclose(first[1], fullB[8], 1e-5, 1e-5));
        // Append token 5 to a (slot 4) and token 6 to b (slot 9).
        const auto next = model.decodeStep(at::tensor({5L, 6L}), at::tensor({4L, 9L}), cache);
        auto a2 = a, b2 = b;
        a2.push_back(5);
        b2.push_back(6);
        QVERIFY(at::allclose(next[0], model.forward(TokenBatch::fromSequences({a2}, 0, at::kCPU)).logits[0][4], 1e-5, 1e-5));
        QVERIFY(at::allclose(next[1], model.forward(TokenBatch::fromSequences({b2}, 0, at::kCPU)).logits[0][9], 1e-5, 1e-5));
    }

    void generationWithCacheEqualsRecompute()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 14));
        const std::vector<std::vector<int32_t>> prompts = {randomIds(c, 2, 1), randomIds(c, 7, 2), randomIds(c, 4, 3)};
        for (bool greedy : {true, false}) {
            GenerationOptions o;
            o.greedy = greedy;
            o.maxOutLen = 20;
            o.seed = 42;
            o.useCache = true;
            const auto cached = generateTokens(model, prompts, 2, o);
            o.useCache = false;
            const auto recomputed = generateTokens(model, prompts, 2, o);
            QCOMPARE(cached.size(), size_t(6));
            QCOMPARE(cached, recomputed);
            for (size_t i = 0; i < cached.size(); ++i) {
                QCOMPARE(cached[i].size(), size_t(20));
                const auto& p = prompts[i / 2];
                QVERIFY(std::equal(p.begin(), p.end(), cached[i].begin()));
            }
            if (greedy)
                QCOMPARE(cached[0], cached[1]);   // copies of one prompt agree when greedy
        }
    }

    void samplingIsSeededAndTopKLimited()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 15));
        const std::vector<std::vector<int32_t>> prompts = {randomIds(c, 3, 4)};
        GenerationOptions o;
        o.maxOutLen = 24;
        o.seed = 1;
        const auto a = generateTokens(model, prompts, 4, o);
        QCOMPARE(generateTokens(model, prompts, 4, o), a);
        o.seed = 2;
        QVERIFY(generateTokens(model, prompts, 4, o) != a);
        // top-1 sampling is greedy decoding.
        o.topK = 1;
        const auto top1 = generateTokens(model, prompts, 1, o);
        o.greedy = true;
        QCOMPARE(generateTokens(model, prompts, 1, o), top1);
    }

    void badInputsAreRejectedClearly()
    {
        const auto c = tinyConfig();
        Gpt2Model model(c, roughWeights(c, 16));
        at::NoGradGuard g;
        QVERIFY_THROWS_EXCEPTION(InputError, model.forward(TokenBatch::fromSequences({{1, 99}}, 0, at::kCPU)));
        QVERIFY_THROWS_EXCEPTION(InputError, model.forward(TokenBatch::fromSequences({randomIds(c, 33, 1)}, 0, at::kCPU)));
        ForwardOptions o;
        o.reads = {{TapPoint::MlpKey, 3, {{0, 0}}}};
        try {
            model.forward(TokenBatch::fromSequences({{1, 2}}, 0, at::kCPU), o);
            QFAIL("layer 3 accepted");
        } catch (const InputError& e) {
            QVERIFY(QString(e.what()).contains("layer 3 outside 0..2"));
        }
        o.reads = {{TapPoint::MlpKey, 0, {{0, 2}}}};
        QVERIFY_THROWS_EXCEPTION(InputError, model.forward(TokenBatch::fromSequences({{1, 2}}, 0, at::kCPU), o));
        GenerationOptions go;
        go.maxOutLen = 64;
        QVERIFY_THROWS_EXCEPTION(InputError, generateTokens(model, {{1}}, 1, go));
    }
};

EDITSCOPE_TEST_MAIN(TestGpt2Model)
#include "test_gpt2_model.moc"
