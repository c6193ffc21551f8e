// Torch-free parts of a run: the edit order (CPython's shuffle, order files in the paper's layout and
// their errors) and the disabling-edit detector on synthetic norm series.
#include "core/run/disabling_detector.h"
#include "core/run/edit_order.h"
#include "core/util/error.h"
#include "support/test_main.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace editscope;

namespace {

std::vector<int64_t> ids(int64_t n, int64_t offset = 0)
{
    std::vector<int64_t> v;
    for (int64_t i = 0; i < n; ++i)
        v.push_back(i + offset);
    return v;
}

} // namespace

class TestRunPlanning : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    std::string write(const char* name, const char* text)
    {
        QFile f(tmp_.path() + "/" + name);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName().toStdString();
    }

private Q_SLOTS:
    void seededOrderIsCPythonsShuffle()
    {
        // python3: r = random.Random(7); l = list(range(10)); r.shuffle(l) -> [8, 3, 1, 4, 7, 0, 9, 6, 2, 5]
        QCOMPARE(seededEditOrder(ids(10), 7, 0), (std::vector<int64_t>{8, 3, 1, 4, 7, 0, 9, 6, 2, 5}));
        // Random(0) over 12, mapped to case ids 100.., truncated to 5.
        QCOMPARE(seededEditOrder(ids(12, 100), 0, 5), (std::vector<int64_t>{101, 109, 108, 105, 110}));
    }

    void orderFilesInThePapersLayout()
    {
        const auto samples = write("samples.json", R"({"0": [2, 0, 1], "1": [1, 2, 0]})");
        QCOMPARE(editOrderFromFile(samples, "", ids(3, 10), 0), (std::vector<int64_t>{12, 10, 11}));
        QCOMPARE(editOrderFromFile(samples, "1", ids(3, 10), 2), (std::vector<int64_t>{11, 12}));
        const auto list = write("list.json", "[1, 0]");
        QCOMPARE(editOrderFromFile(list, "", ids(3), 0), (std::vector<int64_t>{1, 0}));
    }

    void malformedOrderFilesNameTheProblem()
    {
        auto fails = [&](const std::string& path, const std::string& sample, const QString& needle) {
            try {
                editOrderFromFile(path, sample, ids(3), 0);
                QFAIL("no error");
            } catch (const InputError& e) {
                QVERIFY2(QString(e.what()).contains(needle), e.what());
            }
        };
        fails(write("a.json", "{\"0\": [0, 1"), "", "a.json");                      // truncated JSON
        fails(write("b.json", "{\"0\": [0, 7]}"), "", "index 7 outside");
        fails(write("c.json", "{\"0\": [0, 0]}"), "", "appears twice");
        fails(write("d.json", "{\"0\": [0, \"x\"]}"), "", "not an integer");
        fails(write("e.json", "{\"0\": [0]}"), "5", "no sample \"5\" (the file has: 0)");
        fails(write("f.json", "[0]"), "1", "plain list");
        fails(write("g.json", "{\"0\": []}"), "", "empty order");
        fails(write("h.json", "{\"0\": {\"a\": 1}}"), "", "expected a list");
    }

    void detectorFlagsAnUpdateFarAboveTheMedian()
    {
        DisablingDetector d;   // defaults: factor 10, 5 steps of history
        const std::vector<double> norms = {10, 12, 9, 11, 10, 13, 140, 12};
        std::vector<std::vector<FlagRecord>> flags;
        double drift = 0;
        for (double n : norms) {
            StepObservation o;
            o.updateNorm = n;
            o.maxDriftBefore = drift;
            drift = std::sqrt(drift * drift + n * n);   // orthogonal updates
            o.maxDriftAfter = drift;
            flags.push_back(d.observe(o));
        }
        for (size_t i = 0; i < norms.size(); ++i)
            if (i != 6)
                QVERIFY2(flags[i].empty(), qPrintable(QString("step %1 flagged").arg(i + 1)));
        QCOMPARE(flags[6].size(), size_t(2));
        QCOMPARE(flags[6][0].criterion, std::string("update_norm_vs_median"));
        QCOMPARE(flags[6][0].value, 140.0);
        QCOMPARE(flags[6][0].threshold, 10.0 * 10.5);   // median of {10,12,9,11,10,13}
        QCOMPARE(flags[6][1].criterion, std::string("drift_jump"));
        QVERIFY(flags[6][1].value > 1.5);
    }

    void detectorNeedsHistoryAndSeesCollapse()
    {
        DisablingDetector d;
        d.setBaseline(6.0, {{"sst2", 0.9}});
        StepObservation big;
        big.updateNorm = 1000;   // the first steps have no history to compare with
        QVERIFY(d.observe(big).empty());
        StepObservation collapse;
        collapse.updateNorm = 1;
        collapse.generationEntropy = 2.5;          // < 0.5 × 6
        collapse.downstreamAccuracy = {{"sst2", 0.6}};   // 0.3 below
        const auto f = d.observe(collapse);
        QCOMPARE(f.size(), size_t(2));
        QCOMPARE(f[0].criterion, std::string("entropy_collapse"));
        QCOMPARE(f[0].threshold, 3.0);
        QCOMPARE(f[1].criterion, std::string("downstream_drop"));
        StepObservation nan;
        nan.nonFinite = true;
        QCOMPARE(d.observe(nan).front().criterion, std::string("non_finite"));
    }

    void detectorSettingsRoundTrip()
    {
        DetectorSettings s;
        s.updateNormFactor = 4;
        s.minHistory = 2;
        const auto back = DetectorSettings::fromJson(s.toJson());
        QCOMPARE(back.updateNormFactor, 4.0);
        QCOMPARE(back.minHistory, int64_t(2));
        QCOMPARE(DetectorSettings::fromJson(nlohmann::json::object()).driftJumpRatio, 1.5);
    }
};

EDITSCOPE_TEST_MAIN(TestRunPlanning)
#include "test_run_planning.moc"
