// PlotLinker: links the x ranges of dashboard plots: when the user zooms or pans one, every other
// plot shows the same x range (DashboardPlot::setXRange does not re-emit, so there is no echo).
// Ownership: a QObject (usually a child of the dashboard); it does not own the plots and forgets a
// plot when it is destroyed. Thread-safety: GUI thread only.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace editscope {

class DashboardPlot;

class PlotLinker : public QObject {
    Q_OBJECT
public:
    explicit PlotLinker(QObject* parent = nullptr);

    void add(DashboardPlot* plot);
    void remove(DashboardPlot* plot);
    QList<DashboardPlot*> plots() const;
    // Shows [lower, upper] on every linked plot.
    void setXRange(double lower, double upper);
    // Every linked plot back to the whole run.
    void resetZoom();

private:
    void follow(DashboardPlot* source, double lower, double upper);

    QList<QPointer<DashboardPlot>> plots_;
};

} // namespace editscope
