// The dashboard plots on the GUI fixture run (a real 16-step ROME run, flags at steps 5 and 13): what
// each plot draws is compared with the run file read independently through RunStore (point counts,
// x = edits, values ×100 where scaled, the paper's smoothing), the selection cursor and flag markers,
// linked zoom, click/hover, figure export (PNG/PDF/SVG decoded and inspected), the visible-range CSV,
// live appends, palettes, and files that are empty or hold NaN/Inf.
// EDITSCOPE_SCREENSHOT_DIR=DIR saves the dashboard (light and dark) there. The 10,000-step timing is a
// benchmark, not a test: `editscope --bench-dashboard FILE` (README).
#include "core/run/series_smoothing.h"
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/norm_plot.h"
#include "widgets/plot_linker.h"
#include "widgets/run_document.h"
#include "widgets/score_plots.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <map>
#include <memory>

using namespace editscope;

namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

struct Expected {
    QString kind;
    std::string series;
    double scale;
};

QCPAbstractPlottable* shown(DashboardPlot* plot, const std::string& id)
{
    return plot->plottable(QString::fromStdString(id));
}

// One CSV row of DashboardPlot::visibleCsv (no quoted fields in these plots' ids and labels).
struct CsvRow {
    QString series;
    double edits;
    QString step;
    QString caseId;
    double value;
};

QList<CsvRow> parseCsv(const QString& csv)
{
    QList<CsvRow> rows;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        if (f.size() != 7 || !f[6].isEmpty())   // no notes set in these tests: the note column is empty
            return {};
        rows.append({f[0], f[2].toDouble(), f[3], f[4], f[5] == QLatin1String("nan") ? qQNaN() : f[5].toDouble()});
    }
    return rows;
}

QString svgText(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char('\n');
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestDashboardPlots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pointCountsEqualStoredSeries();
    void smoothedLinesArePaperSmoothing();
    void smoothingControlsRebuild();
    void normQuantitiesAndLogScale();
    void cursorFollowsSelection();
    void flagMarkersAtFlaggedSteps();
    void zoomOneMovesAll();
    void hoverAndClick();
    void exportPng();
    void exportPdfAndSvg();
    void exportDashboard();
    void visibleCsvIsThePlottedData();
    void liveAppendsAndKeptZoom();
    void emptyFilesAndNonFiniteValues();
    void paletteChangeRecolours();

private:
    QString db_;
    int64_t run_ = 0;
    int64_t batch_ = 1;
    std::unique_ptr<RunStore> store_;
    std::unique_ptr<RunDocument> doc_;
    std::unique_ptr<Dashboard> dashboard_;
};

void TestDashboardPlots::initTestCase()
{
    db_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
    QVERIFY2(!db_.isEmpty() && QFile::exists(db_), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
    store_ = std::make_unique<RunStore>(db_.toStdString(), true);
    const auto runs = store_->runs();
    QVERIFY(!runs.empty());
    run_ = runs.back().id;
    batch_ = runs.back().batchSize;
    QCOMPARE(store_->lastStep(run_), int64_t(16));
}

void TestDashboardPlots::init()
{
    doc_ = std::make_unique<RunDocument>();
    doc_->setPollInterval(0);
    QVERIFY2(doc_->open(db_), qPrintable(doc_->lastError()));
    dashboard_ = std::make_unique<Dashboard>(doc_.get());
    dashboard_->resize(1400, 1500);
    dashboard_->show();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard_.get()));
    for (DashboardPlot* p : dashboard_->plots())
        p->customPlot()->replot();   // lay the axes out now, so pixel positions are valid
}

void TestDashboardPlots::cleanup()
{
    dashboard_.reset();
    doc_.reset();
}

