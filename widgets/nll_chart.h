// NllChart: the edit's effect on the model's beliefs as grouped bars. For the rewrite, paraphrase and
// neighborhood prompts of a step, four bars per group: the mean NLL (nats) of target_true and of
// target_new, before and after the edit, with each prompt's own value drawn as a dot on its bar. A good
// edit lowers target_new on rewrite and paraphrase prompts and leaves the neighborhood alone.
//
// Owns its QCustomPlot. Colours follow the widget palette (PaletteChange). GUI thread only.
#pragma once

#include "widgets/step_details.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QMouseEvent;

namespace editscope {

class NllChart : public QWidget {
    Q_OBJECT
public:
    enum Series { TrueBefore = 0, TrueAfter, NewBefore, NewAfter, SeriesCount };

    explicit NllChart(QWidget* parent = nullptr);

    void setPrompts(const std::vector<PromptNll>& prompts);
    void clear();

    // What is plotted (read back from the plot's data): groups are rewrite, paraphrase, neighborhood.
    int groupCount() const { return 3; }
    double barValue(Series series, PromptKind group) const;   // NaN when the group has no value
    int dotCount(Series series) const;                        // per-prompt dots of that series, all groups
    // The largest value drawn; a common maximum puts two charts on one scale (side-by-side comparison)
    // until the next setPrompts.
    double dataMaximum() const { return dataMax_; }
    void setCommonMaximum(double top);
    double axisMaximum() const;   // the top of the value axis as drawn
    QCustomPlot* plot() const { return plot_; }

    QSize sizeHint() const override { return {420, 230}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showToolTip(QMouseEvent* event);

    QCustomPlot* plot_;
    QCPBars* bars_[SeriesCount] = {};
    QCPGraph* dots_[SeriesCount] = {};
    std::vector<PromptNll> prompts_;
    double dataMax_ = 0;
};

} // namespace editscope
