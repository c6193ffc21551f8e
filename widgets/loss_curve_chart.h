// LossCurveChart: the optimisation of the edit's target vector(s), loss per Adam step: ROME's v* (one
// curve per request) or MEMIT's z (one per request of the batch), from the step's diagnostics. With a
// single curve its parts are drawn too, dashed: the target's NLL, the KL term and the weight decay
// (loss = nll + kl + weight decay). A v* that never gets its loss down, or one that was clamped, is
// the first thing to look at in an edit that went wrong.
//
// Owns its QCustomPlot. Colours follow the widget palette (PaletteChange). GUI thread only.
#pragma once

#include "widgets/step_details.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;

namespace editscope {

class LossCurveChart : public QWidget {
    Q_OBJECT
public:
    explicit LossCurveChart(QWidget* parent = nullptr);

    void setTraces(const std::vector<LossTrace>& traces);
    void clear();

    // What is plotted (read back from the plot): the loss curves, one per trace, in order.
    int curveCount() const { return static_cast<int>(lossGraphs_.size()); }
    int pointCount(int curve) const;
    double pointValue(int curve, int index) const;
    // The largest value drawn; a common maximum puts two charts on one scale until the next setTraces.
    double dataMaximum() const { return dataMax_; }
    void setCommonMaximum(double top);
    double axisMaximum() const;   // the top of the value axis as drawn
    QCustomPlot* plot() const { return plot_; }

    QSize sizeHint() const override { return {420, 210}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QCustomPlot* plot_;
    std::vector<QCPGraph*> lossGraphs_;
    std::vector<QCPGraph*> partGraphs_;   // nll, kl, weight decay of a single trace
    double dataMax_ = 0;
};

} // namespace editscope
