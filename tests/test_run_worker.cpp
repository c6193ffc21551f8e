// The run on a worker thread (widgets/run_controller.h): Pause / Step / Resume / Stop through the
// controller, observed with QSignalSpy; the steps stored with all that interruption equal the fixture's
// uninterrupted CLI run step for step; and the GUI thread's event-loop latency while a run computes
// (reported, not asserted).
#include "widgets/session/run_controller.h"

#include "core/tensor/compute_threads.h"
#include "storage/run_store.h"
#include "support/test_main.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

using namespace editscope;
using State = RunController::State;

namespace {

QString env(const char* name) { return QString::fromLocal8Bit(std::getenv(name)); }

// The fixture's options (tests/support/make_gui_run.sh) with fewer edits: the same order prefix, so
// the same first steps.
NewRunOptions fixtureOptions(int64_t edits)
{
    const std::string world = env("EDITSCOPE_TEST_WORLD").toStdString();
    NewRunOptions o;
    o.name = "worker";
    o.modelDir = world + "/model";
    o.datasetPath = world + "/counterfact.json";
    o.method = "rome";
    o.hparamsPath = world + "/hparams/ROME/demo.json";
    o.statsDir = env("EDITSCOPE_GUI_STATS").toStdString();
    o.edits = edits;
    o.retentionEvery = 4;
    o.downstreamDir = world;
    o.downstreamEvery = 4;
    o.downstreamPerClass = 8;
    o.generationEvery = 4;
    o.detector.updateNormFactor = 1.15;
    o.detector.minHistory = 3;
    return o;
}

bool waitForState(RunController& c, State s, int ms = 120000)
{
    QElapsedTimer t;
    t.start();
    while (c.state() != s && t.elapsed() < ms)
        QTest::qWait(20);
    return c.state() == s;
}

} // namespace

class TestRunWorker : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private Q_SLOTS:
    void initTestCase() { useAllCoresForCompute(); }   // as editscope-cli and the app: same bits

    void pauseStepResumeStopThroughTheWorker()
    {
        const QString db = tmp_.path() + "/worker.db";
        RunController c;
        QSignalSpy stored(&c, &RunController::stepStored);
        QSignalSpy stopped(&c, &RunController::stopped);
        QSignalSpy failed(&c, &RunController::failed);

        // Event-loop latency: a 10 ms timer on the GUI thread, its worst lateness while the worker runs.
        QElapsedTimer clock;
        qint64 lastTick = -1, worstGap = 0, ticks = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (lastTick >= 0)
                worstGap = std::max(worstGap, now - lastTick);
            lastTick = now;
            ++ticks;
        });
        clock.start();
        probe.start();

        c.startNew(db, fixtureOptions(8));
        QCOMPARE(c.state(), State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= 1 || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        c.pause();
        QVERIFY(c.state() == State::Pausing || c.state() == State::Paused);
        QVERIFY(waitForState(c, State::Paused));
        probe.stop();
        qInfo("event loop: worst gap between 10 ms timer ticks while the worker ran: %lld ms (%lld ticks)", worstGap, ticks);
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.last().at(1).toInt(), static_cast<int>(RunStatus::Paused));
        const qint64 run = c.runId();
        const qint64 afterPause = RunStore(db.toStdString(), true).lastStep(run);
        QCOMPARE(afterPause, static_cast<qint64>(stored.count()));   // pause lands after a stored step
        QVERIFY(afterPause >= 1 && afterPause < 8);

        c.step();   // exactly one more
        QVERIFY(waitForState(c, State::Paused));
        QCOMPARE(RunStore(db.toStdString(), true).lastStep(run), afterPause + 1);

        c.resume();
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= afterPause + 2, 120000);
        c.stop();   // within one forward pass: the step in flight is not stored
        QVERIFY(waitForState(c, State::Stopped) || c.state() == State::Finished);
        {
            RunStore store(db.toStdString(), true);
            if (c.state() == State::Stopped) {
                QCOMPARE(store.run(run).status, RunStatus::Cancelled);
                QCOMPARE(store.lastStep(run), static_cast<int64_t>(stored.count()));
            }
        }
        c.resume();
        QVERIFY(waitForState(c, State::Finished));
        QVERIFY(failed.isEmpty());

        // Interrupted four ways, the run stores what the uninterrupted CLI run stored.
        RunStore mine(db.toStdString(), true);
        RunStore fixture(env("EDITSCOPE_GUI_DB").toStdString(), true);
        QCOMPARE(mine.lastStep(run), int64_t{8});
        for (int64_t k = 1; k <= 8; ++k) {
            const auto a = mine.step(run, k);
            const auto b = fixture.step(1, k);
            QCOMPARE(a.caseIds, b.caseIds);
            QVERIFY2(a.updates == b.updates, qPrintable(QString("factors of step %1").arg(k)));
            for (size_t i = 0; i < a.norms.size(); ++i)
                QVERIFY2(a.norms[i] == b.norms[i],
                         qPrintable(QString("step %1: drift %2 vs %3, weight %4 vs %5, update %6 vs %7")
                                        .arg(k).arg(a.norms[i].driftNorm, 0, 'g', 17).arg(b.norms[i].driftNorm, 0, 'g', 17)
                                        .arg(a.norms[i].weightNorm, 0, 'g', 17).arg(b.norms[i].weightNorm, 0, 'g', 17)
                                        .arg(a.norms[i].updateNorm, 0, 'g', 17).arg(b.norms[i].updateNorm, 0, 'g', 17)));
            QCOMPARE(a.post.size(), b.post.size());
            QCOMPARE(a.post[0].scores.dump(), b.post[0].scores.dump());
            QCOMPARE(a.retention.size(), b.retention.size());
            QVERIFY(a.flags == b.flags);
        }
    }

    void badInputFailsWithAMessageAndNoThread()
    {
        RunController c;
        QSignalSpy failed(&c, &RunController::failed);
        auto o = fixtureOptions(2);
        o.hparamsPath = tmp_.path().toStdString() + "/missing.json";
        c.startNew(tmp_.path() + "/bad.db", o);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(failed.first().first().toString().contains("missing.json"));
        QCOMPARE(c.state(), State::Failed);
    }
};

EDITSCOPE_TEST_MAIN(TestRunWorker)
#include "test_run_worker.moc"