void TestDashboardPlots::pointCountsEqualStoredSeries()
{
    std::vector<Expected> expected = {{"efficacy", "es", 100}, {"paraphrase", "ps", 100}, {"neighborhood", "ns", 100},
                                      {"retention", "retention", 100}, {"retention", "retention.es_mean", 100},
                                      {"entropy", "generation_entropy", 1}};
    int tasks = 0, layers = 0;
    for (const auto& name : store_->availableSeries(run_)) {
        if (name.rfind("downstream.", 0) == 0) {
            expected.push_back({"downstream", name, 1});
            tasks += name.size() > 9 && name.substr(name.size() - 9) == ".accuracy";
        }
        if (name.rfind("norm.drift.", 0) == 0) {
            expected.push_back({"norms", name, 1});
            ++layers;
        }
    }
    QCOMPARE(tasks, 2);    // sentiment and entailment in the test world
    QVERIFY(layers >= 1);
    for (const auto& e : expected) {
        DashboardPlot* plot = dashboard_->plot(e.kind);
        QVERIFY(plot);
        const auto stored = store_->series(run_, e.series);
        QVERIFY2(!stored.empty(), e.series.c_str());
        auto* drawn = shown(plot, e.series);
        QVERIFY2(drawn, e.series.c_str());
        const auto* data = drawn->interface1D();
        QCOMPARE(data->dataCount(), int(stored.size()));
        for (int i = 0; i < data->dataCount(); ++i) {
            QCOMPARE(data->dataMainKey(i), double(stored[size_t(i)].step * batch_));
            QVERIFY2(same(data->dataMainValue(i), stored[size_t(i)].value * e.scale),
                     qPrintable(QStringLiteral("%1[%2]: %3 vs %4").arg(QString::fromStdString(e.series)).arg(i)
                                    .arg(data->dataMainValue(i)).arg(stored[size_t(i)].value * e.scale)));
        }
    }
    // The schedule of the fixture: per-edit scores every step, retention every 4 steps, downstream and
    // generations every 4 steps plus the baseline at step 0.
    QCOMPARE(shown(dashboard_->plot("efficacy"), "es")->interface1D()->dataCount(), 16);
    QCOMPARE(shown(dashboard_->plot("retention"), "retention")->interface1D()->dataCount(), 4);
    QCOMPARE(shown(dashboard_->plot("entropy"), "generation_entropy")->interface1D()->dataMainKey(0), 0.0);
    QCOMPARE(shown(dashboard_->plot("entropy"), "generation_entropy")->interface1D()->dataCount(), 5);
    // Every plot carries its title and both axis labels.
    for (DashboardPlot* p : dashboard_->plots()) {
        QVERIFY(!p->title().isEmpty());
        QCOMPARE(p->customPlot()->xAxis->label(), QStringLiteral("Number of edits"));
        QCOMPARE(p->customPlot()->yAxis->label(), p->yLabel());
    }
}

void TestDashboardPlots::smoothedLinesArePaperSmoothing()
{
    for (const char* metric : {"es", "em", "ps", "pm", "ns", "nm"}) {
        const QString kind = metric[0] == 'e' ? "efficacy" : metric[0] == 'p' ? "paraphrase" : "neighborhood";
        DashboardPlot* plot = dashboard_->plot(kind);
        const auto stored = store_->series(run_, metric);
        QCOMPARE(stored.size(), size_t(16));
        std::vector<double> values;
        for (const auto& p : stored)
            values.push_back(p.value);
        const SmoothedSeries expected = paperSmoothing(values, 5, 10);
        QCOMPARE(expected.x.size(), size_t(3));   // 16 edits: three whole buckets of 5, the last edit dropped
        const auto* bucket = shown(plot, std::string(metric) + ".bucket_mean")->interface1D();
        const auto* average = shown(plot, std::string(metric) + ".moving_average")->interface1D();
        QCOMPARE(bucket->dataCount(), 3);
        QCOMPARE(average->dataCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bucket->dataMainKey(i), 5.0 * i);
            QCOMPARE(average->dataMainKey(i), 5.0 * i);
            QVERIFY(same(bucket->dataMainValue(i), expected.bucket[size_t(i)] * 100));
            QVERIFY(same(average->dataMainValue(i), expected.average[size_t(i)] * 100));
        }
        // Hand check of the first bucket and of the window (≥ 3 buckets: the average is their running mean).
        double sum = 0;
        int n = 0;
        for (int j = 0; j < 5; ++j)
            if (std::isfinite(values[size_t(j)])) {
                sum += values[size_t(j)];
                ++n;
            }
        if (n > 0)
            QVERIFY(std::abs(bucket->dataMainValue(0) - 100 * sum / n) < 1e-9);
        const double b0 = bucket->dataMainValue(0), b1 = bucket->dataMainValue(1);
        if (std::isfinite(b0) && std::isfinite(b1))
            QVERIFY(std::abs(average->dataMainValue(1) - (b0 + b1) / 2) < 1e-9);
    }
}

