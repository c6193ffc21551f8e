// DashboardPlot: the runs it draws (one, or the RunSet's overlays), their series, the overlay-mode
// legend and the notes. See dashboard_plot.h.
#include "widgets/dashboard_plot.h"

#include "widgets/dashboard_plot_series.h"
#include "widgets/run_document.h"
#include "widgets/run_set.h"

#include <qcustomplot.h>

#include <algorithm>

namespace editscope {

QCPGraph* DashboardPlot::addGraph(const PlotRun& run, const QString& series, const QString& legend, Style style,
                                  QCPAxis* valueAxis)
{
    auto* graph = plot_->addGraph(plot_->xAxis, valueAxis ? valueAxis : plot_->yAxis);
    graph->setName(run.name(legend));
    auto s = std::make_unique<Series>();
    s->plottable = graph;
    s->id = run.id(series);
    s->legend = legend;
    if (run.overlay())
        style.rgb = run.colour;
    s->style = style;
    s->doc = run.doc;
    s->primary = run.primary;
    s->xShift = run.xShift;
    s->batch = run.doc ? run.doc->batchSize() : 1;
    applyStyle(*s, palette().color(QPalette::Base).lightness() < 128);
    series_.push_back(std::move(s));
    return graph;
}

QCPBars* DashboardPlot::addBars(const PlotRun& run, const QString& series, const QString& legend, Style style,
                                QCPAxis* valueAxis)
{
    auto* bars = new QCPBars(plot_->xAxis, valueAxis ? valueAxis : plot_->yAxis);
    bars->setName(run.name(legend));
    auto s = std::make_unique<Series>();
    s->plottable = bars;
    s->id = run.id(series);
    s->legend = legend;
    if (run.overlay())
        style.rgb = run.colour;
    s->style = style;
    s->style.shape = Shape::Bars;
    s->doc = run.doc;
    s->primary = run.primary;
    s->xShift = run.xShift;
    s->batch = run.doc ? run.doc->batchSize() : 1;
    applyStyle(*s, palette().color(QPalette::Base).lightness() < 128);
    series_.push_back(std::move(s));
    return bars;
}

// --- runs ---------------------------------------------------------------------------------------

void DashboardPlot::setRunSet(RunSet* runs)
{
    if (runSet_ == runs)
        return;
    if (runSet_)
        disconnect(runSet_, nullptr, this, nullptr);
    runSet_ = runs;
    if (runs)
        connect(runs, &RunSet::overlaysChanged, this, [this] {
            const bool wasOverlay = overlayMode();
            rebuild();
            if (wasOverlay != overlayMode() && autoX_)
                applyAutoX();
        });
    rebuild();
}

RunSet* DashboardPlot::runSet() const { return runSet_; }

QList<PlotRun> DashboardPlot::collectRuns() const
{
    PlotRun single;
    single.doc = doc_;
    if (!runSet_)
        return {single};
    const auto drawn = runSet_->drawnRuns();
    if (!runSet_->overlayMode()) {
        single.bucket = drawn.front().bucket;   // the primary's own smoothing, if it has one
        single.window = drawn.front().window;
        return {single};
    }
    QList<PlotRun> out;
    for (const auto& d : drawn) {
        PlotRun r;
        r.doc = d.doc;
        r.primary = d.primary;
        r.tag = d.tag;
        r.label = d.label;
        r.colour = d.colour;
        r.bucket = d.bucket;
        r.window = d.window;
        r.xShift = static_cast<double>(d.doc->stepOffset() * d.doc->batchSize());
        out << r;
    }
    return out;
}

void DashboardPlot::rebuild()
{
    runs_ = collectRuns();
    clearSeries();
    beginRuns(runs_);
    for (const PlotRun& run : runs_)
        drawRun(run);
    finishRebuild();
}

double DashboardPlot::stepX(int64_t step) const
{
    const double shift = runs_.isEmpty() ? 0.0 : runs_.front().xShift;
    return shift + static_cast<double>(step * doc_->batchSize());
}

// --- notes --------------------------------------------------------------------------------------

void DashboardPlot::setAnnotations(const QMap<qint64, QString>& notes)
{
    notes_.clear();
    for (auto it = notes.constBegin(); it != notes.constEnd(); ++it)
        if (!it.value().trimmed().isEmpty())
            notes_.insert(it.key(), it.value());
    updateNotes();
    applyTheme(palette());
    updateLegendWrap(plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPlot::updateNotes()
{
    QVector<double> keys;
    for (auto it = notes_.constBegin(); it != notes_.constEnd(); ++it)
        if (it.key() >= 0 && it.key() <= doc_->lastStep())
            keys << stepX(it.key());
    noteGraph_->setData(keys, QVector<double>(keys.size(), 0.03), true);
    noteGraph_->removeFromLegend();
    if (!keys.isEmpty())
        noteGraph_->addToLegend();   // after "flagged edit"
}

QVector<double> DashboardPlot::annotationPositions() const
{
    QVector<double> out;
    for (auto it = noteGraph_->data()->constBegin(); it != noteGraph_->data()->constEnd(); ++it)
        out << it->key;
    return out;
}

// --- overlay legend -------------------------------------------------------------------------------

void DashboardPlot::updateLegendKeys()
{
    for (auto& k : legendKeys_)
        plot_->removePlottable(k->plottable);
    legendKeys_.clear();
    if (!overlayMode())
        return;
    // runs × series entries would fill the figure: a key per run (its colour) and one per series style.
    for (auto& s : series_)
        s->plottable->removeFromLegend();
    auto addKey = [this](Style style, const QString& name, QCPAxis* valueAxis, bool neutral) {
        auto k = std::make_unique<Series>();
        if (style.shape == Shape::Bars)
            k->plottable = new QCPBars(plot_->xAxis, valueAxis);
        else
            k->plottable = plot_->addGraph(plot_->xAxis, valueAxis);
        k->plottable->setName(name);
        k->plottable->addToLegend();   // false (no harm) when the plot added it already
        k->neutralKey = neutral;
        if (neutral)
            style.alpha = std::max(style.alpha, 170);
        k->style = style;
        legendKeys_.push_back(std::move(k));
    };
    for (const PlotRun& run : runs_) {
        Style line;
        line.width = 3.0;
        line.rgb = run.colour;
        addKey(line, run.label, plot_->yAxis, false);
    }
    QStringList seen;
    for (const auto& s : series_)
        if (!seen.contains(s->legend)) {
            seen << s->legend;
            addKey(s->style, s->legend, s->plottable->valueAxis(), true);
        }
}

} // namespace editscope
