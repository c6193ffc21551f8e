// The run file (storage/run_store.h): exact round trips of specs and steps, step numbering, update
// chains across branches, series and forgetting against hand-computed values, refusal of files it
// must not open, and the concurrency promises: a reader sees whole steps only, and a writer killed
// with SIGKILL leaves a file that opens with consecutive, complete steps.
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"

#include "core/util/error.h"

#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include <csignal>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace editscope;
using namespace editscope::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no error)";
}

template <typename F>
std::string inputErrorOf(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("(not an InputError) ") + e.what();
    }
    return "(no error)";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string seriesText(const std::vector<SeriesPoint>& points)
{
    std::string out;
    for (const auto& p : points)
        out += "(" + std::to_string(p.step) + "," + std::to_string(p.edits) + "," + std::to_string(p.value) + ","
            + std::to_string(p.caseId) + ")";
    return out;
}

bool sameSeries(const std::vector<SeriesPoint>& a, const std::vector<SeriesPoint>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].step != b[i].step || a[i].edits != b[i].edits || a[i].caseId != b[i].caseId
            || !(sameReal(a[i].value, b[i].value) || std::abs(a[i].value - b[i].value) < 1e-12))
            return false;
    return true;
}

#define CHECK_SERIES(actual, ...)                                                                        \
    do {                                                                                                 \
        const std::vector<SeriesPoint> expected_ = __VA_ARGS__;                                          \
        const auto actual_ = (actual);                                                                   \
        QVERIFY2(sameSeries(actual_, expected_), (seriesText(actual_) + " != " + seriesText(expected_)).c_str()); \
    } while (0)

int64_t scalar(const std::string& path, const std::string& sql, int64_t bind = -1)
{
    Database db(path, Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    if (bind >= 0)
        st.bind(1, bind);
    st.step();
    return st.columnInt(0);
}

RecordEvalRecord esOnly(int64_t caseId, double es)
{
    RecordEvalRecord e;
    e.caseId = caseId;
    e.es = e.em = e.ps = e.pm = e.ns = e.nm = es;
    e.rewriteAcc = e.paraphraseAcc = e.neighborhoodAcc = es;
    return e;
}

StepRecord bareStep(int64_t k, std::vector<int64_t> cases)
{
    StepRecord s;
    s.step = k;
    s.caseIds = std::move(cases);
    return s;
}

} // namespace

class TestRunStore : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int files_ = 0;
    std::string freshPath() { return dir_.filePath(QString("run%1.sqlite").arg(files_++)).toStdString(); }

