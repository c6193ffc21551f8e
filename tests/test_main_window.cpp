// The workbench window (widgets/main_window.h) on the gui_run fixture: opening a run file fills every
// view; the bad-input catalogue (not SQLite, newer schema, moved model folder, file deleted while open,
// corrupt row) gives a message in the window, no crash, and leaves the file's bytes as they were; a
// second process (`editscope-cli run`) writing into the open file shows up live; the toolbar's Pause /
// Step / Resume / Stop drive a run; the demo world builds in the background and cancels; headless
// figure export; German and Chinese translations are compiled in and picked by locale.
#include "widgets/main_window.h"

#include "core/tensor/compute_threads.h"
#include "storage/run_store.h"
#include "support/cli_runner.h"
#include "support/test_main.h"
#include "widgets/branch_dialog.h"
#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/new_run_dialog.h"
#include "widgets/run_document.h"
#include "widgets/session/background_task.h"
#include "widgets/session/run_controller.h"
#include "widgets/steps_table_model.h"
#include "widgets/steps_view.h"
#include "widgets/welcome_page.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

using namespace editscope;
using editscope::testing::runCli;

namespace {

QString env(const char* name) { return QString::fromLocal8Bit(std::getenv(name)); }

QByteArray sha256(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void execSql(const QString& db, const char* sql)
{
    sqlite3* h = nullptr;
    QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(h);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QString copyFixture(const QString& dir, const QString& name)
{
    const QString path = dir + "/" + name;
    QFile::remove(path);
    QFile::copy(env("EDITSCOPE_GUI_DB"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private Q_SLOTS:
    void initTestCase()
    {
        useAllCoresForCompute();
        QCoreApplication::setOrganizationName("EditScopeTest");   // QSettings of the test, not the user's
        qputenv("XDG_CONFIG_HOME", (tmp_.path() + "/config").toUtf8());
    }

    void openingARunFileFillsEveryView()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(env("EDITSCOPE_GUI_DB")));
        QCOMPARE(w.document()->runs().size(), size_t{1});
        QCOMPARE(w.stepsView()->model()->rowCount(), 16);
        QCOMPARE(w.messageText(), QString());
        RunStore store(env("EDITSCOPE_GUI_DB").toStdString(), true);
        const auto es = store.series(1, "es");
        QCOMPARE(w.document()->series("es").size(), es.size());
        // Keyboard: End selects the last edit, N the next flagged one after it (wraps to the first).
        w.action("last")->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{16});
        w.action("first")->trigger();
        w.action("next-flagged")->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{5});
        w.action("next")->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{6});
        // A finished run cannot be resumed, paused or stopped.
        QVERIFY(!w.action("resume")->isEnabled());
        QVERIFY(!w.action("pause")->isEnabled());
        QVERIFY(!w.action("stop")->isEnabled());
        // Every action with a shortcut is listed in the cheat sheet source: no duplicates among them.
        QSet<QString> shortcuts;
        for (auto* a : w.findChildren<QAction*>()) {
            const auto s = a->shortcut().toString();
            if (s.isEmpty())
                continue;
            QVERIFY2(!shortcuts.contains(s), qPrintable("shortcut used twice: " + s));
            shortcuts.insert(s);
        }
    }

