// Layer statistics against a direct computation: every selected document run alone, its keys read at
// every position, Σ k kᵀ summed in float64. Also the reference's document choice, truncation,
// batching invariance, and the properties a second moment must have.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/layer_stats.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/python_random.h"

#include <numeric>
#include "support/cli_runner.h"
#include "support/test_main.h"

using namespace editscope;
using editscope::testing::testWorldDir;

class TestLayerStats : public QObject {
    Q_OBJECT
    std::unique_ptr<Gpt2Model> model_;
    std::unique_ptr<Gpt2Tokenizer> tok_;
    std::vector<std::string> corpus_;

    at::Tensor directSum(int64_t layer, const std::vector<int64_t>& docs, int64_t& count)
    {
        at::NoGradGuard g;
        const int64_t inner = model_->config().innerDim();
        at::Tensor sum = at::zeros({inner, inner}, at::kDouble);
        count = 0;
        for (int64_t d : docs) {
            auto ids = tok_->encode(corpus_[static_cast<size_t>(d)]);
            if (static_cast<int64_t>(ids.size()) > model_->config().nPositions)
                ids.resize(static_cast<size_t>(model_->config().nPositions));
            std::vector<RowPosition> all;
            for (int64_t t = 0; t < static_cast<int64_t>(ids.size()); ++t)
                all.push_back({0, t});
            ForwardOptions o;
            o.reads = {{TapPoint::MlpKey, layer, all}};
            const auto k = model_->forward(TokenBatch::fromSequences({ids}, 0, at::kCPU), o).reads[0].to(at::kDouble);
            sum += k.t().mm(k);
            count += k.size(0);
        }
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto checkpoint = loadGpt2Folder(testWorldDir() + "/model");
        model_ = std::make_unique<Gpt2Model>(checkpoint.config, checkpoint.weights);
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(testWorldDir() + "/model"));
        corpus_ = loadTextCorpus(testWorldDir() + "/corpus.txt");
        QVERIFY(corpus_.size() >= 20);
    }

    void sumEqualsDirectComputationOnTheReferenceDocuments()
    {
        SecondMomentOptions o;
        o.layers = {0, 2};
        o.sampleDocuments = 15;   // fewer than the corpus: the CPython shuffle picks which
        o.dtype = at::kDouble;
        const auto moments = computeSecondMoments(*model_, *tok_, corpus_, o);
        const auto docs = pythonShuffledPrefix(1, static_cast<int64_t>(corpus_.size()), 15);
        for (const auto& m : moments) {
            int64_t count = 0;
            const auto expected = directSum(m.layer, docs, count);
            QCOMPARE(m.count, count);
            QCOMPARE(m.sampleSize, int64_t{15});
            const double rel = (m.sum - expected).abs().max().item<double>() / expected.abs().max().item<double>();
            QVERIFY2(rel < 1e-10, qPrintable(QString("relative error %1").arg(rel)));
        }
    }

    void float32AccumulationIsCloseAndBatchingOnlyReordersSums()
    {
        SecondMomentOptions o;
        o.layers = {1};
        o.sampleDocuments = 1000;
        const auto wide = computeSecondMoments(*model_, *tok_, corpus_, o);
        o.batchTokens = model_->config().nPositions;   // one full-length document per sub-batch
        o.documentsPerBatch = 7;
        const auto narrow = computeSecondMoments(*model_, *tok_, corpus_, o);
        QCOMPARE(wide[0].sum.scalar_type(), at::kFloat);
        QCOMPARE(wide[0].count, narrow[0].count);
        QVERIFY(at::allclose(wide[0].sum, narrow[0].sum, 1e-4, 1e-3));
        int64_t count = 0;
        std::vector<int64_t> all(corpus_.size());
        std::iota(all.begin(), all.end(), 0);
        const auto expected = directSum(1, all, count);
        QCOMPARE(wide[0].count, count);
        QVERIFY(at::allclose(wide[0].sum.to(at::kDouble), expected, 1e-4, 1e-2));
    }

    void momentIsSymmetricPositiveSemidefinite()
    {
        SecondMomentOptions o;
        o.layers = {0};
        o.dtype = at::kDouble;
        const auto m = computeSecondMoments(*model_, *tok_, corpus_, o)[0];
        const auto c = m.moment();
        QVERIFY(at::allclose(c, c.t(), 0, 1e-12));
        const auto eig = at::linalg_eigvalsh(c);
        QVERIFY(eig.min().item<double>() > -1e-9 * eig.max().item<double>());
        // C = E[k kᵀ]: its trace is the mean squared key norm, positive for a real model.
        QVERIFY(c.trace().item<double>() > 0);
    }

    void badRequestsAreErrors()
    {
        SecondMomentOptions o;
        o.layers = {model_->config().nLayer};
        QVERIFY_THROWS_EXCEPTION(InputError, computeSecondMoments(*model_, *tok_, corpus_, o));
        o.layers = {0};
        o.dtype = at::kHalf;
        QVERIFY_THROWS_EXCEPTION(InputError, computeSecondMoments(*model_, *tok_, corpus_, o));
        o.dtype = at::kFloat;
        QVERIFY_THROWS_EXCEPTION(InputError, computeSecondMoments(*model_, *tok_, {"", ""}, o));
    }

    void cancellationStopsTheComputation()
    {
        SecondMomentOptions o;
        o.layers = {0};
        o.documentsPerBatch = 5;
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, computeSecondMoments(*model_, *tok_, corpus_, o, [&](const StatsProgress& p) {
            ++calls;
            return p.documentsDone < 10;
        }));
        QCOMPARE(calls, 2);
    }

    void referencePath()
    {
        QCOMPARE(secondMomentPath("data/stats", "gpt2-xl", "wikipedia", 17, "float32", 100000),
                 std::string("data/stats/gpt2-xl/wikipedia_stats/transformer.h.17.mlp.c_proj_float32_mom2_100000.npz"));
    }

    void corpusFormats()
    {
        QCOMPARE(parsePlainTextCorpus("a b\nc\n\n\n d \r\n\n"), (std::vector<std::string>{"a b\nc", " d "}));
        QCOMPARE(parseJsonLinesCorpus("{\"text\": \"x\"}\n\n{\"text\": \"\"}\n{\"text\": \"y\", \"id\": 3}\n", "f.jsonl"),
                 (std::vector<std::string>{"x", "y"}));
        try {
            parseJsonLinesCorpus("{\"text\": 1}\n", "f.jsonl");
            QFAIL("accepted a non-string text");
        } catch (const InputError& e) {
            QCOMPARE(std::string(e.what()), std::string("f.jsonl: line 1: expected an object with a string \"text\" field"));
        }
    }
};

EDITSCOPE_TEST_MAIN(TestLayerStats)
#include "test_layer_stats.moc"
