// DashboardPlot: the base of every dashboard plot. It owns one QCustomPlot laid out as a figure (title,
// axis rect, legend below) whose x axis is always the number of edits (SeriesPoint::edits = step ·
// batch size), and gives every plot the same behaviour:
//  - a vertical cursor at the document's selected step, and the flagged steps (RunDocument::
//    flaggedSteps) as red impulses on a hidden [0, 1] axis with the legend entry "flagged edit";
//  - x-only range drag and wheel zoom, reported through xRangeChanged so a PlotLinker can make the
//    other plots follow; y re-fitted to the data inside the visible x range (and always covering the
//    plot's y floor, e.g. 0..100 for ×100 scores);
//  - hover tooltips (step, case id, subject, series, value) and click-to-select (doc->selectStep);
//  - figure export (PNG at a DPI, PDF, SVG) in a light print palette with title, axis labels and
//    legend, and a CSV of exactly the data drawn inside the visible x range;
//  - colours from the widget's palette, re-applied on QEvent::PaletteChange.
// Dense data stays fast (10,000 edits: ~20–40 ms a replot): markers only up to 60 points per series,
// on screen a dashed series of more than 400 points is drawn thin and solid (figures keep the dashes),
// and more than 150 flags become a rug of ticks along the top instead of full-height lines.
// Subclasses implement rebuild(): clearSeries(), then addGraph/addBars and setPoints/setValues for
// every series, then finishRebuild(). Each series has a stable id (the RunStore series name for stored
// data, e.g. "es", "norm.drift.17"; "es.bucket_mean" / "es.moving_average" for smoothed lines).
//
// CSV (visibleCsv): long format, one row per drawn point with x inside the visible range, series in
// legend order, points in x order:
//     series,label,edits,step,case_id,value
// `series` is the stable id, `label` the legend text, `edits` the x value, `step` and `case_id` empty
// where the point is not one step's / one case's value (a bucket mean: step is then the bucket's first
// step), numbers with "%.17g" (round-trips a double exactly); non-finite values are "nan"/"inf"/"-inf".
// The flag impulses and the cursor are annotations, not data, and are not written.
//
// Ownership: a child QWidget; the QCustomPlot and its plottables are children of it. The document is
// not owned and must outlive the plot. Thread-safety: GUI thread only.
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPPainter;
class QCPTextElement;
class QMouseEvent;

namespace editscope {

class RunDocument;
struct SeriesPoint;

class DashboardPlot : public QWidget {
    Q_OBJECT
public:
    DashboardPlot(RunDocument* doc, QWidget* parent = nullptr);
    ~DashboardPlot() override;

    virtual QString title() const = 0;
    virtual QString yLabel() const = 0;
    QString xLabel() const { return tr("Number of edits"); }
    // File-name stem of an exported figure: "efficacy", "norms", ...
    virtual QString kind() const = 0;
    // Re-reads the document (called on runLoaded and stepsAppended). Cheap: O(points) per series.
    virtual void rebuild() = 0;

    QCustomPlot* customPlot() const { return plot_; }
    RunDocument* document() const { return doc_; }

    // x range. setXRange does not emit xRangeChanged (the linker calls it on the followers) and stops
    // the auto range; resetZoom goes back to the whole run (and follows new steps again).
    void setXRange(double lower, double upper);
    void resetZoom();
    bool isAutoRange() const { return autoX_; }
    double xLower() const;
    double xUpper() const;

    // What is drawn, read back from the QCustomPlot objects (tests, the main window).
    QStringList seriesIds() const;                           // legend order
    QCPAbstractPlottable* plottable(const QString& id) const; // nullptr if not shown
    double cursorPosition() const;                           // x of the selected-step cursor; NaN: hidden
    QVector<double> flagPositions() const;                   // x of the flag impulses
    // What hovering / clicking at `pos` (QCustomPlot widget coordinates) shows / selects: the tooltip
    // text (rich text; empty: no point within 9 px) and the step (−1: none).
    QString toolTipAt(const QPointF& pos) const;
    int64_t stepAt(const QPointF& pos) const;