    void badInputGivesAMessageAndChangesNothing()
    {
        MainWindow w;
        // Not SQLite.
        const QString junk = tmp_.path() + "/junk.db";
        {
            QFile f(junk);
            f.open(QIODevice::WriteOnly);
            f.write("this is not a database, just text that is long enough to have a header .........\n");
        }
        const auto junkHash = sha256(junk);
        QVERIFY(!w.openFile(junk));
        QVERIFY2(w.messageText().contains("junk.db"), qPrintable(w.messageText()));
        QCOMPARE(sha256(junk), junkHash);

        // A newer schema.
        const QString newer = copyFixture(tmp_.path(), "newer.db");
        execSql(newer, "PRAGMA user_version = 99;");
        const auto newerHash = sha256(newer);
        QVERIFY(!w.openFile(newer));
        QVERIFY2(w.messageText().contains("newer"), qPrintable(w.messageText()));
        QCOMPARE(sha256(newer), newerHash);

        // A corrupt row: step 3's requests are not JSON. The file opens? It must not crash; the message names the field.
        const QString corrupt = copyFixture(tmp_.path(), "corrupt.db");
        execSql(corrupt, "UPDATE steps SET requests_json = '{not json' WHERE step = 3;");
        const auto corruptHash = sha256(corrupt);
        w.openFile(corrupt);
        QVERIFY2(w.messageText().contains("requests_json"), qPrintable(w.messageText()));
        QCOMPARE(sha256(corrupt), corruptHash);

        // Viewing a good file changes none of its bytes.
        const QString good = copyFixture(tmp_.path(), "good.db");
        const auto goodHash = sha256(good);
        QVERIFY(w.openFile(good));
        for (int64_t s = 1; s <= 16; ++s)
            w.document()->selectStep(s);
        QTest::qWait(700);   // a poll or two
        QCOMPARE(sha256(good), goodHash);

        // Deleted while open: the next poll says so; what is shown stays.
        QFile::remove(good);
        QTRY_VERIFY_WITH_TIMEOUT(w.messageText().contains("deleted"), 5000);
        QCOMPARE(w.stepsView()->model()->rowCount(), 16);
    }

