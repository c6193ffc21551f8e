// The dashboard's layout and view-state API (for undo/redo and named layouts) and annotations, on the
// gui_run fixture: which plots are shown and where in the grid, columns, the JSON layout state and its
// round trip into another dashboard, the signals (once per change, never for no change), exports and
// CSV limited to the plots shown, and notes: markers at the noted steps on every plot, the note in the
// hover tooltip and in the CSV's note column (only on that step's own rows).
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/norm_plot.h"
#include "widgets/run_document.h"
#include "widgets/score_plots.h"

#include <qcustomplot.h>

#include <QFile>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace editscope;

namespace {

// The grid cell of a plot: (row, column), (−1, −1) when it is not in the grid.
QPair<int, int> cell(DashboardPlot* plot)
{
    auto* grid = qobject_cast<QGridLayout*>(plot->parentWidget()->layout());
    if (!grid)
        return {-1, -1};
    const int index = grid->indexOf(plot);
    if (index < 0)
        return {-1, -1};
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
    return {row, column};
}

// Splits one CSV line, honouring quoted fields.
QStringList fields(const QString& line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

} // namespace

class TestDashboardLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void visiblePlotsAndColumns();
    void layoutStateRoundTrip();
    void signalsOncePerChange();
    void exportsFollowTheShownPlots();
    void annotationsOnEveryPlotAndInTheCsv();

private:
    std::unique_ptr<RunDocument> doc_;
    std::unique_ptr<Dashboard> dashboard_;
};

void TestDashboardLayout::init()
{
    doc_ = std::make_unique<RunDocument>();
    doc_->setPollInterval(0);
    QVERIFY2(doc_->open(qEnvironmentVariable("EDITSCOPE_GUI_DB")), qPrintable(doc_->lastError()));
    dashboard_ = std::make_unique<Dashboard>(doc_.get());
    dashboard_->resize(1400, 1500);
    dashboard_->show();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard_.get()));
}

void TestDashboardLayout::cleanup()
{
    dashboard_.reset();
    doc_.reset();
}

void TestDashboardLayout::visiblePlotsAndColumns()
{
    QCOMPARE(dashboard_->visiblePlots(), Dashboard::kinds());
    QCOMPARE(dashboard_->columns(), 2);
    QCOMPARE(cell(dashboard_->plot("efficacy")), qMakePair(0, 0));
    QCOMPARE(cell(dashboard_->plot("entropy")), qMakePair(3, 0));   // the 7th of 2 columns

    QSignalSpy layout(dashboard_.get(), &Dashboard::layoutChanged);
    dashboard_->setVisiblePlots({"norms", "efficacy", "nonsense", "norms", "entropy"});
    QCOMPARE(layout.count(), 1);
    QCOMPARE(dashboard_->visiblePlots(), (QStringList{"norms", "efficacy", "entropy"}));
    QCOMPARE(cell(dashboard_->plot("norms")), qMakePair(0, 0));
    QCOMPARE(cell(dashboard_->plot("efficacy")), qMakePair(0, 1));
    QCOMPARE(cell(dashboard_->plot("entropy")), qMakePair(1, 0));
    for (const char* hidden : {"paraphrase", "neighborhood", "retention", "downstream"}) {
        QVERIFY2(dashboard_->plot(hidden)->isHidden(), hidden);
        QCOMPARE(cell(dashboard_->plot(hidden)), qMakePair(-1, -1));
    }
    QVERIFY(dashboard_->plot("norms")->isVisible());

    dashboard_->setColumns(1);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(cell(dashboard_->plot("efficacy")), qMakePair(1, 0));
    QCOMPARE(cell(dashboard_->plot("entropy")), qMakePair(2, 0));
    dashboard_->setColumns(3);
    QCOMPARE(cell(dashboard_->plot("entropy")), qMakePair(0, 2));
    dashboard_->setColumns(9);   // clamped to 4
    QCOMPARE(dashboard_->columns(), 4);
    dashboard_->setVisiblePlots({"norms", "efficacy", "entropy"});   // no change: no signal
    QCOMPARE(layout.count(), 4);
    // The hidden plots keep following the document: shown again, they show the run.
    dashboard_->setVisiblePlots(Dashboard::kinds());
    QCOMPARE(dashboard_->plot("retention")->plottable("retention")->interface1D()->dataCount(), 4);
}

