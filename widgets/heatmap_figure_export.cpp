// HeatmapFigure: figure export (PNG at a DPI, PDF, SVG) in the light print palette, and the CSV of the
// matrix. See heatmap_figure.h for the formats.
#include "widgets/heatmap_figure.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>

#include <cmath>

namespace editscope {
namespace {

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

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exact(double v) { return std::isnan(v) ? QStringLiteral("nan") : QString::asprintf("%.17g", v); }

} // namespace

void HeatmapFigure::renderFigure(QCPPainter* painter, const QSize& size) const
{
    exporting_ = true;
    applyTheme(printPalette());
    const_cast<HeatmapFigure*>(this)->updateCursorItems();
    updateTicks(size);
    plot_->toPainter(painter, size.width(), size.height());
    exporting_ = false;
    applyTheme(palette());
    const_cast<HeatmapFigure*>(this)->updateCursorItems();
    updateTicks(plot_->size());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool HeatmapFigure::exportFigure(const QString& path, const QString& format, int dpi, QString* error) const
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

    const QSize size = figureSize_;
    bool ok = false;
    exporting_ = true;
    applyTheme(printPalette());
    const_cast<HeatmapFigure*>(this)->updateCursorItems();
    const auto antialiased = plot_->antialiasedElements();
    plot_->setAntialiasedElements(QCP::aeAll);
    updateTicks(size);
    if (fmt == QLatin1String("png")) {
        ok = plot_->savePng(path, size.width(), size.height(), dpi / 96.0, -1, dpi, QCP::ruDotsPerInch);
    } else if (fmt == QLatin1String("pdf")) {
        ok = plot_->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("EditScope"), title_);
    } else {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(title_);
        svg.setDescription(tr("EditScope heatmap: %1 against %2").arg(rowAxisLabel_, columnAxisLabel_));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot_->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
    }
    exporting_ = false;
    plot_->setAntialiasedElements(antialiased);
    applyTheme(palette());
    const_cast<HeatmapFigure*>(this)->updateCursorItems();
    updateTicks(plot_->size());
    plot_->replot(QCustomPlot::rpQueuedReplot);
    if (!ok || QFileInfo(path).size() == 0)
        return fail(tr("%1: could not write the %2 file").arg(path, fmt.toUpper()));
    return true;
}

QString HeatmapFigure::csv() const
{
    QString out = csvHeader() + QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        const QString prefix = QString::number(r) + QLatin1Char(',') + csvField(rowLabels_[r]) + QLatin1Char(',')
                               + (isHighlighted(r) ? QLatin1Char('1') : QLatin1Char('0')) + QLatin1Char(',');
        for (int c = 0; c < columnCount(); ++c)
            out += prefix + QString::number(c) + QLatin1Char(',') + csvField(columnLabels_[c]) + QLatin1Char(',')
                   + exact(value(r, c)) + QLatin1Char('\n');
    }
    return out;
}

bool HeatmapFigure::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = csv().toUtf8();
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace editscope
