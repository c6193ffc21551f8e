// ROME on the test world's model: the closed-form properties of the update (spec §3.5, §8.3) and
// r-ROME's agreement with ROME when the template keys equal the prompt key. (Whether an edit takes is
// a property of the hparams for a model; the 3-layer test world needs its own, see the issue notes.)
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/context_templates.h"
#include "core/editing/hparams.h"
#include "core/editing/layer_stats.h"
#include "core/editing/rome.h"
#include "core/eval/subject_index.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

using namespace editscope;
using editscope::testing::testWorldDir;

class TestRome : public QObject {
    Q_OBJECT
    Gpt2Checkpoint checkpoint_;
    std::unique_ptr<Gpt2Tokenizer> tok_;
    std::vector<CounterFactRecord> records_;
    RomeHparams hp_;
    at::Tensor cInverse_;
    ContextTemplates templates_;

    Gpt2Model freshModel() const { return Gpt2Model(checkpoint_.config, checkpoint_.weights.clone()); }

    // Value of the edited layer's MLP at the subject's last token of `promptTemplate`.
    at::Tensor valueAt(const Gpt2Model& model, const std::string& promptTemplate, const std::string& subject) const
    {
        at::NoGradGuard g;
        const auto at = subjectTokenIndex(*tok_, promptTemplate, subject, FactToken::SubjectLast);
        const auto pos = promptTemplate.find("{}");
        const auto text = promptTemplate.substr(0, pos) + subject + promptTemplate.substr(pos + 2);
        ForwardOptions o;
        o.reads = {{TapPoint::MlpOut, hp_.layers[0], {{0, at}}}};
        return model.forward(TokenBatch::fromSequences({tok_->encode(text)}, 0, at::kCPU), o).reads[0][0];
    }

private Q_SLOTS:
    void initTestCase()
    {
        checkpoint_ = loadGpt2Folder(testWorldDir() + "/model");
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(testWorldDir() + "/model"));
        records_ = loadCounterFact(testWorldDir() + "/counterfact.json");
        hp_ = loadRomeHparams(testWorldDir() + "/hparams/ROME/demo.json");
        Gpt2Model model = freshModel();
        SecondMomentOptions so;
        so.layers = hp_.layers;
        so.dtype = at::kDouble;
        const auto moment = computeSecondMoments(model, *tok_, loadTextCorpus(testWorldDir() + "/corpus.txt"), so)[0];
        cInverse_ = inverseSecondMoment(moment.sum, moment.count, true);
        templates_ = romeContextTemplates(model, *tok_, {{5, 10}, {10, 10}}, 0);
    }

    void updateMapsThePromptKeyToVStar()
    {
        Gpt2Model model = freshModel();
        const auto& rw = records_[0].rewrite;
        const auto r = executeRome(model, *tok_, rw, hp_, templates_, cInverse_);
        QVERIFY(std::abs(r.u.norm().item<double>() - 1.0) < 1e-6);
        QVERIFY(r.diagnostics.vStar.adamSteps >= 1 && r.diagnostics.vStar.adamSteps <= hp_.vNumGradSteps - 1);
        QVERIFY(r.diagnostics.vStar.deltaNorm <= hp_.clampNormFactor * r.diagnostics.vStar.initNorm * (1 + 1e-5));
        applyLayerUpdate(model, r.update);
        const auto after = valueAt(model, rw.prompt, rw.subject);
        const double rel = (after - r.vStar).norm().item<double>() / r.vStar.norm().item<double>();
        QVERIFY2(rel < 1e-4, qPrintable(QString("relative error %1").arg(rel)));
    }

    void consistentTemplateModeMapsTheAveragedKeyToVStar()
    {
        Gpt2Model model = freshModel();
        RomeHparams hp = hp_;
        hp.editscope.keyMode = RomeKeyMode::ConsistentTemplate;
        const auto& rw = records_[1].rewrite;
        const auto r = executeRome(model, *tok_, rw, hp, templates_, cInverse_);
        applyLayerUpdate(model, r.update);
        // The layer's map is linear in the key: W'k̄ + b = m̄ + (u·k̄)v = v*.
        const auto& w = model.weights().blocks[static_cast<size_t>(hp.layers[0])];
        const auto mapped = at::matmul(r.closingKey, w.mlpCProjWeight) + w.mlpCProjBias;
        const double rel = (mapped - r.vStar).norm().item<double>() / r.vStar.norm().item<double>();
        QVERIFY2(rel < 1e-4, qPrintable(QString("relative error %1").arg(rel)));
    }

    void rRomeEqualsRomeWhenTemplateKeysEqualThePromptKey()
    {
        // With the bare template alone, k̄ = k_p and v_init = m_p: every key mode computes the same edit.
        const ContextTemplates bareOnly{{{"{}"}}};
        const auto& rw = records_[3].rewrite;
        Gpt2Model model = freshModel();
        const auto reference = executeRome(model, *tok_, rw, hp_, bareOnly, cInverse_);
        for (auto mode : {RomeKeyMode::ConsistentTemplate, RomeKeyMode::ConsistentPrompt}) {
            RomeHparams hp = hp_;
            hp.editscope.keyMode = mode;
            const auto other = executeRome(model, *tok_, rw, hp, bareOnly, cInverse_);
            QVERIFY(at::allclose(other.u, reference.u, 1e-5, 1e-6));
            QVERIFY(at::allclose(other.v, reference.v, 1e-4, 1e-5));
        }
        QVERIFY(reference.diagnostics.keyMismatch < 1e-6);
    }
};

EDITSCOPE_TEST_MAIN(TestRome)
#include "test_rome.moc"
