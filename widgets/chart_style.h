// Chart style of the inspector's small plots (NllChart, LossCurveChart): background, axes, grid and
// legend taken from a widget palette, so that the plots follow light and dark themes, and a few series
// colours that stay distinguishable on both. Include only from .cpp files that include qcustomplot.h.
// GUI thread.
#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace editscope {

// Colours, texts and fonts of `plot` from `palette` (replots).
void applyChartPalette(QCustomPlot* plot, const QPalette& palette);
// The i-th qualitative series colour, lighter on dark palettes.
QColor seriesColor(int index, const QPalette& palette);

} // namespace editscope
