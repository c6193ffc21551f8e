// RunTreeView: the run list of a RunSet as a tree — files → runs → branches (a branch sits under the
// run it branched from, with "from step N") — with a colour swatch per run and a check box that
// overlays the run on the dashboard plots. The primary run (the one the window shows) is bold and
// always checked. Above the tree an "Add run file…" button; a context menu per row: Overlay on the
// plots, Show as primary (emits showAsPrimaryRequested; the main window opens that run), Colour…,
// Smoothing… (the run's own bucket and window, or the dashboard's), Remove file. Double-click: Show as
// primary. The tree follows RunSet::changed: rows are updated in place, and rebuilt (expanded) only
// when files or runs come or go.
// Model: a QStandardItemModel, column 0 "Run" (check box, swatch, label) with the run's key in
// PathRole/RunRole, column 1 "Method", column 2 "Edits".
// Ownership: a QWidget; the RunSet is not owned and must outlive it. Thread-safety: GUI thread only.
#pragma once

#include "widgets/run_set.h"

#include <QModelIndex>
#include <QWidget>

class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace editscope {

class RunTreeView : public QWidget {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, RunRole, IsFileRole };

    explicit RunTreeView(RunSet* runs, QWidget* parent = nullptr);

    RunSet* runSet() const { return runs_; }
    QTreeView* treeView() const { return tree_; }
    QStandardItemModel* model() const { return model_; }

    // Adds a run file to the set (RunSet::addFile; its errorOccurred reports a failure).
    bool addFile(const QString& path);
    // The run of a row (null for a file row or an invalid index) and the row of a run (column 0).
    RunKey keyAt(const QModelIndex& index) const;
    QModelIndex indexOf(const RunKey& key) const;
    QModelIndex fileIndex(const QString& path) const;
    // The context menu of a row (the caller owns it); actions carry object names: "overlay",
    // "show-primary", "colour", "smoothing", "remove-file", "add-file".
    QMenu* createContextMenu(const QModelIndex& index, QWidget* parent = nullptr);

Q_SIGNALS:
    void showAsPrimaryRequested(const QString& path, qint64 run);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QString structure() const;   // files and runs (with parents): a change needs a new tree
    void fillRow(QStandardItem* item, QStandardItem* method, QStandardItem* edits, const RunSummary& run,
                 const QString& path);
    void onItemChanged(QStandardItem* item);
    void chooseFile();
    void chooseColour(const RunKey& key);
    void chooseSmoothing(const RunKey& key);

    RunSet* runs_;
    QTreeView* tree_;
    QStandardItemModel* model_;
    QString structure_;
    bool rebuilding_ = false;
};

} // namespace editscope
