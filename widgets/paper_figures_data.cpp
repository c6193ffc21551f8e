// Paper presets, the data side: reads the runs (read-only RunStores) and builds the figure model of
// widgets/paper_figures.h. See there for what each figure shows.
#include "widgets/paper_figures.h"

#include "core/run/series_smoothing.h"
#include "storage/run_store.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <regex>
#include <set>

namespace editscope {
namespace {

// The dashboard's qualitative colours (Tableau-10 without its red), for runs given without a colour.
constexpr std::array<QRgb, 9> kColours = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b,
                                          0xe377c2, 0x17becf, 0x7f7f7f, 0xbcbd22};
// Sparse series (downstream, retention) get markers up to this many points.
constexpr int kMarkerLimit = 40;

// One run as read from its file.
struct LoadedRun {
    QString label;
    QColor colour;
    qint64 offset = 0;
    QString tag;                                   // "run1"
    std::set<std::string> series;                  // availableSeries
    std::map<std::string, std::vector<SeriesPoint>> points;
};

const std::vector<SeriesPoint>& pointsOf(const LoadedRun& run, const std::string& name)
{
    static const std::vector<SeriesPoint> none;
    const auto it = run.points.find(name);
    return it == run.points.end() ? none : it->second;
}

PaperPanel panel(const QString& yLabel, const QString& yLabelTex)
{
    PaperPanel p;
    p.xLabel = PaperFigures::tr("Number of edits");
    p.xLabelTex = QStringLiteral("Number of edits");
    p.yLabel = yLabel;
    p.yLabelTex = yLabelTex;
    return p;
}

// A stored series drawn point by point (×scale), x = edits + offset.
PaperCurve pointCurve(const LoadedRun& run, const std::string& name, double scale, const QString& label)
{
    PaperCurve c;
    c.id = run.tag + QLatin1Char('.') + QString::fromStdString(name);
    c.label = label;
    c.colour = run.colour;
    c.width = 1.8;
    for (const auto& p : pointsOf(run, name)) {
        c.x.push_back(static_cast<double>(p.edits + run.offset));
        c.y.push_back(p.value * scale);
    }
    c.markers = c.x.size() <= kMarkerLimit;
    return c;
}

PaperFigure scoreFigure(const std::vector<LoadedRun>& runs, const QString& kind, const std::string& metric,
                        const QString& yLabel, const QString& yLabelTex, const QString& what, int bucket, int window)
{
    PaperFigure f;
    f.kind = kind;
    f.title = paperFigureTitle(kind);
    f.captionTex = what + QStringLiteral(" of the edit just made ($\\times 100$). Thin: means over buckets of %1 edits; "
                                         "thick: their moving average over %2 buckets (arXiv 2401.07453).")
                              .arg(bucket)
                              .arg(window);
    PaperPanel p = panel(yLabel, yLabelTex);
    p.yRange = std::make_pair(0.0, 100.0);
    for (const auto& run : runs) {
        const auto& points = pointsOf(run, metric);
        if (points.empty())
            continue;
        std::vector<double> values(points.size());
        std::transform(points.begin(), points.end(), values.begin(), [](const SeriesPoint& q) { return q.value; });
        const SmoothedSeries s = paperSmoothing(values, bucket, window);
        PaperCurve buckets, average;
        buckets.id = run.tag + QLatin1Char('.') + QString::fromStdString(metric) + QStringLiteral(".bucket_mean");
        average.id = run.tag + QLatin1Char('.') + QString::fromStdString(metric) + QStringLiteral(".moving_average");
        buckets.colour = average.colour = run.colour;
        buckets.faint = true;
        buckets.width = 1.0;
        average.width = 2.2;
        average.label = run.label;
        for (size_t i = 0; i < s.x.size(); ++i) {
            const double x = s.x[i] + static_cast<double>(run.offset);
            buckets.x.push_back(x);
            average.x.push_back(x);
            buckets.y.push_back(s.bucket[i] * 100.0);
            average.y.push_back(s.average[i] * 100.0);
        }
        p.curves << buckets << average;
    }
    f.panels << p;
    return f;
}

PaperFigure downstreamFigure(const std::vector<LoadedRun>& runs, const QString& kind, const std::string& measure,
                             const QString& yLabel, const QString& yLabelTex, const QString& what)
{
    PaperFigure f;
    f.kind = kind;
    f.title = paperFigureTitle(kind);
    f.captionTex = what + QStringLiteral(" per downstream task; edits 0 is the unedited model.");
    static const std::regex pattern(R"(^downstream\.(.+)\.(accuracy|f1|mcc|invalid)$)");
    std::set<std::string> tasks;
    for (const auto& run : runs)
        for (const auto& name : run.series) {
            std::smatch m;
            if (std::regex_match(name, m, pattern) && m[2].str() == measure)
                tasks.insert(m[1].str());
        }
    for (const auto& task : tasks) {
        PaperPanel p = panel(yLabel, yLabelTex);
        p.title = QString::fromStdString(task);
        p.yRange = std::make_pair(0.0, 100.0);
        const std::string name = "downstream." + task + "." + measure;
        for (const auto& run : runs)
            if (run.series.count(name))
                p.curves << pointCurve(run, name, 100.0, run.label);
        f.panels << p;
    }
    f.columns = f.panels.size() > 1 ? 2 : 1;
    return f;
}

PaperFigure normFigure(const std::vector<LoadedRun>& runs)
{
    PaperFigure f;
    f.kind = QStringLiteral("norm_growth");
    f.title = paperFigureTitle(f.kind);
    f.captionTex = QStringLiteral("Growth of the edited layers: $\\|W - W_0\\|_F$ of each edited MLP projection "
                                  "after every edit, $W_0$ the unedited weight.");
    PaperPanel p = panel(PaperFigures::tr("‖W − W₀‖ (Frobenius)"), QStringLiteral("$\\|W - W_0\\|_F$"));
    static const std::regex pattern(R"(^norm\.drift\.(\d+)$)");
    static const std::array<PaperCurve::Line, 4> lines = {PaperCurve::Line::Solid, PaperCurve::Line::Dashed,
                                                          PaperCurve::Line::Dotted, PaperCurve::Line::DashDotted};
    double lo = HUGE_VAL, hi = 0;
    bool nonPositive = false;
    for (const auto& run : runs) {
        std::vector<int> layers;
        for (const auto& name : run.series) {
            std::smatch m;
            if (std::regex_match(name, m, pattern))
                layers.push_back(std::stoi(m[1].str()));
        }
        std::sort(layers.begin(), layers.end());
        for (size_t i = 0; i < layers.size(); ++i) {
            const std::string name = "norm.drift." + std::to_string(layers[i]);
            PaperCurve c = pointCurve(run, name, 1.0, PaperFigures::tr("%1, layer %2").arg(run.label, QString::number(layers[i])));
            c.line = lines[i % lines.size()];
            c.markers = false;
            for (double v : c.y)
                if (std::isfinite(v)) {
                    nonPositive = nonPositive || v <= 0;
                    if (v > 0) {
                        lo = std::min(lo, v);
                        hi = std::max(hi, v);
                    }
                }
            p.curves << c;
        }
    }
    p.logY = !nonPositive && hi > 0 && hi / lo > 100.0;
    f.panels << p;
    return f;
}

PaperFigure retentionFigure(const std::vector<LoadedRun>& runs)
{
    PaperFigure f;
    f.kind = QStringLiteral("retention");
    f.title = paperFigureTitle(f.kind);
    f.captionTex = QStringLiteral("Retention: at each retention evaluation, the share of the facts edited before "
                                  "it that are still recalled (ES $= 1$), in percent.");
    PaperPanel p = panel(PaperFigures::tr("Earlier edits retained (%)"), QStringLiteral("Earlier edits retained (\\%)"));
    p.yRange = std::make_pair(0.0, 100.0);
    for (const auto& run : runs)
        if (run.series.count("retention"))
            p.curves << pointCurve(run, "retention", 100.0, run.label);
    f.panels << p;
    return f;
}

} // namespace

