// RetentionMap: the forgetting-length histogram, colours (screen palette and the light print palette),
// figure export and the CSVs. See retention_map.h for the formats.
#include "widgets/retention_map.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

// Okabe–Ito blue and vermillion/orange: told apart under every common colour-vision deficiency; the
// lighter variants keep contrast on a dark base.
constexpr QRgb kRecalled = 0x0072b2, kRecalledDark = 0x56b4e9;
constexpr QRgb kForgotten = 0xd55e00, kForgottenDark = 0xe69f00;

QColor mix(const QColor& a, const QColor& b, double t)   // t · a + (1 − t) · b
{
    return QColor::fromRgbF(static_cast<float>(t * a.redF() + (1 - t) * b.redF()),
                            static_cast<float>(t * a.greenF() + (1 - t) * b.greenF()),
                            static_cast<float>(t * a.blueF() + (1 - t) * b.blueF()));
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

struct CellColours {
    QColor notYetEdited, notEvaluated, recalled, forgotten;
};

CellColours cellColours(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    return {mix(text, base, dark ? 0.10 : 0.07), mix(text, base, 0.38), QColor::fromRgb(dark ? kRecalledDark : kRecalled),
            QColor::fromRgb(dark ? kForgottenDark : kForgotten)};
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

const char* stateName(RetentionState s)
{
    switch (s) {
    case RetentionState::NotYetEdited: return "not_yet_edited";
    case RetentionState::NotEvaluated: return "not_evaluated";
    case RetentionState::Recalled: return "recalled";
    case RetentionState::Forgotten: return "forgotten";
    }
    return "";
}

bool writeText(const QString& path, const QString& text, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 || !file.flush()) {
        if (error)
            *error = RetentionMap::tr("%1: could not write the file (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ForgettingHistogram forgettingHistogram(const RetentionMatrix& m, int maxBins)
{
    ForgettingHistogram h;
    const int64_t batch = std::max<int64_t>(1, m.batchSize);
    h.binWidth = batch;
    for (const auto& f : m.facts) {
        if (!(f.postValue >= 1.0)) {   // fact_forgetting.py counts only edit_success facts
            ++h.notLearned;
            continue;
        }
        if (f.forgottenAt) {
            h.lengths.push_back((*f.forgottenAt - f.stepEdited) * batch);
            continue;
        }
        const bool reevaluated = !m.steps.empty() && m.steps.back() > f.stepEdited;
        ++(reevaluated ? h.neverForgotten : h.notReevaluated);
    }
    if (h.lengths.empty())
        return h;
    const int64_t longest = *std::max_element(h.lengths.begin(), h.lengths.end());
    const int64_t bins = std::max(1, maxBins);
    h.binWidth = batch * ((longest + batch * bins - 1) / (batch * bins));   // a multiple of the batch size
    h.counts.assign(static_cast<size_t>((longest + h.binWidth - 1) / h.binWidth), 0);
    double sum = 0;
    for (int64_t len : h.lengths) {
        ++h.counts[static_cast<size_t>((len - 1) / h.binWidth)];   // (k·w, (k+1)·w]
        sum += static_cast<double>(len);
    }
    h.mean = sum / static_cast<double>(h.lengths.size());
    double squares = 0;
    for (int64_t len : h.lengths)
        squares += (static_cast<double>(len) - h.mean) * (static_cast<double>(len) - h.mean);
    h.stddev = std::sqrt(squares / static_cast<double>(h.lengths.size()));
    return h;
}

void RetentionMap::applyTheme(const QPalette& palette, bool print) const
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QColor axisColour = mix(text, base, 0.65), gridColour = mix(text, base, dark ? 0.18 : 0.12);
    plot_->setBackground(QBrush(base));
    for (QCPAxisRect* rect : {mapRect_, histRect_}) {
        rect->setBackground(QBrush(base));
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(axisColour, 1));
            axis->setTickPen(QPen(axisColour, 1));
            axis->setSubTickPen(Qt::NoPen);
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(gridColour, 1, Qt::SolidLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    titleElement_->setTextColor(text);
    histogramTitle_->setTextColor(text);
    legend_->setBrush(QBrush(base));
    legend_->setBorderPen(Qt::NoPen);
    legend_->setTextColor(text);

    const CellColours c = cellColours(palette);
    QCPColorGradient gradient;   // the four RetentionState codes, one flat colour each
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, c.notYetEdited);
    gradient.setColorStopAt(1.0 / 3.0, c.notEvaluated);
    gradient.setColorStopAt(2.0 / 3.0, c.recalled);
    gradient.setColorStopAt(1.0, c.forgotten);
    gradient.setLevelCount(4);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map_->setGradient(gradient);
    const QColor swatches[] = {c.recalled, c.forgotten, c.notYetEdited, c.notEvaluated};
    for (size_t i = 0; i < legendGraphs_.size(); ++i)
        legendGraphs_[i]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(axisColour, 0.5), QBrush(swatches[i]), 10));
    // The forget index: a dot in the text colour with a base-coloured ring, visible on every cell colour.
    const double dot = matrix_.facts.size() > 400 ? 3.5 : matrix_.facts.size() > 120 ? 4.5 : 6.0;
    forgetMarks_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(base, 1.2), QBrush(text), dot));
    QColor selection = text;
    selection.setAlpha(220);
    selection_->setPen(QPen(selection, 2));
    selection_->setBrush(Qt::NoBrush);

    QColor forgottenFill = c.forgotten, recalledFill = c.recalled;
    forgottenFill.setAlpha(print ? 255 : 210);
    recalledFill.setAlpha(print ? 255 : 210);
    lengthBars_->setPen(Qt::NoPen);
    lengthBars_->setBrush(forgottenFill);
    neverBar_->setPen(Qt::NoPen);
    neverBar_->setBrush(recalledFill);
}