void TestDashboardPlots::smoothingControlsRebuild()
{
    dashboard_->setSmoothing(3, 2);
    for (ScorePlot* p : dashboard_->scorePlots()) {
        QCOMPARE(p->bucket(), 3);
        QCOMPARE(p->window(), 2);
        const auto stored = store_->series(run_, p->successMetric());
        std::vector<double> values;
        for (const auto& s : stored)
            values.push_back(s.value);
        const auto expected = paperSmoothing(values, 3, 2);
        const auto* average = shown(p, p->successMetric() + ".moving_average")->interface1D();
        QCOMPARE(average->dataCount(), 5);   // 16 / 3
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(average->dataMainKey(i), 3.0 * i);
            QVERIFY(same(average->dataMainValue(i), expected.average[size_t(i)] * 100));
        }
    }
    const QString legend = dashboard_->plot("efficacy")->plottable("es.bucket_mean")->name();
    QVERIFY2(legend.contains(QLatin1String("(3)")), qPrintable(legend));
}

void TestDashboardPlots::normQuantitiesAndLogScale()
{
    NormPlot* norms = dashboard_->normPlot();
    for (auto q : {NormPlot::Quantity::Weight, NormPlot::Quantity::Update, NormPlot::Quantity::DriftPerNumel,
                   NormPlot::Quantity::Drift}) {
        norms->setQuantity(q);
        for (int64_t layer : doc_->editedLayers()) {
            const std::string id = NormPlot::seriesPrefix(q).toStdString() + "." + std::to_string(layer);
            const auto stored = store_->series(run_, id);
            QCOMPARE(int(stored.size()), 16);
            QCOMPARE(norms->seriesIds().size(), int(doc_->editedLayers().size()));   // only this quantity
            const auto* data = shown(norms, id)->interface1D();
            QCOMPARE(data->dataCount(), 16);
            for (int i = 0; i < 16; ++i)
                QVERIFY(same(data->dataMainValue(i), stored[size_t(i)].value));
        }
    }
    dashboard_->setNormLogScale(true);
    QVERIFY(norms->logScale());
    QCOMPARE(norms->customPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(norms->customPlot()->yAxis->range().lower > 0);
    dashboard_->setNormLogScale(false);
    QCOMPARE(norms->customPlot()->yAxis->scaleType(), QCPAxis::stLinear);
}

void TestDashboardPlots::cursorFollowsSelection()
{
    for (DashboardPlot* p : dashboard_->plots())
        QVERIFY(std::isnan(p->cursorPosition()));   // nothing selected yet
    doc_->selectStep(7);
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->cursorPosition(), 7.0 * batch_);
        // The item itself: a vertical straight line at x = 7 · batch.
        QCPItemStraightLine* line = nullptr;
        for (int i = 0; i < p->customPlot()->itemCount(); ++i)
            if (auto* l = qobject_cast<QCPItemStraightLine*>(p->customPlot()->item(i)); l && l->visible())
                line = l;
        QVERIFY(line);
        QCOMPARE(line->point1->coords().x(), 7.0 * batch_);
        QCOMPARE(line->point2->coords().x(), 7.0 * batch_);
    }
    doc_->selectStep(0);
    for (DashboardPlot* p : dashboard_->plots())
        QVERIFY(std::isnan(p->cursorPosition()));
}

void TestDashboardPlots::flagMarkersAtFlaggedSteps()
{
    QVector<double> expected;
    int64_t previous = -1;
    for (const auto& [step, flag] : store_->flags(run_))
        if (step != previous) {
            expected << double(step * batch_);
            previous = step;
        }
    QCOMPARE(expected, (QVector<double>{5.0 * batch_, 13.0 * batch_}));   // the fixture's flagged steps
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->flagPositions(), expected);
        bool inLegend = false;
        for (int i = 0; i < p->customPlot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(p->customPlot()->legend->item(i)))
                inLegend |= item->plottable()->name() == QLatin1String("flagged edit");
        QVERIFY2(inLegend, qPrintable(p->kind()));
    }
}

