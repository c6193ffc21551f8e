// MainWindow's analysis half (issue 7): the probing docks (Try a prompt, Logit lens, Causal trace,
// Retention map), sharing one StepModelSource (the models at any step, rebuilt off the GUI thread), and
// a new run at a layer picked in the causal trace. Split from main_window.cpp to keep one purpose per
// file; same class, GUI thread.
#include "widgets/main_window.h"

#include "core/editing/hparams_layers.h"
#include "widgets/annotation_list.h"
#include "widgets/causal_trace_view.h"
#include "widgets/dashboard.h"
#include "widgets/paper_figures.h"
#include "widgets/statistics_manager.h"
#include "widgets/view_history.h"
#include "widgets/logit_lens_view.h"
#include "widgets/prompt_pane.h"
#include "widgets/retention_map.h"
#include "widgets/run_document.h"
#include "widgets/run_set.h"
#include "widgets/run_tree_view.h"
#include "widgets/session/step_model_source.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>

#include <exception>

namespace editscope {
namespace {

// The open run's settings as a new run's (the order is re-made from the same seed).
NewRunOptions optionsLike(const RunSpec& spec, int64_t edits)
{
    NewRunOptions o;
    o.modelDir = spec.modelDir;
    o.datasetPath = spec.datasetPath;
    o.method = spec.method;
    o.hparamsPath = spec.hparamsPath;
    o.statsDir = spec.statsDir;
    o.edits = edits;
    o.batchSize = spec.batchSize;
    o.seed = spec.seed;
    o.retentionEvery = spec.retentionEvery;
    o.downstreamEvery = spec.downstreamEvery;
    o.generationEvery = spec.generationEvery;
    o.downstreamDir = spec.downstreamDir;
    if (spec.downstreamPerClass > 0)
        o.downstreamPerClass = spec.downstreamPerClass;
    return o;
}

} // namespace

void MainWindow::createAnalysisDocks(QDockWidget* besides)
{
    models_ = std::make_shared<StepModelSource>(3);
    prompt_ = new PromptPane(doc_, models_);
    lens_ = new LogitLensView(doc_, models_);
    trace_ = new CausalTraceView(doc_, models_);
    retentionMap_ = new RetentionMap(doc_);
    QDockWidget* previous = besides;
    for (auto [id, title, widget] : {std::tuple{"PromptDock", tr("Try a prompt"), static_cast<QWidget*>(prompt_)},
                                     {"LensDock", tr("Logit lens"), lens_},
                                     {"TraceDock", tr("Causal trace"), trace_},
                                     {"RetentionMapDock", tr("Retention map"), retentionMap_}}) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(id);
        d->setWidget(widget);
        addDockWidget(Qt::RightDockWidgetArea, d);
        tabifyDockWidget(previous, d);
        previous = d;
    }
    besides->raise();
    connect(trace_, &CausalTraceView::layerChosen, this, &MainWindow::newRunWithLayer);
    connect(doc_, &RunDocument::runLoaded, this, &MainWindow::loadAnnotations);

    // Comparing runs: the dashboard's RunSet as a tree (files → runs → branches) on the left.
    runTree_ = new RunTreeView(dashboard_->runSet());
    auto* runs = new QDockWidget(tr("Runs"), this);
    runs->setObjectName("RunsDock");
    runs->setWidget(runTree_);
    addDockWidget(Qt::LeftDockWidgetArea, runs);
    connect(runTree_, &RunTreeView::showAsPrimaryRequested, this, [this](const QString& path, qint64 run) { openFile(path, run); });
    connect(dashboard_->runSet(), &RunSet::errorOccurred, this, [this](const QString& m) { showMessage(m); });
    // The open file is always in the tree.
    connect(doc_, &RunDocument::runLoaded, this, [this] {
        if (doc_->isOpen() && !dashboard_->runSet()->hasFile(doc_->path()))
            dashboard_->runSet()->addFile(doc_->path());
    });
}

QList<RunKey> MainWindow::overlaidRuns() const
{
    QList<RunKey> keys;
    for (const auto& r : dashboard_->runSet()->drawnRuns())
        if (!r.primary) keys << r.key;
    return keys;
}

void MainWindow::applyOverlays(const QList<RunKey>& keys)
{
    RunSet* set = dashboard_->runSet();
    for (const RunKey& k : overlaidRuns())
        if (!keys.contains(k)) set->setOverlaid(k, false);
    for (const RunKey& k : keys) {
        if (!set->hasFile(k.path)) set->addFile(k.path);
        set->setOverlaid(k, true);
    }
    overlayState_ = overlaidRuns();
}

void MainWindow::addComparisonFile()
{
    const QString start = QSettings().value("lastDir", QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add run files to compare"), start,
                                                            tr("Run files (*.db);;All files (*)"));
    for (const QString& p : paths)
        runTree_->addFile(p);
    if (!paths.isEmpty()) raiseDock("runs");
}

void MainWindow::exportPaperFigures()
{
    if (doc_->runId() == 0) {
        statusBar()->showMessage(tr("Open a run first."), 6000);
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the paper's figures into"),
                                                          QSettings().value("exportDir", QDir::homePath()).toString());
    if (dir.isEmpty()) return;
    QSettings().setValue("exportDir", dir);
    QString error;
    QStringList written;
    if (!exportPaperFiguresTo(dir, {"png", "pdf", "svg", "tex"}, 300, &error, &written))
        showMessage(tr("Export failed: %1").arg(error));
    else
        statusBar()->showMessage(tr("%n file(s) written to %1 (pdflatex figures.tex builds the LaTeX version).", "", written.size()).arg(dir), 10000);
}

