// DownstreamPlot: downstream-task scores of the edited model at each downstream evaluation, step 0
// (the unedited model) included: per task accuracy (solid, circles), weighted F1 (dashed, squares)
// and MCC (dotted, triangles), one colour per task, on the left axis (fractions; MCC may be < 0).
// Invalid answers (answers that are no label) are bars on the right axis, a count per task, so a
// model that stops answering is visible even when its accuracy is still computed.
// Series ids: "downstream.TASK.accuracy|f1|mcc|invalid". In overlay mode the colour is the run's and
// the marker tells the tasks apart (the pen still tells the metric); every run's bars share one group.
// Ownership and thread-safety as DashboardPlot (GUI thread).
#pragma once

#include "widgets/dashboard_plot.h"

class QCPBarsGroup;

namespace editscope {

class DownstreamPlot : public DashboardPlot {
    Q_OBJECT
public:
    explicit DownstreamPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Downstream tasks"); }
    QString yLabel() const override { return tr("Score (accuracy, F1, MCC)"); }
    QString kind() const override { return QStringLiteral("downstream"); }

protected:
    void beginRuns(const QList<PlotRun>& runs) override;
    void drawRun(const PlotRun& run) override;

private:
    QCPBarsGroup* barsGroup_;
    double barWidth_ = 0.7;
};

} // namespace editscope
