#include "widgets/dashboard_plot.h"

#include "widgets/dashboard_plot_series.h"
#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

constexpr double kPickRadius = 9.0;        // pixels around the mouse that count as "on" a point
constexpr int kPickScanLimit = 4000;       // points examined per series (zoomed far out: the first ones)

// Ticks at whole numbers of edits: 1, 2, 5 × 10^k (QCustomPlot's default would give 2.5, 7.5, ...).
class EditsTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        if (!(step > 1))
            return 1;
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double m = step / magnitude;
        return std::max(1.0, (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * magnitude);
    }
};

QString subjectOf(const StepSummary& s, int64_t caseId)
{
    auto subject = [](const nlohmann::json& r) {
        if (r.is_object() && r.contains("subject") && r["subject"].is_string())
            return QString::fromStdString(r["subject"].get<std::string>());
        return QString();
    };
    if (s.requests.is_object())
        return subject(s.requests);
    if (!s.requests.is_array())
        return {};
    QStringList all;
    for (size_t i = 0; i < s.requests.size(); ++i) {
        if (caseId >= 0 && i < s.caseIds.size() && s.caseIds[i] == caseId)
            return subject(s.requests[i]);
        all << subject(s.requests[i]);
    }
    all.removeAll(QString());
    if (all.size() > 3)
        return QStringLiteral("%1; %2; … (%3)").arg(all[0], all[1]).arg(all.size());
    return all.join(QStringLiteral("; "));
}

} // namespace

