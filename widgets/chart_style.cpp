#include "widgets/chart_style.h"

#include "widgets/warning_colors.h"

#include <qcustomplot.h>

namespace editscope {

void applyChartPalette(QCustomPlot* plot, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = blendColors(base, text, 0.15);
    const QColor axis = blendColors(base, text, 0.55);
    plot->setBackground(base);
    for (auto* a : plot->axisRect()->axes()) {
        a->setBasePen(QPen(axis));
        a->setTickPen(QPen(axis));
        a->setSubTickPen(QPen(axis));
        a->setTickLabelColor(text);
        a->setLabelColor(text);
        a->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        a->grid()->setZeroLinePen(QPen(axis, 1));
    }
    if (plot->legend) {
        QColor fill = base;
        fill.setAlpha(220);
        plot->legend->setBrush(fill);
        plot->legend->setBorderPen(QPen(grid));
        plot->legend->setTextColor(text);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QColor seriesColor(int index, const QPalette& palette)
{
    // Tableau 10 (blue, green, purple, brown, pink, grey, olive, cyan): orange and red mean "warning" here.
    static const QRgb colours[] = {0x1f77b4, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    QColor c = QColor::fromRgb(colours[static_cast<unsigned>(index) % (sizeof colours / sizeof *colours)]);
    return isDarkPalette(palette) ? c.lighter(150) : c;
}

} // namespace editscope