bool PaperFigure::hasData() const
{
    for (const auto& p : panels)
        for (const auto& c : p.curves)
            for (double v : c.y)
                if (std::isfinite(v))
                    return true;
    return false;
}

QStringList paperFigureKinds()
{
    return {QStringLiteral("efficacy"),           QStringLiteral("paraphrase"),    QStringLiteral("neighborhood"),
            QStringLiteral("downstream_accuracy"), QStringLiteral("downstream_f1"), QStringLiteral("norm_growth"),
            QStringLiteral("retention")};
}

QString paperFigureTitle(const QString& kind)
{
    if (kind == QLatin1String("efficacy"))
        return PaperFigures::tr("Efficacy of the edit just made");
    if (kind == QLatin1String("paraphrase"))
        return PaperFigures::tr("Paraphrase (generalisation)");
    if (kind == QLatin1String("neighborhood"))
        return PaperFigures::tr("Neighborhood (specificity)");
    if (kind == QLatin1String("downstream_accuracy"))
        return PaperFigures::tr("Downstream accuracy per task");
    if (kind == QLatin1String("downstream_f1"))
        return PaperFigures::tr("Downstream F1 per task");
    if (kind == QLatin1String("norm_growth"))
        return PaperFigures::tr("Norm growth of the edited layers");
    if (kind == QLatin1String("retention"))
        return PaperFigures::tr("Retention of earlier edits");
    return kind;
}