void TestDashboardLayout::layoutStateRoundTrip()
{
    dashboard_->setVisiblePlots({"retention", "norms", "efficacy"});
    dashboard_->setColumns(3);
    dashboard_->setSmoothing(3, 4);
    dashboard_->setNormLogScale(true);
    dashboard_->normPlot()->setQuantity(NormPlot::Quantity::Weight);
    const QJsonObject state = dashboard_->layoutState();
    const QJsonObject expected = QJsonDocument::fromJson(R"({"plots": ["retention", "norms", "efficacy"], "columns": 3,
        "smoothing": {"bucket": 3, "window": 4}, "normLogScale": true, "normQuantity": "weight"})").object();
    QCOMPARE(state, expected);

    // Another dashboard takes it over completely, with a signal per change.
    RunDocument doc;
    doc.setPollInterval(0);
    QVERIFY(doc.open(qEnvironmentVariable("EDITSCOPE_GUI_DB")));
    Dashboard other(&doc);
    QSignalSpy layout(&other, &Dashboard::layoutChanged);
    QSignalSpy smoothing(&other, &Dashboard::smoothingChanged);
    QSignalSpy log(&other, &Dashboard::normLogScaleChanged);
    QList<QJsonObject> seen;   // what each signal's first listener finds: the whole new state already
    connect(&other, &Dashboard::layoutChanged, this, [&] { seen << other.layoutState(); });
    connect(&other, &Dashboard::smoothingChanged, this, [&] { seen << other.layoutState(); });
    connect(&other, &Dashboard::normLogScaleChanged, this, [&] { seen << other.layoutState(); });
    QVERIFY(other.restoreLayoutState(state));
    QCOMPARE(other.layoutState(), state);
    QCOMPARE(seen.size(), 3);
    for (const QJsonObject& s : seen)
        QCOMPARE(s, state);
    QCOMPARE(other.visiblePlots(), (QStringList{"retention", "norms", "efficacy"}));
    QCOMPARE(other.columns(), 3);
    QCOMPARE(layout.count(), 1);   // plots, columns and quantity: one layoutChanged
    QCOMPARE(smoothing.count(), 1);
    QCOMPARE(smoothing.first(), (QList<QVariant>{3, 4}));
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.first().first().toBool(), true);
    for (ScorePlot* p : other.scorePlots()) {
        QCOMPARE(p->bucket(), 3);
        QCOMPARE(p->window(), 4);
    }
    QVERIFY(other.normPlot()->logScale());
    QCOMPARE(other.normPlot()->quantity(), NormPlot::Quantity::Weight);
    QCOMPARE(other.normPlot()->customPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    // Restoring the same state again changes nothing and says nothing.
    QVERIFY(other.restoreLayoutState(state));
    QCOMPARE(layout.count() + smoothing.count() + log.count(), 3);
    // The norm plot's quantity is part of the layout: its combo box reports through layoutChanged.
    other.normPlot()->setQuantity(NormPlot::Quantity::Update);
    QCOMPARE(layout.count(), 2);
    // Partial and invalid states: what is there and valid applies, the rest stays.
    QVERIFY(other.restoreLayoutState(QJsonObject{{"columns", 1}, {"smoothing", QJsonObject{{"bucket", 0}}}}));
    QCOMPARE(other.columns(), 1);
    QCOMPARE(other.bucket(), 3);
    QVERIFY(!other.restoreLayoutState(QJsonObject{{"unknown", 1}, {"normQuantity", "volume"}}));
    QCOMPARE(other.normPlot()->quantity(), NormPlot::Quantity::Update);
}

void TestDashboardLayout::signalsOncePerChange()
{
    QSignalSpy smoothing(dashboard_.get(), &Dashboard::smoothingChanged);
    QSignalSpy log(dashboard_.get(), &Dashboard::normLogScaleChanged);
    dashboard_->setSmoothing(7, 3);   // both values at once: one signal
    QCOMPARE(smoothing.count(), 1);
    QCOMPARE(smoothing.last(), (QList<QVariant>{7, 3}));
    dashboard_->setSmoothing(7, 3);
    QCOMPARE(smoothing.count(), 1);
    // The user's spin box: one signal per step, with the other value unchanged.
    auto* spin = dashboard_->findChild<QSpinBox*>("bucket");
    spin->setValue(spin->value() + 1);
    QCOMPARE(smoothing.count(), 2);
    QCOMPARE(smoothing.last(), (QList<QVariant>{8, 3}));
    dashboard_->setNormLogScale(true);
    dashboard_->setNormLogScale(true);
    QCOMPARE(log.count(), 1);
    dashboard_->setNormLogScale(false);
    QCOMPARE(log.count(), 2);
    QCOMPARE(log.last().first().toBool(), false);
}

