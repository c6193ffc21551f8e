#include "widgets/downstream_plot.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace editscope {

DownstreamPlot::DownstreamPlot(RunDocument* doc, QWidget* parent)
    : DashboardPlot(doc, parent)
    , barsGroup_(new QCPBarsGroup(customPlot()))
{
    setYFloor(0, 1);
    setY2Floor(0, 1);
    QCPAxis* invalid = customPlot()->yAxis2;
    invalid->setVisible(true);
    invalid->setLabel(tr("Invalid answers"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();   // counts: whole-number ticks
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    invalid->setTicker(ticker);
    barsGroup_->setSpacingType(QCPBarsGroup::stAbsolute);
    barsGroup_->setSpacing(1);
    rebuild();
}

void DownstreamPlot::beginRuns(const QList<PlotRun>& runs)
{
    // Bars as wide as fits between evaluations, shared by every run's tasks (QCPBarsGroup puts them
    // side by side).
    double gap = 0;
    size_t bars = 0;
    for (const PlotRun& run : runs) {
        const auto tasks = run.doc->downstreamTasks();
        bars += tasks.size();
        for (const auto& task : tasks) {
            const auto& points = run.doc->series("downstream." + task + ".invalid");
            for (size_t i = 1; i < points.size(); ++i) {
                const double d = static_cast<double>(points[i].edits - points[i - 1].edits);
                if (d > 0)
                    gap = gap > 0 ? std::min(gap, d) : d;
            }
        }
    }
    barWidth_ = (gap > 0 ? gap : 1.0) * 0.7 / static_cast<double>(std::max<size_t>(bars, 1));
}

void DownstreamPlot::drawRun(const PlotRun& run)
{
    struct Metric {
        const char* suffix;
        QString label;
        Qt::PenStyle pen;
        Marker marker;
    };
    const Metric metrics[] = {{"accuracy", tr("accuracy"), Qt::SolidLine, Marker::Circle},
                              {"f1", tr("F1"), Qt::DashLine, Marker::Square},
                              {"mcc", tr("MCC"), Qt::DotLine, Marker::Triangle}};
    static constexpr Marker kTaskMarkers[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond};
    const auto tasks = run.doc->downstreamTasks();
    for (size_t t = 0; t < tasks.size(); ++t) {
        const QString task = QString::fromStdString(tasks[t]);
        const std::string prefix = "downstream." + tasks[t] + ".";
        for (const Metric& m : metrics) {
            Style style;
            style.colour = static_cast<int>(t);
            style.pen = m.pen;
            style.width = 1.8;
            style.marker = run.overlay() ? kTaskMarkers[t % std::size(kTaskMarkers)] : m.marker;
            auto* graph = addGraph(run, QString::fromStdString(prefix + m.suffix), QStringLiteral("%1 %2").arg(task, m.label), style);
            setPoints(graph, run.doc->series(prefix + m.suffix));
        }
    }
    for (size_t t = 0; t < tasks.size(); ++t) {
        Style style;
        style.colour = static_cast<int>(t);
        style.alpha = run.overlay() && t > 0 ? 60 : 90;   // one colour per run: later tasks lighter
        const std::string id = "downstream." + tasks[t] + ".invalid";
        auto* bars = addBars(run, QString::fromStdString(id), tr("%1 invalid answers").arg(QString::fromStdString(tasks[t])),
                             style, customPlot()->yAxis2);
        bars->setWidth(barWidth_);
        bars->setBarsGroup(barsGroup_);
        setPoints(bars, run.doc->series(id));
    }
}

} // namespace editscope