private Q_SLOTS:
    void specRoundTripsExactly()
    {
        const std::string path = freshPath();
        const RunSpec spec = makeSpec("first run", 3);
        int64_t id = 0;
        {
            RunStore store(path);
            id = store.createRun(spec);
            QCOMPARE(id, int64_t{1});
            QVERIFY(store.runSpec(id).toJson() == spec.toJson());
        }
        RunStore reader(path, true);
        const RunSpec back = reader.runSpec(id);
        QVERIFY2(back.toJson() == spec.toJson(), back.toJson().dump().c_str());
        QCOMPARE(back.seed, std::numeric_limits<uint64_t>::max());
        QCOMPARE(back.generationPrompts, spec.generationPrompts);
        QVERIFY(!back.parentRun.has_value());
        // The columns hold the fields too, for readers that use SQL directly.
        Database raw(path, Database::Mode::ReadOnly);
        auto st = raw.prepare("SELECT name, method, batch_size, seed, edit_order_json, pause_on_flag, hparams_text, "
                              "status, parent_run IS NULL FROM runs WHERE id = 1");
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), spec.name);
        QCOMPARE(st.columnText(1), std::string("rome"));
        QCOMPARE(st.columnInt(2), int64_t{3});
        QCOMPARE(st.columnText(3), std::string("18446744073709551615"));
        QCOMPARE(st.columnText(4), std::string("[5,3,9,1,7,2]"));
        QCOMPARE(st.columnInt(5), int64_t{1});
        QCOMPARE(st.columnText(6), spec.hparamsText);
        QCOMPARE(st.columnText(7), std::string("running"));
        QCOMPARE(st.columnInt(8), int64_t{1});

        const auto summaries = reader.runs();
        QCOMPARE(summaries.size(), size_t{1});
        QCOMPARE(summaries[0].name, spec.name);
        QCOMPARE(summaries[0].status, RunStatus::Running);
        QCOMPARE(summaries[0].steps, int64_t{0});
        QVERIFY(std::isnan(summaries[0].lastEs));
        QCOMPARE(summaries[0].createdAt.size(), size_t{24});   // 2024-05-01T12:00:00.000Z
        QVERIFY(summaries[0].createdAt.back() == 'Z');
    }

    void stepRoundTripsExactly()
    {
        const std::string path = freshPath();
        RunStore store(path);
        const int64_t run = store.createRun(makeSpec("r"));
        StepRecord s1 = makeStep(1);
        s1.flags = {{"a", 1.5, 1.0, "first"}, {"b", kNaN, 2.0, "second"}};
        s1.retention = {makeEval(7, 0.5, true), makeEval(3, kNaN, false)};
        s1.downstream = makeStep(3).downstream;
        s1.generations = makeStep(3).generations;
        s1.timings = {{"edit", 0.5}, {"total", 2.0}};
        StepRecord s2 = makeStep(2);   // two float64/float32 updates, different ranks
        QCOMPARE(s2.updates.size(), size_t{3});
        store.appendStep(run, s1);
        store.appendStep(run, s2);

        RunStore reader(path, true);
        QCOMPARE(reader.lastStep(run), int64_t{2});
        for (const auto& expected : {s1, s2}) {
            const StepRecord back = reader.step(run, expected.step);
            const std::string diff = stepDifference(back, expected);
            QVERIFY2(diff.empty(), diff.c_str());
            for (size_t i = 0; i < expected.updates.size(); ++i) {   // bit-identical factors
                QCOMPARE(back.updates[i].left.data, expected.updates[i].left.data);
                QCOMPARE(back.updates[i].right.data, expected.updates[i].right.data);
                QCOMPARE(back.updates[i].right.shape, expected.updates[i].right.shape);
            }
        }
        QCOMPARE(reader.step(run, 2).updates[1].left.dtype, std::string("float64"));
        QCOMPARE(reader.step(run, 1).norms[0].layer, int64_t{18});   // order kept, not sorted
        QVERIFY(std::isnan(reader.step(run, 1).flags[1].value));
        QVERIFY(contains(inputErrorOf([&] { reader.step(run, 3); }), "has no step 3"));
    }

    void invalidUtf8InModelOutputIsStored()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("r"));
        StepRecord s = bareStep(1, {1});
        s.downstream = {{"sst2", 1, 1, 0, 0, 0, {{{"answer", std::string("caf\xc3", 4)}}}}};
        s.generations = {{"p", std::string("cut \xe2\x9c", 6), 1.0}};
        store.appendStep(run, s);
        const StepRecord back = store.step(run, 1);
        QCOMPARE(back.downstream[0].answers[0]["answer"].get<std::string>(), std::string("caf\xef\xbf\xbd"));
        QCOMPARE(back.generations[0].text, std::string("cut \xe2\x9c", 6));   // TEXT column: bytes kept
    }

    void stepNumbersAreConsecutive()
    {
        const std::string path = freshPath();
        RunStore store(path);
        const int64_t run = store.createRun(makeSpec("r"));
        QCOMPARE(store.lastStep(run), int64_t{0});
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, makeStep(2)); }), "the next step must be 1, got 2"));
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, makeStep(0)); }), "the next step must be 1, got 0"));
        store.appendStep(run, makeStep(1));
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, makeStep(1)); }), "has 1 steps; the next step must be 2"));
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, makeStep(3)); }), "got 3"));
        store.appendStep(run, makeStep(2));
        QCOMPARE(store.lastStep(run), int64_t{2});
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(99, makeStep(1)); }), "no run with id 99"));
        QVERIFY(contains(inputErrorOf([&] { store.lastStep(99); }), "no run with id 99"));

        // Bad factors are refused before anything is written.
        StepRecord bad = makeStep(3);
        bad.updates[0].left.data.pop_back();
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, bad); }), "bytes for shape [48, 1] of float32, expected 192"));
        bad = makeStep(3);
        bad.updates[0].right.dtype = "float16";
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, bad); }), "dtype 'float16'"));
        bad = makeStep(3);
        bad.updates[0].right.shape = {12};
        bad.updates[0].right.data.resize(48);
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, bad); }), "expected 2"));
        bad = makeStep(3);
        bad.updates[0].right = makeArray("float64", 12, 1, 5);
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, bad); }), "different dtypes"));
        bad = makeStep(3);
        bad.updates[0].right = makeArray("float32", 12, 2, 5);
        QVERIFY(contains(inputErrorOf([&] { store.appendStep(run, bad); }), "different ranks"));
        QCOMPARE(store.lastStep(run), int64_t{2});
        QCOMPARE(scalar(path, "SELECT count(*) FROM updates WHERE step = 3"), int64_t{0});

        // truncateAfter: the resume path; the baseline stays.
        store.appendStep(run, makeStep(3));
        store.truncateAfter(run, 1);
        QCOMPARE(store.lastStep(run), int64_t{1});
        for (const char* table : {"updates", "layer_norms", "record_evals", "flags", "downstream", "generations"})
            QCOMPARE(scalar(path, std::string("SELECT count(*) FROM ") + table + " WHERE step > 1"), int64_t{0});
        QCOMPARE(scalar(path, "SELECT count(*) FROM updates"), static_cast<int64_t>(makeStep(1).updates.size()));
        store.appendStep(run, makeStep(2));
        QCOMPARE(store.lastStep(run), int64_t{2});
    }

    void failedWriteLeavesNoPartialStep()
    {
        const std::string path = freshPath();
        RunStore writer(path);
        RunStore reader(path, true);
        const int64_t run = writer.createRun(makeSpec("r"));
        writer.appendStep(run, makeStep(1));
        StepRecord broken = makeStep(2);
        broken.downstream = {makeStep(3).downstream[0], makeStep(3).downstream[0]};   // duplicate task: fails late
        const std::string error = errorOf([&] { writer.appendStep(run, broken); });
        QVERIFY2(contains(error, "UNIQUE constraint failed"), error.c_str());
        QVERIFY(contains(error, path));
        QCOMPARE(writer.lastStep(run), int64_t{1});
        QCOMPARE(reader.lastStep(run), int64_t{1});
        for (const char* table : {"steps", "updates", "layer_norms", "record_evals", "flags", "downstream", "generations"})
            QCOMPARE(scalar(path, std::string("SELECT count(*) FROM ") + table + " WHERE step = 2"), int64_t{0});
        {
            // A step being written by another connection stays invisible until its commit.
            Database other(path);
            Transaction tx(other);
            other.prepare("INSERT INTO steps (run_id, step, edits, case_ids_json, non_finite, created_at) "
                          "VALUES (?, 2, 2, '[1]', 0, 'now')").bind(1, run).run();
            QCOMPARE(reader.lastStep(run), int64_t{1});
            QCOMPARE(reader.run(run).steps, int64_t{1});
            QVERIFY(contains(inputErrorOf([&] { reader.step(run, 2); }), "has no step 2"));
        }   // rolled back
        writer.appendStep(run, makeStep(2));
        QVERIFY(stepDifference(reader.step(run, 2), makeStep(2)).empty());
    }

    void baselineIsStepZero()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("r"));
        QVERIFY(!store.hasBaseline(run));
        QVERIFY(contains(inputErrorOf([&] { store.step(run, 0); }), "has no step 0 (baseline) stored"));
        const auto ref = makeStep(3);
        store.appendBaseline(run, ref.downstream, ref.generations);
        QVERIFY(store.hasBaseline(run));
        StepRecord expected;
        expected.downstream = ref.downstream;
        expected.generations = ref.generations;
        const std::string diff = stepDifference(store.step(run, 0), expected);
        QVERIFY2(diff.empty(), diff.c_str());
        QVERIFY(contains(inputErrorOf([&] { store.appendBaseline(run, {}, {}); }), "already has its step-0"));
        QCOMPARE(store.lastStep(run), int64_t{0});   // the baseline is no step
        QCOMPARE(store.run(run).steps, int64_t{0});
        CHECK_SERIES(store.series(run, "downstream.sst2.accuracy"), {{0, 0, 0.75, -1}});
        CHECK_SERIES(store.series(run, "generation_entropy"), {{0, 0, (5.5 + 4.25) / 2, -1}});
        const int64_t other = store.createRun(makeSpec("r2"));
        store.appendStep(other, makeStep(1));
        QVERIFY(contains(inputErrorOf([&] { store.appendBaseline(other, {}, {}); }), "comes before the first edit"));
    }

    void statusChanges()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("r"));
        store.setStatus(run, RunStatus::Paused, "flag at step 4");
        QCOMPARE(store.run(run).status, RunStatus::Paused);
        QCOMPARE(store.run(run).statusMessage, std::string("flag at step 4"));
        store.setStatus(run, RunStatus::Finished);
        QCOMPARE(store.run(run).status, RunStatus::Finished);
        QCOMPARE(store.run(run).statusMessage, std::string());
        QVERIFY(contains(inputErrorOf([&] { store.setStatus(42, RunStatus::Failed); }), "no run with id 42"));
    }

    void updatesFollowTheParentChain()
    {
        RunStore store(freshPath());
        auto update = [](uint32_t seed) {
            return StoredUpdate{static_cast<int64_t>(seed % 7), makeArray("float32", 8, 1, seed), makeArray("float32", 2, 1, seed + 1000)};
        };
        auto withUpdates = [](int64_t k, std::vector<StoredUpdate> updates) {
            StepRecord s = bareStep(k, {k});
            s.updates = std::move(updates);
            return s;
        };
        const StoredUpdate a1 = update(1), a2x = update(2), a2y = update(3), a3 = update(4);
        const StoredUpdate b1 = update(11), b2 = update(12), c1 = update(21);
        const int64_t a = store.createRun(makeSpec("A"));
        store.appendStep(a, withUpdates(1, {a1}));
        store.appendStep(a, withUpdates(2, {a2x, a2y}));
        store.appendStep(a, withUpdates(3, {a3}));

        RunSpec specB = makeSpec("B");
        specB.parentRun = a;
        specB.parentStep = 2;
        const int64_t b = store.createRun(specB);
        QCOMPARE(store.runSpec(b).parentRun, std::optional<int64_t>(a));
        store.appendStep(b, withUpdates(1, {b1}));
        store.appendStep(b, withUpdates(2, {b2}));
        RunSpec specC = makeSpec("C");
        specC.parentRun = b;
        specC.parentStep = 1;
        const int64_t c = store.createRun(specC);
        store.appendStep(c, withUpdates(1, {c1}));

        using U = std::vector<StoredUpdate>;
        QVERIFY(store.updatesThrough(a, 0) == U{});
        QVERIFY(store.updatesThrough(a, 3) == (U{a1, a2x, a2y, a3}));
        QVERIFY(store.updatesThrough(b, 0) == (U{a1, a2x, a2y}));
        QVERIFY(store.updatesThrough(b, 1) == (U{a1, a2x, a2y, b1}));
        QVERIFY(store.updatesThrough(b, 2) == (U{a1, a2x, a2y, b1, b2}));
        QVERIFY(store.updatesThrough(c, 1) == (U{a1, a2x, a2y, b1, c1}));
        QVERIFY(contains(inputErrorOf([&] { store.updatesThrough(b, 3); }), "has 2 steps; no step 3"));

        // Branching past the parent's last step, and removing steps a branch depends on, are refused.
        RunSpec tooFar = makeSpec("D");
        tooFar.parentRun = a;
        tooFar.parentStep = 4;
        QVERIFY(contains(inputErrorOf([&] { store.createRun(tooFar); }), "cannot branch after step 4"));
        QVERIFY(contains(inputErrorOf([&] { store.truncateAfter(a, 1); }), "branches from run 1 after step 2"));
        store.truncateAfter(a, 2);
        QCOMPARE(store.lastStep(a), int64_t{2});
        QVERIFY(store.updatesThrough(c, 1) == (U{a1, a2x, a2y, b1, c1}));
        const auto summaries = store.runs();
        QCOMPARE(summaries[1].parentRun, std::optional<int64_t>(a));
        QCOMPARE(summaries[1].parentStep, int64_t{2});
    }

    void seriesWithBatchSizeTwo()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("batch", 2));
        store.appendBaseline(run, {{"sst2", 200, 1, 0.9, 0.85, 0.8, nullptr}},
                             {{"p1", "t1", 6.0}, {"p2", "t2", 5.0}});
        StepRecord s1 = bareStep(1, {1, 2});
        s1.post = {esOnly(1, 1), esOnly(2, 0)};
        s1.pre = {esOnly(1, 0), esOnly(2, 0.5)};
        s1.norms = {{3, 10, 1, 1, 1e-6}, {5, 20, 2, 2, 2e-6}};
        s1.timings = {{"total", 2.5}, {"edit", 2.0}};
        StepRecord s2 = bareStep(2, {3, 4});
        s2.post = {esOnly(3, 1), esOnly(4, kNaN)};
        s2.norms = {{3, 11, 1.5, 0.5, 1.5e-6}, {5, 21, 2.5, 0.5, 2.5e-6}};
        s2.timings = {{"edit", 1.5}, {"eval", 0.25}, {"note", "not a number"}};
        s2.downstream = {{"sst2", 200, 7, 0.5, 0.4, 0.1, nullptr}};
        s2.flags = {{"update_norm_vs_median", 12, 10, "big"}};
        StepRecord s3 = bareStep(3, {5, 6});
        s3.post = {esOnly(5, 0.5), esOnly(6, 1)};
        s3.norms = {{3, 12, 2, 0.5, 2e-6}, {5, 22, 3, 0.5, 3e-6}};
        s3.generations = {{"p1", "a", 3.0}, {"p2", "b", 4.0}, {"p3", "c", 5.0}};
        s3.nonFinite = true;
        for (const auto& s : {s1, s2, s3})
            store.appendStep(run, s);

        CHECK_SERIES(store.series(run, "es"), {{1, 2, 1, 1}, {1, 2, 0, 2}, {2, 4, 1, 3}, {2, 4, kNaN, 4}, {3, 6, 0.5, 5}, {3, 6, 1, 6}});
        CHECK_SERIES(store.series(run, "neighborhood_acc"), {{1, 2, 1, 1}, {1, 2, 0, 2}, {2, 4, 1, 3}, {2, 4, kNaN, 4}, {3, 6, 0.5, 5}, {3, 6, 1, 6}});
        CHECK_SERIES(store.series(run, "pre.es"), {{1, 2, 0, 1}, {1, 2, 0.5, 2}});
        CHECK_SERIES(store.series(run, "norm.weight.3"), {{1, 2, 10, -1}, {2, 4, 11, -1}, {3, 6, 12, -1}});
        CHECK_SERIES(store.series(run, "norm.drift.5"), {{1, 2, 2, -1}, {2, 4, 2.5, -1}, {3, 6, 3, -1}});
        CHECK_SERIES(store.series(run, "norm.update.5"), {{1, 2, 2, -1}, {2, 4, 0.5, -1}, {3, 6, 0.5, -1}});
        CHECK_SERIES(store.series(run, "norm.drift_per_numel.3"), {{1, 2, 1e-6, -1}, {2, 4, 1.5e-6, -1}, {3, 6, 2e-6, -1}});
        CHECK_SERIES(store.series(run, "norm.weight.4"), {});
        CHECK_SERIES(store.series(run, "downstream.sst2.accuracy"), {{0, 0, 0.9, -1}, {2, 4, 0.5, -1}});
        CHECK_SERIES(store.series(run, "downstream.sst2.f1"), {{0, 0, 0.85, -1}, {2, 4, 0.4, -1}});
        CHECK_SERIES(store.series(run, "downstream.sst2.mcc"), {{0, 0, 0.8, -1}, {2, 4, 0.1, -1}});
        CHECK_SERIES(store.series(run, "downstream.sst2.invalid"), {{0, 0, 1, -1}, {2, 4, 7, -1}});
        CHECK_SERIES(store.series(run, "generation_entropy"), {{0, 0, 5.5, -1}, {3, 6, 4.0, -1}});
        CHECK_SERIES(store.series(run, "step_seconds"), {{1, 2, 2.5, -1}, {2, 4, 1.75, -1}, {3, 6, kNaN, -1}});
        CHECK_SERIES(store.series(run, "es", 2), {{3, 6, 0.5, 5}, {3, 6, 1, 6}});            // only steps after 2
        CHECK_SERIES(store.series(run, "downstream.sst2.accuracy", 0), {{2, 4, 0.5, -1}});   // after the baseline
        CHECK_SERIES(store.series(run, "norm.weight.3", 3), {});
        CHECK_SERIES(store.series(run, "retention"), {});
        QVERIFY(contains(inputErrorOf([&] { store.series(run, "bogus"); }), "unknown series 'bogus'"));
        QVERIFY(contains(inputErrorOf([&] { store.series(run, "norm.weight.x"); }), "unknown series"));

        const RunSummary summary = store.run(run);
        QCOMPARE(summary.steps, int64_t{3});
        QCOMPARE(summary.edits, int64_t{6});
        QCOMPARE(summary.batchSize, int64_t{2});
        QCOMPARE(summary.flaggedSteps, int64_t{2});   // step 2's flag, step 3's non-finite update
        QCOMPARE(summary.lastEs, 0.75);
        QCOMPARE(summary.lastNs, 0.75);
        const auto flags = store.flags(run);
        QCOMPARE(flags.size(), size_t{1});
        QCOMPARE(flags[0].first, int64_t{2});
        QCOMPARE(flags[0].second.message, std::string("big"));

        const auto rows = store.stepSummaries(run);
        QCOMPARE(rows.size(), size_t{3});
        QCOMPARE(rows[0].caseIds, (std::vector<int64_t>{1, 2}));
        QCOMPARE(rows[0].edits, int64_t{2});
        QCOMPARE(rows[0].es, 0.5);
        QCOMPARE(rows[0].updateNorm, 3.0);   // Σ over layers 3 and 5
        QCOMPARE(rows[0].seconds, 2.5);
        QVERIFY(rows[0].flags.empty());
        QCOMPARE(rows[1].es, 1.0);           // avg() skips the NaN (NULL) record
        QCOMPARE(rows[1].flags.size(), size_t{1});
        QCOMPARE(rows[1].flags[0].criterion, std::string("update_norm_vs_median"));
        QCOMPARE(rows[1].flags[0].threshold, 10.0);
        QCOMPARE(rows[1].ps, 1.0);
        QVERIFY(rows[2].nonFinite);
        const auto newer = store.stepSummaries(run, 2);
        QCOMPARE(newer.size(), size_t{1});
        QCOMPARE(newer[0].step, int64_t{3});
        QVERIFY(store.stepSummaries(run, 3).empty());

        const auto names = store.availableSeries(run);
        const std::set<std::string> available(names.begin(), names.end());
        for (const char* name : {"es", "pre.nm", "norm.weight.3", "norm.drift_per_numel.5", "downstream.sst2.f1",
                                 "generation_entropy", "step_seconds"})
            QVERIFY2(available.count(name), name);
        QVERIFY(!available.count("retention"));
        QVERIFY(!available.count("norm.weight.4"));
        for (const auto& name : names)   // every advertised series can be read
            store.series(run, name);
    }

    void retentionAndForgettingFromSyntheticRun()
    {
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("forget"));
        auto step = [](int64_t k, int64_t caseId, double postEs, std::vector<RecordEvalRecord> retention) {
            StepRecord s = bareStep(k, {caseId});
            s.post = {esOnly(caseId, postEs)};
            s.retention = std::move(retention);
            return s;
        };
        store.appendStep(run, step(1, 10, 1, {}));
        store.appendStep(run, step(2, 11, 1, {esOnly(10, 1), esOnly(11, 1)}));
        store.appendStep(run, step(3, 12, 0, {}));   // never learned
        store.appendStep(run, step(4, 13, 1, {esOnly(10, 0), esOnly(11, 1), esOnly(12, 0.5), esOnly(13, 1), esOnly(99, kNaN)}));
        store.appendStep(run, step(5, 14, 1, {}));
        store.appendStep(run, step(6, 15, 1, {esOnly(10, 1), esOnly(11, 0), esOnly(12, 1), esOnly(13, 1), esOnly(14, 1), esOnly(15, 1)}));

        // Step 4: ES = 1 for 11 and 13 of the 4 records with an ES (99 has none): 2/4.
        CHECK_SERIES(store.series(run, "retention"), {{2, 2, 1.0, -1}, {4, 4, 0.5, -1}, {6, 6, 5.0 / 6, -1}});
        CHECK_SERIES(store.series(run, "retention.es_mean"), {{2, 2, 1.0, -1}, {4, 4, 0.625, -1}, {6, 6, 5.0 / 6, -1}});

        const std::vector<ForgettingRecord> expected = {
            {10, 1, 1, 4},              // lost at 4 (back at 6: still counts from 4)
            {11, 2, 1, 6},              // retention at its own step 2 does not count
            {12, 3, 0, 4},              // ES 0.5 < 1 at 4
            {13, 4, 1, std::nullopt},
            {14, 5, 1, std::nullopt},
            {15, 6, 1, std::nullopt},
        };
        QVERIFY(store.forgetting(run) == expected);
    }

    void forgettingByThePapersCriterion()
    {
        // gcf's fact_forgetting.py counts a fact as lost when its rewrite prompt is no longer answered
        // token by token (rewrite accuracy), which can happen while ES still holds.
        RunStore store(freshPath());
        const int64_t run = store.createRun(makeSpec("criterion"));
        auto record = [](int64_t caseId, double es, double acc) {
            auto e = esOnly(caseId, es);
            e.rewriteAcc = acc;
            return e;
        };
        StepRecord s1 = bareStep(1, {10});
        s1.post = {record(10, 1, 1)};
        StepRecord s2 = bareStep(2, {11});
        s2.post = {record(11, 1, 0)};                          // edited, but not as the argmax
        s2.retention = {record(10, 1, 0), record(11, 1, 0)};   // 10: P(new) > P(true) still, argmax lost
        store.appendStep(run, s1);
        store.appendStep(run, s2);
        const std::vector<ForgettingRecord> byAccuracy = {{10, 1, 1, 2}, {11, 2, 0, std::nullopt}};
        const std::vector<ForgettingRecord> byEs = {{10, 1, 1, std::nullopt}, {11, 2, 1, std::nullopt}};
        QVERIFY(store.forgetting(run, ForgettingCriterion::RewriteAccuracy) == byAccuracy);
        QVERIFY(store.forgetting(run, ForgettingCriterion::Efficacy) == byEs);
        QVERIFY(store.forgetting(run) == byEs);
    }

    void metricDefinitionsExplainTheFile()
    {
        const std::string path = freshPath();
        { RunStore store(path); }
        RunStore store(path, true);
        const auto defs = store.metricDefinitions();
        QCOMPARE(defs.size(), size_t{30});   // 9 record metrics, their 9 pre.*, 12 others
        std::map<std::string, MetricDefinition> byName;
        for (const auto& d : defs)
            byName[d.name] = d;
        QVERIFY(contains(byName.at("es").definition, "mean over rewrite prompts of [P(new) > P(true)], P = exp(−mean token NLL)"));
        QVERIFY(contains(byName.at("pre.es").definition, "before the step's edit"));
        QCOMPARE(byName.at("norm.drift_per_numel.{L}").unit, std::string("Frobenius norm per element"));
        QCOMPARE(byName.at("generation_entropy").unit, std::string("bits"));
        QCOMPARE(RunStore::metricFamily("norm.weight.17"), std::string("norm.weight.{L}"));
        QCOMPARE(RunStore::metricFamily("downstream.sst2.mcc"), std::string("downstream.{TASK}.mcc"));
        QCOMPARE(RunStore::metricFamily("pre.ps"), std::string("pre.ps"));
        // Every family the reader serves has a definition.
        for (const char* name : {"es", "pre.neighborhood_acc", "norm.update.3", "retention", "retention.es_mean",
                                 "downstream.rte.invalid", "step_seconds"})
            QVERIFY2(byName.count(RunStore::metricFamily(name)), name);
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{RunStore::kSchemaVersion});
        QCOMPARE(scalar(path, "PRAGMA application_id"), int64_t{RunStore::kApplicationId});
        QCOMPARE(scalar(path, "SELECT count(*) FROM metric_definitions"), int64_t{30});
    }

    void newerSchemaIsRefused()
    {
        const std::string path = freshPath();
        { RunStore store(path); store.createRun(makeSpec("r")); }
        { Database raw(path); raw.setUserVersion(RunStore::kSchemaVersion + 1); }
        const std::string expected = path + ": schema: written by a newer EditScope (schema "
            + std::to_string(RunStore::kSchemaVersion + 1) + ", this build reads up to "
            + std::to_string(RunStore::kSchemaVersion) + ")";
        for (bool readOnly : {false, true}) {
            const std::string error = inputErrorOf([&] { RunStore store(path, readOnly); });
            QVERIFY2(contains(error, expected), error.c_str());
        }
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{RunStore::kSchemaVersion + 1});   // untouched
    }

    void foreignFilesAreRefused()
    {
        // Random bytes: refused, and not modified.
        const std::string junk = freshPath();
        std::string bytes(8192, '\0');
        std::mt19937 gen(3);
        for (auto& c : bytes)
            c = static_cast<char>(gen() & 0xff);
        std::ofstream(junk, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        for (bool readOnly : {false, true}) {
            const std::string error = inputErrorOf([&] { RunStore store(junk, readOnly); });
            QVERIFY2(contains(error, junk + ": file: not an EditScope run file (not an SQLite database)"), error.c_str());
        }
        std::ifstream in(junk, std::ios::binary);
        const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(after == bytes);

        // Another application's SQLite database: refused, no tables added.
        const std::string other = freshPath();
        { Database raw(other); raw.exec("CREATE TABLE notes (text TEXT)"); }
        QVERIFY(contains(inputErrorOf([&] { RunStore store(other); }), "an SQLite database with other tables"));
        QCOMPARE(scalar(other, "SELECT count(*) FROM sqlite_master"), int64_t{1});
        { Database raw(other); raw.exec("PRAGMA application_id=7; PRAGMA user_version=1"); }
        QVERIFY(contains(inputErrorOf([&] { RunStore store(other); }), "an SQLite database of another application"));

        // Read-only: a missing file is an error and is not created; an empty one is not a run file.
        const std::string missing = freshPath();
        QCOMPARE(inputErrorOf([&] { RunStore store(missing, true); }), missing + ": file: does not exist");
        QVERIFY(!QFile::exists(QString::fromStdString(missing)));
        const std::string empty = freshPath();
        std::ofstream(empty).close();
        QVERIFY(contains(inputErrorOf([&] { RunStore store(empty, true); }), "not an EditScope run file (empty database)"));
        // Writable in a folder that does not exist: a clear error.
        const std::string nowhere = dir_.filePath("no/such/folder/run.sqlite").toStdString();
        QVERIFY(contains(inputErrorOf([&] { RunStore store(nowhere); }), nowhere + ": file: cannot be opened"));
    }

    void readOnlyStoreReadsButNeverWrites()
    {
        const std::string path = freshPath();
        int64_t run = 0;
        {
            RunStore writer(path);
            run = writer.createRun(makeSpec("r"));
            writer.appendStep(run, makeStep(1));
        }
        RunStore reader(path, true);
        QVERIFY(reader.readOnly());
        QVERIFY(stepDifference(reader.step(run, 1), makeStep(1)).empty());
        const std::string refused = path + ": store: opened read-only; cannot write";
        QCOMPARE(inputErrorOf([&] { reader.createRun(makeSpec("x")); }), refused);
        QCOMPARE(inputErrorOf([&] { reader.appendStep(run, makeStep(2)); }), refused);
        QCOMPARE(inputErrorOf([&] { reader.setStatus(run, RunStatus::Failed); }), refused);
        QCOMPARE(inputErrorOf([&] { reader.truncateAfter(run, 0); }), refused);
    }

    void writeProtectedFileIsReportedClearly()
    {
        if (geteuid() == 0)
            QSKIP("root writes to files without write permission");
        const std::string path = freshPath();
        { RunStore store(path); store.createRun(makeSpec("r")); }
        QVERIFY(QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner));
        QVERIFY(contains(inputErrorOf([&] { RunStore store(path); }), path + ": file: no permission to write"));
        RunStore reader(path, true);
        QCOMPARE(reader.runs().size(), size_t{1});
    }

    void lockedFileTimesOutWithTheFileNamed()
    {
        const std::string path = freshPath();
        RunStore store(path);
        const int64_t run = store.createRun(makeSpec("r"));
        Database other(path);
        Transaction holdsTheWriteLock(other);
        const auto start = std::chrono::steady_clock::now();
        try {
            store.appendStep(run, makeStep(1));
            QFAIL("appendStep wrote while another connection held the write lock");
        } catch (const SqliteError& e) {
            QCOMPARE(e.code(), 5);   // SQLITE_BUSY
            QVERIFY2(contains(e.what(), path) && contains(e.what(), "locked"), e.what());
        }
        const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QVERIFY2(waited > 4.0 && waited < 30.0, std::to_string(waited).c_str());   // the busy timeout, 5 s
        QCOMPARE(store.lastStep(run), int64_t{0});   // readers are not blocked by the writer
    }

    void readerSeesOnlyCompleteStepsWhileWriterAppends()
    {
        const std::string path = freshPath();
        int64_t run = 0;
        { RunStore setup(path); run = setup.createRun(makeSpec("live")); }
        constexpr int64_t kSteps = 40;
        std::atomic<bool> done{false};
        std::string writerError;
        std::thread writer([&] {
            try {
                RunStore store(path);
                for (int64_t k = 1; k <= kSteps; ++k)
                    store.appendStep(run, makeStep(k, 256));
            } catch (const std::exception& e) {
                writerError = e.what();
            }
            done = true;
        });
        RunStore reader(path, true);
        std::set<int64_t> seen;
        std::string firstProblem;
        int64_t polls = 0;
        while (firstProblem.empty()) {
            const bool finished = done.load();
            const int64_t last = reader.lastStep(run);
            seen.insert(last);
            ++polls;
            if (last > 0) {
                const std::string diff = stepDifference(reader.step(run, last), makeStep(last, 256));
                if (!diff.empty())
                    firstProblem = "step " + std::to_string(last) + ": " + diff;
                const auto summary = reader.run(run);
                if (summary.steps < last)
                    firstProblem = "summary went back";
            }
            if (finished)
                break;
        }
        writer.join();
        QVERIFY2(writerError.empty(), writerError.c_str());
        QVERIFY2(firstProblem.empty(), firstProblem.c_str());
        QCOMPARE(reader.lastStep(run), kSteps);
        QVERIFY2(seen.size() >= 3, ("the reader saw only " + std::to_string(seen.size()) + " states in "
                                    + std::to_string(polls) + " polls").c_str());
        qInfo("reader polled %lld times and saw %zu distinct step counts", static_cast<long long>(polls), seen.size());
    }

    void killedWriterLeavesCompleteConsecutiveSteps()
    {
        const std::string path = freshPath();
        constexpr int64_t kRows = 2048;   // ~200 KB of factors per step: kills land inside transactions
        int64_t run = 0;
        { RunStore setup(path); run = setup.createRun(makeSpec("killed")); }
        // The child tells, in shared memory, which step it is appending and which appendStep returned:
        // a kill inside appendStep shows as "in flight > returned", the case the test is about. Whether
        // that step is then stored depends on whether its WAL frames were all written (SQLite's recovery
        // keeps a transaction whose commit frame reached the file): either way it must be whole.
        auto* shared = static_cast<std::atomic<int64_t>*>(
            mmap(nullptr, 2 * sizeof(std::atomic<int64_t>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
        QVERIFY(shared != MAP_FAILED);
        std::atomic<int64_t>* inFlight = new (shared) std::atomic<int64_t>(0);
        std::atomic<int64_t>* returned = new (shared + 1) std::atomic<int64_t>(0);
        int64_t stored = 0;
        int insideAppend = 0, rolledBack = 0;
        for (int round = 0; round < 8; ++round) {
            const pid_t child = fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                // The child only writes; it never returns into the test framework. Its steps are made
                // beforehand, so that it spends its time inside appendStep.
                try {
                    RunStore store(path);
                    const int64_t first = store.lastStep(run) + 1;
                    std::vector<StepRecord> steps;
                    for (int64_t k = first; k < first + 300; ++k)
                        steps.push_back(makeStep(k, kRows));
                    for (const auto& step : steps) {
                        inFlight->store(step.step);
                        store.appendStep(run, step);
                        returned->store(step.step);
                    }
                } catch (...) {
                    _exit(1);
                }
                _exit(2);
            }
            {
                RunStore watcher(path, true);
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
                while (watcher.lastStep(run) < stored + 2 && std::chrono::steady_clock::now() < deadline)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                std::this_thread::sleep_for(std::chrono::milliseconds((5 * round) % 17));
            }
            QCOMPARE(kill(child, SIGKILL), 0);
            int status = 0;
            QCOMPARE(waitpid(child, &status, 0), child);
            QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the writer died before it was killed");

            RunStore reopened(path);   // as a resuming run would
            const int64_t last = reopened.lastStep(run);
            QVERIFY2(last >= stored + 2, (std::to_string(last) + " steps after round " + std::to_string(round)).c_str());
            {
                Database raw(path, Database::Mode::ReadOnly);
                auto check = raw.prepare("PRAGMA integrity_check");
                QVERIFY(check.step());
                QCOMPARE(check.columnText(0), std::string("ok"));
            }
            QCOMPARE(scalar(path, "SELECT count(*) FROM steps WHERE run_id = ?", run), last);   // 1..last, no gaps
            QCOMPARE(scalar(path, "SELECT min(step) FROM steps WHERE run_id = ?", run), int64_t{1});
            for (const char* table : {"updates", "layer_norms", "record_evals", "flags", "downstream", "generations"})
                QCOMPARE(scalar(path, std::string("SELECT count(*) FROM ") + table + " WHERE step > ?", last), int64_t{0});
            for (int64_t k = stored + 1; k <= last; ++k) {
                const std::string diff = stepDifference(reopened.step(run, k), makeStep(k, kRows));
                QVERIFY2(diff.empty(), ("step " + std::to_string(k) + ": " + diff).c_str());
            }
            const int64_t flying = inFlight->load();
            QVERIFY(flying == last || flying == last + 1);
            insideAppend += flying > returned->load();
            rolledBack += flying > last;
            qInfo("round %d: killed inside appendStep(%lld): %s; %lld steps stored", round, static_cast<long long>(flying),
                  flying > returned->load() ? "yes" : "no", static_cast<long long>(last));
            stored = last;
        }
        munmap(shared, 2 * sizeof(std::atomic<int64_t>));
        qInfo("%d of 8 kills inside appendStep, %d of them before the step's commit reached the file", insideAppend, rolledBack);
        QVERIFY2(insideAppend >= 4, "kills did not land inside appendStep; the test proved little about half-written steps");
    }

    void bytesPerRomeStep()
    {
        // GPT-2 with d = 192: ROME's update is u [768, 1] and v [192, 1] float32 (3,840 bytes of factors).
        auto measure = [&](bool withScores) {
            const std::string path = freshPath();
            RunStore store(path);
            const int64_t run = store.createRun(makeSpec("size"));
            nlohmann::json scores = nlohmann::json::object();
            for (const char* kind : {"rewrite_prompts_probs", "paraphrase_prompts_probs", "neighborhood_prompts_probs"})
                for (int i = 0; i < (kind[0] == 'r' ? 1 : kind[0] == 'p' ? 2 : 10); ++i)
                    scores[kind].push_back({{"target_new", 3.1234567890123 + i}, {"target_true", 1.9876543210987 + i}});
            auto append = [&](int64_t k) {
                StepRecord s = bareStep(k, {k});
                s.requests = {{{"prompt", "{} is a citizen of"}, {"subject", "Subject " + std::to_string(k)},
                               {"target_new", {{"str", "France"}, {"id", "Q142"}}}, {"target_true", {{"str", "Italy"}, {"id", "Q38"}}}}};
                s.updates = {{17, makeArray("float32", 768, 1, static_cast<uint32_t>(k)), makeArray("float32", 192, 1, static_cast<uint32_t>(k + 9))}};
                s.norms = {{17, 123.456, 1.5, 0.75, 1e-6}};
                s.diagnostics = {{"v_loss", {5.1, 3.2, 1.1, 0.2}}, {"key_norm", 12.5}};
                s.timings = {{"edit", 0.8}, {"eval", 0.2}};
                s.pre = {makeEval(k, 0, false)};
                s.post = {makeEval(k, 1, false)};
                if (withScores)
                    s.pre[0].scores = s.post[0].scores = scores;
                store.appendStep(run, s);
            };
            auto size = [&] {
                Database raw(path);
                raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                return scalar(path, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
            };
            for (int64_t k = 1; k <= 50; ++k)
                append(k);
            const int64_t before = size();
            for (int64_t k = 51; k <= 250; ++k)
                append(k);
            return static_cast<double>(size() - before) / 200;
        };
        const double bare = measure(false);
        const double scored = measure(true);
        qInfo("bytes per ROME step (768x1 + 192x1 float32): %.0f without per-prompt NLLs, %.0f with them", bare, scored);
        QVERIFY(bare > 3840);
        QVERIFY2(bare < 3840 + 2048, std::to_string(bare).c_str());
        QVERIFY(scored > bare);
    }
};

EDITSCOPE_TEST_MAIN(TestRunStore)
#include "test_run_store.moc"