    void movedModelFolderIsReportedAndTheResultsStillShow()
    {
        namespace fs = std::filesystem;
        const std::string world = env("EDITSCOPE_TEST_WORLD").toStdString();
        const std::string moved = (tmp_.path() + "/moved-model").toStdString();
        fs::copy(world + "/model", moved, fs::copy_options::recursive);
        const QString stats = tmp_.path() + "/moved-stats";
        QCOMPARE(runCli({"stats", "--model", QString::fromStdString(moved), "--corpus", QString::fromStdString(world + "/corpus.txt"),
                         "--layers", "0", "--samples", "40", "--dataset", "demo_corpus", "--stats-dir", stats, "--quiet"})
                     .exitCode,
                 0);
        const QString db = tmp_.path() + "/moved.db";
        const auto r = runCli({"run", "--model", QString::fromStdString(moved), "--dataset", QString::fromStdString(world + "/counterfact.json"),
                               "--method", "rome", "--hparams", QString::fromStdString(world + "/hparams/ROME/demo.json"),
                               "--stats-dir", stats, "--db", db, "--edits", "4", "--max-steps", "2", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        fs::remove_all(moved);
        MainWindow w;
        QVERIFY(w.openFile(db));
        QVERIFY2(w.messageText().contains("moved"), qPrintable(w.messageText()));
        QCOMPARE(w.stepsView()->model()->rowCount(), 2);
        // Resuming it fails with the model folder named, in the window.
        QVERIFY(w.action("resume")->isEnabled());
        w.action("resume")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.messageText().contains("moved-model"), 60000);
        QCOMPARE(RunStore(db.toStdString(), true).lastStep(1), int64_t{2});
    }

    void anotherProcessWritingShowsUpLive()
    {
        const std::string world = env("EDITSCOPE_TEST_WORLD").toStdString();
        const QString db = tmp_.path() + "/live.db";
        MainWindow w;
        QProcess writer;
        writer.start(QString::fromLocal8Bit(std::getenv("EDITSCOPE_CLI")),
                     {"run", "--model", QString::fromStdString(world + "/model"), "--dataset",
                      QString::fromStdString(world + "/counterfact.json"), "--method", "rome", "--hparams",
                      QString::fromStdString(world + "/hparams/ROME/demo.json"), "--stats-dir", env("EDITSCOPE_GUI_STATS"), "--db", db,
                      "--edits", "6", "--quiet"});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db) && w.openFile(db), 60000);
        int seenBeforeEnd = -1;
        QElapsedTimer t;
        t.start();
        while (writer.state() != QProcess::NotRunning && t.elapsed() < 120000) {
            QTest::qWait(100);
            seenBeforeEnd = std::max(seenBeforeEnd, w.stepsView()->model()->rowCount());
        }
        QCOMPARE(writer.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.stepsView()->model()->rowCount(), 6, 3000);
        QVERIFY2(seenBeforeEnd >= 1, "no step appeared while the writer was still running");
        qInfo("steps seen while the CLI was still writing: %d of 6", seenBeforeEnd);
        RunStore store(db.toStdString(), true);
        QCOMPARE(w.document()->series("es").size(), store.series(1, "es").size());
        QCOMPARE(w.document()->summary().status, RunStatus::Finished);
    }

    void toolbarDrivesARun()
    {
        const std::string world = env("EDITSCOPE_TEST_WORLD").toStdString();
        MainWindow w;
        NewRunOptions o;
        o.modelDir = world + "/model";
        o.datasetPath = world + "/counterfact.json";
        o.method = "rome";
        o.hparamsPath = world + "/hparams/ROME/demo.json";
        o.statsDir = env("EDITSCOPE_GUI_STATS").toStdString();
        o.edits = 5;
        const QString db = tmp_.path() + "/toolbar.db";
        QSignalSpy stopped(w.controller(), &RunController::stopped);
        w.startRun(o, db);
        QTRY_VERIFY_WITH_TIMEOUT(w.action("pause")->isEnabled(), 60000);
        w.action("pause")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 60000);
        QCOMPARE(w.controller()->state(), RunController::State::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(w.document()->lastStep() >= 1, 3000);   // the window shows what is stored
        const int64_t paused = w.document()->lastStep();
        QVERIFY(w.action("step")->isEnabled());
        w.action("step")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(w.document()->lastStep(), paused + 1, 3000);
        w.action("resume")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.controller()->state(), RunController::State::Finished, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(w.stepsView()->model()->rowCount(), 5, 3000);
        QCOMPARE(w.document()->selectedStep(), int64_t{5});   // the window followed the run
    }

    void branchFromAFlaggedStepRollsItBack()
    {
        const QString db = copyFixture(tmp_.path(), "branch.db");
        MainWindow w;
        QVERIFY(w.openFile(db));
        w.action("next-flagged")->trigger();   // the fixture's first flagged step: 5
        QCOMPARE(w.document()->selectedStep(), int64_t{5});
        BranchDialog dialog(5, "rome", QString::fromStdString(w.document()->spec().hparamsPath));
        const auto o = dialog.options();   // default: roll the edit back
        QCOMPARE(o.atStep, int64_t{4});
        QCOMPARE(o.skip, int64_t{1});
        QSignalSpy stopped(w.controller(), &RunController::stopped);
        w.startBranch(o);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 180000);
        QCOMPARE(w.controller()->state(), RunController::State::Finished);
        RunStore store(db.toStdString(), true);
        QCOMPARE(store.runs().size(), size_t{2});
        const int64_t child = store.runs().back().id;
        QCOMPARE(store.run(child).parentStep, int64_t{4});
        // The child starts from the parent's model after step 4: the parent's first four updates, then its own.
        const auto parentUpdates = store.updatesThrough(1, 4);
        const auto childUpdates = store.updatesThrough(child, 1);
        QCOMPARE(childUpdates.size(), parentUpdates.size() + 1);
        QVERIFY(std::equal(parentUpdates.begin(), parentUpdates.end(), childUpdates.begin()));
        // ... skips the flagged edit (step 5's record) and continues the parent's order with step 6's.
        QCOMPARE(store.step(child, 1).caseIds, store.step(1, 6).caseIds);
        QCOMPARE(store.lastStep(child), int64_t{11});
        // The window shows the child, numbered on the root's axis through its offset.
        QTRY_COMPARE_WITH_TIMEOUT(w.document()->runId(), child, 5000);
        QCOMPARE(w.document()->stepOffset(), int64_t{4});
    }

    void demoWorldBuildsInTheBackgroundAndCancels()
    {
        MainWindow w;
        w.show();
        w.startWithDemoWorld({tmp_.path() + "/new-world"}, true);
        QVERIFY(w.worldTask());
        QSignalSpy progressed(w.worldTask(), &BackgroundTask::progressed);
        QSignalSpy cancelled(w.worldTask(), &BackgroundTask::wasCancelled);
        QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 1, 60000);
        QVERIFY(w.welcomePage()->statusText().contains("Building the demo world"));
        QVERIFY(w.worldTask()->isRunning());   // the window answered while the world was building
        w.worldTask()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 120000);   // the spy hears it on the task's thread...
        QTRY_VERIFY_WITH_TIMEOUT(w.welcomePage()->statusText().contains("not built yet"), 5000);   // ...the page a moment later
    }

    void demoWorldReadyOffersAPrefilledNewRun()
    {
        MainWindow w;
        const QString world = env("EDITSCOPE_TEST_WORLD");
        w.startWithDemoWorld({world}, false);
        QVERIFY(w.welcomePage()->statusText().contains("ready"));
        NewRunDialog dialog;
        const DemoWorldPaths paths{world};
        auto o = demoRunOptions(paths);
        o.statsDir = (tmp_.path() + "/dialog-stats").toStdString();
        dialog.setOptions(o, tmp_.path() + "/dialog.db", paths.corpus());
        QVERIFY(dialog.statisticsMissing());
        QVERIFY(dialog.problems().join('\n').contains("Statistics"));
        dialog.computeStatistics();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.computingStatistics(), 120000);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
        // An hparams file naming a layer the model does not have is listed with what the model has.
        const QString bad = tmp_.path() + "/bad-hparams.json";
        {
            QFile in(paths.hparams("rome"));
            in.open(QIODevice::ReadOnly);
            QByteArray text = in.readAll();
            text.replace("\"layers\": [\n        0\n    ]", "\"layers\": [\n        7\n    ]");
            QFile out(bad);
            out.open(QIODevice::WriteOnly);
            out.write(text);
        }
        o.hparamsPath = bad.toStdString();
        dialog.setOptions(o, tmp_.path() + "/dialog.db", paths.corpus());
        QVERIFY2(dialog.problems().join('\n').contains("layer 7 is out of range: the model has 4 layers"),
                 qPrintable(dialog.problems().join('\n')));
    }

    void headlessFigureExport()
    {
        const QString dir = tmp_.path() + "/figures";
        QProcess p;
        p.setProcessEnvironment([] {
            auto e = QProcessEnvironment::systemEnvironment();
            e.remove("DISPLAY");
            e.remove("QT_QPA_PLATFORM");   // the app must choose offscreen itself
            return e;
        }());
        p.start(QString(EDITSCOPE_APP), {"--export-figures", dir, "--db", env("EDITSCOPE_GUI_DB"), "--format", "png,svg"});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto written = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(written.size() >= 8);
        for (const auto& f : written)
            QVERIFY2(QFileInfo(f).size() > 1000, qPrintable(f));
        QVERIFY(QFileInfo::exists(dir + "/efficacy.png"));
        QVERIFY(QFileInfo::exists(dir + "/dashboard.pdf"));
        QProcess bad;
        bad.start(QString(EDITSCOPE_APP), {"--export-figures", dir, "--db", tmp_.path() + "/nothing.db"});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains("nothing.db"));
    }

    void syntheticRunOpensWithItsDisablingEdit()
    {
        const QString db = tmp_.path() + "/synthetic.db";
        const auto r = runCli({"synth-run", "--db", db, "--steps", "300", "--disabling-at", "200", "--retention-every", "50"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        MainWindow w;
        QVERIFY(w.openFile(db));
        QCOMPARE(w.document()->summary().name, std::string("synthetic 300 steps"));
        QCOMPARE(w.document()->flaggedSteps(), std::vector<int64_t>{200});
        QCOMPARE(w.stepsView()->model()->rowCount(), 300);
        const auto median = w.document()->medianStep();
        QVERIFY(median > 0 && median != 200);
        w.action("next-flagged")->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{200});
        // The disabling edit's update is ~40x the running median of the edits before it.
        const auto* flagged = w.document()->stepSummary(200);
        QVERIFY(flagged->updateNorm > 20 * w.document()->medianUpdateNormBefore(200));
        QCOMPARE(w.document()->series("retention").size(), size_t{6});
    }

    void translationsAreCompiledIn()
    {
        for (const char* lang : {"de", "zh_CN"}) {
            QTranslator t;
            QVERIFY2(t.load(QLocale(lang), "editscope", "_", ":/i18n"), lang);
            QCoreApplication::installTranslator(&t);
            MainWindow w;
            const QString file = w.menuBar()->actions().first()->text();
            QVERIFY2(file != "&File", qPrintable(QString(lang) + ": " + file));
            QCoreApplication::removeTranslator(&t);
        }
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
