#include "widgets/loss_curve_chart.h"

#include "widgets/chart_style.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {

LossCurveChart::LossCurveChart(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumHeight(190);
    plot_->xAxis->setLabel(tr("optimisation step"));
    plot_->yAxis->setLabel(tr("loss"));
    // Adam steps are whole numbers: ticks at multiples of 1, 2, 5, 10, ...
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(6);
    plot_->xAxis->setTicker(ticker);
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    applyPalette();
}

void LossCurveChart::setTraces(const std::vector<LossTrace>& traces)
{
    plot_->clearGraphs();
    lossGraphs_.clear();
    partGraphs_.clear();
    double top = 0;
    int longest = 0;
    auto addCurve = [&](const std::vector<double>& values, const QString& name) {
        QVector<double> keys, vals;
        for (size_t i = 0; i < values.size(); ++i)
            if (std::isfinite(values[i])) {
                keys << static_cast<double>(i);
                vals << values[i];
                top = std::max(top, values[i]);
            }
        longest = std::max(longest, static_cast<int>(values.size()));
        auto* g = plot_->addGraph();
        g->setName(name);
        g->setData(keys, vals, true);
        return g;
    };
    for (const auto& t : traces)
        lossGraphs_.push_back(addCurve(t.loss, traces.size() == 1 ? tr("loss") : t.label));
    if (traces.size() == 1) {
        partGraphs_.push_back(addCurve(traces.front().nll, tr("NLL of target_new")));
        partGraphs_.push_back(addCurve(traces.front().kl, tr("KL")));
        partGraphs_.push_back(addCurve(traces.front().weightDecay, tr("weight decay")));
    }
    // Many curves (a MEMIT batch) would bury the plot under its legend.
    plot_->legend->setVisible(!traces.empty() && lossGraphs_.size() <= 6);
    plot_->xAxis->setRange(0, std::max(1, longest - 1));
    dataMax_ = top;
    applyPalette();
    setCommonMaximum(0);
}

double LossCurveChart::axisMaximum() const { return plot_->yAxis->range().upper; }

void LossCurveChart::setCommonMaximum(double top)
{
    top = std::max(top, dataMax_);
    plot_->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurveChart::clear() { setTraces({}); }

int LossCurveChart::pointCount(int curve) const
{
    return curve >= 0 && curve < curveCount() ? lossGraphs_[static_cast<size_t>(curve)]->data()->size() : 0;
}

double LossCurveChart::pointValue(int curve, int index) const
{
    if (index < 0 || index >= pointCount(curve))
        return std::numeric_limits<double>::quiet_NaN();
    return (lossGraphs_[static_cast<size_t>(curve)]->data()->constBegin() + index)->value;
}

void LossCurveChart::applyPalette()
{
    const QPalette pal = palette();
    for (size_t i = 0; i < lossGraphs_.size(); ++i) {
        lossGraphs_[i]->setPen(QPen(seriesColor(static_cast<int>(i), pal), 2));
        lossGraphs_[i]->setScatterStyle(lossGraphs_.size() == 1 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4) : QCPScatterStyle());
    }
    for (size_t i = 0; i < partGraphs_.size(); ++i)
        partGraphs_[i]->setPen(QPen(seriesColor(static_cast<int>(i) + 1, pal), 1.2, Qt::DashLine));
    applyChartPalette(plot_, pal);
}

void LossCurveChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace editscope
