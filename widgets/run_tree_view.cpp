#include "widgets/run_tree_view.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace editscope {
namespace {

QIcon swatch(const QColor& colour, const QPalette& palette)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), 1));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return RunTreeView::tr("running");
    case RunStatus::Paused: return RunTreeView::tr("paused");
    case RunStatus::Finished: return RunTreeView::tr("finished");
    case RunStatus::Cancelled: return RunTreeView::tr("cancelled");
    case RunStatus::Failed: return RunTreeView::tr("failed");
    }
    return {};
}

} // namespace

RunTreeView::RunTreeView(RunSet* runs, QWidget* parent)
    : QWidget(parent)
    , runs_(runs)
    , tree_(new QTreeView)
    , model_(new QStandardItemModel(this))
{
    auto* add = new QPushButton(tr("Add run file…"));
    add->setToolTip(tr("Open another run file to compare its runs with this one"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    tree_->setModel(model_);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->setToolTip(tr("Check a run to overlay it on the plots; right-click for more"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(tree_, 1);

    connect(add, &QPushButton::clicked, this, &RunTreeView::chooseFile);
    connect(runs_, &RunSet::changed, this, &RunTreeView::rebuild);
    connect(model_, &QStandardItemModel::itemChanged, this, &RunTreeView::onItemChanged);
    connect(tree_, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = tree_->indexAt(pos);
        QMenu* menu = createContextMenu(index, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tree_->viewport()->mapToGlobal(pos));
    });
    connect(tree_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const RunKey key = keyAt(index);
        if (!key.isNull() && !runs_->isPrimary(key))
            Q_EMIT showAsPrimaryRequested(key.path, key.run);
    });
    rebuild();
}

bool RunTreeView::addFile(const QString& path)
{
    return runs_->addFile(path);
}

RunKey RunTreeView::keyAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(IsFileRole).toBool())
        return {};
    return {first.data(PathRole).toString(), first.data(RunRole).toLongLong()};
}

QModelIndex RunTreeView::indexOf(const RunKey& key) const
{
    const QModelIndexList hits = model_->match(model_->index(0, 0), RunRole, QVariant::fromValue<qlonglong>(key.run), -1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& i : hits)
        if (i.data(PathRole).toString() == key.path && !i.data(IsFileRole).toBool())
            return i;
    return {};
}

QModelIndex RunTreeView::fileIndex(const QString& path) const
{
    const QString canonical = canonicalRunPath(path);
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->index(r, 0).data(PathRole).toString() == canonical)
            return model_->index(r, 0);
    return {};
}

void RunTreeView::fillRow(QStandardItem* item, QStandardItem* method, QStandardItem* edits, const RunSummary& run,
                          const QString& path)
{
    const RunKey key{path, run.id};
    const bool primary = runs_->isPrimary(key);
    QString text = runs_->label(key);
    if (run.parentRun)
        text += QStringLiteral(" · ") + tr("from step %1").arg(run.parentStep);
    item->setText(text);
    item->setData(path, PathRole);
    item->setData(QVariant::fromValue<qlonglong>(run.id), RunRole);
    item->setData(false, IsFileRole);
    item->setIcon(swatch(runs_->colour(key), palette()));
    item->setCheckable(true);
    item->setCheckState(runs_->isOverlaid(key) ? Qt::Checked : Qt::Unchecked);
    // The primary is always drawn: its box shows it, but cannot be cleared.
    item->setFlags(primary ? item->flags() & ~Qt::ItemIsUserCheckable : item->flags() | Qt::ItemIsUserCheckable);
    QFont f = font();
    f.setBold(primary);
    item->setFont(f);
    QStringList tip;
    tip << QStringLiteral("<b>%1</b> (run %2)").arg(runs_->label(key).toHtmlEscaped()).arg(run.id);
    if (primary)
        tip << tr("The run shown in the window");
    if (run.parentRun)
        tip << tr("Branch of run %1 after its step %2").arg(*run.parentRun).arg(run.parentStep);
    tip << tr("%1, %2 steps, %3 edits, %4 flagged").arg(statusText(run.status)).arg(run.steps).arg(run.edits).arg(run.flaggedSteps);
    if (const auto s = runs_->smoothing(key))
        tip << tr("Own smoothing: bucket %1, window %2").arg(s->first).arg(s->second);
    item->setToolTip(tip.join(QStringLiteral("<br>")));
    method->setText(QString::fromStdString(run.method));
    edits->setText(QString::number(run.edits));
    edits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString RunTreeView::structure() const
{
    QString out;
    for (const QString& path : runs_->files()) {
        out += path + QLatin1Char('\n');
        for (const auto& run : runs_->runs(path))
            out += QStringLiteral("%1<%2 ").arg(run.id).arg(run.parentRun.value_or(0));
        out += QLatin1Char('\n');
    }
    return out;
}

void RunTreeView::rebuild()
{
    rebuilding_ = true;
    const QString shape = structure();
    if (shape == structure_) {   // same files and runs: update the rows in place (keeps selection, scroll)
        for (int r = 0; r < model_->rowCount(); ++r) {
            QStandardItem* fileItem = model_->item(r, 0);
            QFont bold = font();
            bold.setBold(runs_->primaryKey().path == fileItem->data(PathRole).toString());
            fileItem->setFont(bold);
        }
        for (const QString& path : runs_->files())
            for (const auto& run : runs_->runs(path)) {
                const QModelIndex i = indexOf({path, run.id});
                if (!i.isValid())
                    continue;
                QStandardItem* item = model_->itemFromIndex(i);
                QStandardItem* parent = item->parent();
                fillRow(item, parent->child(item->row(), 1), parent->child(item->row(), 2), run, path);
            }
        rebuilding_ = false;
        return;
    }
    structure_ = shape;
    const RunKey current = keyAt(tree_->currentIndex());
    model_->clear();
    model_->setHorizontalHeaderLabels({tr("Run"), tr("Method"), tr("Edits")});
    for (const QString& path : runs_->files()) {
        auto* fileItem = new QStandardItem(QFileInfo(path).fileName());
        fileItem->setData(path, PathRole);
        fileItem->setData(true, IsFileRole);
        fileItem->setToolTip(path);
        QFont bold = font();
        bold.setBold(runs_->primaryKey().path == path);
        fileItem->setFont(bold);
        model_->appendRow({fileItem, new QStandardItem, new QStandardItem});
        // Parents before children: ids grow with creation, and a branch is created after its parent.
        std::map<int64_t, QStandardItem*> items;
        for (const auto& run : runs_->runs(path)) {
            QList<QStandardItem*> row = {new QStandardItem, new QStandardItem, new QStandardItem};
            fillRow(row[0], row[1], row[2], run, path);
            QStandardItem* parent = fileItem;
            if (run.parentRun)
                if (auto it = items.find(*run.parentRun); it != items.end())
                    parent = it->second;
            parent->appendRow(row);
            items[run.id] = row[0];
        }
    }
    tree_->expandAll();
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);
    if (const QModelIndex i = indexOf(current); i.isValid())
        tree_->setCurrentIndex(i);
    rebuilding_ = false;
}

