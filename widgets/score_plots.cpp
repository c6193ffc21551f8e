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

void ScorePlot::rebuild()
{
    clearSeries();
    Style dots;
    dots.shape = Shape::Dots;
    dots.colour = 0;
    dots.alpha = 80;
    auto* raw = addGraph(QString::fromStdString(success_), tr("%1 per edit").arg(successShort_), dots);
    setPoints(raw, document()->series(success_), 100.0);
    addSmoothed(success_, successShort_, 0);
    addSmoothed(magnitude_, magnitudeShort_, 1);
    finishRebuild();
}

void ScorePlot::addSmoothed(const std::string& metric, const QString& shortName, int colour)
{
    const auto& points = document()->series(metric);
    std::vector<double> values(points.size());
    std::transform(points.begin(), points.end(), values.begin(), [](const SeriesPoint& p) { return p.value; });
    const SmoothedSeries smoothed = paperSmoothing(values, bucket_, window_);
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
    auto* bucketGraph = addGraph(id + QStringLiteral(".bucket_mean"), tr("%1 bucket mean (%2)").arg(shortName).arg(bucket_), dashed);
    setValues(bucketGraph, keys, bucketMeans, bucket_);
    auto* averageGraph = addGraph(id + QStringLiteral(".moving_average"),
                                  tr("%1 moving avg. (%2)").arg(shortName).arg(window_), solid);
    setValues(averageGraph, keys, average, bucket_);
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
