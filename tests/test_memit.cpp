// MEMIT on the test world's model: the closed-form properties of its update (spec §4.2) — the solve
// satisfies its normal equations, the keys are the two-level template average, the model is restored
// after the call, and the stored factors reproduce the in-loop weights.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/context_templates.h"
#include "core/editing/hparams.h"
#include "core/editing/layer_stats.h"
#include "core/editing/memit.h"
#include "core/editing/subject_reads.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

using namespace editscope;
using editscope::testing::testWorldDir;

class TestMemit : public QObject {
    Q_OBJECT
    Gpt2Checkpoint checkpoint_;
    std::unique_ptr<Gpt2Tokenizer> tok_;
    std::vector<CounterFactRecord> records_;
    MemitHparams hp_;
    std::vector<at::Tensor> moments_;
    ContextTemplates templates_;

    Gpt2Model freshModel() const { return Gpt2Model(checkpoint_.config, checkpoint_.weights.clone()); }

    std::vector<RewriteRequest> requests(size_t n) const
    {
        std::vector<RewriteRequest> r;
        for (size_t i = 0; i < n && i < records_.size(); ++i)
            r.push_back(records_[i].rewrite);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        checkpoint_ = loadGpt2Folder(testWorldDir() + "/model");
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(testWorldDir() + "/model"));
        records_ = loadCounterFact(testWorldDir() + "/counterfact.json");
        hp_ = loadMemitHparams(testWorldDir() + "/hparams/MEMIT/demo.json");
        Gpt2Model model = freshModel();
        SecondMomentOptions so;
        so.layers = hp_.layers;
        const auto corpus = loadTextCorpus(testWorldDir() + "/corpus.txt");
        for (const auto& m : computeSecondMoments(model, *tok_, corpus, so))
            moments_.push_back(m.moment());
        templates_ = memitContextTemplates(model, *tok_, 3);
        QCOMPARE(templates_.groups.size(), size_t(2));
        QCOMPARE(templates_.size(), size_t(6));
    }

    void solveSatisfiesItsNormalEquations()
    {
        Gpt2Model model = freshModel();
        const auto r = executeMemit(model, *tok_, requests(8), hp_, templates_, moments_);
        QCOMPARE(r.updates.size(), hp_.layers.size());
        for (size_t j = 0; j < r.updates.size(); ++j) {
            const auto& step = r.diagnostics.layers[j];
            const auto& X = r.updates[j].left;
            QCOMPARE(X.scalar_type(), at::kDouble);   // the reference solves in float64
            QCOMPARE(X.size(1), int64_t(8));
            const auto& K = step.keys;
            const auto A = hp_.mom2UpdateWeight * moments_[j].to(at::kDouble) + at::matmul(K, K.t());
            const double rel = (at::matmul(A, X) - K).norm().item<double>() / K.norm().item<double>();
            QVERIFY2(rel < 1e-8, qPrintable(QString("layer %1: relative residual %2").arg(step.layer).arg(rel)));
            // R = (Z − Z_cur)/(M − j): the last layer takes everything that is left.
            QVERIFY(step.residualNorm > 0);
        }
        QCOMPARE(r.z.size(1), int64_t(8));
        QCOMPARE(r.diagnostics.z.size(), size_t(8));
    }

    void keysAreTheTwoLevelTemplateAverage()
    {
        Gpt2Model model = freshModel();
        const auto req = requests(2);
        const auto r = executeMemit(model, *tok_, req, hp_, templates_, moments_);
        // First layer: keys come from the unedited model. ½·k(bare) + ½·mean(k(prefixed)) [QUIRK].
        for (size_t i = 0; i < req.size(); ++i) {
            std::vector<SubjectPrompt> prompts;
            for (const auto& t : templates_.flat())
                prompts.push_back({fillSlot(t, req[i].prompt), req[i].subject});
            const auto k = readAtSubjects(model, *tok_, prompts, hp_.factToken, {{TapPoint::MlpKey, hp_.layers[0]}})[0].to(at::kDouble);
            const auto expected = 0.5 * k[0] + 0.5 * k.narrow(0, 1, 5).mean(0);
            const auto flat = k.mean(0);
            const auto got = r.diagnostics.layers[0].keys.select(1, static_cast<int64_t>(i));
            QVERIFY(at::allclose(got, expected, 1e-5, 1e-6));
            QVERIFY(!at::allclose(got, flat, 1e-5, 1e-6));   // distinguishable from a flat mean
        }
    }

    void modelIsRestoredAndFactorsReproduceTheEdit()
    {
        Gpt2Model model = freshModel();
        const auto r = executeMemit(model, *tok_, requests(4), hp_, templates_, moments_);
        for (auto l : hp_.layers)
            QVERIFY(at::equal(model.weights().blocks[size_t(l)].mlpCProjWeight, checkpoint_.weights.blocks[size_t(l)].mlpCProjWeight));
        for (const auto& u : r.updates)
            applyLayerUpdate(model, u);
        for (size_t j = 0; j < r.updates.size(); ++j) {
            const auto l = static_cast<size_t>(r.updates[j].layer);
            const auto delta = model.weights().blocks[l].mlpCProjWeight - checkpoint_.weights.blocks[l].mlpCProjWeight;
            const auto expected = at::matmul(r.updates[j].left, r.updates[j].right.t()).to(at::kFloat);
            QVERIFY(at::allclose(delta, expected, 1e-4, 1e-6));
            QVERIFY(std::abs(r.diagnostics.layers[j].updateNorm - expected.to(at::kDouble).norm().item<double>())
                    < 1e-4 * r.diagnostics.layers[j].updateNorm + 1e-9);
        }
    }

    void zOptimisationFollowsTheStepAccounting()
    {
        Gpt2Model model = freshModel();
        const auto r = executeMemit(model, *tok_, requests(1), hp_, templates_, moments_);
        const auto& t = r.diagnostics.z[0];
        QVERIFY(t.adamSteps <= hp_.vNumGradSteps - 1);
        QCOMPARE(static_cast<int64_t>(t.loss.size()), t.adamSteps + 1);
        QVERIFY(t.deltaNorm <= hp_.clampNormFactor * t.initNorm * (1 + 1e-5));
        QVERIFY(t.loss.back() < t.loss.front());
    }

    void badInputIsRejected()
    {
        Gpt2Model model = freshModel();
        QVERIFY_THROWS_EXCEPTION(InputError, executeMemit(model, *tok_, {}, hp_, templates_, moments_));
        QVERIFY_THROWS_EXCEPTION(InputError, executeMemit(model, *tok_, requests(1), hp_, templates_, {moments_[0], moments_[0], moments_[0]}));
    }
};

EDITSCOPE_TEST_MAIN(TestMemit)
#include "test_memit.moc"
