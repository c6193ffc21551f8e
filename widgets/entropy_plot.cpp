#include "widgets/entropy_plot.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

namespace editscope {

EntropyPlot::EntropyPlot(RunDocument* doc, QWidget* parent)
    : DashboardPlot(doc, parent)
{
    rebuild();
}

void EntropyPlot::drawRun(const PlotRun& run)
{
    Style line;
    line.colour = 3;
    line.width = 2.2;
    line.marker = Marker::Circle;
    setPoints(addGraph(run, QStringLiteral("generation_entropy"), tr("mean entropy of the samples"), line),
              run.doc->series("generation_entropy"));
}

} // namespace editscope
