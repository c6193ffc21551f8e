// MainWindow's undo/redo of view changes (widgets/view_history.h) and the named dashboard layouts
// (widgets/layout_library.h): the hooks that report each view change to the history, the Edit menu's
// Undo/Redo, the History dock, and View > Layouts. Split from main_window.cpp to keep one purpose per
// file; same class, GUI thread.
#include "widgets/main_window.h"

#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/layout_library.h"
#include "widgets/plot_linker.h"
#include "widgets/run_set.h"
#include "widgets/run_document.h"
#include "widgets/view_history.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

#include <cmath>

namespace editscope {

void MainWindow::createHistory(QMenu* edit)
{
    history_ = new ViewHistory(this);
    auto* undo = history_->stack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName("undo");
    auto* redo = history_->stack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName("redo");
    for (QAction* a : {undo, redo}) {
        edit->addAction(a);
        QMainWindow::addAction(a);
        actions_.insert(a->objectName(), a);
    }

    auto* view = new QUndoView(history_->stack());
    view->setEmptyLabel(tr("<opened>"));
    auto* dock = new QDockWidget(tr("History"), this);
    dock->setObjectName("HistoryDock");
    dock->setWidget(view);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();

    // Zoom: each plot reports the user's drags and wheel turns; the linker makes the others follow. The
    // range before the burst is what undo restores ("whole run" when the plots followed the run).
    zoomState_ = {true, 0, 0};
    for (DashboardPlot* plot : dashboard_->plots()) {
        connect(plot, &DashboardPlot::xRangeChanged, this, [this](double lower, double upper) {
            const ZoomState before = zoomState_;
            const ZoomState after{false, lower, upper};
            zoomState_ = after;
            history_->record(tr("Zoom to edits %1–%2").arg(std::round(lower)).arg(std::round(upper)),
                             [this, before] { applyZoom(before); }, [this, after] { applyZoom(after); }, ViewHistory::Zoom);
        });
    }
    // The selected step (arrow keys through the steps merge into one entry).
    lastSelectedStep_ = doc_->selectedStep();
    connect(doc_, &RunDocument::selectedStepChanged, this, [this](qint64 step) {
        const qint64 before = lastSelectedStep_;
        lastSelectedStep_ = step;
        if (before == step) return;
        history_->record(tr("Select step %1").arg(step), [this, before] { doc_->selectStep(before); },
                         [this, step] { doc_->selectStep(step); }, ViewHistory::Selection);
    });
    // Another run or file: the recorded states belong to the old one.
    connect(doc_, &RunDocument::runLoaded, this, [this] {
        history_->clear();
        lastSelectedStep_ = doc_->selectedStep();
        zoomState_ = {true, 0, 0};
        layoutState_ = dashboard_->layoutState();
    });

    // Smoothing, log scale, which plots in which arrangement: one state object (Dashboard::layoutState),
    // reported by three signals (a restore that changes several emits several: the first records the
    // whole change, the others then find nothing new).
    layoutState_ = dashboard_->layoutState();
    auto onLayout = [this] {
        const QJsonObject before = layoutState_;
        const QJsonObject after = dashboard_->layoutState();
        layoutState_ = after;
        if (before == after) return;
        const bool smoothingOnly = before.value("plots") == after.value("plots") && before.value("columns") == after.value("columns");
        history_->record(smoothingOnly ? tr("Change smoothing or scale") : tr("Change the plots shown"),
                         [this, before] { applyLayout(before); }, [this, after] { applyLayout(after); },
                         smoothingOnly ? ViewHistory::Smoothing : ViewHistory::NoMerge);
    };
    connect(dashboard_, &Dashboard::layoutChanged, this, onLayout);
    connect(dashboard_, &Dashboard::smoothingChanged, this, onLayout);
    connect(dashboard_, &Dashboard::normLogScaleChanged, this, onLayout);

    // Overlays: which runs are drawn besides the open one.
    overlayState_ = overlaidRuns();
    connect(dashboard_->runSet(), &RunSet::overlaysChanged, this, [this] {
        const QList<RunKey> before = overlayState_;
        const QList<RunKey> after = overlaidRuns();
        overlayState_ = after;
        if (before == after) return;
        history_->record(after.size() > before.size() ? tr("Overlay a run") : tr("Change the overlaid runs"),
                         [this, before] { applyOverlays(before); }, [this, after] { applyOverlays(after); });
    });
}

void MainWindow::resetZoomRecorded()
{
    const ZoomState before = zoomState_;
    applyZoom({true, 0, 0});
    if (!before.automatic)
        history_->record(tr("Reset zoom"), [this, before] { applyZoom(before); }, [this] { applyZoom({true, 0, 0}); });
}

void MainWindow::applyZoom(const ZoomState& state)
{
    zoomState_ = state;
    if (state.automatic)
        dashboard_->resetZoom();
    else
        dashboard_->linker()->setXRange(state.lower, state.upper);
}

void MainWindow::applyLayout(const QJsonObject& state)
{
    dashboard_->restoreLayoutState(state);
    layoutState_ = dashboard_->layoutState();
}

void MainWindow::createLayoutMenu(QMenu* view)
{
    layoutsMenu_ = view->addMenu(tr("&Layouts"));
    connect(layoutsMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildLayoutMenu);
    rebuildLayoutMenu();   // the actions exist before the menu is first opened (tests, shortcuts)
}

void MainWindow::rebuildLayoutMenu()
{
    layoutsMenu_->clear();
    LayoutLibrary library;
    for (const QString& name : library.names()) {
        auto* a = layoutsMenu_->addAction(library.isBuiltIn(name) ? tr("%1 (built in)").arg(name) : name);
        a->setObjectName("layout:" + name);
        connect(a, &QAction::triggered, this, [this, name] { restoreLayout(name); });
    }
    layoutsMenu_->addSeparator();
    connect(layoutsMenu_->addAction(tr("&Save current layout as…")), &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Name of this layout:"), QLineEdit::Normal,
                                                   QString(), &ok);
        if (ok && !saveLayout(name))
            QMessageBox::information(this, tr("Save layout"), tr("“%1” is a built-in layout or an empty name; choose another name.").arg(name));
    });
    auto* remove = layoutsMenu_->addMenu(tr("&Delete layout"));
    for (const QString& name : library.userNames())
        connect(remove->addAction(name), &QAction::triggered, this, [name] { LayoutLibrary().remove(name); });
    remove->setEnabled(!library.userNames().isEmpty());
}

bool MainWindow::saveLayout(const QString& name)
{
    if (!LayoutLibrary().save(name, dashboard_->layoutState()))
        return false;
    statusBar()->showMessage(tr("Layout “%1” saved.").arg(name.trimmed()), 5000);
    return true;
}

bool MainWindow::restoreLayout(const QString& name)
{
    const auto state = LayoutLibrary().layout(name);
    if (!state) {
        statusBar()->showMessage(tr("No layout named “%1”.").arg(name), 5000);
        return false;
    }
    // Built-ins name only the plots and columns: keep the user's smoothing and log scale.
    QJsonObject merged = dashboard_->layoutState();
    for (auto it = state->begin(); it != state->end(); ++it)
        merged.insert(it.key(), it.value());
    dashboard_->restoreLayoutState(merged);   // emits layoutChanged → one history entry
    return true;
}

} // namespace editscope
