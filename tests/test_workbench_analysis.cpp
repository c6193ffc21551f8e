// The main window's issue-7 wiring on the gui_run fixture: undo/redo of view changes (selection, zoom,
// plots shown, smoothing, notes) through Edit > Undo/Redo; named layouts; notes stored in the run file
// and shown on the plots and in the CSV; a causal-trace click becoming a new run's hparams at that
// layer; every analysis dock present; the statistics manager pre-filled with the run's folders.
#include "widgets/main_window.h"

#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/annotation_list.h"
#include "widgets/causal_trace_view.h"
#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/new_run_dialog.h"
#include "widgets/run_document.h"
#include "widgets/statistics_manager.h"
#include "widgets/view_history.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdlib>

using namespace editscope;

namespace {

QString env(const char* name) { return QString::fromLocal8Bit(std::getenv(name)); }

QString copyFixture(const QString& dir, const QString& name)
{
    const QString path = dir + "/" + name;
    QFile::remove(path);
    QFile::copy(env("EDITSCOPE_GUI_DB"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

class TestWorkbenchAnalysis : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("EditScopeTest");
        qputenv("XDG_CONFIG_HOME", (tmp_.path() + "/config").toUtf8());
    }

    void undoRedoOfViewChanges()
    {
        MainWindow w;
        QVERIFY(w.openFile(copyFixture(tmp_.path(), "undo.db")));
        w.history()->setMergeWindowMs(0);   // every change its own entry
        QUndoStack* stack = w.history()->stack();
        QCOMPARE(stack->count(), 0);

        // Selection.
        w.document()->selectStep(3);
        w.document()->selectStep(7);
        QAction* undo = w.action("undo");
        QAction* redo = w.action("redo");
        QVERIFY(undo && redo);
        undo->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{3});
        redo->trigger();
        QCOMPARE(w.document()->selectedStep(), int64_t{7});

        // Zoom as the user does it: one plot moves and reports; undo brings every plot back to the whole run.
        DashboardPlot* efficacy = w.dashboard()->plot("efficacy");
        DashboardPlot* norms = w.dashboard()->plot("norms");
        efficacy->setXRange(4, 9);
        Q_EMIT efficacy->xRangeChanged(4, 9);
        QCOMPARE(norms->xLower(), 4.0);   // the linker made the others follow
        undo->trigger();
        QVERIFY(efficacy->isAutoRange());
        QVERIFY(norms->isAutoRange());
        redo->trigger();
        QCOMPARE(norms->xLower(), 4.0);
        QCOMPARE(norms->xUpper(), 9.0);
        w.action("reset-zoom")->trigger();
        QVERIFY(norms->isAutoRange());
        undo->trigger();
        QCOMPARE(norms->xUpper(), 9.0);

        // Plots shown, then smoothing.
        const QStringList all = w.dashboard()->visiblePlots();
        QCOMPARE(all.size(), 7);
        w.dashboard()->setVisiblePlots({"norms", "efficacy"});
        w.dashboard()->setSmoothing(3, 4);
        undo->trigger();
        QCOMPARE(w.dashboard()->bucket(), 5);
        QCOMPARE(w.dashboard()->window(), 10);
        QCOMPARE(w.dashboard()->visiblePlots(), (QStringList{"norms", "efficacy"}));
        undo->trigger();
        QCOMPARE(w.dashboard()->visiblePlots(), all);
        redo->trigger();
        redo->trigger();
        QCOMPARE(w.dashboard()->visiblePlots(), (QStringList{"norms", "efficacy"}));
        QCOMPARE(w.dashboard()->bucket(), 3);

        // Undo/redo themselves were not recorded as changes.
        const int entries = stack->count();
        undo->trigger();
        redo->trigger();
        QCOMPARE(stack->count(), entries);
    }

    void notesAreStoredShownExportedAndUndoable()
    {
        const QString db = copyFixture(tmp_.path(), "notes.db");
        MainWindow w;
        QVERIFY(w.openFile(db));
        w.history()->setMergeWindowMs(0);
        QVERIFY(w.notes());
        QVERIFY(w.setNote(6, QStringLiteral("norm jump, check the v* loss")));
        {
            RunStore store(db.toStdString(), true);
            const auto notes = store.annotations(1);
            QCOMPARE(notes.size(), size_t{1});
            QCOMPARE(notes[0].step, int64_t{6});
            QCOMPARE(QString::fromStdString(notes[0].text), QStringLiteral("norm jump, check the v* loss"));
        }
        QCOMPARE(w.dashboard()->annotations().value(6), QStringLiteral("norm jump, check the v* loss"));
        QVERIFY(w.dashboard()->visibleCsv().contains(QStringLiteral("norm jump, check the v* loss")));
        QVERIFY(w.setNote(6, QStringLiteral("edited")));
        w.action("undo")->trigger();
        QCOMPARE(w.notes()->note(6), QStringLiteral("norm jump, check the v* loss"));
        w.action("undo")->trigger();
        QCOMPARE(w.notes()->note(6), QString());
        QCOMPARE(RunStore(db.toStdString(), true).annotations(1).size(), size_t{0});
        w.action("redo")->trigger();
        QCOMPARE(RunStore(db.toStdString(), true).annotations(1).size(), size_t{1});
        // A step that does not exist is refused with a message, nothing written.
        QVERIFY(!w.setNote(999, QStringLiteral("x")));
        QVERIFY(!w.messageText().isEmpty());
    }

    void namedLayouts()
    {
        MainWindow w;
        QVERIFY(w.openFile(env("EDITSCOPE_GUI_DB")));
        w.dashboard()->setVisiblePlots({"retention", "norms"});
        w.dashboard()->setColumns(1);
        QVERIFY(w.saveLayout(QStringLiteral("forgetting, narrow")));
        QVERIFY(!w.saveLayout(QStringLiteral("Scores")));   // built in
        QVERIFY(w.restoreLayout(QStringLiteral("Scores")));
        QCOMPARE(w.dashboard()->visiblePlots(), (QStringList{"efficacy", "paraphrase", "neighborhood"}));
        QVERIFY(w.restoreLayout(QStringLiteral("forgetting, narrow")));
        QCOMPARE(w.dashboard()->visiblePlots(), (QStringList{"retention", "norms"}));
        QCOMPARE(w.dashboard()->columns(), 1);
        QVERIFY(!w.restoreLayout(QStringLiteral("no such layout")));
        // Restoring is one undoable change.
        w.history()->setMergeWindowMs(0);
        QVERIFY(w.restoreLayout(QStringLiteral("All plots")));
        QCOMPARE(w.dashboard()->visiblePlots().size(), 7);
        w.action("undo")->trigger();
        QCOMPARE(w.dashboard()->visiblePlots(), (QStringList{"retention", "norms"}));
    }

    void traceClickStartsANewRunAtThatLayer()
    {
        const QString db = copyFixture(tmp_.path(), "layer.db");
        MainWindow w;
        QVERIFY(w.openFile(db));
        Q_EMIT w.causalTrace()->layerChosen(2);
        auto* dialog = w.findChild<NewRunDialog*>();
        QVERIFY(dialog);
        const QString hparams = QString::fromStdString(dialog->options().hparamsPath);
        QCOMPARE(hparams, tmp_.path() + "/layer-hparams/rome-layer2.json");
        QFile f(hparams);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("layers").toArray(), (QJsonArray{2}));
        // Everything else as the run's own file.
        const auto original = QJsonDocument::fromJson(QByteArray::fromStdString(w.document()->spec().hparamsText)).object();
        QCOMPARE(json.size(), original.size());
        QCOMPARE(json.value("v_lr"), original.value("v_lr"));
        QCOMPARE(dialog->dbPath(), db);
        QCOMPARE(QString::fromStdString(dialog->options().modelDir), QString::fromStdString(w.document()->spec().modelDir));
        dialog->reject();
    }

    void analysisDocksAndStatisticsManager()
    {
        MainWindow w;
        QVERIFY(w.openFile(env("EDITSCOPE_GUI_DB")));
        for (const char* dock : {"prompt", "lens", "trace", "retention", "runs", "history"})
            QVERIFY2(w.raiseDock(dock), dock);
        w.action("statistics")->trigger();
        auto* manager = w.findChild<StatisticsManager*>();
        QVERIFY(manager);
        QCOMPARE(manager->modelDir(), QString::fromStdString(w.document()->spec().modelDir));
        QCOMPARE(manager->statsDir(), QString::fromStdString(w.document()->spec().statsDir));
        manager->close();
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestWorkbenchAnalysis)
#include "test_workbench_analysis.moc"
