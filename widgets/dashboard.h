// Dashboard: the run plots in a scrollable grid (two columns by default) with x ranges linked (zoom or
// pan one and all follow), above them a control row: bucket size and moving window of the paper's
// smoothing (defaults 5 and 10, applied to the three score plots), a log-scale toggle for the norm
// plot, a "Plots" menu (which plots, how many columns) and "Reset zoom". It also exports the plots
// shown: one file per plot and format into a folder (efficacy.png, paraphrase.svg, norms.pdf, ...), one
// multi-page PDF (a plot per page), or the CSV of everything shown (DashboardPlot's columns with a
// leading `plot` column = the plot's kind: plot,series,label,edits,step,case_id,value,note).
//
// Comparing runs: the dashboard owns a RunSet (runSet(); show it with a RunTreeView) and every plot
// draws the runs overlaid there besides the document's (DashboardPlot, "Runs").
//
// Layout and view state, for undo/redo and named layouts (the main window wires them): the plots shown
// and their order (setVisiblePlots), the grid's columns, the smoothing, the norm plot's log scale and
// quantity, all in one JSON object (layoutState / restoreLayoutState):
//     {"plots": ["efficacy", "norms", ...], "columns": 2, "smoothing": {"bucket": 5, "window": 10},
//      "normLogScale": false, "normQuantity": "drift"}
// Signals report each change once, whether the user made it or a setter did, and never when nothing
// changed. restoreLayoutState applies the whole state first and then emits one signal per kind of
// change (layoutChanged at most once), so the first listener already sees the complete new state.
// Ownership: owns its plots, the PlotLinker and the RunSet (Qt children); the document is not owned
// and must outlive the dashboard. Thread-safety: GUI thread only.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QMenu;
class QSpinBox;

namespace editscope {

class DashboardPlot;
class NormPlot;
class PlotLinker;
class RunDocument;
class RunSet;
class ScorePlot;

class Dashboard : public QWidget {
    Q_OBJECT
public:
    explicit Dashboard(RunDocument* doc, QWidget* parent = nullptr);

    // Every plot, shown or not, in the default order: efficacy, paraphrase, neighborhood, retention,
    // downstream, norms, entropy (kinds()).
    QList<DashboardPlot*> plots() const { return plots_; }
    static QStringList kinds();
    DashboardPlot* plot(const QString& kind) const;   // by DashboardPlot::kind(); nullptr if none
    QList<ScorePlot*> scorePlots() const { return scorePlots_; }
    NormPlot* normPlot() const { return normPlot_; }
    PlotLinker* linker() const { return linker_; }
    RunSet* runSet() const { return runSet_; }

    void setSmoothing(int bucket, int window);   // also moves the spin boxes
    int bucket() const;
    int window() const;
    void setNormLogScale(bool on);               // also moves the check box
    bool normLogScale() const;
    void resetZoom();

    // The plots shown, by kind, in grid order (row by row).
    QStringList visiblePlots() const;
    QList<DashboardPlot*> shownPlots() const;
    // Shows these plots in this order and hides the others; unknown and repeated kinds are ignored.
    void setVisiblePlots(const QStringList& kindsInOrder);
    int columns() const { return columns_; }
    void setColumns(int columns);                // 1..4
    QJsonObject layoutState() const;
    // Applies what the object holds (missing or invalid keys keep the current value); false if it
    // held nothing applicable.
    bool restoreLayoutState(const QJsonObject& state);

    // Notes by step of the document's run, shown on every plot and written in the CSV's note column.
    void setAnnotations(const QMap<qint64, QString>& notes);
    QMap<qint64, QString> annotations() const { return notes_; }

    // Writes DIR/KIND.FORMAT for every plot and format ("png", "pdf", "svg"); creates DIR if needed.
    // Stops at the first failure (false, *error says which file and why).
    bool exportAll(const QString& dir, const QStringList& formats, int dpi, QString* error = nullptr,
                   QStringList* written = nullptr) const;
    // One PDF, one plot per page, each page the size of DashboardPlot::figureSize().
    bool exportPdf(const QString& path, QString* error = nullptr) const;
    QString visibleCsv() const;

Q_SIGNALS:
    void smoothingChanged(int bucket, int window);
    void normLogScaleChanged(bool on);
    void layoutChanged();   // plots shown, their order, the columns, or the norm plot's quantity

private:
    void applySmoothing();
    bool applyLayoutState(const QJsonObject& state);
    void relayout();
    void updatePlotsMenu();

    RunDocument* doc_;
    RunSet* runSet_;
    PlotLinker* linker_;
    QList<DashboardPlot*> plots_;
    QList<ScorePlot*> scorePlots_;
    NormPlot* normPlot_ = nullptr;
    QSpinBox* bucket_;
    QSpinBox* window_;
    QCheckBox* log_;
    QMenu* plotsMenu_;
    QGridLayout* grid_ = nullptr;
    QStringList order_;          // every kind: the shown ones first, in grid order
    QStringList visible_;        // the shown kinds, in grid order
    int columns_ = 2;
    QMap<qint64, QString> notes_;
};

} // namespace editscope
