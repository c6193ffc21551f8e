// DashboardPlot's record of one drawn series, shared by dashboard_plot.cpp (data, picking) and
// dashboard_plot_export.cpp (theme, figures, CSV). Internal to the plot; GUI thread only.
#pragma once

#include "widgets/dashboard_plot.h"
#include "widgets/run_document.h"

namespace editscope {

// More flags than this are drawn as a rug of short ticks along the top instead of full-height lines.
inline constexpr int kFlagRugThreshold = 150;

struct DashboardPlot::Series {
    QCPAbstractPlottable* plottable = nullptr;   // owned by the QCustomPlot
    QString id;                                  // stable: "es", "es.bucket_mean", "norm.drift.17", ...
    QString legend;                              // the series' legend text without the run's label
    Style style;
    std::vector<int64_t> steps;                  // per data index; empty: not per step
    std::vector<int64_t> caseIds;                // per data index; empty or −1: not one case's value
    int64_t bucketEdits = 0;                     // > 0: point i is the mean of edits x+1 .. x+bucketEdits
    QPointer<RunDocument> doc;                   // the run drawn (tooltips: subjects of its steps)
    bool primary = true;                         // clicks select steps of the primary run only
    double xShift = 0;                           // the run's x shift (PlotRun::xShift)
    int64_t batch = 1;                           // the run's batch size
    bool neutralKey = false;                     // an overlay legend key of a series style (text colour)
};

} // namespace editscope
