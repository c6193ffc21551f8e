// DashboardPlot: colours (screen palette and the light print palette), figure export and the CSV of
// what is drawn. See dashboard_plot.h for the formats.
#include "widgets/dashboard_plot.h"

#include "widgets/dashboard_plot_series.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFileInfo>
#include <QSvgGenerator>

#include <array>
#include <cmath>

namespace editscope {
namespace {

// Tableau-10 without its red (red is the flag colour): distinct, and readable on white and dark grey.
constexpr std::array<QRgb, 9> kColours = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b,
                                          0xe377c2, 0x17becf, 0x7f7f7f, 0xbcbd22};
constexpr QRgb kFlagColour = 0xd62728;
// Beyond these counts markers would hide the lines (and cost most of a replot): lines only.
constexpr int kMarkerLimit = 60;
// Dashed wide polylines cannot take QCustomPlot's fast path (~150 ms a replot with 2,000 buckets): on
// screen, a dense dashed series is drawn as a thin solid line instead; figures keep the dashes.
constexpr int kDashLimit = 400;

QColor mix(const QColor& a, const QColor& b, double t)   // t · a + (1 − t) · b
{
    return QColor::fromRgbF(static_cast<float>(t * a.redF() + (1 - t) * b.redF()),
                            static_cast<float>(t * a.greenF() + (1 - t) * b.greenF()),
                            static_cast<float>(t * a.blueF() + (1 - t) * b.blueF()));
}

QColor paletteColour(int index, bool dark)
{
    QColor c = QColor::fromRgb(kColours[static_cast<size_t>(index) % kColours.size()]);
    return dark ? c.lighter(135) : c;
}

QColor styleColour(const QColor& rgb, int index, bool dark)   // a run's colour in overlay mode, else the set's
{
    if (!rgb.isValid())
        return paletteColour(index, dark);
    QColor c = rgb;
    c.setAlpha(255);
    return dark ? c.lighter(135) : c;
}

// Figures are for papers: black on white whatever the screen theme.
QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    return p;
}

// A 4.5 px disc like ssDisc's, pre-rendered (odd size: centred on the point QCustomPlot rounds to).
QPixmap discPixmap(const QColor& colour)
{
    QPixmap pixmap(7, 7);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(3.5, 3.5), 2.25, 2.25);
    return pixmap;
}

QCPScatterStyle::ScatterShape scatterShape(int marker)
{
    switch (marker) {
    case 1: return QCPScatterStyle::ssCircle;
    case 2: return QCPScatterStyle::ssSquare;
    case 3: return QCPScatterStyle::ssTriangle;
    case 4: return QCPScatterStyle::ssDiamond;
    default: return QCPScatterStyle::ssNone;
    }
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exact(double v) { return QString::asprintf("%.17g", v); }

} // namespace

QColor DashboardPlot::seriesColour(int index) const
{
    return paletteColour(index, palette().color(QPalette::Base).lightness() < 128);
}

void DashboardPlot::applyStyle(const Series& s, bool dark) const
{
    const QColor solid = styleColour(s.style.rgb, s.style.colour, dark);
    QColor c = solid;
    c.setAlpha(s.style.alpha);
    if (auto* graph = qobject_cast<QCPGraph*>(s.plottable)) {
        if (s.style.shape == Shape::Dots) {
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setPen(QPen(c, 1));
            if (exporting_ || graph->dataCount() <= kMarkerLimit) {   // figures: true vector discs
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 4.5));
                return;
            }
            // On screen, thousands of antialiased translucent ellipses cost ~15 µs each (three overlaid
            // 10,000-edit runs: ~150 ms a replot); a pre-rendered disc is blitted ~20× faster.
            graph->setScatterStyle(QCPScatterStyle(discPixmap(c)));
            return;
        }
        QPen pen(c, s.style.width, s.style.pen, Qt::FlatCap, Qt::RoundJoin);
        if (s.style.pen != Qt::SolidLine && !exporting_ && graph->dataCount() > kDashLimit) {
            pen.setStyle(Qt::SolidLine);
            pen.setWidthF(1.0);
        }
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setPen(pen);
        const auto shape = graph->dataCount() <= kMarkerLimit ? scatterShape(static_cast<int>(s.style.marker))
                                                              : QCPScatterStyle::ssNone;
        graph->setScatterStyle(shape == QCPScatterStyle::ssNone ? QCPScatterStyle()
                                                                : QCPScatterStyle(shape, QPen(solid, 1.2), QBrush(solid), 6.5));
    } else if (auto* bars = qobject_cast<QCPBars*>(s.plottable)) {
        QColor fill = solid;
        fill.setAlpha(s.style.alpha < 255 ? s.style.alpha : 110);
        bars->setPen(Qt::NoPen);   // a count of 0 draws nothing
        bars->setAntialiased(false);   // axis-aligned rectangles: no gain, and thousands of them at 10,000 edits
        bars->setBrush(fill);
    }
}

