#include "widgets/plot_linker.h"

#include "widgets/dashboard_plot.h"

namespace editscope {

PlotLinker::PlotLinker(QObject* parent)
    : QObject(parent)
{
}

void PlotLinker::add(DashboardPlot* plot)
{
    if (!plot || plots().contains(plot))
        return;
    plots_.append(plot);
    connect(plot, &DashboardPlot::xRangeChanged, this,
            [this, plot](double lower, double upper) { follow(plot, lower, upper); });
    connect(plot, &QObject::destroyed, this, [this] { plots_.removeAll(nullptr); });
}

void PlotLinker::remove(DashboardPlot* plot)
{
    plots_.removeAll(plot);
    if (plot)
        disconnect(plot, nullptr, this, nullptr);
}

QList<DashboardPlot*> PlotLinker::plots() const
{
    QList<DashboardPlot*> out;
    for (const auto& p : plots_)
        if (p)
            out << p.data();
    return out;
}

void PlotLinker::follow(DashboardPlot* source, double lower, double upper)
{
    for (DashboardPlot* p : plots())
        if (p != source)
            p->setXRange(lower, upper);
}

void PlotLinker::setXRange(double lower, double upper)
{
    for (DashboardPlot* p : plots())
        p->setXRange(lower, upper);
}

void PlotLinker::resetZoom()
{
    for (DashboardPlot* p : plots())
        p->resetZoom();
}

} // namespace editscope
