// MainWindow: the workbench. A welcome page (demo world status and build progress, recent files) until a
// run file is open, then the dashboard in the centre with docks for the steps table, the edit inspector
// and the disabling edits. The toolbar and the Run menu drive the RunController (Pause after the step,
// Step, Resume, Stop within one forward pass); the status bar shows state, step, phase, progress and ETA.
// Files come in through the command line, File > Open, recent files and drag-and-drop (a run file opens;
// a model folder, a dataset or an hparams file pre-fills New run). Window geometry, dock state, recent
// files and the theme persist in QSettings. Errors are shown in a message bar above the dashboard,
// never as a crash; viewing never writes to a run file. GUI thread.
#pragma once

#include "core/runner/sequential_run.h"
#include "widgets/run_set.h"
#include "widgets/session/demo_world_setup.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QMap>

#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace editscope {

class BackgroundTask;
class Dashboard;
class DisablingEditsView;
class EditInspector;
class RunController;
class RunDocument;
class AnnotationList;
class CausalTraceView;
class LogitLensView;
class PromptPane;
class RetentionMap;
class RunTreeView;
class StepModelSource;
class StepsView;
class ViewHistory;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a run file read-only (run 0: its last run). false: the message bar says why; the previous
    // file stays open.
    bool openFile(const QString& path, qint64 run = 0);
    // The no-argument start: show the demo world's state and build it in the background if missing.
    void startWithDemoWorld(const DemoWorldPaths& world, bool buildIfMissing = true);
    // Opens the New run dialog pre-filled; starts the run when accepted.
    void showNewRunDialog(const NewRunOptions& options, const QString& dbPath, const QString& corpusPath = {});
    // Starts a run without the dialog (what the dialog's OK does).
    void startRun(const NewRunOptions& options, const QString& dbPath);
    // A child of the open run (Run > Branch from the selected step), computed into the same file.
    void branchFromSelectedStep();
    void startBranch(const BranchOptions& options);

    RunDocument* document() const { return doc_; }
    RunController* controller() const { return controller_; }
    Dashboard* dashboard() const { return dashboard_; }
    StepsView* stepsView() const { return steps_; }
    EditInspector* inspector() const { return inspector_; }
    DisablingEditsView* disablingView() const { return disabling_; }
    WelcomePage* welcomePage() const { return welcome_; }
    BackgroundTask* worldTask() const { return worldTask_.get(); }
    QAction* action(const QString& id) const { return actions_.value(id); }
    // Shows and raises a dock: "steps", "disabling" or "inspector" (false: no such dock).
    bool raiseDock(const QString& name);
    QString messageText() const;     // the message bar's text ("" when hidden)
    ViewHistory* history() const { return history_; }
    PromptPane* promptPane() const { return prompt_; }
    LogitLensView* logitLens() const { return lens_; }
    CausalTraceView* causalTrace() const { return trace_; }
    RetentionMap* retentionMap() const { return retentionMap_; }
    // Named dashboard layouts (widgets/layout_library.h); false: a built-in or empty name / no such layout.
    bool saveLayout(const QString& name);
    bool restoreLayout(const QString& name);
    // New run pre-filled like the open run, its hparams moved to `layer` (a causal-trace click): the
    // hparams copy is written next to the run file (hparams_layers.h says which layers MEMIT then edits).
    void newRunWithLayer(int layer);
    // The note on a step, stored in the run file (undoable). false: no run open, step 0, or the write
    // failed (the message bar says why).
    bool setNote(qint64 step, const QString& text);
    AnnotationList* notes() const { return notes_; }
    RunTreeView* runTree() const { return runTree_; }
    // The paper's figure set (widgets/paper_figures.h) of the runs on the dashboard into `dir`.
    bool exportPaperFiguresTo(const QString& dir, const QStringList& formats, int dpi, QString* error = nullptr,
                              QStringList* written = nullptr) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QAction* addAction(const QString& id, const QString& text, const QKeySequence& shortcut, QMenu* menu);
    void createActions();
    void createDocks();
    void createStatusBar();
    void restoreSettings();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    QStringList recentFiles() const;
    void showMessage(const QString& text, bool error = true);
    void updateRunActions();
    void updateRunSelector();
    void openDialog();
    void exportFigures();
    void exportDashboardPdf();
    void exportCsv();
    void showShortcuts();
    void showAbout();
    void buildDemoWorld();
    void handleDroppedPath(const QString& path);
    void onProgress(const struct RunProgressInfo& info);
    // main_window_analysis.cpp
    void createAnalysisDocks(QDockWidget* besides);
    void loadAnnotations();
    QList<RunKey> overlaidRuns() const;
    void applyOverlays(const QList<RunKey>& keys);
    void addComparisonFile();
    void exportPaperFigures();
    void editNoteOfSelectedStep();
    void showStatisticsManager();
    // main_window_history.cpp
    struct ZoomState {
        bool automatic = true;
        double lower = 0, upper = 0;
    };
    void createHistory(QMenu* edit);
    void createLayoutMenu(QMenu* view);
    void rebuildLayoutMenu();
    void applyZoom(const ZoomState& state);
    void resetZoomRecorded();
    void applyLayout(const QJsonObject& state);

    RunDocument* doc_ = nullptr;
    RunController* controller_ = nullptr;
    QStackedWidget* centre_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    QWidget* dashboardPage_ = nullptr;
    QLabel* messageBar_ = nullptr;
    Dashboard* dashboard_ = nullptr;
    StepsView* steps_ = nullptr;
    EditInspector* inspector_ = nullptr;
    DisablingEditsView* disabling_ = nullptr;
    QComboBox* runSelector_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QLabel* stepLabel_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QLabel* etaLabel_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMap<QString, QAction*> actions_;
    DemoWorldPaths world_;
    std::unique_ptr<BackgroundTask> worldTask_;
    ViewHistory* history_ = nullptr;
    std::shared_ptr<StepModelSource> models_;
    PromptPane* prompt_ = nullptr;
    LogitLensView* lens_ = nullptr;
    CausalTraceView* trace_ = nullptr;
    RetentionMap* retentionMap_ = nullptr;
    AnnotationList* notes_ = nullptr;
    RunTreeView* runTree_ = nullptr;
    QList<RunKey> overlayState_;
    QMenu* layoutsMenu_ = nullptr;
    ZoomState zoomState_;
    qint64 lastSelectedStep_ = 0;
    QJsonObject layoutState_;
};

} // namespace editscope
