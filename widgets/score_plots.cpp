#include "widgets/score_plots.h"

#include "core/run/series_smoothing.h"
#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <algorithm>

namespace editscope {

ScorePlot::ScorePlot(RunDocument* doc, std::string success, std::string magnitude, QString successShort,
                     QString magnitudeShort, QWidget* parent)
    : DashboardPlot(doc, parent)
    , success_(std::move(success))
    , magnitude_(std::move(magnitude))
    , successShort_(std::move(successShort))
    , magnitudeShort_(std::move(magnitudeShort))
{
    setYFloor(0, 100);
}

void ScorePlot::setSmoothing(int bucket, int window)
{
    bucket = std::max(bucket, 1);
    window = std::max(window, 1);
    if (bucket == bucket_ && window == window_)
        return;
    bucket_ = bucket;
    window_ = window;
    rebuild();
}

void ScorePlot::drawRun(const PlotRun& run)
{
    Style dots;
    dots.shape = Shape::Dots;
    dots.colour = 0;
    dots.alpha = run.overlay() ? 60 : 80;
    auto* raw = addGraph(run, QString::fromStdString(success_), tr("%1 per edit").arg(successShort_), dots);
    setPoints(raw, run.doc->series(success_), 100.0);
    addSmoothed(run, success_, successShort_, 0, false);
    addSmoothed(run, magnitude_, magnitudeShort_, 1, true);
}

void ScorePlot::addSmoothed(const PlotRun& run, const std::string& metric, const QString& shortName, int colour,
                            bool magnitude)
{
    const int bucket = run.bucket > 0 ? run.bucket : bucket_;
    const int window = run.window > 0 ? run.window : window_;
    const auto& points = run.doc->series(metric);
    std::vector<double> values(points.size());
    std::transform(points.begin(), points.end(), values.begin(), [](const SeriesPoint& p) { return p.value; });
    const SmoothedSeries smoothed = paperSmoothing(values, bucket, window);
    QVector<double> keys(smoothed.x.begin(), smoothed.x.end());
    QVector<double> bucketMeans(keys.size()), average(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        bucketMeans[i] = smoothed.bucket[static_cast<size_t>(i)] * 100.0;
        average[i] = smoothed.average[static_cast<size_t>(i)] * 100.0;
    }
    const QString id = QString::fromStdString(metric);
    Style dashed;
    dashed.colour = colour;
    dashed.pen = Qt::DashLine;
    dashed.width = 1.3;
    dashed.alpha = 200;
    Style solid;
    solid.colour = colour;
    solid.width = 2.4;
    if (run.overlay()) {   // one colour per run: bucket means fainter, the magnitude's lines dotted
        dashed.alpha = 120;
        dashed.width = 1.1;
        if (magnitude) {
            dashed.pen = Qt::DashDotLine;
            dashed.alpha = 100;
            solid.pen = Qt::DotLine;
            solid.width = 2.0;
            solid.alpha = 190;
        }
    }
    auto* bucketGraph = addGraph(run, id + QStringLiteral(".bucket_mean"), tr("%1 bucket mean (%2)").arg(shortName).arg(bucket), dashed);
    setValues(bucketGraph, keys, bucketMeans, bucket);
    auto* averageGraph = addGraph(run, id + QStringLiteral(".moving_average"),
                                  tr("%1 moving avg. (%2)").arg(shortName).arg(window), solid);
    setValues(averageGraph, keys, average, bucket);
}

EfficacyPlot::EfficacyPlot(RunDocument* doc, QWidget* parent)
    : ScorePlot(doc, "es", "em", QStringLiteral("ES"), QStringLiteral("EM"), parent)
{
    rebuild();
}

ParaphrasePlot::ParaphrasePlot(RunDocument* doc, QWidget* parent)
    : ScorePlot(doc, "ps", "pm", QStringLiteral("PS"), QStringLiteral("PM"), parent)
{
    rebuild();
}

NeighborhoodPlot::NeighborhoodPlot(RunDocument* doc, QWidget* parent)
    : ScorePlot(doc, "ns", "nm", QStringLiteral("NS"), QStringLiteral("NM"), parent)
{
    rebuild();
}

} // namespace editscope
