#include "widgets/retention_plot.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

namespace editscope {

RetentionPlot::RetentionPlot(RunDocument* doc, QWidget* parent)
    : DashboardPlot(doc, parent)
{
    setYFloor(0, 100);
    rebuild();
}

void RetentionPlot::drawRun(const PlotRun& run)
{
    Style share;
    share.colour = 2;
    share.width = 2.2;
    share.marker = Marker::Circle;
    setPoints(addGraph(run, QStringLiteral("retention"), tr("still recalled (ES = 1)"), share),
              run.doc->series("retention"), 100.0);
    Style mean;
    mean.colour = 0;
    mean.width = 1.6;
    mean.pen = Qt::DashLine;
    mean.marker = Marker::Square;
    setPoints(addGraph(run, QStringLiteral("retention.es_mean"), tr("mean ES of earlier edits"), mean),
              run.doc->series("retention.es_mean"), 100.0);
}

} // namespace editscope
