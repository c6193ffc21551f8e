// Paper presets: the figure set of arXiv 2401.07453 (Gupta et al., "Model Editing at Scale leads to
// Gradual and Catastrophic Forgetting") drawn from any number of runs, the runs overlaid in each figure:
//   efficacy, paraphrase, neighborhood   per-edit ES / PS / NS ×100, bucketed and smoothed as the paper
//                                        (paperSmoothing, core/run/series_smoothing.h: bucket means of 5
//                                        edits drawn thin and faint, their moving average over 10 buckets
//                                        thick; x = the bucket's first edit, 0-based)
//   downstream_accuracy, downstream_f1   "downstream.TASK.accuracy|f1" ×100, one panel per task (the
//                                        union of the runs' tasks, sorted), step 0 = the unedited model
//   norm_growth                          "norm.drift.L" = ‖W − W₀‖_F of every edited layer L (one line
//                                        per run and layer; log y when the values span > 2 decades)
//   retention                            "retention" ×100: the share of earlier edited facts with ES = 1
// x is always the number of edits (SeriesPoint::edits, plus PaperRun::editsOffset).
//
// exportPaperFigures writes them all into one folder, one file per figure and format, FIGURE being the
// kind above: FIGURE.png (at a DPI), FIGURE.pdf, FIGURE.svg (QCustomPlot, light print style whatever
// the screen theme), and for "tex" FIGURE.tex (a pgfplots tikzpicture with every curve's data inline,
// one `\addplot table` per curve, preceded by a `% curve ID` comment; non-finite values are `nan`, drawn
// as gaps with `unbounded coords=jump`) plus figures.tex, a standalone article that \input's every
// figure (pdflatex figures.tex; needs pgfplots ≥ 1.18, TeX Live 2022 in Debian 12). TeX labels are the
// English texts (pdflatex has no fonts for every language); run labels are LaTeX-escaped, characters
// outside Latin-1 become '?'. A figure without any data in these runs (no retention evaluations, no
// downstream tasks) is not written; figures.tex says which were left out.
//
// Curve ids (the .tex comments, tests): "runI.es.bucket_mean", "runI.es.moving_average",
// "runI.downstream.TASK.accuracy", "runI.norm.drift.L", "runI.retention" (I = 1-based position of the
// run in the list).
//
// Runs are read through read-only RunStores (never written). Everything here runs on the GUI thread
// (QCustomPlot needs a QApplication): for 3 runs of 120 edits (the demo world's ROME / r-ROME / MEMIT
// overlay) building the figures takes ~30–60 ms and writing all 29 files ~1.1–1.5 s on this 2-core
// machine (pdflatex on figures.tex, not run here, ~7–15 s). Free functions; no state between calls.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

class QCustomPlot;

namespace editscope {

// The translation context of the texts shown (PaperFigures::tr, found by lupdate).
class PaperFigures {
    Q_DECLARE_TR_FUNCTIONS(PaperFigures)
};

// One run to draw.
struct PaperRun {
    QString dbPath;
    qint64 run = 0;
    QString label;            // legend entry; empty: the run's name
    QColor colour;            // invalid: the i-th colour of the default palette
    qint64 editsOffset = 0;   // added to x: a branch drawn on its parent's axis passes parent_step · batch
};

struct PaperExportOptions {
    QString dir;                                                                       // created if missing
    QStringList formats = {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("tex")};
    int dpi = 300;                                                                     // PNG only, 24..1200
    int bucket = 5;                                                                    // the paper's smoothing
    int window = 10;
};

// The figure model both renderers draw (plain values).
struct PaperCurve {
    enum class Line { Solid, Dashed, Dotted, DashDotted };
    QString id;               // see the header paragraph
    QString label;            // legend entry; empty: not in the legend
    QColor colour;
    Line line = Line::Solid;
    double width = 1.6;       // pen width in points at 96 DPI
    bool faint = false;       // drawn at ~35 % opacity (the bucket means behind their moving average)
    bool markers = false;     // a small disc at each point (sparse series: downstream, retention)
    QVector<double> x, y;     // y may hold NaN/Inf: gaps
};

struct PaperPanel {
    QString title;            // the task for per-task panels; empty for one-panel figures
    QString xLabel, yLabel;   // as shown (translated)
    QString xLabelTex, yLabelTex;   // LaTeX markup (English)
    bool logY = false;
    std::optional<std::pair<double, double>> yRange;   // fixed y range (scores: 0..100), else fitted
    QList<PaperCurve> curves;
};

struct PaperFigure {
    QString kind;             // one of paperFigureKinds(): the file name
    QString title;            // translated
    QString captionTex;       // one or two sentences for figures.tex (English, LaTeX markup)
    int columns = 1;          // panel grid
    QList<PaperPanel> panels;
    bool hasData() const;     // at least one curve with a finite point
};

// The kinds in the paper's order: efficacy, paraphrase, neighborhood, downstream_accuracy,
// downstream_f1, norm_growth, retention.
QStringList paperFigureKinds();
QString paperFigureTitle(const QString& kind);   // translated, e.g. "Efficacy of the edit just made"

// Reads the runs and builds every figure in paperFigureKinds() order (figures without data included,
// hasData() false); `runLabels` (optional) receives the legend label of each run. False + error if a run
// file cannot be read or a run does not exist.
bool buildPaperFigures(const QList<PaperRun>& runs, int bucket, int window, QList<PaperFigure>* figures,
                       QString* error, QStringList* runLabels = nullptr);

// QCustomPlot rendering in the light print style. drawPaperFigure replaces `plot`'s layout with the
// figure's (title, legend, panel grid); paperFigureSize is the logical size at 96 DPI.
void drawPaperFigure(QCustomPlot* plot, const PaperFigure& figure);
QSize paperFigureSize(const PaperFigure& figure);
// format: "png" (paperFigureSize · dpi / 96 pixels, the DPI stored in the file), "pdf", "svg".
bool savePaperFigure(const PaperFigure& figure, const QString& path, const QString& format, int dpi,
                     QString* error);
QImage renderPaperFigure(const PaperFigure& figure, double scale = 1.0);   // a preview

// pgfplots: the text of FIGURE.tex, and of figures.tex for the figures written (`leftOut`: the kinds
// of those not written, named in the document).
QString paperFigureTex(const PaperFigure& figure);
QString paperFiguresDocument(const QList<PaperFigure>& figures, const QStringList& runLabels,
                             const QStringList& leftOut);
QString latexEscaped(const QString& text);

// Builds and writes every figure with data in every format (png, pdf, svg, tex). `written` receives the
// paths of the files written, in order. False + error on bad options, unreadable runs or a file that
// cannot be written (files written before the failure stay).
bool exportPaperFigures(const QList<PaperRun>& runs, const PaperExportOptions& options, QString* error,
                        QStringList* written);

} // namespace editscope
