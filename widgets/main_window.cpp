#include "widgets/main_window.h"

#include "core/tensor/compute_threads.h"
#include "widgets/branch_dialog.h"
#include "widgets/dashboard.h"
#include "widgets/disabling_view.h"
#include "widgets/edit_inspector.h"
#include "widgets/new_run_dialog.h"
#include "widgets/run_document.h"
#include "widgets/session/background_task.h"
#include "widgets/session/run_controller.h"
#include "widgets/steps_view.h"
#include "widgets/theme.h"
#include "widgets/welcome_page.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace editscope {
namespace {

constexpr int kMaxRecentFiles = 10;

QString stateName(RunController::State s)
{
    using S = RunController::State;
    switch (s) {
    case S::Idle: return MainWindow::tr("idle");
    case S::Loading: return MainWindow::tr("loading the model");
    case S::Running: return MainWindow::tr("running");
    case S::Pausing: return MainWindow::tr("pausing after this step");
    case S::Paused: return MainWindow::tr("paused");
    case S::Stopping: return MainWindow::tr("stopping");
    case S::Stopped: return MainWindow::tr("stopped");
    case S::Finished: return MainWindow::tr("finished");
    case S::Failed: return MainWindow::tr("failed");
    }
    return {};
}

QString runStatusText(RunStatus s)
{
    switch (s) {
    case RunStatus::Running: return MainWindow::tr("running");
    case RunStatus::Paused: return MainWindow::tr("paused");
    case RunStatus::Finished: return MainWindow::tr("finished");
    case RunStatus::Cancelled: return MainWindow::tr("stopped");
    case RunStatus::Failed: return MainWindow::tr("failed");
    }
    return {};
}

// "新建运行(&N)…" → "新建运行…", "&New run…" → "New run…": toolbar buttons and the cheat sheet show no
// accelerator marks (CJK translations put them in parentheses).
QString withoutAccelerator(QString text)
{
    static const QRegularExpression cjk(QStringLiteral("\\(&.\\)"));
    text.remove(cjk);
    return text.remove(QLatin1Char('&'));
}

// A dropped .json: hparams files name their edited layers, CounterFact files are lists of records.
bool looksLikeHparams(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1 << 20)
        return false;
    const auto doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() && doc.object().contains("layers");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , doc_(new RunDocument(this))
    , controller_(new RunController(this))
{
    setWindowTitle(tr("EditScope"));
    setObjectName("MainWindow");
    setAcceptDrops(true);
    resize(1400, 900);

    centre_ = new QStackedWidget;
    welcome_ = new WelcomePage;
    centre_->addWidget(welcome_);
    dashboardPage_ = new QWidget;
    auto* page = new QVBoxLayout(dashboardPage_);
    page->setContentsMargins(0, 0, 0, 0);
    messageBar_ = new QLabel;
    messageBar_->setWordWrap(true);
    messageBar_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageBar_->setMargin(6);
    messageBar_->setVisible(false);
    page->addWidget(messageBar_);
    dashboard_ = new Dashboard(doc_);
    page->addWidget(dashboard_, 1);
    centre_->addWidget(dashboardPage_);
    setCentralWidget(centre_);

    createDocks();
    createActions();
    createStatusBar();

    connect(welcome_, &WelcomePage::newRunRequested, this,
            [this] { showNewRunDialog(demoRunOptions(world_), world_.runsDir() + "/demo.db", world_.corpus()); });
    connect(welcome_, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(welcome_, &WelcomePage::buildRequested, this, &MainWindow::buildDemoWorld);
    connect(welcome_, &WelcomePage::cancelBuildRequested, this, [this] {
        if (worldTask_)
            worldTask_->cancel();
    });
    connect(welcome_, &WelcomePage::recentFileActivated, this, [this](const QString& p) { openFile(p); });

    connect(doc_, &RunDocument::errorOccurred, this, [this](const QString& m) { showMessage(m); });
    connect(doc_, &RunDocument::runsChanged, this, &MainWindow::updateRunSelector);
    connect(doc_, &RunDocument::runLoaded, this, &MainWindow::updateRunSelector);
    connect(doc_, &RunDocument::stepsAppended, this, [this](qint64, qint64 last) {
        // Follow the newest step while a run computes, unless the user looks at an older one.
        if (controller_->busy() && (doc_->selectedStep() == 0 || doc_->selectedStep() >= last - 1))
            doc_->selectStep(last);
    });

    connect(controller_, &RunController::stateChanged, this, &MainWindow::updateRunActions);
    connect(controller_, &RunController::progress, this, &MainWindow::onProgress);
    connect(controller_, &RunController::attached, this, [this](const QString& db, qint64 run, qint64 last, qint64 total) {
        if (QFileInfo(doc_->path()) != QFileInfo(db) || doc_->runId() != run)
            openFile(db, run);
        stepLabel_->setText(tr("step %1 / %2").arg(last).arg(total));
    });
    connect(controller_, &RunController::stepStored, this, [this] { doc_->refresh(); });
    connect(controller_, &RunController::stopped, this, [this](qint64, int, const QString& message) {
        doc_->refresh();
        statusBar()->showMessage(message, 10000);
    });
    connect(controller_, &RunController::failed, this, [this](const QString& m) { showMessage(tr("The run failed: %1").arg(m)); });

    restoreSettings();
    updateRunActions();
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addAction(const QString& id, const QString& text, const QKeySequence& shortcut, QMenu* menu)
{
    auto* a = new QAction(text, this);
    a->setIconText(withoutAccelerator(text));   // what the toolbar shows
    a->setObjectName(id);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    menu->addAction(a);
    QMainWindow::addAction(a);   // shortcuts work while the menu bar is hidden (full screen)
    actions_.insert(id, a);
    return a;
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    connect(addAction("new-run", tr("&New run…"), QKeySequence::New, file), &QAction::triggered, this, [this] {
        showNewRunDialog(world_.complete() ? demoRunOptions(world_) : NewRunOptions{},
                         world_.runsDir() + QString("/run-%1.db").arg(QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss")),
                         world_.complete() ? world_.corpus() : QString());
    });
    connect(addAction("open", tr("&Open run file…"), QKeySequence::Open, file), &QAction::triggered, this, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    connect(addAction("reload", tr("Re&load"), QKeySequence::Refresh, file), &QAction::triggered, this, [this] {
        if (doc_->isOpen())
            openFile(doc_->path(), doc_->runId());
    });
    file->addSeparator();
    connect(addAction("export-figures", tr("&Export figures…"), QKeySequence(Qt::CTRL | Qt::Key_E), file), &QAction::triggered, this,
            &MainWindow::exportFigures);
    connect(addAction("export-pdf", tr("Export dashboard as one &PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), file),
            &QAction::triggered, this, &MainWindow::exportDashboardPdf);
    connect(addAction("export-csv", tr("Export visible data as &CSV…"), QKeySequence(), file), &QAction::triggered, this,
            &MainWindow::exportCsv);
    connect(addAction("export-paper", tr("Export the &paper's figures…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), file),
            &QAction::triggered, this, &MainWindow::exportPaperFigures);
    file->addSeparator();
    connect(addAction("compare", tr("&Add run files to compare…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), file),
            &QAction::triggered, this, &MainWindow::addComparisonFile);
    file->addSeparator();
    connect(addAction("close", tr("&Close run file"), QKeySequence::Close, file), &QAction::triggered, this, [this] {
        doc_->close();
        centre_->setCurrentWidget(welcome_);
        setWindowTitle(tr("EditScope"));
    });
    connect(addAction("quit", tr("&Quit"), QKeySequence::Quit, file), &QAction::triggered, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    createHistory(edit);
    edit->addSeparator();
    connect(addAction("note", tr("&Note on the selected step…"), QKeySequence(Qt::CTRL | Qt::Key_M), edit), &QAction::triggered, this,
            &MainWindow::editNoteOfSelectedStep);

    auto* run = menuBar()->addMenu(tr("&Run"));
    connect(addAction("pause", tr("&Pause after this step"), QKeySequence(Qt::Key_F6), run), &QAction::triggered, controller_,
            &RunController::pause);
    connect(addAction("step", tr("&Step (one edit)"), QKeySequence(Qt::Key_F10), run), &QAction::triggered, controller_,
            &RunController::step);
    connect(addAction("resume", tr("&Resume"), QKeySequence(Qt::Key_F8), run), &QAction::triggered, this, [this] {
        if (controller_->runId() == 0 && doc_->runId() != 0)
            controller_->resume(doc_->path(), doc_->runId());   // a stored run opened from disk
        else
            controller_->resume();
    });
    connect(addAction("stop", tr("S&top"), QKeySequence(Qt::SHIFT | Qt::Key_F5), run), &QAction::triggered, controller_,
            &RunController::stop);

    run->addSeparator();
    connect(addAction("branch", tr("&Branch from the selected step…"), QKeySequence(Qt::CTRL | Qt::Key_B), run), &QAction::triggered,
            this, &MainWindow::branchFromSelectedStep);

    auto* go = menuBar()->addMenu(tr("&Go"));
    connect(addAction("previous", tr("&Previous edit"), QKeySequence(Qt::Key_Left), go), &QAction::triggered, steps_,
            &StepsView::selectPrevious);
    connect(addAction("next", tr("&Next edit"), QKeySequence(Qt::Key_Right), go), &QAction::triggered, steps_, &StepsView::selectNext);
    connect(addAction("first", tr("&First edit"), QKeySequence(Qt::Key_Home), go), &QAction::triggered, steps_,
            &StepsView::selectFirst);
    connect(addAction("last", tr("&Last edit"), QKeySequence(Qt::Key_End), go), &QAction::triggered, steps_, &StepsView::selectLast);
    connect(addAction("next-flagged", tr("Next &flagged edit"), QKeySequence(Qt::Key_N), go), &QAction::triggered, steps_,
            &StepsView::selectNextFlagged);
    connect(addAction("previous-flagged", tr("Previous flagged edit"), QKeySequence(Qt::SHIFT | Qt::Key_N), go), &QAction::triggered,
            steps_, &StepsView::selectPreviousFlagged);

    auto* view = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    connect(addAction("reset-zoom", tr("&Reset zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), view), &QAction::triggered, this,
            &MainWindow::resetZoomRecorded);
    createLayoutMenu(view);
    auto* full = addAction("full-screen", tr("&Full screen"), QKeySequence::FullScreen, view);
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    auto* themes = view->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    for (auto [theme, label] : {std::pair{Theme::System, tr("System")}, {Theme::Light, tr("Light")}, {Theme::Dark, tr("Dark")}}) {
        auto* a = addAction("theme-" + themeName(theme), label, QKeySequence(), themes);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            QSettings().setValue("theme", themeName(theme));
        });
    }

    auto* tools = menuBar()->addMenu(tr("&Tools"));
    connect(addAction("statistics", tr("Layer &statistics…"), QKeySequence(), tools), &QAction::triggered, this,
            &MainWindow::showStatisticsManager);

    auto* help = menuBar()->addMenu(tr("&Help"));
    connect(addAction("shortcuts", tr("&Keyboard shortcuts"), QKeySequence::HelpContents, help), &QAction::triggered, this,
            &MainWindow::showShortcuts);
    connect(addAction("about", tr("&About EditScope"), QKeySequence(), help), &QAction::triggered, this, &MainWindow::showAbout);

    auto* bar = addToolBar(tr("Run"));
    bar->setObjectName("RunToolBar");
    for (const char* id : {"new-run", "open"})
        bar->addAction(actions_.value(id));
    bar->addSeparator();
    for (const char* id : {"pause", "step", "resume", "stop"})
        bar->addAction(actions_.value(id));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Run: ")));
    runSelector_ = new QComboBox;
    runSelector_->setMinimumContentsLength(28);
    runSelector_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(runSelector_);
    connect(runSelector_, &QComboBox::activated, this, [this](int index) {
        const qint64 id = runSelector_->itemData(index).toLongLong();
        if (id != doc_->runId())
            doc_->setRun(id);
    });
    bar->addSeparator();
    bar->addAction(actions_.value("export-figures"));
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& id, const QString& title, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(id);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    steps_ = new StepsView(doc_);
    inspector_ = new EditInspector(doc_);
    disabling_ = new DisablingEditsView(doc_);
    auto* stepsDock = dock("StepsDock", tr("Steps"), steps_, Qt::BottomDockWidgetArea);
    auto* disablingDock = dock("DisablingDock", tr("Disabling edits"), disabling_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(stepsDock, disablingDock);
    stepsDock->raise();
    auto* inspectorDock = dock("InspectorDock", tr("Edit inspector"), inspector_, Qt::RightDockWidgetArea);
    // First start (no saved state): the plots get most of the window.
    resizeDocks({inspectorDock}, {460}, Qt::Horizontal);
    resizeDocks({stepsDock}, {260}, Qt::Vertical);
    createAnalysisDocks(inspectorDock);
}

void MainWindow::createStatusBar()
{
    stateLabel_ = new QLabel(stateName(RunController::State::Idle));
    stepLabel_ = new QLabel;
    progressBar_ = new QProgressBar;
    progressBar_->setMaximumWidth(240);
    progressBar_->setVisible(false);
    etaLabel_ = new QLabel;
    statusBar()->addPermanentWidget(stateLabel_);
    statusBar()->addPermanentWidget(stepLabel_);
    statusBar()->addPermanentWidget(progressBar_);
    statusBar()->addPermanentWidget(etaLabel_);
}

void MainWindow::onProgress(const RunProgressInfo& info)
{
    stepLabel_->setText(tr("step %1 / %2 · %3").arg(info.step).arg(info.totalSteps).arg(info.phase));
    progressBar_->setVisible(true);
    progressBar_->setRange(0, static_cast<int>(std::max<qint64>(info.totalSteps, 1)));
    progressBar_->setValue(static_cast<int>(info.phase == "stored" ? info.step : std::max<qint64>(info.step - 1, 0)));
    etaLabel_->setText(tr("elapsed %1, ETA %2").arg(formatDuration(info.elapsedSeconds), formatDuration(info.etaSeconds)));
}

void MainWindow::updateRunActions()
{
    using S = RunController::State;
    const auto s = controller_->state();
    stateLabel_->setText(stateName(s));
    const bool busy = controller_->busy();
    // A stored run that is not finished can be continued from here; "running" in a file nobody writes
    // is a run whose process died (if another process is still writing, our first step is refused with
    // the file's lock or step-number error, shown in the message bar).
    const bool resumable = (controller_->runId() != 0 && (s == S::Paused || s == S::Stopped || s == S::Failed))
        || (!busy && doc_->runId() != 0 && doc_->summary().status != RunStatus::Finished);
    actions_.value("pause")->setEnabled(s == S::Running);
    actions_.value("step")->setEnabled(s == S::Running || (resumable && controller_->runId() != 0));
    actions_.value("resume")->setEnabled(resumable);
    actions_.value("stop")->setEnabled(s == S::Running || s == S::Pausing || s == S::Loading);
    actions_.value("new-run")->setEnabled(!busy);
    actions_.value("branch")->setEnabled(!busy && doc_->runId() != 0);
    if (!busy)
        progressBar_->setVisible(false);
}

void MainWindow::updateRunSelector()
{
    runSelector_->clear();
    for (const auto& r : doc_->runs()) {
        const QString label = tr("#%1 %2 · %3 · %4 steps · %5")
                                  .arg(r.id)
                                  .arg(QString::fromStdString(r.name), QString::fromStdString(r.method))
                                  .arg(r.steps)
                                  .arg(runStatusText(r.status));
        const QString parent = r.parentRun ? tr(" (branch of #%1 after its step %2)").arg(*r.parentRun).arg(r.parentStep) : QString();
        runSelector_->addItem(label + parent, QVariant::fromValue<qint64>(r.id));
        if (r.id == doc_->runId())
            runSelector_->setCurrentIndex(runSelector_->count() - 1);
    }
    updateRunActions();
}

bool MainWindow::openFile(const QString& path, qint64 run)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!doc_->open(absolute, run)) {
        centre_->setCurrentWidget(dashboardPage_);   // the message bar lives there
        return false;
    }
    messageBar_->setVisible(false);
    centre_->setCurrentWidget(dashboardPage_);
    setWindowTitle(tr("%1 — EditScope").arg(QFileInfo(absolute).fileName()));
    addRecentFile(absolute);
    if (doc_->runs().empty())
        showMessage(tr("%1 holds no run yet; it is shown as soon as one is stored.").arg(absolute), false);
    else if (!QFileInfo(QString::fromStdString(doc_->spec().modelDir)).isDir())
        showMessage(tr("The model folder of this run moved or was deleted (%1): the stored results are shown, but the run "
                       "cannot be resumed from here.")
                        .arg(QString::fromStdString(doc_->spec().modelDir)),
                    false);
    return true;
}

void MainWindow::showMessage(const QString& text, bool error)
{
    const QColor bg = error ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xf3, 0xcd);
    messageBar_->setStyleSheet(QString("QLabel { background: %1; color: #222; border-radius: 4px; }").arg(bg.name()));
    messageBar_->setText(text);
    messageBar_->setVisible(true);
    statusBar()->showMessage(text, 15000);
}

void MainWindow::branchFromSelectedStep()
{
    if (doc_->runId() == 0 || doc_->selectedStep() == 0) {
        statusBar()->showMessage(tr("Select the step to branch from first."), 8000);
        return;
    }
    auto* dialog = new BranchDialog(doc_->stepOffset() + doc_->selectedStep(), QString::fromStdString(doc_->spec().method),
                                    QString::fromStdString(doc_->spec().hparamsPath), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startBranch(dialog->options()); });
    dialog->open();
}

void MainWindow::startBranch(const BranchOptions& options)
{
    controller_->startBranch(doc_->path(), doc_->runId(), options);
}

bool MainWindow::raiseDock(const QString& name)
{
    static const QMap<QString, QString> kDocks = {{"steps", "StepsDock"},         {"disabling", "DisablingDock"},
                                                  {"inspector", "InspectorDock"}, {"prompt", "PromptDock"},
                                                  {"lens", "LensDock"},           {"trace", "TraceDock"},
                                                  {"retention", "RetentionMapDock"}, {"runs", "RunsDock"},
                                                  {"history", "HistoryDock"}};
    auto* dock = findChild<QDockWidget*>(kDocks.value(name));
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    if (name == "disabling")   // two inspectors side by side need room
        resizeDocks({dock}, {height() * 11 / 20}, Qt::Vertical);
    return true;
}

QString MainWindow::messageText() const { return messageBar_->isHidden() ? QString() : messageBar_->text(); }

void MainWindow::startWithDemoWorld(const DemoWorldPaths& world, bool buildIfMissing)
{
    world_ = world;
    centre_->setCurrentWidget(welcome_);
    if (world.complete())
        welcome_->showWorldReady(world.dir);
    else if (buildIfMissing)
        buildDemoWorld();
    else
        welcome_->showWorldMissing(world.dir);
}

void MainWindow::buildDemoWorld()
{
    if (worldTask_ && worldTask_->isRunning())
        return;
    worldTask_ = std::make_unique<BackgroundTask>(tr("Demo world"), buildDemoWorldJob(world_));
    connect(worldTask_.get(), &BackgroundTask::progressed, welcome_, &WelcomePage::showBuilding);
    connect(worldTask_.get(), &BackgroundTask::progressed, this,
            [this](const QString& phase, double f, double eta, const QString&) {
                statusBar()->showMessage(tr("Demo world: %1 %2%, ETA %3").arg(phase).arg(qRound(std::max(f, 0.0) * 100)).arg(formatDuration(eta)));
            });
    connect(worldTask_.get(), &BackgroundTask::succeeded, this, [this] {
        welcome_->showWorldReady(world_.dir);
        statusBar()->showMessage(tr("The demo world is ready."), 10000);
        if (!doc_->isOpen())
            showNewRunDialog(demoRunOptions(world_), world_.runsDir() + "/demo.db", world_.corpus());
    });
    connect(worldTask_.get(), &BackgroundTask::failed, welcome_, &WelcomePage::showBuildFailed);
    connect(worldTask_.get(), &BackgroundTask::wasCancelled, this, [this] {
        welcome_->showWorldMissing(world_.dir);
        statusBar()->showMessage(tr("Building the demo world was cancelled."), 10000);
    });
    welcome_->showBuilding(tr("starting"), 0, -1, QString());
    worldTask_->start();
}

void MainWindow::showNewRunDialog(const NewRunOptions& options, const QString& dbPath, const QString& corpusPath)
{
    auto* dialog = new NewRunDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOptions(options, dbPath, corpusPath);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRun(dialog->options(), dialog->dbPath()); });
    dialog->open();
}

void MainWindow::startRun(const NewRunOptions& options, const QString& dbPath)
{
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    controller_->startNew(QFileInfo(dbPath).absoluteFilePath(), options);
}

void MainWindow::openDialog()
{
    const QString start = QSettings().value("lastDir", QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open run file"), start, tr("Run files (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue("lastDir", QFileInfo(path).absolutePath());
    openFile(path);
}

QStringList MainWindow::recentFiles() const { return QSettings().value("recentFiles").toStringList(); }

void MainWindow::addRecentFile(const QString& path)
{
    auto files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue("recentFiles", files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const auto files = recentFiles();
    for (const auto& f : files)
        connect(recentMenu_->addAction(f), &QAction::triggered, this, [this, f] { openFile(f); });
    recentMenu_->addSeparator();
    auto* clear = recentMenu_->addAction(tr("Clear the list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove("recentFiles");
        rebuildRecentMenu();
    });
    welcome_->setRecentFiles(files);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value("MainWindow/geometry").toByteArray())) {
        // First start: most of the screen, the plots need room.
        if (const auto* screen = QGuiApplication::primaryScreen())
            setGeometry(screen->availableGeometry().adjusted(0, 0, 0, 0));
    }
    restoreState(s.value("MainWindow/state").toByteArray());
    const auto theme = themeFromName(s.value("theme", "system").toString());
    if (auto* a = actions_.value("theme-" + themeName(theme)))
        a->setChecked(true);
    if (theme != Theme::System)
        applyTheme(theme);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (controller_->busy()) {
        const auto answer = QMessageBox::question(this, tr("A run is computing"),
                                                  tr("Stop the run and quit? The steps stored so far stay in the run file, and the "
                                                     "run can be resumed later."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        controller_->stop();
    }
    if (worldTask_)
        worldTask_->cancel();
    QSettings s;
    s.setValue("MainWindow/geometry", saveGeometry());
    s.setValue("MainWindow/state", saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile())
            handleDroppedPath(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::handleDroppedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() && QFileInfo::exists(path + "/config.json")) {
        NewRunOptions o = world_.complete() ? demoRunOptions(world_) : NewRunOptions{};
        o.modelDir = path.toStdString();
        showNewRunDialog(o, world_.runsDir() + "/run.db");
    } else if (info.isDir() && QFileInfo::exists(path + "/model/config.json")) {   // a demo world folder
        startWithDemoWorld({info.absoluteFilePath()}, false);
    } else if (info.suffix() == "json") {
        NewRunOptions o = world_.complete() ? demoRunOptions(world_) : NewRunOptions{};
        (looksLikeHparams(path) ? o.hparamsPath : o.datasetPath) = path.toStdString();
        showNewRunDialog(o, world_.runsDir() + "/run.db", world_.complete() ? world_.corpus() : QString());
    } else {
        openFile(path);   // a run file, or a clear message saying why it is not one
    }
}

void MainWindow::exportFigures()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export every figure into a folder"),
                                                          QSettings().value("exportDir", QDir::homePath()).toString());
    if (dir.isEmpty())
        return;
    bool ok = false;
    const int dpi = QInputDialog::getInt(this, tr("Export figures"), tr("PNG resolution (DPI)"), 150, 72, 1200, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue("exportDir", dir);
    QString error;
    QStringList written;
    if (dashboard_->exportAll(dir, {"png", "pdf", "svg"}, dpi, &error, &written))
        statusBar()->showMessage(tr("Wrote %1 files into %2").arg(written.size()).arg(dir), 10000);
    else
        showMessage(error);
}

void MainWindow::exportDashboardPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as one PDF"),
                                                      QSettings().value("exportDir", QDir::homePath()).toString() + "/dashboard.pdf",
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (dashboard_->exportPdf(path, &error))
        statusBar()->showMessage(tr("Wrote %1").arg(path), 10000);
    else
        showMessage(error);
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the visible data as CSV"),
                                                      QSettings().value("exportDir", QDir::homePath()).toString() + "/visible.csv",
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(dashboard_->visibleCsv().toUtf8()) < 0) {
        showMessage(tr("%1: cannot write: %2").arg(path, f.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(path), 10000);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(0, 2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (auto* a : actions_) {
        if (a->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(withoutAccelerator(a->text())));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    const QStringList mouse = {tr("Plots: drag to pan, wheel to zoom the x axis (all plots follow)"),
                               tr("Plots: click a point to select its edit"), tr("Steps table: type in the filter; \"flag:\" shows flagged edits")};
    for (const auto& m : mouse) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(m));
        table->setItem(row, 1, new QTableWidgetItem(tr("mouse")));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString model = tr("no run open");
    if (doc_->runId() != 0) {
        const auto& spec = doc_->spec();
        QString hash = QString::fromStdString(spec.modelHash);
        hash.remove(QStringLiteral("sha256:"));
        model = tr("%1 (weights SHA-256 %2…)").arg(QString::fromStdString(spec.modelDir), hash.left(16));
    }
    QMessageBox::about(this, tr("About EditScope"),
                       tr("<h3>EditScope %1</h3><p>A workbench for sequential knowledge editing (ROME, r-ROME, MEMIT).</p>"
                          "<p>Qt %2 · libtorch %3 · %4 compute threads</p><p>Model: %5</p>")
                           .arg(QStringLiteral(EDITSCOPE_VERSION), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(torchVersionString()))
                           .arg(computeThreads())
                           .arg(model.toHtmlEscaped()));
}

} // namespace editscope