void TestDashboardPlots::zoomOneMovesAll()
{
    // A drag or zoom changes the axis range; the plot reports it and the linker moves the others.
    DashboardPlot* source = dashboard_->plot("retention");
    source->customPlot()->xAxis->setRange(3.5, 10.5);
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->xLower(), 3.5);
        QCOMPARE(p->xUpper(), 10.5);
        QVERIFY(!p->isAutoRange());
    }
    // y follows the data in view: the norms (growing drift) end below their whole-run maximum.
    DashboardPlot* norms = dashboard_->plot("norms");
    double inView = 0, overall = 0;
    for (const auto& p : store_->series(run_, "norm.drift." + std::to_string(doc_->editedLayers().front()))) {
        overall = std::max(overall, p.value);
        if (p.edits >= 3.5 && p.edits <= 10.5)
            inView = std::max(inView, p.value);
    }
    QVERIFY(norms->customPlot()->yAxis->range().upper >= inView);
    if (inView < overall * 0.95)
        QVERIFY(norms->customPlot()->yAxis->range().upper < overall);

    // A real wheel event over another plot zooms x only, and everything follows again.
    dashboard_->resetZoom();
    DashboardPlot* entropy = dashboard_->plot("entropy");
    QCustomPlot* cp = entropy->customPlot();
    const QPointF centre = cp->axisRect()->rect().center();
    QWheelEvent wheel(centre, cp->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(cp, &wheel);
    QVERIFY(cp->xAxis->range().size() < 16.0 * batch_);
    QVERIFY(!entropy->isAutoRange());
    // y is fitted to the data in view (5 % air), not wheel-zoomed.
    double lo = qInf(), hi = -qInf();
    const auto* entropyData = entropy->plottable("generation_entropy")->interface1D();
    for (int i = 0; i < entropyData->dataCount(); ++i)
        if (cp->xAxis->range().contains(entropyData->dataMainKey(i))) {
            lo = std::min(lo, entropyData->dataMainValue(i));
            hi = std::max(hi, entropyData->dataMainValue(i));
        }
    QVERIFY(hi > lo);
    QVERIFY(std::abs(cp->yAxis->range().lower - (lo - 0.05 * (hi - lo))) < 1e-12);
    QVERIFY(std::abs(cp->yAxis->range().upper - (hi + 0.05 * (hi - lo))) < 1e-12);
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->xLower(), entropy->xLower());
        QCOMPARE(p->xUpper(), entropy->xUpper());
    }
    dashboard_->resetZoom();
    for (DashboardPlot* p : dashboard_->plots()) {
        QVERIFY(p->isAutoRange());
        QVERIFY(p->xLower() < 0 && p->xUpper() > 16.0 * batch_);
    }
}

void TestDashboardPlots::hoverAndClick()
{
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    efficacy->customPlot()->replot();
    const auto* raw = efficacy->plottable("es")->interface1D();
    const int index = 8;   // step 9
    const QPointF pos = raw->dataPixelPosition(index);
    const auto stored = store_->series(run_, "es");
    const auto summary = store_->stepSummaries(run_, 8).front();
    QCOMPARE(summary.step, int64_t(9));
    const QString subject = QString::fromStdString(summary.requests[0]["subject"].get<std::string>());
    const QString tip = efficacy->toolTipAt(pos);
    QVERIFY2(tip.contains(QStringLiteral("Step 9")), qPrintable(tip));
    QVERIFY2(tip.contains(QString::number(stored[8].caseId)), qPrintable(tip));
    QVERIFY2(tip.contains(subject.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("ES per edit")), qPrintable(tip));
    QVERIFY2(tip.contains(QString::number(stored[8].value * 100, 'g', 6)), qPrintable(tip));
    QVERIFY(efficacy->toolTipAt(QPointF(2, 2)).isEmpty());   // outside the axis rect

    QTest::mouseClick(efficacy->customPlot(), Qt::LeftButton, Qt::NoModifier, pos.toPoint());
    QCOMPARE(doc_->selectedStep(), int64_t(9));
    // A retention point selects its retention step.
    DashboardPlot* retention = dashboard_->plot("retention");
    retention->customPlot()->replot();
    const QPointF r = retention->plottable("retention")->interface1D()->dataPixelPosition(1);
    QTest::mouseClick(retention->customPlot(), Qt::LeftButton, Qt::NoModifier, r.toPoint());
    QCOMPARE(doc_->selectedStep(), int64_t(8));
    QCOMPARE(efficacy->cursorPosition(), 8.0 * batch_);
}