    // format: "png" (pixel size = figureSize · dpi / 96, DPI stored in the file), "pdf", "svg".
    // Returns false and sets *error on an unknown format or a file that cannot be written.
    bool exportFigure(const QString& path, const QString& format, int dpi = 150, QString* error = nullptr) const;
    // The figure drawn on `painter` in the print palette at `size` logical pixels (used for the
    // dashboard's multi-page PDF). The painter is a QCPPainter in vectorized, no-caching mode.
    void renderFigure(QCPPainter* painter, const QSize& size) const;
    static QSize figureSize() { return {640, 400}; }   // logical pixels at 96 DPI: 6.67 in × 4.17 in

    QString visibleCsv() const;
    static QString csvHeader() { return QStringLiteral("series,label,edits,step,case_id,value"); }

Q_SIGNALS:
    void xRangeChanged(double lower, double upper);   // the user dragged or zoomed

protected:
    enum class Shape { Line, Dots, Bars };
    enum class Marker { None, Circle, Square, Triangle, Diamond };
    struct Style {
        Shape shape = Shape::Line;
        int colour = 0;                  // index into seriesColour()
        Qt::PenStyle pen = Qt::SolidLine;
        double width = 1.8;
        Marker marker = Marker::None;
        int alpha = 255;
    };

    QCPGraph* addGraph(const QString& id, const QString& label, const Style& style, QCPAxis* valueAxis = nullptr);
    QCPBars* addBars(const QString& id, const QString& label, const Style& style, QCPAxis* valueAxis);
    // Stored points: x = edits, y = value · scale (±Inf drawn as a gap, NaN too), step and case per point.
    void setPoints(QCPAbstractPlottable* plottable, const std::vector<SeriesPoint>& points, double scale = 1.0);
    // Computed points (bucket means): bucketEdits > 0 says point i covers edits x+1 .. x+bucketEdits.
    void setValues(QCPAbstractPlottable* plottable, const QVector<double>& keys, const QVector<double>& values,
                   int64_t bucketEdits = 0);
    void clearSeries();
    // Flags, cursor, legend, x range (when automatic), y range; then a queued replot.
    void finishRebuild();
    // The y range always shown (for 0..100 scores: 0, 100); NaN bounds: none.
    void setYFloor(double lower, double upper) { yFloor_ = {lower, upper}; }
    void setY2Floor(double lower, double upper) { y2Floor_ = {lower, upper}; }
    void setAxisLogScale(QCPAxis* axis, bool on);
    // The series colours (colour-blind-friendly set), lightened on a dark background.
    QColor seriesColour(int index) const;
    // A small control (NormPlot's quantity) floating in the figure's top-left corner; not exported.
    void setCornerWidget(QWidget* widget);

    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Series;
    struct Pick {
        const Series* series = nullptr;
        int index = -1;
    };
    Series* findSeries(const QCPAbstractPlottable* plottable) const;
    void setData(Series& series, const QVector<double>& keys, const QVector<double>& values);
    void applyTheme(const QPalette& palette) const;
    void applyStyle(const Series& series, bool dark) const;
    void updateCursor();
    void updateFlags();
    void applyAutoX();
    void rescaleY() const;
    void onXRangeChanged();
    Pick pick(const QPointF& pos) const;
    int64_t stepOf(const Pick& p) const;
    QString tooltip(const Pick& p) const;
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void updateLegendWrap(int width) const;

    RunDocument* doc_;
    QCustomPlot* plot_;
    QCPTextElement* titleElement_ = nullptr;
    QCPItemStraightLine* cursor_ = nullptr;
    QCPAxis* flagAxis_ = nullptr;
    QCPGraph* flagGraph_ = nullptr;
    QWidget* corner_ = nullptr;
    std::vector<std::unique_ptr<Series>> series_;
    struct Range {
        double lower = std::numeric_limits<double>::quiet_NaN();
        double upper = std::numeric_limits<double>::quiet_NaN();
    };
    void rescaleAxis(QCPAxis* axis, const Range& floor) const;
    void beginFigure() const;
    void endFigure() const;
    Range yFloor_;
    Range y2Floor_;
    bool autoX_ = true;
    bool settingRange_ = false;
    QPointF pressPos_;
    bool pressed_ = false;
    mutable bool cursorWasVisible_ = false;
    mutable int antialiasedBefore_ = 0;
    mutable bool exporting_ = false;
};

} // namespace editscope