DashboardPlot::DashboardPlot(RunDocument* doc, QWidget* parent)
    : QWidget(parent)
    , doc_(doc)
    , plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(360, 280);
    plot_->setNoAntialiasingOnDrag(true);
    // Wide antialiased polylines with thousands of vertices cost ~150 ms a replot at 10,000 edits; the
    // fast path draws them 4–5× faster on screen (figure export paints with pmNoCaching/pmVectorized,
    // which QCustomPlot draws the exact way).
    plot_->setPlottingHint(QCP::phFastPolylines, true);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->axisRect()->setRangeZoomFactor(0.85, 0.85);

    // Figure layout: title / axis rect / legend (below, in columns, so it never covers data).
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.2);
    titleFont.setBold(true);
    titleElement_ = new QCPTextElement(plot_, QString(), titleFont);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, titleElement_);
    auto* legendCell = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(2, 0, legendCell);
    legendCell->setMargins(QMargins(6, 0, 6, 8));
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    legendCell->addElement(0, 0, plot_->legend);
    plot_->legend->setVisible(true);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot_->legend->setIconSize(26, 16);   // taller than the text: room for descenders when a PNG scales it
    plot_->legend->setRowSpacing(0);
    plot_->legend->setColumnSpacing(14);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    plot_->legend->setFont(small);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setRowStretchFactor(2, 0.001);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->yAxis2}) {
        axis->setTickLabelFont(small);
        axis->setLabelFont(font());
        axis->grid()->setSubGridVisible(false);
    }
    plot_->xAxis->setLabel(xLabel());
    plot_->xAxis->setTicker(QSharedPointer<EditsTicker>::create());

    // Flags below the data, the cursor above it.
    plot_->addLayer(QStringLiteral("flags"), plot_->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    plot_->addLayer(QStringLiteral("cursor"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot_->setCurrentLayer(QStringLiteral("main"));
    flagAxis_ = plot_->axisRect()->addAxis(QCPAxis::atRight);
    flagAxis_->setVisible(false);
    flagAxis_->setRange(0, 1);
    flagGraph_ = new QCPGraph(plot_->xAxis, flagAxis_);
    flagGraph_->setLayer(QStringLiteral("flags"));
    flagGraph_->setName(tr("flagged edit"));
    flagGraph_->setLineStyle(QCPGraph::lsImpulse);
    flagGraph_->removeFromLegend();
    noteGraph_ = new QCPGraph(plot_->xAxis, flagAxis_);
    noteGraph_->setLayer(QStringLiteral("cursor"));
    noteGraph_->setName(tr("note"));
    noteGraph_->setLineStyle(QCPGraph::lsNone);
    noteGraph_->removeFromLegend();
    cursor_ = new QCPItemStraightLine(plot_);
    cursor_->setLayer(QStringLiteral("cursor"));
    cursor_->setSelectable(false);
    cursor_->setVisible(false);

    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &DashboardPlot::onXRangeChanged);
    connect(plot_, &QCustomPlot::mouseMove, this, &DashboardPlot::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &DashboardPlot::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &DashboardPlot::onMouseRelease);
    // Another run (or file) starts with the whole run in view; appended steps keep the user's zoom.
    auto reload = [this] {
        autoX_ = true;
        rebuild();
    };
    connect(doc_, &RunDocument::runLoaded, this, reload);
    connect(doc_, &RunDocument::closed, this, reload);
    connect(doc_, &RunDocument::stepsAppended, this, &DashboardPlot::rebuild);
    connect(doc_, &RunDocument::selectedStepChanged, this, [this] {
        updateCursor();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    applyTheme(palette());
}

DashboardPlot::~DashboardPlot() = default;

// --- series -------------------------------------------------------------------------------------

void DashboardPlot::clearSeries()
{
    for (auto& s : series_)
        plot_->removePlottable(s->plottable);
    series_.clear();
}

DashboardPlot::Series* DashboardPlot::findSeries(const QCPAbstractPlottable* plottable) const
{
    for (const auto& s : series_)
        if (s->plottable == plottable)
            return s.get();
    return nullptr;
}

void DashboardPlot::setPoints(QCPAbstractPlottable* plottable, const std::vector<SeriesPoint>& points, double scale)
{
    Series* s = findSeries(plottable);
    if (!s)
        return;
    QVector<double> keys(static_cast<qsizetype>(points.size())), values(keys.size());
    s->steps.resize(points.size());
    s->caseIds.resize(points.size());
    s->bucketEdits = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        keys[static_cast<qsizetype>(i)] = static_cast<double>(points[i].edits) + s->xShift;
        const double v = points[i].value * scale;
        values[static_cast<qsizetype>(i)] = std::isfinite(v) ? v : qQNaN();   // ±Inf: a gap, like NaN
        s->steps[i] = points[i].step;
        s->caseIds[i] = points[i].caseId;
    }
    setData(*s, keys, values);
}

void DashboardPlot::setValues(QCPAbstractPlottable* plottable, const QVector<double>& keys, const QVector<double>& values,
                              int64_t bucketEdits)
{
    Series* s = findSeries(plottable);
    if (!s)
        return;
    const int64_t batch = s->batch;
    s->bucketEdits = bucketEdits;
    s->caseIds.clear();
    s->steps.resize(static_cast<size_t>(keys.size()));
    QVector<double> shifted(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {   // a bucket starting at 0-based edit x holds step x / batch + 1 first
        s->steps[static_cast<size_t>(i)] = bucketEdits > 0 ? static_cast<int64_t>(keys[i]) / batch + 1
                                                           : static_cast<int64_t>(std::llround(keys[i] / static_cast<double>(batch)));
        shifted[i] = keys[i] + s->xShift;
    }
    setData(*s, shifted, values);
}

void DashboardPlot::setData(Series& s, const QVector<double>& keys, const QVector<double>& values)
{
    // Keys come in edit order (non-decreasing), so QCustomPlot need not sort: O(n) for 10,000 steps.
    if (auto* graph = qobject_cast<QCPGraph*>(s.plottable))
        graph->setData(keys, values, true);
    else if (auto* bars = qobject_cast<QCPBars*>(s.plottable))
        bars->setData(keys, values, true);
}

void DashboardPlot::setAxisLogScale(QCPAxis* axis, bool on)
{
    axis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on) {
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("g"));
    }
}

void DashboardPlot::finishRebuild()
{
    titleElement_->setText(title());
    plot_->yAxis->setLabel(yLabel());
    updateLegendKeys();
    updateFlags();
    updateNotes();
    updateCursor();
    applyTheme(palette());   // markers depend on the point counts just set
    if (autoX_)
        applyAutoX();
    rescaleY();
    updateLegendWrap(plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPlot::updateFlags()
{
    QVector<double> keys;
    for (int64_t step : doc_->flaggedSteps())
        keys << stepX(step);
    // An impulse from the bottom to just below the top with its marker there, or a rug tick at the top.
    const QVector<double> values(keys.size(), keys.size() <= kFlagRugThreshold ? 0.97 : 0.985);
    flagGraph_->setData(keys, values, true);
    flagGraph_->removeFromLegend();
    if (!keys.isEmpty())
        flagGraph_->addToLegend();   // after the data
}

void DashboardPlot::updateCursor()
{
    const int64_t step = doc_->selectedStep();
    cursor_->setVisible(step > 0);
    const double x = stepX(step);
    // Two points at the same x: a vertical line. y = 1 and 2 are valid on a log axis too.
    cursor_->point1->setCoords(x, 1);
    cursor_->point2->setCoords(x, 2);
}

double DashboardPlot::cursorPosition() const
{
    return cursor_->visible() ? cursor_->point1->coords().x() : qQNaN();
}

QVector<double> DashboardPlot::flagPositions() const
{
    QVector<double> out;
    for (auto it = flagGraph_->data()->constBegin(); it != flagGraph_->data()->constEnd(); ++it)
        out << it->key;
    return out;
}

QStringList DashboardPlot::seriesIds() const
{
    QStringList ids;
    for (const auto& s : series_)
        if (s->plottable->visible())
            ids << s->id;
    return ids;
}

QCPAbstractPlottable* DashboardPlot::plottable(const QString& id) const
{
    for (const auto& s : series_)
        if (s->id == id)
            return s->plottable;
    return nullptr;
}

// --- ranges -------------------------------------------------------------------------------------

void DashboardPlot::applyAutoX()
{
    // The whole run (every drawn run), step 0 (baselines, the first bucket) included, with a little air
    // on both sides.
    double last = 1.0;
    for (const PlotRun& run : runs_)
        if (run.doc)
            last = std::max(last, run.xShift + static_cast<double>(run.doc->lastStep() * run.doc->batchSize()));
    const double pad = std::max(0.5, 0.02 * last);
    settingRange_ = true;
    plot_->xAxis->setRange(-pad, last + pad);
    settingRange_ = false;
}

double DashboardPlot::xLower() const { return plot_->xAxis->range().lower; }
double DashboardPlot::xUpper() const { return plot_->xAxis->range().upper; }

void DashboardPlot::setXRange(double lower, double upper)
{
    if (!(upper > lower) || !std::isfinite(lower) || !std::isfinite(upper))
        return;
    autoX_ = false;
    settingRange_ = true;
    plot_->xAxis->setRange(lower, upper);
    settingRange_ = false;
    rescaleY();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPlot::resetZoom()
{
    autoX_ = true;
    applyAutoX();
    rescaleY();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPlot::onXRangeChanged()
{
    if (settingRange_)
        return;
    autoX_ = false;   // the user zoomed or panned: keep the view while new steps arrive
    rescaleY();
    Q_EMIT xRangeChanged(plot_->xAxis->range().lower, plot_->xAxis->range().upper);
}

void DashboardPlot::rescaleY() const
{
    rescaleAxis(plot_->yAxis, yFloor_);
    if (plot_->yAxis2->visible())
        rescaleAxis(plot_->yAxis2, y2Floor_);
}

void DashboardPlot::rescaleAxis(QCPAxis* axis, const Range& floor) const
{
    const bool log = axis->scaleType() == QCPAxis::stLogarithmic;
    const QCPRange keys = plot_->xAxis->range();
    bool any = false;
    double lo = 0, hi = 0;
    for (const auto& s : series_) {
        if (s->plottable->valueAxis() != axis || !s->plottable->visible())
            continue;
        bool found = false;
        const QCPRange r = s->plottable->getValueRange(found, log ? QCP::sdPositive : QCP::sdBoth, keys);
        if (!found || !std::isfinite(r.lower) || !std::isfinite(r.upper))
            continue;
        lo = any ? std::min(lo, r.lower) : r.lower;
        hi = any ? std::max(hi, r.upper) : r.upper;
        any = true;
    }
    if (log) {
        if (!any) {
            lo = 1e-3;
            hi = 1;
        }
        if (hi <= lo)
            hi = lo * 10;
        const double factor = std::pow(hi / lo, 0.05);
        axis->setRange(lo / factor, hi * factor);
        return;
    }
    for (double f : {floor.lower, floor.upper})
        if (std::isfinite(f)) {
            lo = any ? std::min(lo, f) : f;
            hi = any ? std::max(hi, f) : f;
            any = true;
        }
    if (!any) {
        lo = 0;
        hi = 1;
    }
    double span = hi - lo;
    if (span <= 0)
        span = std::max(std::abs(hi), 1.0) * 0.1;
    axis->setRange(lo - 0.05 * span, hi + 0.05 * span);
}

// --- mouse --------------------------------------------------------------------------------------

DashboardPlot::Pick DashboardPlot::pick(const QPointF& pos) const
{
    Pick best;
    if (!plot_->axisRect()->rect().contains(pos.toPoint()))
        return best;
    double bestDistance = kPickRadius;
    double k0 = plot_->xAxis->pixelToCoord(pos.x() - kPickRadius);
    double k1 = plot_->xAxis->pixelToCoord(pos.x() + kPickRadius);
    if (k0 > k1)
        std::swap(k0, k1);
    for (const auto& s : series_) {
        const QCPPlottableInterface1D* data = s->plottable->interface1D();
        if (!data || !s->plottable->visible())
            continue;
        const int end = std::min(data->findEnd(k1, false), data->findBegin(k0, false) + kPickScanLimit);
        for (int i = data->findBegin(k0, false); i < end; ++i) {
            if (!std::isfinite(data->dataMainValue(i)))
                continue;
            const QPointF p = data->dataPixelPosition(i);
            double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
            if (s->style.shape == Shape::Bars) {   // anywhere on the bar, not just its top
                const double base = s->plottable->valueAxis()->coordToPixel(0);
                if ((pos.y() - p.y()) * (pos.y() - base) <= 0)
                    d = std::abs(p.x() - pos.x());
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = {s.get(), i};
            }
        }
    }
    // Note markers sit on top of the data: within the radius they win.
    const QCPPlottableInterface1D* notes = noteGraph_->interface1D();
    double bestNote = kPickRadius;
    for (int i = notes->findBegin(k0, false), end = notes->findEnd(k1, false); i < end; ++i) {
        const QPointF p = notes->dataPixelPosition(i);
        const double d = std::hypot(p.x() - pos.x(), p.y() - pos.y());
        if (d < bestNote) {
            bestNote = d;
            const double x = notes->dataMainKey(i);
            for (auto it = notes_.constBegin(); it != notes_.constEnd(); ++it)
                if (stepX(it.key()) == x)
                    best = {nullptr, i, it.key()};
        }
    }
    return best;
}

int64_t DashboardPlot::stepOf(const Pick& p) const
{
    if (!p.series)
        return p.noteStep;
    if (p.index < 0 || static_cast<size_t>(p.index) >= p.series->steps.size())
        return -1;
    return p.series->steps[static_cast<size_t>(p.index)];
}

QString DashboardPlot::tooltip(const Pick& p) const
{
    if (!p.series) {
        const QString note = notes_.value(p.noteStep).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        return QStringLiteral("<b>%1</b><br>%2").arg(tr("Note on step %1").arg(p.noteStep), note);
    }
    const QCPPlottableInterface1D* data = p.series->plottable->interface1D();
    const double x = data->dataMainKey(p.index);
    const double value = data->dataMainValue(p.index);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(p.series->plottable->name().toHtmlEscaped());
    const int64_t step = stepOf(p);
    if (p.series->bucketEdits > 0) {
        lines << tr("Edits %1–%2 (mean of the bucket)").arg(static_cast<qint64>(x) + 1).arg(static_cast<qint64>(x) + p.series->bucketEdits);
    } else if (step >= 0) {
        if (p.series->xShift != 0)   // a branch in overlay mode: its own step, x on the root run's axis
            lines << (step == 0 ? tr("Step 0 of the branch (%1 edits on the root run's axis)").arg(static_cast<qint64>(x))
                                : tr("Step %1 of the branch · %2 edits on the root run's axis").arg(step).arg(static_cast<qint64>(x)));
        else
            lines << (step == 0 ? tr("Step 0 (unedited model)") : tr("Step %1 · %2 edits").arg(step).arg(static_cast<qint64>(x)));
        const int64_t caseId = static_cast<size_t>(p.index) < p.series->caseIds.size() ? p.series->caseIds[static_cast<size_t>(p.index)] : -1;
        QString subject;
        if (p.series->doc)
            if (const StepSummary* summary = p.series->doc->stepSummary(step))
                subject = subjectOf(*summary, caseId);
        if (caseId >= 0)
            lines << tr("Case %1: %2").arg(caseId).arg(subject.toHtmlEscaped());
        else if (!subject.isEmpty())
            lines << tr("Subject: %1").arg(subject.toHtmlEscaped());
    }
    lines << tr("Value: %1").arg(QString::number(value, 'g', 6));
    if (p.series->primary && p.series->bucketEdits == 0 && notes_.contains(step))
        lines << tr("Note: %1").arg(notes_.value(step).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString DashboardPlot::toolTipAt(const QPointF& pos) const
{
    const Pick p = pick(pos);
    return p.series || p.noteStep >= 0 ? tooltip(p) : QString();
}

int64_t DashboardPlot::stepAt(const QPointF& pos) const
{
    const Pick p = pick(pos);
    return !p.series || p.series->primary ? stepOf(p) : -1;   // another run's step is not this document's
}

void DashboardPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const Pick p = pick(event->position());
    if (p.series || p.noteStep >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltip(p), plot_);
    else
        QToolTip::hideText();
}

void DashboardPlot::onMousePress(QMouseEvent* event)
{
    pressed_ = event->button() == Qt::LeftButton;
    pressPos_ = event->position();
}

void DashboardPlot::onMouseRelease(QMouseEvent* event)
{
    const bool click = pressed_ && event->button() == Qt::LeftButton
        && (event->position() - pressPos_).manhattanLength() < 4;
    pressed_ = false;
    if (!click)
        return;   // a drag (range pan), not a click
    const int64_t step = stepAt(event->position());
    if (step >= 0)
        doc_->selectStep(step);
}

// --- widget -------------------------------------------------------------------------------------

void DashboardPlot::setCornerWidget(QWidget* widget)
{
    corner_ = widget;
    widget->setParent(this);
    widget->adjustSize();
    widget->move(4, 2);
    widget->raise();
    widget->show();
}

void DashboardPlot::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateLegendWrap(width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
    if (corner_)
        corner_->raise();
}

void DashboardPlot::updateLegendWrap(int width) const
{
    // As many legend columns as fit the width (columns as wide as their widest entry), at most 4.
    QCPLegend* legend = plot_->legend;
    std::vector<int> widths;   // the grid may hold empty cells where entries were removed
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem* item = legend->item(i))
            widths.push_back(item->minimumOuterSizeHint().width());
    const int n = static_cast<int>(widths.size());
    // Fewest rows that fit, then the fewest columns giving those rows (6 entries: 3 + 3, not 4 + 2).
    // Each column gets a little slack: text measured on screen is a bit narrower than in a scaled PNG.
    const int available = width - 16;
    int columns = 1;
    for (int c = std::min(n, 4); c > 1; --c) {
        int total = (c - 1) * legend->columnSpacing();
        for (int col = 0; col < c; ++col) {
            int widest = 0;
            for (int i = col; i < n; i += c)
                widest = std::max(widest, widths[static_cast<size_t>(i)] + 8);
            total += widest;
        }
        if (total <= available && (columns == 1 || (n + c - 1) / c == (n + columns - 1) / columns))
            columns = c;
    }
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);   // re-flows the entries into `columns`
}

void DashboardPlot::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme(palette());
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace editscope
