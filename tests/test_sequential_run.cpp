// The sequential run loop on the test world, with an in-memory journal: what a step stores, the
// evaluation schedules, that pausing + resuming and cancelling + resuming store exactly what an
// uninterrupted run stores, and that the stored factors rebuild the live model.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/edit_method.h"
#include "core/editing/layer_stats.h"
#include "core/editing/stats_file.h"
#include "core/eval/counterfact_scores.h"
#include "core/runner/sequential_run.h"
#include "core/runner/stored_tensor.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/memory_journal.h"
#include "support/test_main.h"

#include <QTemporaryDir>

using namespace editscope;
using editscope::testing::MemoryJournal;
using editscope::testing::testWorldDir;

namespace {

void compareSteps(const StepRecord& a, const StepRecord& b)
{
    QCOMPARE(a.step, b.step);
    QCOMPARE(a.caseIds, b.caseIds);
    QVERIFY(a.updates == b.updates);   // factor bytes identical
    QCOMPARE(a.norms.size(), b.norms.size());
    for (size_t i = 0; i < a.norms.size(); ++i)
        QVERIFY(a.norms[i] == b.norms[i]);
    QCOMPARE(a.post.size(), b.post.size());
    for (size_t i = 0; i < a.post.size(); ++i) {
        QCOMPARE(a.post[i].es, b.post[i].es);
        QVERIFY(a.post[i].scores == b.post[i].scores);
        QVERIFY(a.pre[i].scores == b.pre[i].scores);
    }
    QCOMPARE(a.retention.size(), b.retention.size());
    for (size_t i = 0; i < a.retention.size(); ++i)
        QCOMPARE(a.retention[i].es, b.retention[i].es);
    QCOMPARE(a.generations.size(), b.generations.size());
    for (size_t i = 0; i < a.generations.size(); ++i)
        QCOMPARE(a.generations[i].text, b.generations[i].text);
    QCOMPARE(a.downstream.size(), b.downstream.size());
    for (size_t i = 0; i < a.downstream.size(); ++i)
        QCOMPARE(a.downstream[i].accuracy, b.downstream[i].accuracy);
    QVERIFY(a.flags == b.flags);
}

} // namespace

class TestSequentialRun : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    RunSpec spec_;

