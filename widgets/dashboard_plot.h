// DashboardPlot: the base of every dashboard plot. It owns one QCustomPlot laid out as a figure (title,
// axis rect, legend below) whose x axis is always the number of edits (SeriesPoint::edits = step ·
// batch size), and gives every plot the same behaviour:
//  - a vertical cursor at the document's selected step, and the flagged steps (RunDocument::
//    flaggedSteps) as red impulses on a hidden [0, 1] axis with the legend entry "flagged edit";
//  - annotations (setAnnotations: a note per step, stored in the run file, passed in by the main
//    window): a small marker at the bottom of the plot at the step's x, the note in its hover tooltip
//    (and in the tooltip of every data point of that step), legend entry "note";
//  - x-only range drag and wheel zoom, reported through xRangeChanged so a PlotLinker can make the
//    other plots follow; y re-fitted to the data inside the visible x range (and always covering the
//    plot's y floor, e.g. 0..100 for ×100 scores);
//  - hover tooltips (run, step, case id, subject, series, value, note) and click-to-select
//    (doc->selectStep; points of the primary run only);
//  - figure export (PNG at a DPI, PDF, SVG) in a light print palette with title, axis labels and
//    legend, and a CSV of exactly the data drawn inside the visible x range;
//  - colours from the widget's palette, re-applied on QEvent::PaletteChange.
// Dense data stays fast (10,000 edits: ~5–20 ms a replot; three such runs overlaid: ~10–25 ms):
// markers only up to 60 points per series, per-edit dots blitted from a pre-rendered disc on screen,
// a dashed series of more than 400 points drawn thin and solid on screen (figures keep the dashes and
// draw vector discs), and more than 150 flags become a rug of ticks along the top instead of
// full-height lines.
//
// Runs: the plot draws the runs of its RunSet (setRunSet; without one, or with nothing overlaid, only
// the document's run, looking exactly as a single-run plot). rebuild() clears the series, then calls
// drawRun() once per drawn run (the primary first), then finishes (flags, cursor, legend, ranges).
// Subclasses implement drawRun(run): addGraph/addBars(run, ...) and setPoints/setValues for each of
// the run's series, in run-relative x (edits of that run); the base shifts x by run.xShift. In overlay
// mode (RunSet::overlayMode):
//  - every run is drawn in its run colour (pen style and marker tell its series apart);
//  - the series are named "<run label> · <series>" (tooltips, CSV); the legend shows one entry per run
//    (its colour) and one per series in the text colour (its pen and marker), not every run × series;
//  - x is the root run's axis: a branch's step s is drawn at x = (stepOffset + s) · batch size, so a
//    child and its parent share x (the cursor, flags and notes of the primary run move with it);
//  - series ids get the run's tag and a colon: "run2:es", "other/run1:norm.drift.17" (RunSet::tag).
// Each series has a stable id: the RunStore series name for stored data, e.g. "es", "norm.drift.17";
// "es.bucket_mean" / "es.moving_average" for smoothed lines.
//
// CSV (visibleCsv): long format, one row per drawn point with x inside the visible range, series in
// drawing order (run by run, the primary first), points in x order:
//     series,label,edits,step,case_id,value,note
// `series` is the stable id (in overlay mode with the run tag, which tells the runs apart), `label`
// the series' name, `edits` the x value (in overlay mode on the root run's axis), `step` the run's own
// step number (a bucket mean: the bucket's first step), `case_id` empty where the point is not one
// case's value; numbers with "%.17g" (round-trips a double exactly); non-finite values are
// "nan"/"inf"/"-inf"; `note` the primary run's annotation of the row's step (empty otherwise, and for
// bucket means and other runs' rows). The flag impulses, note markers and the cursor are annotations,
// not data, and are not rows.
//
// Ownership: a child QWidget; the QCustomPlot and its plottables are children of it. The document
// and the RunSet are not owned and must outlive the plot. Thread-safety: GUI thread only.
#pragma once

#include <QColor>
#include <QMap>
#include <QPointF>
#include <QPointer>
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
class RunSet;
struct SeriesPoint;

