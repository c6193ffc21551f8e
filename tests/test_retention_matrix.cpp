// RunStore::retentionMatrix: the facts × retention-evaluations grid of a run file written here with
// hand-chosen retention values, checked cell by cell (value and state) and fact by fact (subject, edit
// step, edit number, forget index) against values derived by hand for both criteria; a batched run with a
// case edited twice; a run without retention evaluations.
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"

#include "core/util/error.h"

#include <QTemporaryDir>

using namespace editscope;
using namespace editscope::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using S = RetentionState;

RecordEvalRecord eval(int64_t caseId, double es, double rewriteAcc)
{
    RecordEvalRecord e;
    e.caseId = caseId;
    e.es = e.ps = e.ns = es;
    e.rewriteAcc = rewriteAcc;
    return e;
}

StepRecord step(int64_t k, std::vector<int64_t> cases)
{
    StepRecord s;
    s.step = k;
    s.requests = nlohmann::json::array();
    for (int64_t c : cases) {
        s.requests.push_back({{"subject", "Subject " + std::to_string(c)}, {"prompt", "{} plays"}});
        s.post.push_back(eval(c, 1, 1));
    }
    s.caseIds = std::move(cases);
    return s;
}

const char* stateName(S s)
{
    switch (s) {
    case S::NotYetEdited: return "not yet edited";
    case S::NotEvaluated: return "not evaluated";
    case S::Recalled: return "recalled";
    case S::Forgotten: return "forgotten";
    }
    return "?";
}

// Row `fact` of the matrix equals (states, values) cell by cell; NaN equals NaN.
void compareRow(const RetentionMatrix& m, size_t fact, const std::vector<S>& states, const std::vector<double>& values)
{
    QCOMPARE(m.steps.size(), states.size());
    for (size_t c = 0; c < states.size(); ++c) {
        const std::string where = "fact " + std::to_string(fact) + " column " + std::to_string(c) + ": "
            + stateName(m.state(fact, c)) + " " + std::to_string(m.value(fact, c));
        QVERIFY2(m.state(fact, c) == states[c], where.c_str());
        QVERIFY2(sameReal(m.value(fact, c), values[c]), where.c_str());
    }
}

} // namespace

class TestRetentionMatrix : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int files_ = 0;
    std::string freshPath() { return dir_.filePath(QString("run%1.sqlite").arg(files_++)).toStdString(); }

    // Six single-case steps, retention at steps 2, 4 and 6 (values chosen by hand, see the comments).
    int64_t writeSixSteps(RunStore& store)
    {
        const int64_t run = store.createRun(makeSpec("retention", 1));
        std::vector<StepRecord> steps;
        for (int64_t k = 1; k <= 6; ++k)
            steps.push_back(step(k, {9 + k}));   // cases 10..15
        steps[4].post = {eval(14, 0, 0)};        // case 14 never learned
        // step 2: 10 known by ES, its argmax already lost; 11 (its own step) likewise
        steps[1].retention = {eval(10, 1, 0), eval(11, 1, 0)};
        // step 4: 10 lost (ES 0.5); 11 back; 12 known; 13's value undefined (no rewrite prompts)
        steps[3].retention = {eval(10, 0.5, 0), eval(11, 1, 1), eval(12, 1, 1), eval(13, kNaN, kNaN)};
        // step 6: 10 known again (still forgotten at 4); 11 lost; 12 not asked; 14 partly; a case never edited
        steps[5].retention = {eval(10, 1, 1), eval(11, 0, 0), eval(13, 1, 1), eval(14, 0.25, 0), eval(15, 1, 0),
                              eval(99, 0, 0)};
        for (const auto& s : steps)
            store.appendStep(run, s);
        return run;
    }

