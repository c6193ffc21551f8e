// HeatmapFigure: the colour map, ticks, highlight, cursor, mouse and theme (exports in heatmap_figure_export.cpp).
#include "widgets/heatmap_figure.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace editscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor mix(const QColor& a, const QColor& b, double t)   // t · a + (1 − t) · b
{
    return QColor::fromRgbF(static_cast<float>(t * a.redF() + (1 - t) * b.redF()),
                            static_cast<float>(t * a.greenF() + (1 - t) * b.greenF()),
                            static_cast<float>(t * a.blueF() + (1 - t) * b.blueF()));
}

// Nine evenly spaced stops: ColorBrewer's sequential sets (matplotlib's Purples, Greens, ...) and viridis.
QCPColorGradient makeGradient(HeatmapFigure::Gradient which)
{
    static const QRgb viridis[] = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
    static const QRgb purples[] = {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d};
    static const QRgb greens[] = {0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b};
    static const QRgb reds[] = {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d};
    static const QRgb blues[] = {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b};
    const QRgb* stops = viridis;
    switch (which) {
    case HeatmapFigure::Gradient::Viridis: stops = viridis; break;
    case HeatmapFigure::Gradient::Purples: stops = purples; break;
    case HeatmapFigure::Gradient::Greens: stops = greens; break;
    case HeatmapFigure::Gradient::Reds: stops = reds; break;
    case HeatmapFigure::Gradient::Blues: stops = blues; break;
    }
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i < 9; ++i)
        g.setColorStopAt(i / 8.0, QColor::fromRgb(stops[i]));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(QColor(0xa0, 0xa0, 0xa0));
    return g;
}

// A one-cell dimension is stored as two equal cells at ±0.25 (QCPColorMap draws one cell with zero size).
void mapAxis(int n, int* size, QCPRange* range)
{
    *size = std::max(n, 2);
    *range = n <= 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, n - 1);
}

} // namespace

HeatmapFigure::HeatmapFigure(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(280, 200);

    plot_->setInteractions(QCP::Interactions());
    plot_->setNoAntialiasingOnDrag(true);
    plot_->plotLayout()->insertRow(0);
    titleElement_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 11, QFont::Bold));
    plot_->plotLayout()->addElement(0, 0, titleElement_);

    QCPAxisRect* rect = plot_->axisRect();
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
        axis->setSubTicks(false);
        axis->grid()->setVisible(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(3);
    }
    plot_->yAxis->setRangeReversed(true);   // row 0 at the top

    // The axis rect and the colour scale share one cell of the figure's column, so the title spans both.
    scale_ = new QCPColorScale(plot_);
    scale_->setType(QCPAxis::atRight);
    scale_->setRangeDrag(false);
    scale_->setRangeZoom(false);
    scale_->setBarWidth(12);
    plot_->plotLayout()->take(rect);
    auto* body = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(1, 0, body);
    body->addElement(0, 0, rect);
    body->addElement(0, 1, scale_);
    body->setColumnStretchFactor(1, 0.01);
    body->setColumnSpacing(6);
    auto* group = new QCPMarginGroup(plot_);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    map_->setColorScale(scale_);
    map_->setGradient(makeGradient(gradient_));
    map_->setSelectable(QCP::stNone);

    // Cursor: a white box under a dark one, visible on every colour of every gradient.
    cursorOuter_ = new QCPItemRect(plot_);
    cursorInner_ = new QCPItemRect(plot_);
    cursorOuter_->setPen(QPen(QColor(255, 255, 255, 230), 4.0));
    cursorInner_->setPen(QPen(QColor(20, 20, 20), 1.8));
    for (QCPItemRect* r : {cursorOuter_, cursorInner_}) {
        r->setBrush(Qt::NoBrush);
        r->setSelectable(false);
        r->setVisible(false);
    }

    connect(plot_, &QCustomPlot::mouseMove, this, &HeatmapFigure::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &HeatmapFigure::onMousePress);
    plot_->setMouseTracking(true);
    applyTheme(palette());
    rebuildMap();
}

HeatmapFigure::~HeatmapFigure() = default;