void TestDashboardPlots::exportPng()
{
    QTemporaryDir dir;
    DashboardPlot* plot = dashboard_->plot("efficacy");
    QString error;
    for (int dpi : {96, 150, 300}) {
        const QString path = dir.filePath(QStringLiteral("efficacy-%1.png").arg(dpi));
        QVERIFY2(plot->exportFigure(path, "png", dpi, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), DashboardPlot::figureSize() * (dpi / 96.0));
        QVERIFY(std::abs(image.dotsPerMeterX() - dpi / 0.0254) < 2);
        QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
        QCOMPARE(image.pixel(1, 1), qRgb(255, 255, 255));   // the print palette: white, whatever the screen
    }
    QVERIFY(!plot->exportFigure(dir.filePath("x.bmp"), "bmp", 150, &error));
    QVERIFY(error.contains(QLatin1String("bmp")));
    QVERIFY(!plot->exportFigure(dir.filePath("missing/x.png"), "png", 150, &error));
    QVERIFY(!error.isEmpty());
}

void TestDashboardPlots::exportPdfAndSvg()
{
    QTemporaryDir dir;
    for (DashboardPlot* plot : dashboard_->plots()) {
        QString error;
        const QString pdf = dir.filePath(plot->kind() + ".pdf");
        QVERIFY2(plot->exportFigure(pdf, "pdf", 150, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 4000, qPrintable(QString::number(bytes.size())));

        const QString svg = dir.filePath(plot->kind() + ".svg");
        QVERIFY2(plot->exportFigure(svg, "SVG", 150, &error), qPrintable(error));
        QString xmlError;
        const QString text = svgText(svg, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        QStringList wanted = {plot->title(), plot->xLabel(), plot->yLabel(), QStringLiteral("flagged edit")};
        for (int i = 0; i < plot->customPlot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->customPlot()->legend->item(i)))
                wanted << item->plottable()->name();
        QVERIFY(wanted.size() >= 5);
        for (const QString& w : wanted)
            QVERIFY2(text.contains(w), qPrintable(plot->kind() + ": no \"" + w + "\" in the SVG"));
    }
}

void TestDashboardPlots::exportDashboard()
{
    QTemporaryDir dir;
    QString error;
    QStringList written;
    QVERIFY2(dashboard_->exportAll(dir.filePath("figures"), {"png", "svg"}, 120, &error, &written), qPrintable(error));
    QCOMPARE(written.size(), 2 * dashboard_->plots().size());
    for (const char* name : {"efficacy.png", "paraphrase.svg", "neighborhood.png", "retention.svg", "downstream.png",
                             "norms.svg", "entropy.png"})
        QVERIFY2(QFile::exists(dir.filePath(QStringLiteral("figures/") + name)), name);
    QCOMPARE(QImage(dir.filePath("figures/norms.png")).size(), DashboardPlot::figureSize() * 1.25);

    const QString pdf = dir.filePath("dashboard.pdf");
    QVERIFY2(dashboard_->exportPdf(pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const auto pages = QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")));
    QCOMPARE(pages, dashboard_->plots().size());
    QVERIFY(!dashboard_->exportPdf(dir.filePath("no/such/dir/x.pdf"), &error));
}

void TestDashboardPlots::visibleCsvIsThePlottedData()
{
    dashboard_->linker()->setXRange(3.5, 10.5);
    for (DashboardPlot* plot : dashboard_->plots()) {
        const QList<CsvRow> rows = parseCsv(plot->visibleCsv());
        int expectedRows = 0;
        for (const QString& id : plot->seriesIds()) {
            const auto* data = plot->plottable(id)->interface1D();
            QList<CsvRow> mine;
            for (const auto& r : rows)
                if (r.series == id)
                    mine << r;
            int k = 0;
            for (int i = 0; i < data->dataCount(); ++i) {
                const double x = data->dataMainKey(i);
                if (x < 3.5 || x > 10.5)
                    continue;
                QVERIFY2(k < mine.size(), qPrintable(plot->kind() + "/" + id));
                QCOMPARE(mine[k].edits, x);
                QVERIFY(same(mine[k].value, data->dataMainValue(i)));
                ++k;
            }
            QCOMPARE(k, int(mine.size()));
            expectedRows += k;
        }
        QCOMPARE(int(rows.size()), expectedRows);
    }
    // Against the file: the raw ES rows are steps 4..10, ×100, with their case ids.
    QList<CsvRow> es;
    for (const auto& r : parseCsv(dashboard_->plot("efficacy")->visibleCsv()))
        if (r.series == QLatin1String("es"))
            es << r;
    const auto stored = store_->series(run_, "es");
    QCOMPARE(es.size(), 7);
    for (int i = 0; i < 7; ++i) {
        const auto& s = stored[size_t(i + 3)];
        QCOMPARE(es[i].step, QString::number(s.step));
        QCOMPARE(es[i].caseId, QString::number(s.caseId));
        QVERIFY(same(es[i].value, s.value * 100));
    }
    // The whole dashboard: every plot's rows with the plot's kind in front.
    const QString all = dashboard_->visibleCsv();
    QVERIFY(all.startsWith(QStringLiteral("plot,series,label,edits,step,case_id,value,note\n")));
    int total = 0;
    for (DashboardPlot* p : dashboard_->plots())
        total += int(parseCsv(p->visibleCsv()).size());
    QCOMPARE(int(all.count(QLatin1Char('\n'))), total + 1);
    QVERIFY(all.contains(QStringLiteral("\nretention,retention,")));
}

void TestDashboardPlots::liveAppendsAndKeptZoom()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.db").toStdString();
    RunStore writer(path);
    const int64_t run = writer.createRun(test::makeSpec("live"));
    for (int64_t k = 1; k <= 3; ++k)
        writer.appendStep(run, test::makeStep(k));
    RunDocument doc;
    doc.setPollInterval(0);
    QVERIFY(doc.open(QString::fromStdString(path)));
    Dashboard dashboard(&doc);
    DashboardPlot* efficacy = dashboard.plot("efficacy");
    QCOMPARE(efficacy->plottable("es")->interface1D()->dataCount(), 3);
    for (int64_t k = 4; k <= 6; ++k)
        writer.appendStep(run, test::makeStep(k));
    doc.refresh();   // what the poll timer does
    QCOMPARE(efficacy->plottable("es")->interface1D()->dataCount(), 6);
    QCOMPARE(efficacy->plottable("es.bucket_mean")->interface1D()->dataCount(), 1);
    QVERIFY(efficacy->xUpper() > 6);   // the automatic range follows new steps
    dashboard.linker()->setXRange(1.5, 3.5);
    writer.appendStep(run, test::makeStep(7));
    doc.refresh();
    QCOMPARE(efficacy->plottable("es")->interface1D()->dataCount(), 7);
    for (DashboardPlot* p : dashboard.plots()) {   // a zoomed view stays where the user put it
        QCOMPARE(p->xLower(), 1.5);
        QCOMPARE(p->xUpper(), 3.5);
    }
    QVERIFY(doc.setRun(run));   // a (re)loaded run starts with all of it in view
    for (DashboardPlot* p : dashboard.plots()) {
        QVERIFY(p->isAutoRange());
        QVERIFY(p->xLower() < 0 && p->xUpper() > 7);
    }
}

void TestDashboardPlots::emptyFilesAndNonFiniteValues()
{
    QTemporaryDir dir;
    {   // a run file without runs, and one with a run but no steps
        RunStore noRuns(dir.filePath("none.db").toStdString());
        RunStore noSteps(dir.filePath("empty.db").toStdString());
        noSteps.createRun(test::makeSpec("empty"));
    }
    for (const char* name : {"none.db", "empty.db"}) {
        RunDocument doc;
        doc.setPollInterval(0);
        QVERIFY(doc.open(dir.filePath(name)));
        Dashboard dashboard(&doc);
        dashboard.resize(1000, 900);
        QVERIFY(!dashboard.grab().isNull());
        doc.selectStep(3);
        for (DashboardPlot* p : dashboard.plots()) {
            for (const QString& id : p->seriesIds())
                QCOMPARE(p->plottable(id)->interface1D()->dataCount(), 0);
            QCOMPARE(p->visibleCsv(), DashboardPlot::csvHeader() + "\n");
            QVERIFY(std::isnan(p->cursorPosition()));
            QString error;
            QVERIFY2(p->exportFigure(dir.filePath(QStringLiteral("%1-%2.png").arg(name, p->kind())), "png", 96, &error),
                     qPrintable(error));
        }
        dashboard.setNormLogScale(true);
        doc.close();   // the plots empty themselves
    }

    // NaN (records without neighborhood prompts), a non-finite update, and an infinite norm.
    const std::string path = dir.filePath("nan.db").toStdString();
    {
        RunStore writer(path);
        const int64_t run = writer.createRun(test::makeSpec("nan"));
        for (int64_t k = 1; k <= 6; ++k) {
            StepRecord s = test::makeStep(k);
            if (k == 3)
                s.norms[0].weightNorm = std::numeric_limits<double>::infinity();
            writer.appendStep(run, s);
        }
    }
    RunDocument doc;
    doc.setPollInterval(0);
    QVERIFY(doc.open(QString::fromStdString(path)));
    Dashboard dashboard(&doc);
    dashboard.resize(1000, 900);
    DashboardPlot* ns = dashboard.plot("neighborhood");
    const auto* raw = ns->plottable("ns")->interface1D();
    QCOMPARE(raw->dataCount(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY(std::isnan(raw->dataMainValue(i)));
    QVERIFY(std::isnan(ns->plottable("ns.bucket_mean")->interface1D()->dataMainValue(0)));
    QVERIFY(std::isfinite(ns->customPlot()->yAxis->range().lower) && std::isfinite(ns->customPlot()->yAxis->range().upper));
    QCOMPARE(dashboard.plot("efficacy")->flagPositions(), (QVector<double>{4, 5}));   // a flag, a non-finite update
    auto* norms = dashboard.normPlot();
    norms->setQuantity(NormPlot::Quantity::Weight);
    const auto* weight = norms->plottable("norm.weight.18")->interface1D();
    QVERIFY(std::isnan(weight->dataMainValue(2)));   // +Inf is drawn as a gap
    QCOMPARE(weight->dataMainValue(3), 14.0);        // 10 + k
    dashboard.setNormLogScale(true);
    QVERIFY(std::isfinite(norms->customPlot()->yAxis->range().upper));
    QVERIFY(parseCsv(ns->visibleCsv()).size() >= 6);
    QVERIFY(ns->visibleCsv().contains(QLatin1String(",nan,\n")));
    QVERIFY(!dashboard.grab().isNull());
    QString error;
    QVERIFY2(dashboard.exportPdf(dir.filePath("nan.pdf"), &error), qPrintable(error));
}

void TestDashboardPlots::paletteChangeRecolours()
{
    const QString shots = qEnvironmentVariable("EDITSCOPE_SCREENSHOT_DIR");
    doc_->selectStep(9);
    auto replotAll = [this] {
        for (DashboardPlot* p : dashboard_->plots())
            p->customPlot()->replot();   // the queued replots, now
    };
    replotAll();
    if (!shots.isEmpty())
        dashboard_->grab().save(shots + "/dashboard-light.png");
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dashboard_->setPalette(dark);
    replotAll();
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->customPlot()->xAxis->tickLabelColor(), QColor(0xe6, 0xe6, 0xe6));
        QCOMPARE(p->customPlot()->axisRect()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(p->customPlot()->legend->textColor(), QColor(0xe6, 0xe6, 0xe6));
    }
    const QImage image = dashboard_->plot("efficacy")->grab().toImage();
    QCOMPARE(QColor(image.pixel(image.width() / 2, image.height() / 2)).lightness() < 128
                 || QColor(image.pixel(5, image.height() - 5)).lightness() < 128, true);
    if (!shots.isEmpty())
        dashboard_->grab().save(shots + "/dashboard-dark.png");
    // An export from the dark screen is still a white print figure.
    QTemporaryDir dir;
    QVERIFY(dashboard_->plot("norms")->exportFigure(dir.filePath("n.png"), "png", 96));
    QCOMPARE(QImage(dir.filePath("n.png")).pixel(1, 1), qRgb(255, 255, 255));
    QCOMPARE(dashboard_->plot("norms")->customPlot()->xAxis->tickLabelColor(), QColor(0xe6, 0xe6, 0xe6));
    if (!shots.isEmpty())
        for (DashboardPlot* p : dashboard_->plots())
            p->exportFigure(shots + "/" + p->kind() + ".png", "png", 110);
}

EDITSCOPE_GUI_TEST_MAIN(TestDashboardPlots)
#include "test_dashboard_plots.moc"