private Q_SLOTS:
    void efficacyMatrixByHand()
    {
        RunStore store(freshPath());
        const int64_t run = writeSixSteps(store);
        const auto m = store.retentionMatrix(run);
        QVERIFY(m.criterion == ForgettingCriterion::Efficacy);
        QCOMPARE(m.batchSize, int64_t{1});
        QCOMPARE(m.steps, (std::vector<int64_t>{2, 4, 6}));
        QCOMPARE(m.facts.size(), size_t{6});
        QCOMPARE(m.values.size(), size_t{18});
        QCOMPARE(m.states.size(), size_t{18});
        for (size_t i = 0; i < 6; ++i) {
            QCOMPARE(m.facts[i].caseId, int64_t(10 + i));
            QCOMPARE(m.facts[i].subject, "Subject " + std::to_string(10 + i));
            QCOMPARE(m.facts[i].stepEdited, int64_t(i + 1));
            QCOMPARE(m.facts[i].editNumber, int64_t(i + 1));
        }
        compareRow(m, 0, {S::Recalled, S::Forgotten, S::Recalled}, {1, 0.5, 1});
        compareRow(m, 1, {S::Recalled, S::Recalled, S::Forgotten}, {1, 1, 0});
        compareRow(m, 2, {S::NotYetEdited, S::Recalled, S::NotEvaluated}, {kNaN, 1, kNaN});
        compareRow(m, 3, {S::NotYetEdited, S::NotEvaluated, S::Recalled}, {kNaN, kNaN, 1});
        compareRow(m, 4, {S::NotYetEdited, S::NotYetEdited, S::Forgotten}, {kNaN, kNaN, 0.25});
        compareRow(m, 5, {S::NotYetEdited, S::NotYetEdited, S::Recalled}, {kNaN, kNaN, 1});
        // Forget index: the first retention step after the edit with ES < 1 (a later recovery does not undo it).
        const std::vector<std::optional<int64_t>> forgetAt = {4, 6, std::nullopt, std::nullopt, 6, std::nullopt};
        const std::vector<double> post = {1, 1, 1, 1, 0, 1};
        for (size_t i = 0; i < 6; ++i) {
            QVERIFY2(m.facts[i].forgottenAt == forgetAt[i], std::to_string(i).c_str());
            QCOMPARE(m.facts[i].postValue, post[i]);
        }
        // The same indices as RunStore::forgetting, in the same order.
        const auto f = store.forgetting(run);
        QCOMPARE(f.size(), m.facts.size());
        for (size_t i = 0; i < f.size(); ++i) {
            QCOMPARE(f[i].caseId, m.facts[i].caseId);
            QVERIFY(f[i].forgottenAt == m.facts[i].forgottenAt);
        }
    }

    void rewriteAccuracyMatrixByHand()
    {
        const std::string path = freshPath();
        int64_t run = 0;
        {
            RunStore writer(path);
            run = writeSixSteps(writer);
        }
        RunStore store(path, true);   // a reader: the map never writes
        const auto m = store.retentionMatrix(run, ForgettingCriterion::RewriteAccuracy);
        QVERIFY(m.criterion == ForgettingCriterion::RewriteAccuracy);
        QCOMPARE(m.steps, (std::vector<int64_t>{2, 4, 6}));
        compareRow(m, 0, {S::Forgotten, S::Forgotten, S::Recalled}, {0, 0, 1});
        compareRow(m, 1, {S::Forgotten, S::Recalled, S::Forgotten}, {0, 1, 0});
        compareRow(m, 2, {S::NotYetEdited, S::Recalled, S::NotEvaluated}, {kNaN, 1, kNaN});
        compareRow(m, 3, {S::NotYetEdited, S::NotEvaluated, S::Recalled}, {kNaN, kNaN, 1});
        compareRow(m, 4, {S::NotYetEdited, S::NotYetEdited, S::Forgotten}, {kNaN, kNaN, 0});
        compareRow(m, 5, {S::NotYetEdited, S::NotYetEdited, S::Forgotten}, {kNaN, kNaN, 0});
        // 10 is lost at 2 by its argmax (by ES only at 4); 11's and 15's own-step evaluations (steps 2
        // and 6) are not after their edits.
        const std::vector<std::optional<int64_t>> forgetAt = {2, 6, std::nullopt, std::nullopt, 6, std::nullopt};
        for (size_t i = 0; i < 6; ++i)
            QVERIFY2(m.facts[i].forgottenAt == forgetAt[i], std::to_string(i).c_str());
    }

    void batchedRunWithACaseEditedTwice()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("batched", 2));
        StepRecord s1 = step(1, {20, 21});
        s1.retention = {eval(20, 1, 1), eval(21, 0, 0)};
        StepRecord s2 = step(2, {22, 20});
        s2.retention = {eval(20, 0.5, 0), eval(21, 1, 1), eval(22, 1, 1)};
        StepRecord s3 = step(3, {23, 24});   // no retention at step 3
        store.appendStep(run, s1);
        store.appendStep(run, s2);
        store.appendStep(run, s3);
        const auto m = store.retentionMatrix(run);
        QCOMPARE(m.batchSize, int64_t{2});
        QCOMPARE(m.steps, (std::vector<int64_t>{1, 2}));
        QCOMPARE(m.facts.size(), size_t{6});
        const std::vector<int64_t> cases = {20, 21, 22, 20, 23, 24}, stepOf = {1, 1, 2, 2, 3, 3};
        for (size_t i = 0; i < 6; ++i) {
            QCOMPARE(m.facts[i].caseId, cases[i]);
            QCOMPARE(m.facts[i].subject, "Subject " + std::to_string(cases[i]));
            QCOMPARE(m.facts[i].stepEdited, stepOf[i]);
            QCOMPARE(m.facts[i].editNumber, int64_t(i + 1));   // (step − 1) · 2 + index + 1
        }
        // Case 20's step-2 value is the one fact's value for both of its edits.
        compareRow(m, 0, {S::Recalled, S::Forgotten}, {1, 0.5});
        compareRow(m, 1, {S::Forgotten, S::Recalled}, {0, 1});
        compareRow(m, 2, {S::NotYetEdited, S::Recalled}, {kNaN, 1});
        compareRow(m, 3, {S::NotYetEdited, S::Forgotten}, {kNaN, 0.5});
        compareRow(m, 4, {S::NotYetEdited, S::NotYetEdited}, {kNaN, kNaN});
        compareRow(m, 5, {S::NotYetEdited, S::NotYetEdited}, {kNaN, kNaN});
        // 20 (step 1) lost at 2; 21 was 0 only at its own step: not after its edit, and 1 at step 2.
        const std::vector<std::optional<int64_t>> forgetAt = {2, std::nullopt, std::nullopt, std::nullopt,
                                                              std::nullopt, std::nullopt};
        for (size_t i = 0; i < 6; ++i)
            QVERIFY2(m.facts[i].forgottenAt == forgetAt[i], std::to_string(i).c_str());
    }

    void runWithoutRetentionAndUnknownRun()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("none", 1));
        store.appendStep(run, step(1, {5}));
        const auto m = store.retentionMatrix(run);
        QVERIFY(m.steps.empty());
        QCOMPARE(m.facts.size(), size_t{1});
        QVERIFY(m.values.empty() && m.states.empty());
        QVERIFY(!m.facts[0].forgottenAt);
        const auto empty = store.retentionMatrix(store.createRun(makeSpec("empty", 1)));
        QVERIFY(empty.steps.empty() && empty.facts.empty());
        bool threw = false;
        try {
            store.retentionMatrix(run + 41);
        } catch (const InputError&) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

EDITSCOPE_TEST_MAIN(TestRetentionMatrix)
#include "test_retention_matrix.moc"
