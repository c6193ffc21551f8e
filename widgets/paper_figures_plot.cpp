// Paper presets, the picture side: a PaperFigure drawn with QCustomPlot in a light print style (title,
// legend row, grid of panels with full axis boxes) and saved as PNG / PDF / SVG like DashboardPlot's
// figures (widgets/dashboard_plot_export.cpp).
#include "widgets/paper_figures.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace editscope {
namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kAxis(0x55, 0x55, 0x55);
const QColor kGrid(0xe2, 0xe2, 0xe2);
constexpr int kLegendColumns = 4;

Qt::PenStyle penStyle(PaperCurve::Line line)
{
    switch (line) {
    case PaperCurve::Line::Dashed: return Qt::DashLine;
    case PaperCurve::Line::Dotted: return Qt::DotLine;
    case PaperCurve::Line::DashDotted: return Qt::DashDotLine;
    case PaperCurve::Line::Solid: break;
    }
    return Qt::SolidLine;
}

// The finite range of the panel's data (positive values only on a log axis); nullopt if none.
std::optional<QCPRange> dataRange(const PaperPanel& panel, bool keys)
{
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (const auto& c : panel.curves)
        for (qsizetype i = 0; i < c.x.size() && i < c.y.size(); ++i) {
            if (!std::isfinite(c.x[i]) || !std::isfinite(c.y[i]) || (!keys && panel.logY && c.y[i] <= 0))
                continue;
            const double v = keys ? c.x[i] : c.y[i];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (lo > hi)
        return std::nullopt;
    return QCPRange(lo, hi);
}

// A tick step of 1, 2 or 5 × 10^k edits giving about 5 to 10 ticks over `span` (never below 1 edit).
double editTickStep(double span)
{
    const double raw = std::max(span / 6.0, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

void styleAxis(QCPAxis* axis, const QFont& font)
{
    axis->setBasePen(QPen(kAxis, 1));
    axis->setTickPen(QPen(kAxis, 1));
    axis->setSubTickPen(QPen(kAxis, 1));
    axis->setTickLabelColor(kText);
    axis->setLabelColor(kText);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->grid()->setPen(QPen(kGrid, 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

// `listed`: legend entries already made (a group's panels share one legend).
void drawPanel(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, const PaperPanel& panel, const QFont& font,
               QSet<QString>* listed)
{
    rect->setupFullAxesBox(false);
    rect->setBackground(Qt::white);
    for (QCPAxis* axis : rect->axes())
        styleAxis(axis, font);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->setLabel(panel.xLabel);
    y->setLabel(panel.yLabel);
    if (panel.logY)
        for (QCPAxis* axis : {y, rect->axis(QCPAxis::atRight)}) {
            axis->setScaleType(QCPAxis::stLogarithmic);
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
            axis->setNumberFormat(QStringLiteral("eb"));
            axis->setNumberPrecision(0);
        }
    for (const auto& c : panel.curves) {
        QCPGraph* g = plot->addGraph(x, y);
        QVector<double> values = c.y;
        for (double& v : values)
            if (!std::isfinite(v))
                v = std::numeric_limits<double>::quiet_NaN();   // a gap, as pgfplots' unbounded coords=jump
        g->setData(c.x, values);
        QColor colour = c.colour;
        if (c.faint)
            colour.setAlphaF(0.35f);
        g->setPen(QPen(colour, c.width, penStyle(c.line), Qt::FlatCap, Qt::RoundJoin));
        g->setScatterStyle(c.markers ? QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 4.5) : QCPScatterStyle());
        g->setName(c.label);
        const QString key = c.label + QLatin1Char('\n') + c.colour.name() + QString::number(static_cast<int>(c.line));
        if (!c.label.isEmpty() && !listed->contains(key)) {
            listed->insert(key);
            g->addToLegend(legend);
        }
    }
    // x from 0 (the unedited model) to the last edit drawn, ticks on whole edits.
    const auto keys = dataRange(panel, true);
    QCPRange xRange = keys ? QCPRange(std::min(0.0, keys->lower), keys->upper) : QCPRange(0, 1);
    if (xRange.size() <= 0)
        xRange = QCPRange(xRange.lower - 1, xRange.upper + 1);
    x->setRange(xRange);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(editTickStep(xRange.size()));
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    x->setTicker(ticker);
    rect->axis(QCPAxis::atTop)->setTicker(ticker);
    QCPRange yRange(0, 1);
    if (panel.yRange) {
        const double pad = 0.03 * (panel.yRange->second - panel.yRange->first);
        yRange = QCPRange(panel.yRange->first - pad, panel.yRange->second + pad);
    } else if (const auto values = dataRange(panel, false)) {
        yRange = *values;
        if (panel.logY) {
            yRange = QCPRange(yRange.lower / 1.5, yRange.upper * 1.5);
        } else {
            const double pad = yRange.size() > 0 ? 0.05 * yRange.size() : std::max(std::abs(yRange.lower) * 0.05, 1e-12);
            yRange = QCPRange(yRange.lower - pad, yRange.upper + pad);
        }
    }
    y->setRange(yRange);
    rect->axis(QCPAxis::atTop)->setRange(x->range());
    rect->axis(QCPAxis::atRight)->setRange(y->range());
}

} // namespace

QSize paperFigureSize(const PaperFigure& figure)
{
    if (figure.panels.size() <= 1)
        return {640, 420};
    const int columns = std::max(figure.columns, 1);
    const int rows = static_cast<int>((figure.panels.size() + columns - 1) / columns);
    return {780, 110 + rows * 280};
}

void drawPaperFigure(QCustomPlot* plot, const PaperFigure& figure)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();   // deletes the default axis rect and its legend
    plot->setAutoAddPlottableToLegend(false);
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    QFont font = plot->font();
    font.setPointSizeF(9);
    QFont titleFont = font;
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);

    QCPLayoutGrid* layout = plot->plotLayout();
    layout->setMargins(QMargins(4, 4, 16, 4));   // room for the last x tick label, which overhangs its axis
    auto* title = new QCPTextElement(plot, figure.title, titleFont);
    title->setTextColor(kText);
    layout->addElement(0, 0, title);
    // The legend centred in its row: flexible empty cells left and right of it.
    auto* legendRow = new QCPLayoutGrid;
    layout->addElement(1, 0, legendRow);
    auto* legend = new QCPLegend;
    legendRow->addElement(0, 0, new QCPLayoutElement(plot));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactors({1, 0.001, 1});
    legend->setLayer(QStringLiteral("legend"));
    legend->setFont(font);
    legend->setTextColor(kText);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(kLegendColumns);
    legend->setIconSize(28, 10);
    auto* grid = new QCPLayoutGrid;
    layout->addElement(2, 0, grid);
    layout->setRowStretchFactor(0, 0.001);
    layout->setRowStretchFactor(1, 0.001);
    layout->setRowSpacing(2);

    const int columns = std::max(figure.columns, 1);
    QSet<QString> listed;
    QFont panelFont = font;
    panelFont.setBold(true);
    for (int i = 0; i < figure.panels.size(); ++i) {
        const PaperPanel& panel = figure.panels[i];
        const int row = i / columns, column = i % columns;
        auto* rect = new QCPAxisRect(plot);
        if (!panel.title.isEmpty()) {
            auto* panelTitle = new QCPTextElement(plot, panel.title, panelFont);
            panelTitle->setTextColor(kText);
            grid->addElement(2 * row, column, panelTitle);
            grid->setRowStretchFactor(2 * row, 0.001);
            grid->addElement(2 * row + 1, column, rect);
        } else {
            grid->addElement(row, column, rect);
        }
        drawPanel(plot, rect, legend, panel, font, &listed);
    }
    if (legend->itemCount() == 0)
        legend->setVisible(false);
}

QImage renderPaperFigure(const PaperFigure& figure, double scale)
{
    QCustomPlot plot;
    drawPaperFigure(&plot, figure);
    const QSize size = paperFigureSize(figure);
    return plot.toPixmap(size.width(), size.height(), scale).toImage();
}

bool savePaperFigure(const PaperFigure& figure, const QString& path, const QString& format, int dpi, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString fmt = format.toLower();
    if (fmt != QLatin1String("png") && fmt != QLatin1String("pdf") && fmt != QLatin1String("svg"))
        return fail(PaperFigures::tr("unknown figure format \"%1\" (png, pdf or svg)").arg(format));
    if (fmt == QLatin1String("png") && (dpi < 24 || dpi > 1200))
        return fail(PaperFigures::tr("DPI %1 is outside 24..1200").arg(dpi));
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(PaperFigures::tr("%1: the folder does not exist").arg(path));

    QCustomPlot plot;
    drawPaperFigure(&plot, figure);
    const QSize size = paperFigureSize(figure);
    bool ok = false;
    if (fmt == QLatin1String("png")) {
        ok = plot.savePng(path, size.width(), size.height(), dpi / 96.0, -1, dpi, QCP::ruDotsPerInch);
    } else if (fmt == QLatin1String("pdf")) {
        ok = plot.savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("EditScope"), figure.title);
    } else {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(figure.title);
        svg.setDescription(PaperFigures::tr("EditScope paper figure: %1").arg(figure.title));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot.toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
    }
    if (!ok || QFileInfo(path).size() == 0)
        return fail(PaperFigures::tr("%1: could not write the %2 file").arg(path, fmt.toUpper()));
    return true;
}

} // namespace editscope
