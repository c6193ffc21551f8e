// RetentionMap: the plot (layout, cells, forget marks, histogram bars, selection) and its interaction.
// Colours, export and CSV are in retention_map_export.cpp.
#include "widgets/retention_map.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A one-cell dimension is stored as two equal cells at ±0.25 (QCPColorMap draws one cell with zero size).
void mapAxis(int n, int* size, QCPRange* range)
{
    *size = std::max(n, 2);
    *range = n <= 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, n - 1);
}

// The smallest of 1, 2, 5, 10, 20, 50, ... that is ≥ x.
int niceStep(double x)
{
    for (int magnitude = 1;; magnitude *= 10)
        for (int m : {1, 2, 5})
            if (m * magnitude >= x)
                return m * magnitude;
}

QString stateText(RetentionState s)
{
    switch (s) {
    case RetentionState::NotYetEdited: return RetentionMap::tr("not yet edited");
    case RetentionState::NotEvaluated: return RetentionMap::tr("not evaluated");
    case RetentionState::Recalled: return RetentionMap::tr("recalled");
    case RetentionState::Forgotten: return RetentionMap::tr("forgotten");
    }
    return {};
}

} // namespace

RetentionMap::RetentionMap(RunDocument* doc, QWidget* parent)
    : QWidget(parent)
    , doc_(doc)
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(new QLabel(tr("Still known means:"), this));
    criterionBox_ = new QComboBox(this);
    criterionBox_->addItem(tr("Efficacy: P(new) > P(true) on the rewrite prompt (ES = 1)"),
                           static_cast<int>(ForgettingCriterion::Efficacy));
    criterionBox_->addItem(tr("Rewrite accuracy: every new token the argmax (the paper's)"),
                           static_cast<int>(ForgettingCriterion::RewriteAccuracy));
    bar->addWidget(criterionBox_);
    bar->addStretch(1);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    for (const QString& f : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")})
        menu->addAction(tr("Figure as %1…").arg(f.toUpper()), this, [this, f] { exportDialog(f); });
    menu->addAction(tr("Cells as CSV…"), this, [this] { exportDialog(QStringLiteral("csv")); });
    menu->addAction(tr("Histogram as CSV…"), this, [this] { exportDialog(QStringLiteral("histogram-csv")); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);

    plot_ = new QCustomPlot(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(plot_, 1);
    buildPlot();

    connect(criterionBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        setCriterion(static_cast<ForgettingCriterion>(criterionBox_->itemData(index).toInt()));
    });
    connect(plot_, &QCustomPlot::mouseMove, this, &RetentionMap::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &RetentionMap::onMousePress);
    // Tick density follows the plot's size (from the last layout; a resize replots).
    connect(plot_, &QCustomPlot::beforeReplot, this, &RetentionMap::updateTicks);
    if (doc_) {
        connect(doc_, &RunDocument::runLoaded, this, &RetentionMap::rebuild);
        connect(doc_, &RunDocument::stepsAppended, this, &RetentionMap::rebuild);
        connect(doc_, &RunDocument::closed, this, &RetentionMap::rebuild);
        connect(doc_, &RunDocument::selectedStepChanged, this, [this] {
            updateSelection();
            plot_->replot(QCustomPlot::rpQueuedReplot);
        });
    }
    applyTheme(palette(), false);
    rebuild();
}

RetentionMap::~RetentionMap() = default;

void RetentionMap::buildPlot()
{
    plot_->setAntialiasedElements(QCP::aeNone);
    plot_->setNoAntialiasingOnDrag(true);
    QCPLayoutGrid* grid = plot_->plotLayout();
    mapRect_ = plot_->axisRect();
    legend_ = plot_->legend;
    mapRect_->insetLayout()->take(legend_);
    grid->insertRow(0);
    titleElement_ = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    grid->addElement(0, 0, titleElement_);
    grid->insertRow(1);
    grid->addElement(1, 0, legend_);
    legend_->setVisible(true);
    legend_->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend_->setRowSpacing(0);
    legend_->setColumnSpacing(14);
    legend_->setIconSize(12, 12);
    legend_->setMargins(QMargins(4, 0, 4, 0));
    histogramTitle_ = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize()));
    grid->addElement(3, 0, histogramTitle_);
    histRect_ = new QCPAxisRect(plot_);
    grid->addElement(4, 0, histRect_);
    grid->setRowStretchFactors({0.01, 0.01, 3.0, 0.01, 1.2});
    auto* margins = new QCPMarginGroup(plot_);
    mapRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    histRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QCPAxis* x = mapRect_->axis(QCPAxis::atBottom);
    QCPAxis* y = mapRect_->axis(QCPAxis::atLeft);
    x->setLabel(tr("Number of edits at the retention evaluation"));
    y->setLabel(tr("Edited facts (edit number)"));
    y->setRangeReversed(true);   // the first edit at the top
    x->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    y->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    x->grid()->setVisible(false);
    y->grid()->setVisible(false);
    map_ = new QCPColorMap(x, y);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    map_->setDataRange(QCPRange(0, 3));   // RetentionState codes
    map_->removeFromLegend();

    const QString names[] = {tr("recalled"), tr("forgotten"), tr("not yet edited"), tr("edited, not evaluated")};
    for (const QString& name : names) {
        auto* g = new QCPGraph(x, y);
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        legendGraphs_.push_back(g);
    }
    forgetMarks_ = new QCPGraph(x, y);
    forgetMarks_->setName(tr("forget index"));
    forgetMarks_->setLineStyle(QCPGraph::lsNone);

    selection_ = new QCPItemRect(plot_);
    selection_->setClipAxisRect(mapRect_);
    for (auto* p : {selection_->topLeft, selection_->bottomRight}) {
        p->setAxisRect(mapRect_);
        p->setAxes(x, y);
    }
    selection_->setVisible(false);

    QCPAxis* hx = histRect_->axis(QCPAxis::atBottom);
    QCPAxis* hy = histRect_->axis(QCPAxis::atLeft);
    hx->setLabel(tr("Forgetting length: edits from a fact's edit to its forget index"));
    hy->setLabel(tr("Facts"));
    hx->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    hy->setTicker(counts);
    hx->grid()->setVisible(false);
    lengthBars_ = new QCPBars(hx, hy);
    lengthBars_->setWidth(0.85);
    lengthBars_->removeFromLegend();
    neverBar_ = new QCPBars(hx, hy);
    neverBar_->setWidth(0.85);
    neverBar_->removeFromLegend();
}