void RunTreeView::onItemChanged(QStandardItem* item)
{
    if (rebuilding_ || item->column() != 0 || item->data(IsFileRole).toBool())
        return;
    const RunKey key{item->data(PathRole).toString(), item->data(RunRole).toLongLong()};
    const bool on = item->checkState() == Qt::Checked;
    if (runs_->isOverlaid(key) == on)
        return;
    if (!runs_->setOverlaid(key, on))
        rebuild();   // refused or failed (RunSet::errorOccurred said why): show the real state again
}

QMenu* RunTreeView::createContextMenu(const QModelIndex& index, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const RunKey key = keyAt(index);
    const QString path = index.isValid() ? index.siblingAtColumn(0).data(PathRole).toString() : QString();
    if (!key.isNull()) {
        const bool primary = runs_->isPrimary(key);
        QAction* overlay = menu->addAction(tr("&Overlay on the plots"));
        overlay->setObjectName(QStringLiteral("overlay"));
        overlay->setCheckable(true);
        overlay->setChecked(runs_->isOverlaid(key));
        overlay->setEnabled(!primary);
        connect(overlay, &QAction::toggled, this, [this, key](bool on) { runs_->setOverlaid(key, on); });
        QAction* show = menu->addAction(tr("Show as &primary"));
        show->setObjectName(QStringLiteral("show-primary"));
        show->setEnabled(!primary);
        connect(show, &QAction::triggered, this, [this, key] { Q_EMIT showAsPrimaryRequested(key.path, key.run); });
        menu->addSeparator();
        QAction* colour = menu->addAction(tr("&Colour…"));
        colour->setObjectName(QStringLiteral("colour"));
        connect(colour, &QAction::triggered, this, [this, key] { chooseColour(key); });
        QAction* smoothing = menu->addAction(tr("&Smoothing…"));
        smoothing->setObjectName(QStringLiteral("smoothing"));
        connect(smoothing, &QAction::triggered, this, [this, key] { chooseSmoothing(key); });
        menu->addSeparator();
    }
    if (!path.isEmpty()) {
        QAction* remove = menu->addAction(tr("&Remove file"));
        remove->setObjectName(QStringLiteral("remove-file"));
        remove->setEnabled(runs_->primaryKey().path != path);
        remove->setToolTip(tr("The file of the run shown in the window cannot be removed"));
        connect(remove, &QAction::triggered, this, [this, path] { runs_->removeFile(path); });
    }
    QAction* add = menu->addAction(tr("&Add run file…"));
    add->setObjectName(QStringLiteral("add-file"));
    connect(add, &QAction::triggered, this, &RunTreeView::chooseFile);
    return menu;
}

void RunTreeView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a run file to compare"), QString(),
                                                      tr("Run files (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void RunTreeView::chooseColour(const RunKey& key)
{
    const QColor chosen = QColorDialog::getColor(runs_->colour(key), this, tr("Colour of %1").arg(runs_->label(key)));
    if (chosen.isValid())
        runs_->setColour(key, chosen);
}

void RunTreeView::chooseSmoothing(const RunKey& key)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Smoothing of %1").arg(runs_->label(key)));
    auto* useDefault = new QCheckBox(tr("Use the dashboard's smoothing"));
    auto* bucket = new QSpinBox;
    auto* window = new QSpinBox;
    bucket->setRange(1, 10000);
    window->setRange(1, 10000);
    bucket->setSuffix(tr(" edits"));
    window->setSuffix(tr(" buckets"));
    const auto own = runs_->smoothing(key);
    const auto value = own.value_or(runs_->defaultSmoothing());
    bucket->setValue(value.first);
    window->setValue(value.second);
    useDefault->setChecked(!own);
    auto enable = [=](bool useDashboard) {
        bucket->setEnabled(!useDashboard);
        window->setEnabled(!useDashboard);
    };
    enable(!own);
    connect(useDefault, &QCheckBox::toggled, &dialog, enable);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(useDefault);
    form->addRow(tr("&Bucket:"), bucket);
    form->addRow(tr("Moving &window:"), window);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (useDefault->isChecked())
        runs_->clearSmoothing(key);
    else
        runs_->setSmoothing(key, bucket->value(), window->value());
}

void RunTreeView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();   // the swatches' outline and the fonts follow the palette
}

} // namespace editscope