bool MainWindow::exportPaperFiguresTo(const QString& dir, const QStringList& formats, int dpi, QString* error,
                                      QStringList* written) const
{
    // The runs drawn on the dashboard (the open run first, then the overlays), in their colours; a
    // branch sits on its root run's axis.
    QList<PaperRun> runs;
    for (const auto& r : dashboard_->runSet()->drawnRuns()) {
        PaperRun p;
        p.dbPath = r.doc->path();
        p.run = r.doc->runId();
        p.label = r.label;
        p.colour = r.colour;
        p.editsOffset = r.doc->stepOffset() * std::max<int64_t>(r.doc->batchSize(), 1);
        runs << p;
    }
    PaperExportOptions options;
    options.dir = dir;
    options.formats = formats;
    options.dpi = dpi;
    options.bucket = dashboard_->bucket();
    options.window = dashboard_->window();
    return editscope::exportPaperFigures(runs, options, error, written);
}

void MainWindow::newRunWithLayer(int layer)
{
    if (doc_->runId() == 0) {
        statusBar()->showMessage(tr("Open a run first: the new run takes its settings."), 8000);
        return;
    }
    const RunSpec& spec = doc_->spec();
    const QFileInfo db(doc_->path());
    const QString dir = db.absolutePath() + "/" + db.completeBaseName() + "-hparams";
    const QString path = dir + QString("/%1-layer%2.json").arg(QString::fromStdString(spec.method)).arg(layer);
    try {
        const std::string text = hparamsWithPickedLayer(spec.hparamsText, spec.method, layer, spec.hparamsPath);
        QDir().mkpath(dir);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.data(), qint64(text.size())) != qint64(text.size()))
            throw std::runtime_error(tr("%1: cannot write the hparams copy (%2)").arg(path, out.errorString()).toStdString());
    } catch (const std::exception& e) {
        showMessage(tr("Cannot prepare a run at layer %1: %2").arg(layer).arg(QString::fromUtf8(e.what())));
        return;
    }
    NewRunOptions o = optionsLike(spec, std::max<int64_t>(doc_->summary().steps, 1) * spec.batchSize);
    o.hparamsPath = path.toStdString();
    o.name = tr("%1 at layer %2").arg(QString::fromStdString(spec.method)).arg(layer).toStdString();
    showNewRunDialog(o, db.absoluteFilePath());
}

} // namespace editscope

namespace editscope {

// Notes on steps, stored in the run file (storage/SCHEMA.md "annotations"). A new AnnotationList per
// opened run; the dashboard draws a marker per note and writes it in the CSV's `note` column.
void MainWindow::loadAnnotations()
{
    delete notes_;
    notes_ = nullptr;
    if (doc_->runId() == 0) {
        dashboard_->setAnnotations({});
        return;
    }
    notes_ = new AnnotationList(doc_->path(), doc_->runId(), this);
    connect(notes_, &AnnotationList::changed, this, [this] { dashboard_->setAnnotations(notes_->notes()); });
    connect(notes_, &AnnotationList::errorOccurred, this, [this](const QString& m) { showMessage(m); });
    dashboard_->setAnnotations(notes_->notes());
}

bool MainWindow::setNote(qint64 step, const QString& text)
{
    if (!notes_ || step <= 0) return false;
    const QString before = notes_->note(step);
    if (before == text.trimmed()) return true;
    if (!notes_->setNote(step, text)) return false;
    const QString after = notes_->note(step);
    const QString path = doc_->path();
    const qint64 run = doc_->runId();
    // Undo writes the old text back (the file is the truth); skipped if another file is open by then.
    auto write = [this, path, run, step](const QString& note) {
        if (notes_ && notes_->path() == path && notes_->run() == run) notes_->setNote(step, note);
    };
    history_->record(after.isEmpty() ? tr("Remove the note on step %1").arg(step) : tr("Note on step %1").arg(step),
                     [write, before] { write(before); }, [write, after] { write(after); });
    return true;
}

void MainWindow::editNoteOfSelectedStep()
{
    const qint64 step = doc_->selectedStep();
    if (!notes_ || step <= 0) {
        statusBar()->showMessage(tr("Select a step first."), 6000);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on step %1").arg(step),
                                                        tr("Your note on this step (stored in the run file; empty removes it):"),
                                                        notes_->note(step), &ok);
    if (ok) setNote(step, text);
}

void MainWindow::showStatisticsManager()
{
    auto* dialog = new StatisticsManager(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (doc_->runId() != 0) {
        const RunSpec& spec = doc_->spec();
        dialog->setModelDir(QString::fromStdString(spec.modelDir));
        dialog->setStatsDir(QString::fromStdString(spec.statsDir));
        dialog->setHparams(QString::fromStdString(spec.method), QString::fromStdString(spec.hparamsPath));
    } else if (world_.complete()) {
        const NewRunOptions o = demoRunOptions(world_);
        dialog->setModelDir(QString::fromStdString(o.modelDir));
        dialog->setStatsDir(QString::fromStdString(o.statsDir));
        dialog->setHparams(QString::fromStdString(o.method), QString::fromStdString(o.hparamsPath));
    }
    if (world_.complete()) dialog->setCorpus(world_.corpus());
    dialog->show();
}

} // namespace editscope