void TestDashboardLayout::exportsFollowTheShownPlots()
{
    dashboard_->setVisiblePlots({"entropy", "efficacy"});
    QTemporaryDir dir;
    QString error;
    QStringList written;
    QVERIFY2(dashboard_->exportAll(dir.path(), {"png"}, 96, &error, &written), qPrintable(error));
    QCOMPARE(written, (QStringList{dir.filePath("entropy.png"), dir.filePath("efficacy.png")}));
    QVERIFY(!QFile::exists(dir.filePath("norms.png")));
    QSet<QString> kinds;
    for (const QString& line : dashboard_->visibleCsv().split('\n', Qt::SkipEmptyParts).mid(1))
        kinds.insert(line.section(',', 0, 0));
    QCOMPARE(kinds, (QSet<QString>{"entropy", "efficacy"}));
    QVERIFY(dashboard_->exportPdf(dir.filePath("d.pdf"), &error));
    QFile pdf(dir.filePath("d.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(pdf.readAll()).count(QRegularExpression("/Type\\s*/Page(?!s)")), 2);
}

void TestDashboardLayout::annotationsOnEveryPlotAndInTheCsv()
{
    const int64_t batch = doc_->batchSize();
    QMap<qint64, QString> notes{{5, "flagged, \"odd\" norm"}, {9, "fine"}, {40, "beyond the run"}, {11, "  "}};
    dashboard_->setAnnotations(notes);
    for (DashboardPlot* p : dashboard_->plots()) {
        QCOMPARE(p->annotationPositions(), (QVector<double>{5.0 * batch, 9.0 * batch}));   // stored steps, non-empty notes
        bool inLegend = false;
        for (int i = 0; i < p->customPlot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(p->customPlot()->legend->item(i)))
                inLegend |= item->plottable()->name() == QLatin1String("note");
        QVERIFY2(inLegend, qPrintable(p->kind()));
    }
    // Hovering the marker shows the note; a point of that step names it too.
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    efficacy->customPlot()->replot();
    QCPGraph* marker = nullptr;
    for (int i = 0; i < efficacy->customPlot()->graphCount(); ++i)
        if (efficacy->customPlot()->graph(i)->name() == QLatin1String("note"))
            marker = efficacy->customPlot()->graph(i);
    QVERIFY(marker);
    const QString tip = efficacy->toolTipAt(marker->interface1D()->dataPixelPosition(0));
    QVERIFY2(tip.contains("Note on step 5") && tip.contains("flagged, &quot;odd&quot; norm"), qPrintable(tip));
    QCOMPARE(efficacy->stepAt(marker->interface1D()->dataPixelPosition(1)), int64_t(9));
    const QString pointTip = efficacy->toolTipAt(efficacy->plottable("es")->interface1D()->dataPixelPosition(8));
    QVERIFY2(pointTip.contains("Note: fine"), qPrintable(pointTip));

    // The CSV: the note on the step's own rows, quoted where needed; empty elsewhere.
    const QString csv = dashboard_->visibleCsv();
    QVERIFY(csv.startsWith("plot,series,label,edits,step,case_id,value,note\n"));
    int noted = 0, rows = 0;
    for (const QString& line : csv.split('\n', Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = fields(line);
        QCOMPARE(f.size(), 8);
        ++rows;
        const bool perStep = !f[4].isEmpty() && !f[1].endsWith("bucket_mean") && !f[1].endsWith("moving_average");
        const QString expected = perStep ? notes.value(f[4].toLongLong()).trimmed().isEmpty() ? QString()
                                                                                             : notes.value(f[4].toLongLong())
                                         : QString();
        QCOMPARE(f[7], expected);
        noted += !f[7].isEmpty();
    }
    QVERIFY(rows > 100);
    // es, ps, ns raw rows and 4 norms quantities... at least the three raw score rows of steps 5 and 9.
    QVERIFY2(noted >= 6, qPrintable(QString::number(noted)));
    QVERIFY(csv.contains(QStringLiteral(",\"flagged, \"\"odd\"\" norm\"\n")));
    // Cleared: no markers, no notes.
    dashboard_->setAnnotations({});
    QVERIFY(efficacy->annotationPositions().isEmpty());
    QVERIFY(!dashboard_->visibleCsv().contains("fine"));
}

EDITSCOPE_GUI_TEST_MAIN(TestDashboardLayout)
#include "test_dashboard_layout.moc"
