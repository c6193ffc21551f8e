// RetentionMap: which edited facts the model still knows at each retention evaluation. A heatmap of
// facts (rows, top to bottom in edit order, labelled by edit number) × retention evaluations (columns,
// labelled by the number of edits), each cell coloured recalled / forgotten / not yet edited (and a grey
// for "edited, not evaluated"), with a dot on each fact's forget index (RunStore::forgetting: the first
// retention step after its edit where the criterion's value is < 1). Below it, the forgetting-length
// histogram of arXiv 2401.07453's fact_forgetting.py: for facts learned by their own edit (post value 1)
// and later lost, forget index − edit, in edits ((forget step − edit step) · batch size), in at most 10
// bins; plus a bar for learned facts never forgotten by the last retention evaluation. The criterion
// (ES = 1, or the paper's rewrite accuracy) is chosen in the bar above the figure.
//
// Follows the RunDocument: rebuilt on runLoaded / stepsAppended (from its own read-only RunStore on the
// document's file), the selected step's rows outlined; hovering a cell shows case id, subject, edit step,
// forget index and value; clicking a row selects its edit step (doc->selectStep). Colours: the cells'
// blue / orange are the Okabe–Ito colour-blind-safe pair, the rest comes from the palette
// (QEvent::PaletteChange restyles). Export: the figure as PNG (at a DPI) / PDF / SVG in a light print
// palette, the cells and the histogram as CSV (formats at csvHeader / histogramCsvHeader).
// Ownership: a child QWidget; the document must outlive it. GUI thread only.
#pragma once

#include "storage/run_store.h"

#include <QPointF>
#include <QSize>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPColorMap;
class QCPGraph;
class QCPItemRect;
class QCPLegend;
class QCPPainter;
class QCPTextElement;
class QMouseEvent;

namespace editscope {

class RunDocument;

// The histogram's content. Bin k holds lengths in (k·binWidth, (k+1)·binWidth] edits; binWidth is a
// multiple of the batch size, chosen so that at most `maxBins` bins cover the longest length.
struct ForgettingHistogram {
    int64_t binWidth = 1;
    std::vector<int64_t> counts;
    std::vector<int64_t> lengths;      // edits, of each learned-then-forgotten fact, in edit order
    int64_t neverForgotten = 0;        // learned, evaluated after its edit, never lost
    int64_t notLearned = 0;            // post value < 1 or undefined: not counted (the paper's edit_success)
    int64_t notReevaluated = 0;        // learned, but no retention evaluation after its edit yet
    double mean = std::numeric_limits<double>::quiet_NaN();     // of lengths
    double stddev = std::numeric_limits<double>::quiet_NaN();   // population (numpy's np.std)
};
ForgettingHistogram forgettingHistogram(const RetentionMatrix& matrix, int maxBins = 10);

class RetentionMap : public QWidget {
    Q_OBJECT
public:
    explicit RetentionMap(RunDocument* doc, QWidget* parent = nullptr);
    ~RetentionMap() override;

    QString title() const { return tr("Retention of edited facts"); }
    QString kind() const { return QStringLiteral("retention_map"); }   // file-name stem of exports

    void setCriterion(ForgettingCriterion criterion);   // rebuilds
    ForgettingCriterion criterion() const { return criterion_; }
    void rebuild();

    const RetentionMatrix& matrix() const { return matrix_; }
    const ForgettingHistogram& histogram() const { return histogram_; }
    QString errorText() const { return error_; }          // why the map is empty ("" when fine)
    // What the colour map holds for a cell (read back from the plot, not from matrix()).
    RetentionState drawnState(int fact, int column) const;
    // The histogram as drawn: bar heights of the length bins and of the "never forgotten" bar.
    std::vector<double> drawnHistogram() const;
    double drawnNeverForgotten() const;
    QString cellToolTip(int fact, int column) const;

    // Geometry in customPlot() coordinates; valid after layout and replot().
    bool cellAt(const QPointF& pos, int* fact, int* column) const;
    QPointF cellCentre(int fact, int column) const;
    QCustomPlot* customPlot() const { return plot_; }
    void replot();

    // format: "png" (pixels = figureSize · dpi / 96), "pdf" or "svg". False + *error on failure.
    bool exportFigure(const QString& path, const QString& format, int dpi = 150, QString* error = nullptr) const;
    void renderFigure(QCPPainter* painter, const QSize& size) const;
    void setFigureSize(const QSize& size) { figureSize_ = size; }
    QSize figureSize() const { return figureSize_; }
    // One line per cell, facts in edit order, columns ascending; values "%.17g" ("nan").
    QString csv() const;
    static QString csvHeader()
    {
        return QStringLiteral("case_id,subject,edit_number,edit_step,retention_step,edits,value,state,forget_step");
    }
    QString histogramCsv() const;
    static QString histogramCsvHeader() { return QStringLiteral("bin,from_edits,to_edits,facts"); }
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportHistogramCsv(const QString& path, QString* error = nullptr) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildPlot();
    void fillMap();
    void fillHistogram();
    void updateSelection();
    void updateTicks();
    void applyTheme(const QPalette& palette, bool print) const;
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void exportDialog(const QString& format);

    RunDocument* doc_;
    std::unique_ptr<RunStore> store_;
    std::string storePath_;
    ForgettingCriterion criterion_ = ForgettingCriterion::Efficacy;
    RetentionMatrix matrix_;
    ForgettingHistogram histogram_;
    QString error_;

    QComboBox* criterionBox_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* titleElement_ = nullptr;
    QCPTextElement* histogramTitle_ = nullptr;
    QCPLegend* legend_ = nullptr;
    QCPAxisRect* mapRect_ = nullptr;
    QCPAxisRect* histRect_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPGraph* forgetMarks_ = nullptr;
    std::vector<QCPGraph*> legendGraphs_;   // empty graphs that carry the legend's swatches
    QCPBars* lengthBars_ = nullptr;
    QCPBars* neverBar_ = nullptr;
    QCPItemRect* selection_ = nullptr;
    QSize figureSize_{640, 760};
    mutable bool exporting_ = false;
};

} // namespace editscope