private Q_SLOTS:
    void initTestCase()
    {
        const std::string world = testWorldDir();
        const std::string stats = tmp_.path().toStdString() + "/stats";
        const auto hp = loadRomeHparams(world + "/hparams/ROME/demo.json");
        const auto checkpoint = loadGpt2Folder(world + "/model");
        const auto tok = Gpt2Tokenizer::loadFromDir(world + "/model");
        const Gpt2Model model(checkpoint.config, checkpoint.weights);
        SecondMomentOptions so;
        so.layers = hp.layers;
        so.sampleDocuments = hp.mom2NSamples;
        for (const auto& m : computeSecondMoments(model, tok, loadTextCorpus(world + "/corpus.txt"), so))
            saveSecondMoment(secondMomentPath(stats, "model", hp.mom2Dataset, m.layer, "float32", hp.mom2NSamples), m);
        NewRunOptions o;
        o.name = "test";
        o.modelDir = world + "/model";
        o.datasetPath = world + "/counterfact.json";
        o.method = "rome";
        o.hparamsPath = world + "/hparams/ROME/demo.json";
        o.statsDir = stats;
        o.edits = 6;
        o.seed = 5;
        o.retentionEvery = 2;
        o.downstreamEvery = 3;
        o.generationEvery = 3;
        o.downstreamDir = world;
        o.downstreamPerClass = 4;
        o.generationPromptCount = 2;
        spec_ = prepareRunSpec(o);
        QCOMPARE(spec_.order.size(), size_t(6));
        QCOMPARE(spec_.templates[0].size(), size_t(21));
    }

    void storesEveryStepWithItsSchedules()
    {
        MemoryJournal journal(spec_);
        SequentialRun run(journal);
        std::vector<std::string> phases;
        RunControl control;
        control.progress = [&](const RunProgress& p) { phases.push_back(p.phase); };
        QCOMPARE(run.run(control), RunStatus::Finished);
        QCOMPARE(journal.status(), RunStatus::Finished);
        QCOMPARE(journal.steps().size(), size_t(6));
        QVERIFY(journal.baseline().stored);
        QCOMPARE(journal.baseline().generations.size(), size_t(2));
        QCOMPARE(journal.baseline().downstream.size(), size_t(2));   // the test world's two skills
        for (const auto& s : journal.steps()) {
            QCOMPARE(s.caseIds.size(), size_t(1));
            QCOMPARE(s.caseIds[0], spec_.order[size_t(s.step - 1)]);
            QCOMPARE(s.updates.size(), size_t(1));
            QCOMPARE(s.updates[0].left.shape, (std::vector<int64_t>{384, 1}));
            QCOMPARE(s.norms.size(), size_t(1));
            QVERIFY(s.norms[0].updateNorm > 0);
            QVERIFY(s.norms[0].driftNorm > 0);
            QCOMPARE(s.pre.size(), size_t(1));
            QCOMPARE(s.post.size(), size_t(1));
            QVERIFY(!s.nonFinite);
            QCOMPARE(s.retention.size(), s.step % 2 == 0 ? size_t(s.step) : size_t(0));
            QCOMPARE(s.downstream.size(), s.step % 3 == 0 ? size_t(2) : size_t(0));
            QCOMPARE(s.generations.size(), s.step % 3 == 0 ? size_t(2) : size_t(0));
        }
        // Step 1's drift equals its own update: ‖W₁ − W₀‖ = ‖ΔW₁‖.
        const auto& n1 = journal.steps()[0].norms[0];
        QVERIFY(std::abs(n1.driftNorm - n1.updateNorm) < 1e-5 * n1.updateNorm);
        QVERIFY(std::find(phases.begin(), phases.end(), "retention") != phases.end());

        // The stored factors rebuild the model: the step-6 records score the same on the rebuilt model.
        const auto checkpoint = loadGpt2Folder(spec_.modelDir);
        Gpt2Model rebuilt(checkpoint.config, checkpoint.weights.clone());
        applyStoredUpdates(rebuilt, journal.updatesThrough(6));
        const auto tok = Gpt2Tokenizer::loadFromDir(spec_.modelDir);
        const auto records = loadCounterFact(spec_.datasetPath);
        for (const auto& r : records)
            if (r.caseId == journal.steps().back().caseIds[0]) {
                at::NoGradGuard g;
                const auto s = scoreCounterFact(rebuilt, tok, {r})[0];
                QVERIFY(s.toJson() == journal.steps().back().post[0].scores);
            }
        allSteps_ = journal.steps();
    }

    void pauseAndResumeStoreTheSame()
    {
        MemoryJournal journal(spec_);
        {
            SequentialRun run(journal);
            QCOMPARE(run.run({}, 4), RunStatus::Paused);
            QCOMPARE(journal.steps().size(), size_t(4));
        }
        SequentialRun resumed(journal);   // as after a restart: rebuilt from the stored factors
        QCOMPARE(resumed.lastStep(), int64_t(4));
        QCOMPARE(resumed.run({}), RunStatus::Finished);
        QCOMPARE(journal.steps().size(), allSteps_.size());
        for (size_t i = 0; i < allSteps_.size(); ++i)
            compareSteps(journal.steps()[i], allSteps_[i]);
    }

    void cancelTakesEffectWithinAStepAndResumes()
    {
        MemoryJournal journal(spec_);
        SequentialRun run(journal);
        int polls = 0;
        RunControl control;
        control.cancelled = [&] { return ++polls > 60; };   // somewhere inside step 2 or 3
        QCOMPARE(run.run(control), RunStatus::Cancelled);
        QCOMPARE(journal.status(), RunStatus::Cancelled);
        const auto stored = journal.steps().size();
        QVERIFY(stored < 6);
        QCOMPARE(run.lastStep(), int64_t(stored));
        // The same object continues from the restored model and stores what an uninterrupted run does.
        QCOMPARE(run.run({}), RunStatus::Finished);
        for (size_t i = 0; i < allSteps_.size(); ++i)
            compareSteps(journal.steps()[i], allSteps_[i]);
    }

    void pausesOnAFlag()
    {
        RunSpec spec = spec_;
        spec.pauseOnFlag = true;
        DetectorSettings strict;
        strict.minHistory = 1;
        strict.updateNormFactor = 0.5;   // any update above half the median of the earlier ones
        spec.detector = strict.toJson();
        MemoryJournal journal(spec);
        SequentialRun run(journal);
        QCOMPARE(run.run({}), RunStatus::Paused);
        QCOMPARE(journal.status(), RunStatus::Paused);
        QCOMPARE(journal.steps().size(), size_t(2));   // step 1 has no history; step 2 is flagged
        const auto& flags = journal.steps().back().flags;
        QVERIFY(!flags.empty());
        QCOMPARE(flags.front().criterion, std::string("update_norm_vs_median"));
        QCOMPARE(flags.front().threshold, 0.5 * journal.steps()[0].norms[0].updateNorm);
        QVERIFY(journal.steps()[0].flags.empty());
    }

private:
    std::vector<StepRecord> allSteps_;
};

EDITSCOPE_TEST_MAIN(TestSequentialRun)
#include "test_sequential_run.moc"
