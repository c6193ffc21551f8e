// HeatmapFigure: a reusable heatmap laid out as a figure — title (and an optional subtitle line), a
// matrix of doubles [row][column] drawn with QCustomPlot's QCPColorMap, row and column tick labels
// (tokens × layers, positions × layers), axis labels and a colour scale with its own label. Row 0 is
// drawn at the top (as matplotlib's pcolor with an inverted y axis, ROME's plot_trace_heatmap).
//  - highlighted rows (e.g. the subject's tokens): their tick labels get a marker (default "*") and a
//    dashed box outlines them across all columns;
//  - NaN cells are drawn in a neutral grey; a log colour scale draws values ≤ 0 as NaN;
//  - the colour range is the data's min..max unless fixed (either bound may stay automatic);
//  - hover shows a tooltip whose text the owner supplies (setToolTipProvider); a left click on a cell
//    moves the cell cursor (a two-tone box visible on every colour) there and emits cellClicked;
//  - screen colours (background, axes, texts) follow the widget's palette (QEvent::PaletteChange); the
//    colour gradient is palette-independent;
//  - export as PNG at a DPI, PDF or SVG in a light print palette (the cell cursor is screen state and not
//    drawn), and CSV in long format, one line per cell in row-major order:
//        row,row_label,marked,column,column_label,value
//    labels as given (without the marker), marked 1 for a highlighted row, values "%.17g" ("nan").
// Ownership: a child QWidget owning its QCustomPlot and items. Thread-safety: GUI thread only.
#pragma once

#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <limits>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemRect;
class QCPPainter;
class QCPTextElement;
class QMouseEvent;

namespace editscope {

class HeatmapFigure : public QWidget {
    Q_OBJECT
public:
    // Sequential gradients from near-white to dark (matplotlib's, as ROME draws hidden / MLP / attention)
    // and viridis (perceptual, dark to light).
    enum class Gradient { Viridis, Purples, Greens, Reds, Blues };
    // Text of the tooltip for a cell (rich text allowed); empty: no tooltip.
    using ToolTipProvider = std::function<QString(int row, int column)>;

    explicit HeatmapFigure(QWidget* parent = nullptr);
    ~HeatmapFigure() override;

    // Texts. All of them appear in exported figures.
    void setTitle(const QString& title);
    QString title() const { return title_; }
    void setSubtitle(const QString& subtitle);            // one smaller line under the title; empty: none
    QString subtitle() const { return subtitle_; }
    void setAxisLabels(const QString& rowAxisLabel, const QString& columnAxisLabel);
    QString rowAxisLabel() const { return rowAxisLabel_; }
    QString columnAxisLabel() const { return columnAxisLabel_; }
    void setColorScaleLabel(const QString& label);
    QString colorScaleLabel() const { return scaleLabel_; }

    // The data: values[row][column], every row as long as columnLabels; throws std::invalid_argument on
    // mismatched sizes. Clears the highlight and the cell cursor.
    void setMatrix(const std::vector<std::vector<double>>& values, const QStringList& rowLabels,
                   const QStringList& columnLabels);
    void clear();
    bool isEmpty() const { return values_.empty(); }
    int rowCount() const { return static_cast<int>(values_.size()); }
    int columnCount() const { return columnLabels_.size(); }
    const std::vector<std::vector<double>>& matrix() const { return values_; }
    double value(int row, int column) const;              // the given value; NaN outside the matrix
    double drawnValue(int row, int column) const;         // read back from the colour map (NaN: drawn as NaN)
    QStringList rowLabels() const { return rowLabels_; }
    QStringList columnLabels() const { return columnLabels_; }
    QString rowTickLabel(int row) const;                  // as drawn: with the marker when highlighted

    void setHighlightedRows(const std::vector<int>& rows, const QString& marker = QStringLiteral("*"));
    const std::vector<int>& highlightedRows() const { return highlighted_; }
    bool isHighlighted(int row) const;

    void setGradient(Gradient gradient);
    Gradient gradient() const { return gradient_; }
    // Colour range; NaN for a bound = that bound from the data (ROME: lower = the corrupted score).
    void setColorRange(double lower = std::numeric_limits<double>::quiet_NaN(),
                       double upper = std::numeric_limits<double>::quiet_NaN());
    double colorLower() const;                            // as drawn
    double colorUpper() const;
    void setLogScale(bool on);
    bool isLogScale() const { return log_; }

    void setToolTipProvider(ToolTipProvider provider);   // default: "row label · column label: value"
    QString toolTipAt(int row, int column) const;

    // The cell cursor (a box on one cell); (−1, −1) hides it.
    void setCellCursor(int row, int column);
    int cursorRow() const { return cursorRow_; }
    int cursorColumn() const { return cursorColumn_; }

    // Geometry in QCustomPlot widget coordinates (customPlot()): the cell under a point (false if none)
    // and a cell's centre. Valid once the widget has been laid out (shown or resized, then replot()).
    bool cellAt(const QPointF& pos, int* row, int* column) const;
    QPointF cellCentre(int row, int column) const;
    QCustomPlot* customPlot() const { return plot_; }
    void replot();                                        // immediate (rpImmediateRefresh)

    // format: "png" (pixels = figureSize · dpi / 96, DPI stored), "pdf" or "svg". False + *error on an
    // unknown format, a missing folder or a file that could not be written.
    bool exportFigure(const QString& path, const QString& format, int dpi = 150, QString* error = nullptr) const;
    // The figure in the print palette on `painter` (a QCPPainter in vectorized mode) at `size`.
    void renderFigure(QCPPainter* painter, const QSize& size) const;
    void setFigureSize(const QSize& size) { figureSize_ = size; }   // logical pixels at 96 DPI
    QSize figureSize() const { return figureSize_; }
    QString csv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    static QString csvHeader() { return QStringLiteral("row,row_label,marked,column,column_label,value"); }

Q_SIGNALS:
    void cellClicked(int row, int column);
    void cellHovered(int row, int column);                // (−1, −1) when the pointer leaves the cells

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildMap();
    void updateTicks(const QSize& size) const;
    void updateHighlight();
    void updateCursorItems();
    void updateColorRange();
    void applyTheme(const QPalette& palette) const;
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);

    QCustomPlot* plot_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* scale_ = nullptr;
    QCPTextElement* titleElement_ = nullptr;
    QCPTextElement* subtitleElement_ = nullptr;
    std::vector<QCPItemRect*> highlightBoxes_;
    QCPItemRect* cursorOuter_ = nullptr;
    QCPItemRect* cursorInner_ = nullptr;

    QString title_, subtitle_, rowAxisLabel_, columnAxisLabel_, scaleLabel_;
    std::vector<std::vector<double>> values_;
    QStringList rowLabels_, columnLabels_;
    std::vector<int> highlighted_;
    QString marker_ = QStringLiteral("*");
    Gradient gradient_ = Gradient::Viridis;
    double fixedLower_ = std::numeric_limits<double>::quiet_NaN();
    double fixedUpper_ = std::numeric_limits<double>::quiet_NaN();
    bool log_ = false;
    ToolTipProvider toolTip_;
    int cursorRow_ = -1, cursorColumn_ = -1;
    int hoverRow_ = -1, hoverColumn_ = -1;
    QSize figureSize_{560, 360};
    mutable bool exporting_ = false;
};

} // namespace editscope