void RetentionMap::renderFigure(QCPPainter* painter, const QSize& size) const
{
    exporting_ = true;
    const bool selectionVisible = selection_->visible();
    selection_->setVisible(false);   // the selection is screen state, not part of a figure
    applyTheme(printPalette(), true);
    plot_->toPainter(painter, size.width(), size.height());
    exporting_ = false;
    selection_->setVisible(selectionVisible);
    applyTheme(palette(), false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool RetentionMap::exportFigure(const QString& path, const QString& format, int dpi, QString* error) const
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
    exporting_ = true;
    const bool selectionVisible = selection_->visible();
    selection_->setVisible(false);
    applyTheme(printPalette(), true);
    const int antialiased = static_cast<int>(plot_->antialiasedElements());
    plot_->setAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeLegend | QCP::aeLegendItems | QCP::aeItems | QCP::aeScatters
                                  | QCP::aeOther);   // not aePlottables: cells and bars stay crisp
    bool ok = false;
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
        svg.setDescription(tr("EditScope figure: retention of edited facts and forgetting lengths"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot_->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
    }
    exporting_ = false;
    plot_->setAntialiasedElements(QCP::AntialiasedElements(antialiased));
    selection_->setVisible(selectionVisible);
    applyTheme(palette(), false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    if (!ok || QFileInfo(path).size() == 0)
        return fail(tr("%1: could not write the %2 file").arg(path, fmt.toUpper()));
    return true;
}

QString RetentionMap::csv() const
{
    QString out = csvHeader() + QLatin1Char('\n');
    for (size_t r = 0; r < matrix_.facts.size(); ++r) {
        const auto& f = matrix_.facts[r];
        const QString prefix = QString::number(f.caseId) + QLatin1Char(',') + csvField(QString::fromStdString(f.subject))
            + QLatin1Char(',') + QString::number(f.editNumber) + QLatin1Char(',') + QString::number(f.stepEdited) + QLatin1Char(',');
        const QString forget = f.forgottenAt ? QString::number(*f.forgottenAt) : QString();
        for (size_t c = 0; c < matrix_.steps.size(); ++c)
            out += prefix + QString::number(matrix_.steps[c]) + QLatin1Char(',') + QString::number(matrix_.steps[c] * matrix_.batchSize)
                + QLatin1Char(',') + exact(matrix_.value(r, c)) + QLatin1Char(',') + QLatin1String(stateName(matrix_.state(r, c)))
                + QLatin1Char(',') + forget + QLatin1Char('\n');
    }
    return out;
}

QString RetentionMap::histogramCsv() const
{
    QString out = histogramCsvHeader() + QLatin1Char('\n');
    const auto& h = histogram_;
    for (size_t k = 0; k < h.counts.size(); ++k)
        out += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(k)
                   .arg(static_cast<int64_t>(k) * h.binWidth + 1)
                   .arg(static_cast<int64_t>(k + 1) * h.binWidth)
                   .arg(h.counts[k]);
    out += QStringLiteral("never,,,%1\n").arg(h.neverForgotten);
    return out;
}

bool RetentionMap::exportCsv(const QString& path, QString* error) const { return writeText(path, csv(), error); }

bool RetentionMap::exportHistogramCsv(const QString& path, QString* error) const
{
    return writeText(path, histogramCsv(), error);
}

} // namespace editscope