void HeatmapFigure::setTitle(const QString& title)
{
    title_ = title;
    titleElement_->setText(title);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::setSubtitle(const QString& subtitle)
{
    subtitle_ = subtitle;
    if (subtitle.isEmpty() && subtitleElement_) {
        plot_->plotLayout()->remove(subtitleElement_);   // deletes it
        subtitleElement_ = nullptr;
        plot_->plotLayout()->simplify();
    } else if (!subtitle.isEmpty()) {
        if (!subtitleElement_) {
            plot_->plotLayout()->insertRow(1);
            subtitleElement_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 9));
            plot_->plotLayout()->addElement(1, 0, subtitleElement_);
        }
        subtitleElement_->setText(subtitle);
        applyTheme(palette());
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::setAxisLabels(const QString& rowAxisLabel, const QString& columnAxisLabel)
{
    rowAxisLabel_ = rowAxisLabel;
    columnAxisLabel_ = columnAxisLabel;
    plot_->yAxis->setLabel(rowAxisLabel);
    plot_->xAxis->setLabel(columnAxisLabel);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::setColorScaleLabel(const QString& label)
{
    scaleLabel_ = label;
    scale_->setLabel(label);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::setMatrix(const std::vector<std::vector<double>>& values, const QStringList& rowLabels,
                              const QStringList& columnLabels)
{
    if (rowLabels.size() != static_cast<qsizetype>(values.size()))
        throw std::invalid_argument("HeatmapFigure::setMatrix: " + std::to_string(values.size()) + " rows but "
                                    + std::to_string(rowLabels.size()) + " row labels");
    for (size_t r = 0; r < values.size(); ++r)
        if (static_cast<qsizetype>(values[r].size()) != columnLabels.size())
            throw std::invalid_argument("HeatmapFigure::setMatrix: row " + std::to_string(r) + " has "
                                        + std::to_string(values[r].size()) + " values but there are "
                                        + std::to_string(columnLabels.size()) + " column labels");
    values_ = values;
    rowLabels_ = rowLabels;
    columnLabels_ = columnLabels;
    if (values_.empty())
        columnLabels_.clear();
    highlighted_.clear();
    cursorRow_ = cursorColumn_ = -1;
    rebuildMap();
}

void HeatmapFigure::clear()
{
    setMatrix({}, {}, {});
}

double HeatmapFigure::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return kNaN;
    return values_[static_cast<size_t>(row)][static_cast<size_t>(column)];
}

double HeatmapFigure::drawnValue(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return kNaN;
    return map_->data()->cell(column, row);
}

QString HeatmapFigure::rowTickLabel(int row) const
{
    if (row < 0 || row >= rowLabels_.size())
        return {};
    QString label = rowLabels_[row];
    label.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return isHighlighted(row) ? label + marker_ : label;
}

void HeatmapFigure::setHighlightedRows(const std::vector<int>& rows, const QString& marker)
{
    highlighted_.clear();
    for (int r : rows)
        if (r >= 0 && r < rowCount())
            highlighted_.push_back(r);
    std::sort(highlighted_.begin(), highlighted_.end());
    highlighted_.erase(std::unique(highlighted_.begin(), highlighted_.end()), highlighted_.end());
    marker_ = marker;
    updateTicks(plot_->size());
    updateHighlight();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool HeatmapFigure::isHighlighted(int row) const
{
    return std::binary_search(highlighted_.begin(), highlighted_.end(), row);
}

void HeatmapFigure::setGradient(Gradient gradient)
{
    gradient_ = gradient;
    map_->setGradient(makeGradient(gradient));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::setColorRange(double lower, double upper)
{
    fixedLower_ = lower;
    fixedUpper_ = upper;
    updateColorRange();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

double HeatmapFigure::colorLower() const { return map_->dataRange().lower; }
double HeatmapFigure::colorUpper() const { return map_->dataRange().upper; }

void HeatmapFigure::setLogScale(bool on)
{
    log_ = on;
    const auto type = on ? QCPAxis::stLogarithmic : QCPAxis::stLinear;
    scale_->setDataScaleType(type);   // also sets the map's, they are coupled
    map_->setDataScaleType(type);
    scale_->axis()->setTicker(on ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                 : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    rebuildMap();
}

void HeatmapFigure::setToolTipProvider(ToolTipProvider provider)
{
    toolTip_ = std::move(provider);
}

QString HeatmapFigure::toolTipAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    if (toolTip_)
        return toolTip_(row, column);
    return tr("%1 · %2: %3").arg(rowTickLabel(row).toHtmlEscaped(), columnLabels_[column].toHtmlEscaped(),
                                 QString::number(value(row, column), 'g', 4));
}

void HeatmapFigure::setCellCursor(int row, int column)
{
    const bool valid = row >= 0 && column >= 0 && row < rowCount() && column < columnCount();
    cursorRow_ = valid ? row : -1;
    cursorColumn_ = valid ? column : -1;
    updateCursorItems();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool HeatmapFigure::cellAt(const QPointF& pos, int* row, int* column) const
{
    if (isEmpty() || !plot_->axisRect()->rect().contains(pos.toPoint()))
        return false;
    const double x = plot_->xAxis->pixelToCoord(pos.x());
    const double y = plot_->yAxis->pixelToCoord(pos.y());
    const int c = static_cast<int>(std::floor(x + 0.5));
    const int r = static_cast<int>(std::floor(y + 0.5));
    if (c < 0 || r < 0 || c >= columnCount() || r >= rowCount())
        return false;
    if (row)
        *row = r;
    if (column)
        *column = c;
    return true;
}

QPointF HeatmapFigure::cellCentre(int row, int column) const
{
    return {plot_->xAxis->coordToPixel(column), plot_->yAxis->coordToPixel(row)};
}

void HeatmapFigure::replot()
{
    updateTicks(plot_->size());
    plot_->replot(QCustomPlot::rpImmediateRefresh);
}

void HeatmapFigure::rebuildMap()
{
    const int rows = rowCount(), cols = columnCount();
    int keySize = 0, valueSize = 0;
    QCPRange keyRange, valueRange;
    mapAxis(cols, &keySize, &keyRange);
    mapAxis(rows, &valueSize, &valueRange);
    map_->data()->setSize(keySize, valueSize);
    map_->data()->setRange(keyRange, valueRange);
    map_->data()->fill(kNaN);
    for (int k = 0; k < keySize; ++k)
        for (int v = 0; v < valueSize; ++v) {
            const int r = std::min(v, rows - 1), c = std::min(k, cols - 1);
            double z = r >= 0 && c >= 0 ? values_[static_cast<size_t>(r)][static_cast<size_t>(c)] : kNaN;
            if (log_ && !(z > 0))
                z = kNaN;   // no colour for log(≤ 0)
            map_->data()->setCell(k, v, z);
        }
    map_->setVisible(rows > 0 && cols > 0);
    plot_->xAxis->setRange(-0.5, std::max(cols, 1) - 0.5);
    plot_->yAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    updateColorRange();
    updateTicks(plot_->size());
    updateHighlight();
    updateCursorItems();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapFigure::updateColorRange()
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& row : values_)
        for (double v : row)
            if (std::isfinite(v) && (!log_ || v > 0)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!std::isfinite(lo)) {
        lo = log_ ? 0.01 : 0.0;
        hi = 1.0;
    }
    if (std::isfinite(fixedLower_) && (!log_ || fixedLower_ > 0))
        lo = fixedLower_;
    if (std::isfinite(fixedUpper_) && (!log_ || fixedUpper_ > 0))
        hi = fixedUpper_;
    if (!(hi > lo))   // a flat matrix (zero noise): any non-empty range, the cells take its low colour
        hi = lo + std::max(1e-12, std::abs(lo) * 1e-6);
    scale_->setDataRange(QCPRange(lo, hi));
    map_->setDataRange(QCPRange(lo, hi));
}

// Tick labels that fit: every k-th row / column label when they would overlap at `size`.
void HeatmapFigure::updateTicks(const QSize& size) const
{
    const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
    auto ticker = [](QCPAxis* axis) { return axis->ticker().dynamicCast<QCPAxisTickerText>(); };
    auto xt = ticker(plot_->xAxis), yt = ticker(plot_->yAxis);
    xt->clear();
    yt->clear();
    int widest = 0;
    for (const QString& label : columnLabels_)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double width = std::max(60, size.width() - 190);   // the row labels and the colour scale take the rest
    const double height = std::max(40, size.height() - 110); // title, subtitle, x labels
    const int cols = columnCount(), rows = rowCount();
    const int colStep = cols > 0 ? std::max(1, static_cast<int>(std::ceil(cols * (widest + 8.0) / width))) : 1;
    const int rowStep = rows > 0 ? std::max(1, static_cast<int>(std::ceil(rows * (metrics.height() + 1.0) / height))) : 1;
    for (int c = 0; c < cols; c += colStep)
        xt->addTick(c, columnLabels_[c]);
    for (int r = 0; r < rows; ++r)
        if (r % rowStep == 0 || isHighlighted(r))
            yt->addTick(r, rowTickLabel(r));
}

void HeatmapFigure::updateHighlight()
{
    for (QCPItemRect* box : highlightBoxes_)
        plot_->removeItem(box);
    highlightBoxes_.clear();
    const double right = std::max(columnCount(), 1) - 0.5;
    for (size_t i = 0; i < highlighted_.size();) {
        size_t j = i;
        while (j + 1 < highlighted_.size() && highlighted_[j + 1] == highlighted_[j] + 1)
            ++j;
        // A light solid line under a dark dashed one: visible on every cell colour and on both themes.
        for (int layer = 0; layer < 2; ++layer) {
            auto* box = new QCPItemRect(plot_);
            box->topLeft->setCoords(-0.5, highlighted_[i] - 0.5);
            box->bottomRight->setCoords(right, highlighted_[j] + 0.5);
            box->setBrush(Qt::NoBrush);
            box->setSelectable(false);
            box->setPen(layer == 0 ? QPen(QColor(255, 255, 255, 220), 2.6) : QPen(QColor(25, 25, 25), 1.3, Qt::DashLine));
            highlightBoxes_.push_back(box);
        }
        i = j + 1;
    }
    // Keep the cursor above the boxes.
    for (QCPItemRect* r : {cursorOuter_, cursorInner_})
        r->setLayer(plot_->layer(QStringLiteral("overlay")));
}

void HeatmapFigure::updateCursorItems()
{
    const bool on = cursorRow_ >= 0 && cursorColumn_ >= 0 && !exporting_;
    for (QCPItemRect* r : {cursorOuter_, cursorInner_}) {
        r->setVisible(on);
        if (on) {
            r->topLeft->setCoords(cursorColumn_ - 0.5, cursorRow_ - 0.5);
            r->bottomRight->setCoords(cursorColumn_ + 0.5, cursorRow_ + 0.5);
        }
    }
}

void HeatmapFigure::applyTheme(const QPalette& palette) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor axisColour = mix(text, base, 0.65);
    plot_->setBackground(QBrush(base));
    plot_->axisRect()->setBackground(QBrush(base));
    QList<QCPAxis*> axes = plot_->axisRect()->axes();
    axes << scale_->axis();
    for (QCPAxis* axis : axes) {
        axis->setBasePen(QPen(axisColour, 1));
        axis->setTickPen(QPen(axisColour, 1));
        axis->setSubTickPen(QPen(axisColour, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    titleElement_->setTextColor(text);
    if (subtitleElement_)
        subtitleElement_->setTextColor(mix(text, base, 0.8));
}

void HeatmapFigure::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme(palette());
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void HeatmapFigure::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTicks(plot_->size());
}

void HeatmapFigure::onMouseMove(QMouseEvent* event)
{
    int row = -1, column = -1;
    if (!cellAt(event->position(), &row, &column))
        row = column = -1;
    if (row == hoverRow_ && column == hoverColumn_)
        return;
    hoverRow_ = row;
    hoverColumn_ = column;
    Q_EMIT cellHovered(row, column);
    const QString text = toolTipAt(row, column);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
}

void HeatmapFigure::onMousePress(QMouseEvent* event)
{
    int row = -1, column = -1;
    if (event->button() != Qt::LeftButton || !cellAt(event->position(), &row, &column))
        return;
    setCellCursor(row, column);
    Q_EMIT cellClicked(row, column);
}

} // namespace editscope