bool buildPaperFigures(const QList<PaperRun>& runs, int bucket, int window, QList<PaperFigure>* figures,
                       QString* error, QStringList* runLabels)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (runs.isEmpty())
        return fail(PaperFigures::tr("no runs to draw"));
    bucket = std::max(bucket, 1);
    window = std::max(window, 1);
    std::vector<LoadedRun> loaded;
    for (int i = 0; i < runs.size(); ++i) {
        const PaperRun& r = runs[i];
        LoadedRun run;
        run.tag = QStringLiteral("run%1").arg(i + 1);
        run.offset = r.editsOffset;
        run.colour = r.colour.isValid() ? r.colour : QColor::fromRgb(kColours[static_cast<size_t>(i) % kColours.size()]);
        try {
            RunStore store(r.dbPath.toStdString(), true);
            const RunSummary summary = store.run(r.run);
            run.label = r.label.isEmpty() ? QString::fromStdString(summary.name) : r.label;
            for (const auto& name : store.availableSeries(r.run))
                run.series.insert(name);
            for (const auto& name : run.series) {
                static const std::regex wanted(R"(^(es|ps|ns|retention|norm\.drift\.\d+|downstream\..+\.(accuracy|f1))$)");
                if (std::regex_match(name, wanted))
                    run.points[name] = store.series(r.run, name);
            }
        } catch (const std::exception& e) {
            return fail(PaperFigures::tr("%1, run %2: %3").arg(r.dbPath, QString::number(r.run), QString::fromStdString(e.what())));
        }
        loaded.push_back(std::move(run));
    }
    QList<PaperFigure> out;
    out << scoreFigure(loaded, QStringLiteral("efficacy"), "es", PaperFigures::tr("Efficacy score (×100)"),
                       QStringLiteral("Efficacy score ($\\times 100$)"), QStringLiteral("Efficacy score (ES)"), bucket, window)
        << scoreFigure(loaded, QStringLiteral("paraphrase"), "ps", PaperFigures::tr("Paraphrase score (×100)"),
                       QStringLiteral("Paraphrase score ($\\times 100$)"), QStringLiteral("Paraphrase score (PS)"), bucket,
                       window)
        << scoreFigure(loaded, QStringLiteral("neighborhood"), "ns", PaperFigures::tr("Neighborhood score (×100)"),
                       QStringLiteral("Neighborhood score ($\\times 100$)"), QStringLiteral("Neighborhood score (NS)"),
                       bucket, window)
        << downstreamFigure(loaded, QStringLiteral("downstream_accuracy"), "accuracy", PaperFigures::tr("Accuracy (%)"),
                            QStringLiteral("Accuracy (\\%)"), QStringLiteral("Accuracy"))
        << downstreamFigure(loaded, QStringLiteral("downstream_f1"), "f1", PaperFigures::tr("F1 (×100)"),
                            QStringLiteral("F1 ($\\times 100$)"), QStringLiteral("Weighted F1 ($\\times 100$)"))
        << normFigure(loaded) << retentionFigure(loaded);
    *figures = out;
    if (runLabels) {
        runLabels->clear();
        for (const auto& run : loaded)
            *runLabels << run.label;
    }
    return true;
}

} // namespace editscope
