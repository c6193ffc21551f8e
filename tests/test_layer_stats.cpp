// Layer statistics against a direct computation: every selected document run alone, its keys read at
// every position, Σ k kᵀ summed in float64. Also the reference's document choice, truncation,
// batching invariance, and the properties a second moment must have.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/layer_stats.h"
#include "core/editing/stats_file.h"
#include "core/formats/npz.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/python_random.h"

#include <numeric>
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <limits>

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

    void savedStatisticsLoadBackEqual()
    {
        QTemporaryDir tmp;
        for (auto dtype : {at::kFloat, at::kDouble}) {
            SecondMomentOptions o;
            o.layers = {1};
            o.dtype = dtype;
            const auto m = computeSecondMoments(*model_, *tok_, corpus_, o)[0];
            const std::string path = tmp.path().toStdString() + "/a/b/stats.npz";
            saveSecondMoment(path, m);
            const auto loaded = loadSecondMoment(path, model_->config().innerDim(), 1);
            QVERIFY(at::equal(loaded.moment.sum, m.sum));
            QCOMPARE(loaded.moment.count, m.count);
            QCOMPARE(loaded.moment.sampleSize, m.sampleSize);
            QCOMPARE(loaded.dtypeName, std::string(dtype == at::kDouble ? "float64" : "float32"));
            QVERIFY(loaded.minEigenvalue <= loaded.maxEigenvalue && loaded.maxEigenvalue > 0);
            const auto arrays = readNpz(path);   // the reference's member names and constructor text
            QCOMPARE(arrays.at("mom2.constructor").scalarString(), std::string("util.runningstats.SecondMoment()"));
            QCOMPARE(arrays.size(), size_t(4));
        }
    }

    void invalidStatisticsAreRejected()
    {
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/s.npz";
        const int64_t n = model_->config().innerDim();
        auto write = [&](const at::Tensor& sum, int64_t count) {
            SecondMoment m;
            m.sum = sum;
            m.count = count;
            m.sampleSize = 10;
            saveSecondMoment(path, m);
        };
        auto reason = [&](int64_t inner) {
            try {
                loadSecondMoment(path, inner, 0);
            } catch (const InputError& e) {
                return std::string(e.field()) + ": " + e.reason();
            }
            return std::string("accepted");
        };
        const auto good = at::eye(n, at::kFloat);
        write(good, 5);
        QCOMPARE(reason(n), std::string("accepted"));
        QVERIFY(reason(n + 4).find("mom2.mom2: expected shape [") == 0);
        write(good, 0);
        QVERIFY(reason(n).find("mom2.count: must be positive") == 0);
        auto nan = good.clone();
        nan[0][1] = std::numeric_limits<float>::quiet_NaN();
        write(nan, 5);
        QVERIFY(reason(n).find("NaN") != std::string::npos);
        auto skew = good.clone();
        skew[0][1] = 0.5;
        write(skew, 5);
        QVERIFY(reason(n).find("not symmetric") != std::string::npos);
        writeNpz(path, {{"mom2.count", NpyArray::int64Scalar(3)}});
        QVERIFY(reason(n).find("mom2.mom2: missing") == 0);
        QVERIFY(std::string([&] {
                    try {
                        loadSecondMoment(tmp.path().toStdString() + "/none.npz", n, 3);
                    } catch (const InputError& e) {
                        return std::string(e.what());
                    }
                    return std::string();
                }()).find("editscope-cli stats --model DIR --corpus FILE --layers 3") != std::string::npos);
    }

    void cliWritesTheReferencePathAndChecksIt()
    {
        QTemporaryDir tmp;
        const auto model = QString::fromStdString(testWorldDir() + "/model");
        const auto r = editscope::testing::runCli({"stats", "--model", model, "--corpus",
                                                   QString::fromStdString(testWorldDir() + "/corpus.txt"), "--layers", "0,2",
                                                   "--samples", "20", "--stats-dir", tmp.path(), "--json", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j.size(), size_t(2));
        const std::string expected = secondMomentPath(tmp.path().toStdString(), "model", "corpus", 2, "float32", 20);
        QCOMPARE(j[1]["path"].get<std::string>(), expected);
        // The CLI's file equals the library's computation on the same documents.
        SecondMomentOptions o;
        o.layers = {2};
        o.sampleDocuments = 20;
        const auto direct = computeSecondMoments(*model_, *tok_, corpus_, o)[0];
        const auto loaded = loadSecondMoment(expected, model_->config().innerDim(), 2);
        QCOMPARE(loaded.moment.count, direct.count);
        QVERIFY(at::allclose(loaded.moment.sum, direct.sum, 1e-5, 1e-5));
        const auto check = editscope::testing::runCli({"stats-check", "--model", model, "--file", QString::fromStdString(expected),
                                                       "--layer", "2"});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("valid for layer 2"));
        const auto bad = editscope::testing::runCli({"stats", "--model", model, "--corpus", "/nonexistent.txt", "--layers", "0",
                                                     "--stats-dir", tmp.path()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("/nonexistent.txt"));
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
