#include "widgets/steps_view.h"

#include "widgets/run_document.h"
#include "widgets/step_filter.h"
#include "widgets/step_navigation.h"
#include "widgets/steps_table_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace editscope {

// Filters rows with a StepFilter on the step's summary; sorts by StepsTableModel::SortRole.
class StepsProxyModel : public QSortFilterProxyModel {
public:
    explicit StepsProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
    {
        setSortRole(StepsTableModel::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setDynamicSortFilter(true);
    }
    void setStepFilter(const StepFilter& filter)
    {
        // Qt 6.4: invalidateFilter() is the way to re-run filterAcceptsRow after the criterion changed.
        filter_ = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (sourceParent.isValid() || filter_.isEmpty())
            return true;
        const auto* model = static_cast<const StepsTableModel*>(sourceModel());
        const auto* summary = model->summaryAt(sourceRow);
        return summary && filter_.matches(*summary);
    }

private:
    StepFilter filter_;
};

StepsView::StepsView(RunDocument* document, QWidget* parent)
    : QWidget(parent)
    , doc_(document)
    , model_(new StepsTableModel(document, this))
    , proxy_(new StepsProxyModel(this))
    , filter_(new QLineEdit(this))
    , count_(new QLabel(this))
    , table_(new QTableView(this))
{
    model_->setPalette(palette());
    proxy_->setSourceModel(model_);

    filter_->setPlaceholderText(tr("Filter: subject, target, case id… (flag: for flagged steps)"));
    filter_->setToolTip(StepFilter::syntaxHelp());
    filter_->setClearButtonEnabled(true);
    filter_->setObjectName(QStringLiteral("stepsFilter"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    table_->setObjectName(QStringLiteral("stepsTable"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->sortByColumn(StepsTableModel::StepColumn, Qt::AscendingOrder);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table_->verticalHeader()->hide();
    // Fixed row heights: a 10,000-step run must not measure every row.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->installEventFilter(this);
    applyColumnWidths();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(filter_, 1);
    top->addWidget(count_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(table_, 1);

    connect(filter_, &QLineEdit::textChanged, this, &StepsView::applyFilter);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StepsView::onTableSelectionChanged);
    connect(doc_, &RunDocument::selectedStepChanged, this, &StepsView::followDocumentSelection);
    // After a reset (a run loaded) the table has lost its selection; the document's follows, but a
    // view created late, or rows arriving for a selected step, need it re-applied too.
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { followDocumentSelection(); updateCount(); });
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this] { followDocumentSelection(); updateCount(); });
    updateCount();
    followDocumentSelection();
}

StepsView::~StepsView() = default;

QSortFilterProxyModel* StepsView::proxyModel() const { return proxy_; }

QString StepsView::filterText() const { return filter_->text(); }

void StepsView::setFilterText(const QString& text) { filter_->setText(text); }   // textChanged applies it

int StepsView::visibleRowCount() const { return proxy_->rowCount(); }

int64_t StepsView::stepAtVisibleRow(int row) const
{
    return proxy_->index(row, 0).data(StepsTableModel::StepRole).toLongLong();
}

void StepsView::applyFilter()
{
    // Rows leaving the view move the table's current row to a neighbour: that is no user's pick, so
    // it must not reach the document (the guard), and the document's selection is re-applied after.
    syncing_ = true;
    proxy_->setStepFilter(StepFilter::parse(filter_->text()));
    syncing_ = false;
    updateCount();
    followDocumentSelection();
}

void StepsView::updateCount()
{
    const int total = model_->rowCount();
    const int shown = proxy_->rowCount();
    count_->setText(shown == total ? tr("%n step(s)", nullptr, total) : tr("%1 of %2").arg(shown).arg(total));
}

void StepsView::followDocumentSelection()
{
    if (syncing_)
        return;
    syncing_ = true;
    const int row = model_->rowForStep(doc_->selectedStep());
    const QModelIndex index = row < 0 ? QModelIndex() : proxy_->mapFromSource(model_->index(row, 0));
    auto* selection = table_->selectionModel();
    if (index.isValid()) {
        if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row(), QModelIndex()))
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table_->scrollTo(index, QAbstractItemView::EnsureVisible);
    } else {
        selection->clearSelection();
    }
    syncing_ = false;
}

void StepsView::onTableSelectionChanged()
{
    if (syncing_)
        return;
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;   // deselecting in the table leaves the document's selection as it is
    const int64_t step = rows.front().data(StepsTableModel::StepRole).toLongLong();
    syncing_ = true;
    doc_->selectStep(step);
    syncing_ = false;
}

void StepsView::selectNext() { selectNextStep(doc_); }
void StepsView::selectPrevious() { selectPreviousStep(doc_); }
void StepsView::selectFirst() { selectFirstStep(doc_); }
void StepsView::selectLast() { selectLastStep(doc_); }
void StepsView::selectNextFlagged() { selectNextFlaggedStep(doc_); }
void StepsView::selectPreviousFlagged() { selectPreviousFlaggedStep(doc_); }

bool StepsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Left: selectPrevious(); return true;
            case Qt::Key_Right: selectNext(); return true;
            case Qt::Key_Home: selectFirst(); return true;
            case Qt::Key_End: selectLast(); return true;
            case Qt::Key_N: selectNextFlagged(); return true;
            default: break;
            }
        } else if (mods == Qt::ShiftModifier && key->key() == Qt::Key_N) {
            selectPreviousFlagged();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StepsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        model_->setPalette(palette());
    if (event->type() == QEvent::FontChange)
        applyColumnWidths();
    QWidget::changeEvent(event);
}

void StepsView::applyColumnWidths()
{
    // Widths from the font, not from the contents: measuring 10,000 rows would stall a live run.
    const auto fm = table_->fontMetrics();
    const int ch = fm.horizontalAdvance(QLatin1Char('0'));
    auto* header = table_->horizontalHeader();
    header->setMinimumSectionSize(3 * ch);
    const int widths[StepsTableModel::ColumnCount] = {8 * ch, 6 * ch, 20 * ch, 24 * ch, 8 * ch, 8 * ch, 8 * ch, 9 * ch, 16 * ch};
    for (int c = 0; c < StepsTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    table_->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
}

} // namespace editscope
