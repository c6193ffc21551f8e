// Dashboard: every run plot in a scrollable two-column grid with x ranges linked (zoom or pan one and
// all follow), above them a control row: bucket size and moving window of the paper's smoothing
// (defaults 5 and 10, applied to the three score plots), a log-scale toggle for the norm plot and
// "Reset zoom". It also exports the whole dashboard: one file per plot and format into a folder
// (efficacy.png, paraphrase.svg, norms.pdf, ...), one multi-page PDF (a plot per page), or the CSV of
// everything shown (DashboardPlot's columns with a leading `plot` column = the plot's kind:
// plot,series,label,edits,step,case_id,value).
// Ownership: owns its plots and the PlotLinker (Qt children); the document is not owned and must
// outlive the dashboard. Thread-safety: GUI thread only.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace editscope {

class DashboardPlot;
class NormPlot;
class PlotLinker;
class RunDocument;
class ScorePlot;

class Dashboard : public QWidget {
    Q_OBJECT
public:
    explicit Dashboard(RunDocument* doc, QWidget* parent = nullptr);

    // In grid order: efficacy, paraphrase, neighborhood, retention, downstream, norms, entropy.
    QList<DashboardPlot*> plots() const { return plots_; }
    DashboardPlot* plot(const QString& kind) const;   // by DashboardPlot::kind(); nullptr if none
    QList<ScorePlot*> scorePlots() const { return scorePlots_; }
    NormPlot* normPlot() const { return normPlot_; }
    PlotLinker* linker() const { return linker_; }

    void setSmoothing(int bucket, int window);   // also moves the spin boxes
    void setNormLogScale(bool on);               // also moves the check box
    void resetZoom();

    // Writes DIR/KIND.FORMAT for every plot and format ("png", "pdf", "svg"); creates DIR if needed.
    // Stops at the first failure (false, *error says which file and why).
    bool exportAll(const QString& dir, const QStringList& formats, int dpi, QString* error = nullptr,
                   QStringList* written = nullptr) const;
    // One PDF, one plot per page, each page the size of DashboardPlot::figureSize().
    bool exportPdf(const QString& path, QString* error = nullptr) const;
    QString visibleCsv() const;

private:
    RunDocument* doc_;
    PlotLinker* linker_;
    QList<DashboardPlot*> plots_;
    QList<ScorePlot*> scorePlots_;
    NormPlot* normPlot_ = nullptr;
    QSpinBox* bucket_;
    QSpinBox* window_;
    QCheckBox* log_;
};

} // namespace editscope