// One run as a plot draws it.
struct PlotRun {
    RunDocument* doc = nullptr;
    bool primary = true;
    QString tag;           // series-id prefix ("run2"); empty outside overlay mode: ids as stored
    QString label;         // legend prefix ("ROME demo"); empty outside overlay mode
    QColor colour;         // the run's colour in overlay mode; invalid: the per-series colours
    int bucket = 0;        // the run's own smoothing (ScorePlot); 0: the plot's
    int window = 0;
    double xShift = 0;     // added to every x: stepOffset · batch size in overlay mode, else 0
    bool overlay() const { return colour.isValid(); }
    QString id(const QString& series) const { return tag.isEmpty() ? series : tag + QLatin1Char(':') + series; }
    QString name(const QString& legend) const
    {
        return label.isEmpty() ? legend : label + QStringLiteral(" · ") + legend;
    }
};

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
    // Re-reads the documents (called on runLoaded, stepsAppended and the RunSet's overlaysChanged):
    // drawRun for every drawn run. Cheap: O(points) per series.
    void rebuild();

    QCustomPlot* customPlot() const { return plot_; }
    RunDocument* document() const { return doc_; }
    // The runs to draw besides the document's (nullptr: the document's run only). Rebuilds.
    void setRunSet(RunSet* runs);
    RunSet* runSet() const;
    // The runs drawn by the last rebuild, the primary first (one entry outside overlay mode).
    QList<PlotRun> drawnRuns() const { return runs_; }
    bool overlayMode() const { return runs_.size() > 1; }
    // x of the primary run's step `step` (its branch offset applied in overlay mode).
    double stepX(int64_t step) const;

    // Notes by step of the primary run (empty text: no note). Replaces the previous ones.
    void setAnnotations(const QMap<qint64, QString>& notes);
    QMap<qint64, QString> annotations() const { return notes_; }
    QVector<double> annotationPositions() const;             // x of the note markers

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
    // visibleCsv's rows without the header, each starting with `linePrefix` (the dashboard's plot column).
    QString csvRows(const QString& linePrefix = QString()) const;
    static QString csvHeader() { return QStringLiteral("series,label,edits,step,case_id,value,note"); }

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
        QColor rgb;                      // an explicit colour (the run's in overlay mode); invalid: `colour`
    };

    // Draws one run's series (see the header): called by rebuild() for each drawn run.
    virtual void drawRun(const PlotRun& run) = 0;
    // Called by rebuild() before the first drawRun, with every run to be drawn.
    virtual void beginRuns(const QList<PlotRun>& runs) { Q_UNUSED(runs) }

    // A series of `run`: id = run.id(series), legend = run.name(legend), colour = the run's in overlay mode.
    QCPGraph* addGraph(const PlotRun& run, const QString& series, const QString& legend, Style style,
                       QCPAxis* valueAxis = nullptr);
    QCPBars* addBars(const PlotRun& run, const QString& series, const QString& legend, Style style, QCPAxis* valueAxis);
    // Stored points: x = edits (+ the run's shift), y = value · scale (±Inf drawn as a gap, NaN too),
    // step and case per point.
    void setPoints(QCPAbstractPlottable* plottable, const std::vector<SeriesPoint>& points, double scale = 1.0);
    // Computed points (bucket means), keys in the run's own edits: bucketEdits > 0 says point i covers
    // edits x+1 .. x+bucketEdits.
    void setValues(QCPAbstractPlottable* plottable, const QVector<double>& keys, const QVector<double>& values,
                   int64_t bucketEdits = 0);
    void clearSeries();
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
        int64_t noteStep = -1;   // a note marker (series == nullptr)
    };
    Series* findSeries(const QCPAbstractPlottable* plottable) const;
    void setData(Series& series, const QVector<double>& keys, const QVector<double>& values);
    void applyTheme(const QPalette& palette) const;
    void applyStyle(const Series& series, bool dark) const;
    void updateCursor();
    void updateFlags();
    void applyAutoX();
    void finishRebuild();
    QList<PlotRun> collectRuns() const;
    void updateLegendKeys();
    void updateNotes();
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
    QCPGraph* noteGraph_ = nullptr;
    QWidget* corner_ = nullptr;
    QPointer<RunSet> runSet_;
    QList<PlotRun> runs_;
    QMap<qint64, QString> notes_;
    std::vector<std::unique_ptr<Series>> series_;
    std::vector<std::unique_ptr<Series>> legendKeys_;   // overlay mode: data-less plottables for the legend
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
