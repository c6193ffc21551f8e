#include "widgets/nll_chart.h"

#include "widgets/chart_style.h"

#include <qcustomplot.h>

#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

constexpr double kBarWidth = 0.19;
constexpr PromptKind kGroups[] = {PromptKind::Rewrite, PromptKind::Paraphrase, PromptKind::Neighborhood};

// The x of series s's bar in group g: four bars side by side around the group's tick.
double barKey(int group, int series) { return group + (series - 1.5) * kBarWidth * 1.06; }

double valueOf(const PromptNll& p, int series)
{
    switch (series) {
    case NllChart::TrueBefore: return p.trueBefore;
    case NllChart::TrueAfter: return p.trueAfter;
    case NllChart::NewBefore: return p.newBefore;
    default: return p.newAfter;
    }
}

double meanOf(const KindNllMeans& m, int series)
{
    const double v[] = {m.trueBefore, m.trueAfter, m.newBefore, m.newAfter};
    return v[series];
}

} // namespace

NllChart::NllChart(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumHeight(210);

    const QString names[] = {tr("target_true, before"), tr("target_true, after"), tr("target_new, before"), tr("target_new, after")};
    for (int s = 0; s < SeriesCount; ++s) {
        bars_[s] = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars_[s]->setWidth(kBarWidth);
        bars_[s]->setName(names[s]);
        dots_[s] = plot_->addGraph();
        dots_[s]->setLineStyle(QCPGraph::lsNone);
        dots_[s]->removeFromLegend();
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int g = 0; g < 3; ++g)
        ticker->addTick(g, promptKindName(kGroups[g]));
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 3);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setRange(-0.55, 2.55);
    plot_->yAxis->setLabel(tr("NLL (nats)"));
    plot_->yAxis->setRange(0, 1);

    plot_->legend->setVisible(true);
    plot_->legend->setWrap(2);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst, true);   // two columns: before | after
    auto* legendRow = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(4, 0, 4, 4));
    legendRow->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);

    plot_->setMouseTracking(true);
    connect(plot_, &QCustomPlot::mouseMove, this, &NllChart::showToolTip);
    applyPalette();
}

void NllChart::setPrompts(const std::vector<PromptNll>& prompts)
{
    prompts_ = prompts;
    double top = 0;
    for (int s = 0; s < SeriesCount; ++s) {
        QVector<double> keys, values, dotKeys, dotValues;
        for (int g = 0; g < 3; ++g) {
            const double mean = meanOf(meanNlls(prompts_, kGroups[g]), s);
            if (std::isfinite(mean)) {
                keys << barKey(g, s);
                values << mean;
                top = std::max(top, mean);
            }
            for (const auto& p : prompts_)
                if (p.kind == kGroups[g] && std::isfinite(valueOf(p, s))) {
                    dotKeys << barKey(g, s);
                    dotValues << valueOf(p, s);
                    top = std::max(top, valueOf(p, s));
                }
        }
        bars_[s]->setData(keys, values, true);
        dots_[s]->setData(dotKeys, dotValues, true);
    }
    dataMax_ = top;
    setCommonMaximum(0);
}

double NllChart::axisMaximum() const { return plot_->yAxis->range().upper; }

void NllChart::setCommonMaximum(double top)
{
    top = std::max(top, dataMax_);
    plot_->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void NllChart::clear() { setPrompts({}); }

double NllChart::barValue(Series series, PromptKind group) const
{
    const double key = barKey(static_cast<int>(group), series);
    for (auto it = bars_[series]->data()->constBegin(); it != bars_[series]->data()->constEnd(); ++it)
        if (std::abs(it->key - key) < 1e-9)
            return it->value;
    return std::numeric_limits<double>::quiet_NaN();
}

int NllChart::dotCount(Series series) const { return dots_[series]->data()->size(); }

void NllChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor colours[] = {seriesColor(0, pal), seriesColor(0, pal), seriesColor(1, pal), seriesColor(1, pal)};
    for (int s = 0; s < SeriesCount; ++s) {
        QColor fill = colours[s];
        const bool before = s == TrueBefore || s == NewBefore;
        fill.setAlpha(before ? 70 : 230);
        bars_[s]->setBrush(fill);
        bars_[s]->setPen(QPen(colours[s], 1.2));
        dots_[s]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pal.color(QPalette::Text), pal.color(QPalette::Base), 4));
    }
    applyChartPalette(plot_, pal);
}

void NllChart::showToolTip(QMouseEvent* event)
{
    const double key = plot_->xAxis->pixelToCoord(event->pos().x());
    const int g = static_cast<int>(std::lround(key));
    const int s = static_cast<int>(std::floor((key - g) / (kBarWidth * 1.06) + 2.0));
    const double value = (g >= 0 && g < 3 && s >= 0 && s < SeriesCount) ? barValue(static_cast<Series>(s), kGroups[g])
                                                                        : std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(value) || plot_->yAxis->pixelToCoord(event->pos().y()) > value * 1.05 + 0.05) {
        QToolTip::hideText();
        return;
    }
    QStringList lines{tr("%1 prompts: mean NLL of %2 = %3").arg(promptKindName(kGroups[g]), bars_[s]->name(), formatNumber(value))};
    for (const auto& p : prompts_)
        if (p.kind == kGroups[g])
            lines << tr("  %1 — %2").arg(formatNumber(valueOf(p, s)), p.prompt);
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), plot_);
}

void NllChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace editscope
