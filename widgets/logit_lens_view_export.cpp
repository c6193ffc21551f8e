// LogitLensView: export of the shown heatmaps (PNG at a DPI, PDF, SVG; both panes side by side on one
// page, each drawn by HeatmapFigure::renderFigure in the print palette) and the CSV of every cell.
#include "widgets/logit_lens_view.h"

#include "widgets/heatmap_figure.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace editscope {
namespace {

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exact(double v) { return QString::asprintf("%.17g", v); }

} // namespace

QString LogitLensView::csv() const
{
    QString out = QStringLiteral("pane,step,layer,layer_name,position,token,true_rank,true_probability,new_rank,"
                                 "new_probability,top_token,top_probability\n");
    for (int p = 0; p < kPanes; ++p) {
        const auto& state = panes_[static_cast<std::size_t>(p)];
        if (!state.result)
            continue;
        const LogitLensResult& r = *state.result;
        const QString prefix = (p == BasePane ? QStringLiteral("base,") : QStringLiteral("step,")) + QString::number(state.step) + QLatin1Char(',');
        for (std::size_t layer = 0; layer < r.layers(); ++layer)
            for (std::size_t pos = 0; pos < r.positions(); ++pos) {
                const LensCell& c = r.at(layer, pos);
                out += prefix + QString::number(layer) + QLatin1Char(',') + csvField(fromStd(r.layerNames.at(layer))) + QLatin1Char(',')
                    + QString::number(pos) + QLatin1Char(',') + csvField(fromStd(r.promptTokens.at(pos))) + QLatin1Char(',')
                    + QString::number(c.trueRank) + QLatin1Char(',') + exact(c.trueProbability) + QLatin1Char(',')
                    + QString::number(c.newRank) + QLatin1Char(',') + exact(c.newProbability) + QLatin1Char(',')
                    + csvField(fromStd(c.topToken)) + QLatin1Char(',') + exact(c.topProbability) + QLatin1Char('\n');
            }
    }
    return out;
}

bool LogitLensView::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: could not write the CSV file").arg(path);
        return false;
    }
    return true;
}

bool LogitLensView::exportFigure(const QString& path, const QString& format, int dpi, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    std::vector<const HeatmapFigure*> shown;
    for (int p = 0; p < kPanes; ++p)
        if (panes_[static_cast<std::size_t>(p)].result
            && (arrangement_ == Arrangement::SideBySide || (p == BasePane) == (arrangement_ == Arrangement::BaseOnly)))
            shown.push_back(figures_[static_cast<std::size_t>(p)]);
    if (shown.empty())
        return fail(tr("Nothing to export: run the lens first."));
    if (shown.size() == 1)
        return shown.front()->exportFigure(path, format, dpi, error);

    // Both panes: each figure drawn by HeatmapFigure::renderFigure, side by side on one page.
    const QString fmt = format.toLower();
    if (fmt != QLatin1String("png") && fmt != QLatin1String("pdf") && fmt != QLatin1String("svg"))
        return fail(tr("unknown figure format \"%1\" (png, pdf or svg)").arg(format));
    if (fmt == QLatin1String("png") && (dpi < 24 || dpi > 1200))
        return fail(tr("DPI %1 is outside 24..1200").arg(dpi));
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(tr("%1: the folder does not exist").arg(path));
    const QSize one = shown.front()->figureSize();
    const QSize total(one.width() * static_cast<int>(shown.size()), one.height());
    auto paint = [&](QCPPainter& painter) {
        for (std::size_t i = 0; i < shown.size(); ++i) {
            painter.save();
            painter.translate(static_cast<double>(one.width()) * static_cast<double>(i), 0);
            shown[i]->renderFigure(&painter, one);
            painter.restore();
        }
    };
    bool ok = false;
    if (fmt == QLatin1String("png")) {
        const double scale = dpi / 96.0;
        QImage image(static_cast<int>(std::lround(total.width() * scale)), static_cast<int>(std::lround(total.height() * scale)),
                     QImage::Format_ARGB32);
        image.fill(Qt::white);
        QCPPainter painter;
        if (painter.begin(&image)) {   // at the image's default 96 DPI: fonts keep their size, the scale enlarges
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            paint(painter);
            painter.end();
            image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));   // stored for viewers only
            image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
            ok = image.save(path, "PNG");
        }
    } else if (fmt == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("EditScope"));
        pdf.setTitle(tr("Logit lens"));
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(total.width() * 72.0 / 96.0, total.height() * 72.0 / 96.0), QPageSize::Point));
        QCPPainter painter;
        if (painter.begin(&pdf)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paint(painter);
            ok = painter.end();
        }
    } else {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(total);
        svg.setViewBox(QRect(QPoint(0, 0), total));
        svg.setResolution(96);
        svg.setTitle(tr("Logit lens"));
        svg.setDescription(tr("EditScope figure: logit lens of the base model and the selected step"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paint(painter);
            ok = painter.end();
        }
    }
    if (!ok || QFileInfo(path).size() == 0)
        return fail(tr("%1: could not write the %2 file").arg(path, fmt.toUpper()));
    return true;
}

void LogitLensView::exportWithDialog(const QString& format)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the logit lens"),
                                                      QDir::home().filePath(QStringLiteral("logit_lens.") + format),
                                                      tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (format == QLatin1String("csv")) {
        ok = exportCsv(path, &error);
    } else {
        int dpi = 150;
        if (format == QLatin1String("png")) {
            bool accepted = false;
            dpi = QInputDialog::getInt(this, tr("Export PNG"), tr("Resolution (DPI):"), 300, 24, 1200, 1, &accepted);
            if (!accepted)
                return;
        }
        ok = exportFigure(path, format, dpi, &error);
    }
    showMessage(ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace editscope
