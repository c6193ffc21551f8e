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

void RetentionPlot::rebuild()
{
    clearSeries();
    Style share;
    share.colour = 2;
    share.width = 2.2;
    share.marker = Marker::Circle;
    setPoints(addGraph(QStringLiteral("retention"), tr("still recalled (ES = 1)"), share),
              document()->series("retention"), 100.0);
    Style mean;
    mean.colour = 0;
    mean.width = 1.6;
    mean.pen = Qt::DashLine;
    mean.marker = Marker::Square;
    setPoints(addGraph(QStringLiteral("retention.es_mean"), tr("mean ES of earlier edits"), mean),
              document()->series("retention.es_mean"), 100.0);
    finishRebuild();
}

} // namespace editscope
