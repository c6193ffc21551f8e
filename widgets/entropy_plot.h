// EntropyPlot: the mean n-gram entropy (bits) of the generation samples at each generation
// evaluation, step 0 (the unedited model) included: falling entropy is the repetitive, degenerate text
// that disabling edits produce. Series "generation_entropy".
// Ownership and thread-safety as DashboardPlot (GUI thread).
#pragma once

#include "widgets/dashboard_plot.h"

namespace editscope {

class EntropyPlot : public DashboardPlot {
    Q_OBJECT
public:
    explicit EntropyPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Generation entropy"); }
    QString yLabel() const override { return tr("n-gram entropy (bits)"); }
    QString kind() const override { return QStringLiteral("entropy"); }

protected:
    void drawRun(const PlotRun& run) override;
};

} // namespace editscope
