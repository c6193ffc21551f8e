// The per-edit CounterFact score plots of the dashboard: efficacy (ES, EM), paraphrase (PS, PM) and
// neighborhood (NS, NM) of the edit just made, ×100 as the papers print them. ScorePlot draws, in the
// paper's style (arXiv 2401.07453, gcf current_edit_scores.py):
//   - the success metric's raw per-edit values as faint dots   (series id "es")
//   - its bucket means, dashed                                   ("es.bucket_mean")
//   - the trailing moving average of the bucket means, solid     ("es.moving_average")
//   - the same two lines for the magnitude metric                ("em.bucket_mean", "em.moving_average")
// Buckets come from paperSmoothing (core/run/series_smoothing.h) on the stored values, then ×100; a
// bucket is drawn at x = its first edit's 0-based index (the paper's convention). Each run is smoothed
// with its own bucket/window when the RunSet gives it one, else with the plot's (setSmoothing). In
// overlay mode all five lines take the run's colour: the magnitude metric's lines are lighter and
// dotted (moving average) / dash-dotted (bucket means).
// Ownership and thread-safety as DashboardPlot (GUI thread).
#pragma once

#include "widgets/dashboard_plot.h"

#include <string>

namespace editscope {

class ScorePlot : public DashboardPlot {
    Q_OBJECT
public:
    static constexpr int kDefaultBucket = 5;
    static constexpr int kDefaultWindow = 10;

    // success / magnitude: RunStore series names ("es", "em"); abbreviations as printed ("ES", "EM").
    ScorePlot(RunDocument* doc, std::string success, std::string magnitude, QString successShort,
              QString magnitudeShort, QWidget* parent = nullptr);

    QString yLabel() const override { return tr("Score (×100)"); }

    // Bucket size in edits and moving window in buckets (both ≥ 1); rebuilds.
    void setSmoothing(int bucket, int window);
    int bucket() const { return bucket_; }
    int window() const { return window_; }
    const std::string& successMetric() const { return success_; }
    const std::string& magnitudeMetric() const { return magnitude_; }

protected:
    void drawRun(const PlotRun& run) override;

private:
    void addSmoothed(const PlotRun& run, const std::string& metric, const QString& shortName, int colour, bool magnitude);

    std::string success_, magnitude_;
    QString successShort_, magnitudeShort_;
    int bucket_ = kDefaultBucket;
    int window_ = kDefaultWindow;
};

class EfficacyPlot : public ScorePlot {
    Q_OBJECT
public:
    explicit EfficacyPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Efficacy of the edit just made"); }
    QString kind() const override { return QStringLiteral("efficacy"); }
};

class ParaphrasePlot : public ScorePlot {
    Q_OBJECT
public:
    explicit ParaphrasePlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Paraphrase (generalisation)"); }
    QString kind() const override { return QStringLiteral("paraphrase"); }
};

class NeighborhoodPlot : public ScorePlot {
    Q_OBJECT
public:
    explicit NeighborhoodPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Neighborhood (specificity)"); }
    QString kind() const override { return QStringLiteral("neighborhood"); }
};

} // namespace editscope