void DashboardPlot::applyTheme(const QPalette& palette) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QColor axisColour = mix(text, base, 0.65);
    const QColor gridColour = mix(text, base, dark ? 0.18 : 0.12);
    plot_->setBackground(QBrush(base));
    plot_->axisRect()->setBackground(QBrush(base));
    for (QCPAxis* axis : plot_->axisRect()->axes()) {
        axis->setBasePen(QPen(axisColour, 1));
        axis->setTickPen(QPen(axisColour, 1));
        axis->setSubTickPen(QPen(axisColour, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(gridColour, 1, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot_->legend->setBrush(QBrush(base));
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setTextColor(text);
    titleElement_->setTextColor(text);

    QColor cursorColour = text;
    cursorColour.setAlpha(170);
    cursor_->setPen(QPen(cursorColour, 1.5, Qt::DashDotLine));
    QColor flag = QColor::fromRgb(kFlagColour);
    if (dark)
        flag = flag.lighter(130);
    QColor flagLine = flag;
    flagLine.setAlpha(150);
    flagGraph_->setPen(QPen(flagLine, 1.2));
    if (flagGraph_->dataCount() <= kFlagRugThreshold) {   // a full-height line and a marker at the top per flag
        flagGraph_->setLineStyle(QCPGraph::lsImpulse);
        flagGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, QPen(flag, 1), QBrush(flag), 8));
    } else {   // hundreds of flags would paint the plot red: a rug of short ticks along the top instead
        QPainterPath tick;
        tick.moveTo(0, -4);
        tick.lineTo(0, 4);
        flagGraph_->setLineStyle(QCPGraph::lsNone);
        flagGraph_->setScatterStyle(QCPScatterStyle(tick, QPen(flag, 1.2), Qt::NoBrush, 8));
    }
    QColor noteFill = mix(text, base, 0.55);
    noteGraph_->setPen(QPen(text, 1));
    noteGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(text, 1.2), QBrush(noteFill), 9));
    for (const auto& s : series_)
        applyStyle(*s, dark);
    const QColor neutral = mix(text, base, 0.72);
    for (const auto& k : legendKeys_) {
        if (k->neutralKey)
            k->style.rgb = neutral;
        applyStyle(*k, dark);
    }
}

void DashboardPlot::beginFigure() const
{
    exporting_ = true;
    applyTheme(printPalette());
    // Antialiased grid and axes: a 1 px line scaled by a DPI factor like 1.15 would otherwise come out
    // 1 or 2 px wide depending on where it falls.
    antialiasedBefore_ = static_cast<int>(plot_->antialiasedElements());
    plot_->setAntialiasedElements(QCP::aeAll);
    cursorWasVisible_ = cursor_->visible();
    cursor_->setVisible(false);   // the selection is screen state, not part of a figure
    updateLegendWrap(figureSize().width());
}

void DashboardPlot::endFigure() const
{
    exporting_ = false;
    applyTheme(palette());
    plot_->setAntialiasedElements(QCP::AntialiasedElements(antialiasedBefore_));
    cursor_->setVisible(cursorWasVisible_);
    updateLegendWrap(plot_->width());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPlot::renderFigure(QCPPainter* painter, const QSize& size) const
{
    beginFigure();
    plot_->toPainter(painter, size.width(), size.height());
    endFigure();
}

bool DashboardPlot::exportFigure(const QString& path, const QString& format, int dpi, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString fmt = format.toLower();
    if (fmt != QLatin1String("png") && fmt != QLatin1String("pdf") && fmt != QLatin1String("svg"))
        return fail(tr("unknown figure format \"%1\" (png, pdf or svg)").arg(format));
    if (fmt == QLatin1String("png") && (dpi < 24 || dpi > 1200))
        return fail(tr("DPI %1 is outside 24..1200").arg(dpi));
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(tr("%1: the folder does not exist").arg(path));

    const QSize size = figureSize();
    bool ok = false;
    beginFigure();
    if (fmt == QLatin1String("png")) {
        ok = plot_->savePng(path, size.width(), size.height(), dpi / 96.0, -1, dpi, QCP::ruDotsPerInch);
    } else if (fmt == QLatin1String("pdf")) {
        ok = plot_->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("EditScope"), title());
    } else {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(title());
        svg.setDescription(tr("EditScope figure: %1 against %2").arg(yLabel(), xLabel()));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot_->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
    }
    endFigure();
    if (!ok || QFileInfo(path).size() == 0)
        return fail(tr("%1: could not write the %2 file").arg(path, fmt.toUpper()));
    return true;
}

QString DashboardPlot::visibleCsv() const
{
    return csvHeader() + QLatin1Char('\n') + csvRows();
}

QString DashboardPlot::csvRows(const QString& linePrefix) const
{
    const double lower = plot_->xAxis->range().lower, upper = plot_->xAxis->range().upper;
    QString out;
    for (const auto& s : series_) {
        const QCPPlottableInterface1D* data = s->plottable->interface1D();
        if (!data || !s->plottable->visible())
            continue;
        const QString prefix = linePrefix + csvField(s->id) + QLatin1Char(',') + csvField(s->plottable->name()) + QLatin1Char(',');
        for (int i = data->findBegin(lower, false), end = data->findEnd(upper, false); i < end; ++i) {
            const double x = data->dataMainKey(i);
            if (x < lower || x > upper)
                continue;
            const auto index = static_cast<size_t>(i);
            const bool perStep = index < s->steps.size();
            const QString step = perStep ? QString::number(s->steps[index]) : QString();
            const int64_t caseId = index < s->caseIds.size() ? s->caseIds[index] : -1;
            // Only a step's own value carries its note (not a bucket mean, not another run's point).
            const QString note = perStep && s->primary && s->bucketEdits == 0 ? notes_.value(s->steps[index]) : QString();
            out += prefix + exact(x) + QLatin1Char(',') + step + QLatin1Char(',')
                + (caseId >= 0 ? QString::number(caseId) : QString()) + QLatin1Char(',') + exact(data->dataMainValue(i))
                + QLatin1Char(',') + csvField(note) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace editscope