void RetentionMap::setCriterion(ForgettingCriterion criterion)
{
    const int index = criterionBox_->findData(static_cast<int>(criterion));
    if (criterionBox_->currentIndex() != index) {
        criterionBox_->setCurrentIndex(index);   // comes back here through the signal
        return;
    }
    if (criterion_ == criterion && !matrix_.facts.empty())
        return;
    criterion_ = criterion;
    rebuild();
}

void RetentionMap::rebuild()
{
    matrix_ = RetentionMatrix{};
    matrix_.criterion = criterion_;
    error_.clear();
    if (!doc_ || !doc_->isOpen() || doc_->runId() == 0) {
        store_.reset();
        storePath_.clear();
        error_ = tr("No run is open.");
    } else {
        try {
            const std::string path = doc_->path().toStdString();
            if (!store_ || storePath_ != path) {
                store_.reset();
                store_ = std::make_unique<RunStore>(path, true);
                storePath_ = path;
            }
            matrix_ = store_->retentionMatrix(doc_->runId(), criterion_);
            if (matrix_.steps.empty())
                error_ = tr("This run has no retention evaluations yet (they run every \"retention every\" steps).");
        } catch (const std::exception& e) {
            store_.reset();
            storePath_.clear();
            error_ = QString::fromStdString(e.what());
        }
    }
    histogram_ = forgettingHistogram(matrix_);
    fillMap();
    fillHistogram();
    updateSelection();
    applyTheme(palette(), exporting_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void RetentionMap::fillMap()
{
    const int rows = static_cast<int>(matrix_.facts.size()), cols = static_cast<int>(matrix_.steps.size());
    const bool empty = rows == 0 || cols == 0;
    int keySize = 0, valueSize = 0;
    QCPRange keyRange, valueRange;
    mapAxis(cols, &keySize, &keyRange);
    mapAxis(rows, &valueSize, &valueRange);
    map_->data()->setSize(keySize, valueSize);
    map_->data()->setRange(keyRange, valueRange);
    for (int k = 0; k < keySize; ++k)
        for (int v = 0; v < valueSize; ++v) {
            const int r = std::min(v, rows - 1), c = std::min(k, cols - 1);
            map_->data()->setCell(k, v, empty ? kNaN
                                              : static_cast<double>(matrix_.state(static_cast<size_t>(r), static_cast<size_t>(c))));
        }
    map_->setVisible(!empty);

    QVector<double> keys, values;
    for (int r = 0; r < rows && cols > 0; ++r) {
        const auto& at = matrix_.facts[static_cast<size_t>(r)].forgottenAt;
        if (!at)
            continue;
        const auto it = std::lower_bound(matrix_.steps.begin(), matrix_.steps.end(), *at);
        if (it != matrix_.steps.end() && *it == *at) {
            keys.push_back(static_cast<double>(it - matrix_.steps.begin()));
            values.push_back(r);
        }
    }
    forgetMarks_->setData(keys, values, true);

    bool anyNotEvaluated = false;
    for (auto s : matrix_.states)
        anyNotEvaluated = anyNotEvaluated || s == RetentionState::NotEvaluated;
    legend_->clearItems();   // re-added in a fixed order
    for (size_t i = 0; i < legendGraphs_.size(); ++i) {
        const bool shown = !empty && (i != 3 || anyNotEvaluated);
        legendGraphs_[i]->setVisible(shown);
        if (shown)
            legendGraphs_[i]->addToLegend(legend_);
    }
    if (!keys.isEmpty())
        forgetMarks_->addToLegend(legend_);

    mapRect_->axis(QCPAxis::atBottom)->setRange(-0.5, std::max(cols, 1) - 0.5);
    mapRect_->axis(QCPAxis::atLeft)->setRange(-0.5, std::max(rows, 1) - 0.5);
    const QString criterion = criterion_ == ForgettingCriterion::Efficacy ? tr("ES = 1") : tr("rewrite accuracy = 1");
    titleElement_->setText(error_.isEmpty() ? tr("%1 (still known: %2)").arg(title(), criterion)
                                            : title() + QLatin1Char('\n') + error_);
}

void RetentionMap::updateTicks()
{
    const int rows = static_cast<int>(matrix_.facts.size()), cols = static_cast<int>(matrix_.steps.size());
    auto xt = mapRect_->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>();
    auto yt = mapRect_->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>();
    xt->clear();
    yt->clear();
    const int width = std::max(mapRect_->width(), 200), height = std::max(mapRect_->height(), 120);
    const int colStep = niceStep(cols * 56.0 / width);   // ~56 px per label
    for (int c = 0; c < cols; ++c)
        if (c % colStep == 0 || (c == cols - 1 && c % colStep > colStep / 2))
            xt->addTick(c, QString::number(matrix_.steps[static_cast<size_t>(c)] * matrix_.batchSize));
    const int rowStep = niceStep(rows * 18.0 / height);   // ~18 px per label
    for (int r = 0; r < rows; ++r) {
        const int64_t number = matrix_.facts[static_cast<size_t>(r)].editNumber;
        if (number % rowStep == 0 || (r == 0 && rowStep <= 2))
            yt->addTick(r, QString::number(number));
    }
}

void RetentionMap::fillHistogram()
{
    const auto& h = histogram_;
    auto ticker = histRect_->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    QVector<double> keys, values;
    for (size_t k = 0; k < h.counts.size(); ++k) {
        keys.push_back(static_cast<double>(k));
        values.push_back(static_cast<double>(h.counts[k]));
        const int64_t from = static_cast<int64_t>(k) * h.binWidth + 1, to = static_cast<int64_t>(k + 1) * h.binWidth;
        ticker->addTick(static_cast<double>(k), from == to ? QString::number(to) : QStringLiteral("%1–%2").arg(from).arg(to));
    }
    lengthBars_->setData(keys, values, true);
    const double neverAt = static_cast<double>(h.counts.size()) + (h.counts.empty() ? 0.0 : 0.5);
    neverBar_->setData(QVector<double>{neverAt}, QVector<double>{static_cast<double>(h.neverForgotten)}, true);
    ticker->addTick(neverAt, tr("never"));
    histRect_->axis(QCPAxis::atBottom)->setRange(-0.7, neverAt + 0.7);
    int64_t highest = h.neverForgotten;
    for (auto c : h.counts)
        highest = std::max(highest, c);
    auto counts = histRect_->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerFixed>();
    counts->setTickStep(static_cast<double>(niceStep(static_cast<double>(highest) / 5.0)));
    histRect_->axis(QCPAxis::atLeft)->setRange(0, std::max<double>(1.0, static_cast<double>(highest) * 1.12));

    const QString first = h.lengths.empty()
        ? tr("Forgetting length: no learned fact forgotten yet")
        : tr("Forgetting length (n = %1 learned facts later forgotten): mean %2, std %3 edits")
              .arg(h.lengths.size())
              .arg(h.mean, 0, 'f', 1)
              .arg(h.stddev, 0, 'f', 1);
    QStringList parts{tr("never forgotten: %1").arg(h.neverForgotten)};
    if (h.notLearned > 0)
        parts << tr("not learned by their edit (not counted): %1").arg(h.notLearned);
    if (h.notReevaluated > 0)
        parts << tr("not re-evaluated since their edit: %1").arg(h.notReevaluated);
    histogramTitle_->setText(first + QLatin1Char('\n') + parts.join(QStringLiteral(" · ")));
}

void RetentionMap::updateSelection()
{
    const int64_t step = doc_ ? doc_->selectedStep() : 0;
    int first = -1, last = -1;
    for (size_t r = 0; r < matrix_.facts.size(); ++r)
        if (matrix_.facts[r].stepEdited == step) {
            first = first < 0 ? static_cast<int>(r) : first;
            last = static_cast<int>(r);
        }
    const bool shown = first >= 0 && !matrix_.steps.empty() && !exporting_;
    selection_->setVisible(shown);
    if (shown) {
        selection_->topLeft->setCoords(-0.5, first - 0.5);
        selection_->bottomRight->setCoords(static_cast<double>(matrix_.steps.size()) - 0.5, last + 0.5);
    }
}

RetentionState RetentionMap::drawnState(int fact, int column) const
{
    const int rows = static_cast<int>(matrix_.facts.size()), cols = static_cast<int>(matrix_.steps.size());
    if (fact < 0 || fact >= rows || column < 0 || column >= cols || !map_->visible())
        return RetentionState::NotEvaluated;
    const double z = map_->data()->cell(column, fact);
    return static_cast<RetentionState>(std::clamp(static_cast<int>(std::lround(z)), 0, 3));
}

std::vector<double> RetentionMap::drawnHistogram() const
{
    std::vector<double> out;
    for (auto it = lengthBars_->data()->constBegin(); it != lengthBars_->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

double RetentionMap::drawnNeverForgotten() const
{
    return neverBar_->data()->isEmpty() ? kNaN : neverBar_->data()->constBegin()->value;
}

QString RetentionMap::cellToolTip(int fact, int column) const
{
    if (fact < 0 || column < 0 || static_cast<size_t>(fact) >= matrix_.facts.size() || static_cast<size_t>(column) >= matrix_.steps.size())
        return {};
    const auto& f = matrix_.facts[static_cast<size_t>(fact)];
    const int64_t b = matrix_.batchSize;
    const int64_t step = matrix_.steps[static_cast<size_t>(column)];
    QStringList lines;
    lines << tr("<b>Case %1</b> · %2").arg(f.caseId).arg(f.subject.empty() ? tr("(no subject)") : QString::fromStdString(f.subject).toHtmlEscaped());
    lines << tr("Edited at step %1 (edit %2)").arg(f.stepEdited).arg(f.editNumber);
    const double v = matrix_.value(static_cast<size_t>(fact), static_cast<size_t>(column));
    const auto s = matrix_.state(static_cast<size_t>(fact), static_cast<size_t>(column));
    lines << tr("At step %1 (%2 edits): %3%4")
                 .arg(step)
                 .arg(step * b)
                 .arg(stateText(s))
                 .arg(std::isnan(v) ? QString() : tr(", value %1").arg(v, 0, 'g', 4));
    if (f.forgottenAt)
        lines << tr("Forget index: step %1 (%2 edits), %3 edits after its edit")
                     .arg(*f.forgottenAt)
                     .arg(*f.forgottenAt * b)
                     .arg((*f.forgottenAt - f.stepEdited) * b);
    else
        lines << tr("Forget index: none (not forgotten by the last evaluation)");
    if (!(f.postValue >= 1.0))
        lines << tr("Not learned by its own edit (post value %1)").arg(f.postValue, 0, 'g', 4);
    return lines.join(QStringLiteral("<br>"));
}

bool RetentionMap::cellAt(const QPointF& pos, int* fact, int* column) const
{
    if (!map_->visible() || !mapRect_->rect().contains(pos.toPoint()))
        return false;
    const int c = static_cast<int>(std::lround(mapRect_->axis(QCPAxis::atBottom)->pixelToCoord(pos.x())));
    const int r = static_cast<int>(std::lround(mapRect_->axis(QCPAxis::atLeft)->pixelToCoord(pos.y())));
    if (r < 0 || c < 0 || static_cast<size_t>(r) >= matrix_.facts.size() || static_cast<size_t>(c) >= matrix_.steps.size())
        return false;
    *fact = r;
    *column = c;
    return true;
}

QPointF RetentionMap::cellCentre(int fact, int column) const
{
    return {mapRect_->axis(QCPAxis::atBottom)->coordToPixel(column), mapRect_->axis(QCPAxis::atLeft)->coordToPixel(fact)};
}

void RetentionMap::replot()
{
    plot_->replot(QCustomPlot::rpImmediateRefresh);
}

void RetentionMap::onMouseMove(QMouseEvent* event)
{
    int fact = -1, column = -1;
    if (cellAt(event->position(), &fact, &column))
        QToolTip::showText(event->globalPosition().toPoint(), cellToolTip(fact, column), plot_);
    else
        QToolTip::hideText();
}

void RetentionMap::onMousePress(QMouseEvent* event)
{
    int fact = -1, column = -1;
    if (event->button() == Qt::LeftButton && doc_ && cellAt(event->position(), &fact, &column))
        doc_->selectStep(matrix_.facts[static_cast<size_t>(fact)].stepEdited);
}

void RetentionMap::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme(palette(), false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void RetentionMap::exportDialog(const QString& format)
{
    const bool histogramCsv = format == QLatin1String("histogram-csv");
    const QString suffix = histogramCsv ? QStringLiteral("csv") : format;
    const QString stem = kind() + (histogramCsv ? QStringLiteral("_histogram") : QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), stem + QLatin1Char('.') + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("csv") ? exportCsv(path, &error)
        : histogramCsv                             ? exportHistogramCsv(path, &error)
                                                   : exportFigure(path, format, 300, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace editscope
