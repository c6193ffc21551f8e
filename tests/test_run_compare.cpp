// Comparing runs (widgets/run_set.h, run_tree_view.h, the plots' overlay mode) on a copy of the gui_run
// fixture (a real 16-step ROME run) holding a real branch made by the CLI (`editscope-cli run
// --branch-from 1 --at 6 --method r-rome --max-steps 3`), and a second run file written with RunStore.
// What the plots draw is compared with RunStore::series of each run read independently: values, x on
// the root run's axis (a branch's step s at (6 + s) · batch), per-run smoothing against paperSmoothing,
// series ids and CSV rows told apart by run; the tree lists files → runs → branches; the primary
// follows "Show as primary"; nothing overlaid keeps the single-run plot exactly as it was.
// Opt-in extras: EDITSCOPE_OVERLAY_BENCH="a.db;b.db;c.db" times the dashboard with the first run of
// each overlaid; EDITSCOPE_SCREENSHOT_DIR=DIR saves run-tree.png, and with EDITSCOPE_OVERLAY_SHOT=
// overlay.db also overlay.png (every run of that file overlaid) and overlay-KIND.png figures.
#include "core/run/series_smoothing.h"
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/norm_plot.h"
#include "widgets/plot_linker.h"
#include "widgets/run_document.h"
#include "widgets/run_set.h"
#include "widgets/run_tree_view.h"
#include "widgets/score_plots.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>
#include <map>
#include <memory>

using namespace editscope;

namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

const QCPPlottableInterface1D* data(DashboardPlot* plot, const QString& id)
{
    QCPAbstractPlottable* p = plot->plottable(id);
    return p ? p->interface1D() : nullptr;
}

// The drawn series `id` is exactly `stored` (×scale) at x = (offset + step) · batch.
bool drawnEquals(DashboardPlot* plot, const QString& id, const std::vector<SeriesPoint>& stored, double scale,
                 int64_t offset, int64_t batch, QString* why)
{
    const auto* d = data(plot, id);
    if (!d) {
        *why = id + ": not drawn";
        return false;
    }
    if (d->dataCount() != int(stored.size())) {
        *why = QStringLiteral("%1: %2 points, %3 stored").arg(id).arg(d->dataCount()).arg(stored.size());
        return false;
    }
    for (int i = 0; i < d->dataCount(); ++i) {
        const auto& s = stored[size_t(i)];
        const double x = double((offset + s.step) * batch);
        if (d->dataMainKey(i) != x || !same(d->dataMainValue(i), s.value * scale)) {
            *why = QStringLiteral("%1[%2]: (%3, %4) drawn, (%5, %6) stored").arg(id).arg(i).arg(d->dataMainKey(i))
                       .arg(d->dataMainValue(i)).arg(x).arg(s.value * scale);
            return false;
        }
    }
    return true;
}

} // namespace

class TestRunCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingOverlaidKeepsTheSingleRunPlot();
    void treeListsFilesRunsAndBranches();
    void overlayOfTwoRunsPlotsBoth();
    void branchSitsAtTheParentAlignedX();
    void perRunSmoothing();
    void csvTellsRunsApart();
    void otherFileAndColours();
    void showAsPrimarySwapsRoles();
    void removeFileDropsItsOverlays();
    void liveOverlayFollowsNewSteps();
    void benchOverlays();
    void screenshotOverlay();

private:
    QTemporaryDir tmp_;
    QString copy_;     // the fixture's run 1 and the CLI branch run 2
    QString other_;    // one synthetic run
    int64_t branch_ = 0;
    int64_t batch_ = 1;
    std::unique_ptr<RunStore> store_;
    std::unique_ptr<RunDocument> doc_;
    std::unique_ptr<Dashboard> dashboard_;
    RunSet* set_ = nullptr;
};

void TestRunCompare::initTestCase()
{
    const QString fixture = qEnvironmentVariable("EDITSCOPE_GUI_DB");
    QVERIFY2(!fixture.isEmpty() && QFile::exists(fixture), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
    copy_ = tmp_.filePath("compare.db");
    QVERIFY(QFile::copy(fixture, copy_));
    if (QFile::exists(fixture + "-wal"))
        QVERIFY(QFile::copy(fixture + "-wal", copy_ + "-wal"));
    QFile::setPermissions(copy_, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(copy_ + "-wal", QFile::ReadOwner | QFile::WriteOwner);

    // A real branch: the parent's model after its step 6, continued with r-ROME for three steps.
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(qEnvironmentVariable("EDITSCOPE_CLI"), {"run", "--db", copy_, "--branch-from", "1", "--at", "6", "--method",
                                                      "r-rome", "--max-steps", "3", "--name", "r-rome branch", "--quiet"});
    QVERIFY2(cli.waitForFinished(300000), "editscope-cli run --branch-from did not finish in 5 minutes");
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAll().constData());

    store_ = std::make_unique<RunStore>(copy_.toStdString(), true);
    const auto runs = store_->runs();
    QCOMPARE(runs.size(), size_t(2));
    branch_ = runs[1].id;
    QCOMPARE(runs[1].parentRun.value_or(0), int64_t(1));
    QCOMPARE(runs[1].parentStep, int64_t(6));
    QCOMPARE(runs[1].method, std::string("r-rome"));
    QCOMPARE(store_->lastStep(branch_), int64_t(3));
    batch_ = runs[0].batchSize;
    QCOMPARE(runs[1].batchSize, batch_);

    other_ = tmp_.filePath("other.db");
    RunStore writer(other_.toStdString());
    const int64_t run = writer.createRun(test::makeSpec("synthetic"));
    for (int64_t k = 1; k <= 6; ++k)
        writer.appendStep(run, test::makeStep(k));
}

void TestRunCompare::init()
{
    doc_ = std::make_unique<RunDocument>();
    doc_->setPollInterval(0);
    QVERIFY2(doc_->open(copy_, 1), qPrintable(doc_->lastError()));
    dashboard_ = std::make_unique<Dashboard>(doc_.get());
    set_ = dashboard_->runSet();
    set_->setPollInterval(0);
    dashboard_->resize(1400, 1500);
}

void TestRunCompare::cleanup()
{
    dashboard_.reset();
    doc_.reset();
}

void TestRunCompare::nothingOverlaidKeepsTheSingleRunPlot()
{
    QVERIFY(!set_->overlayMode());
    QCOMPARE(set_->files(), QStringList{canonicalRunPath(copy_)});
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    QVERIFY(!efficacy->overlayMode());
    QCOMPARE(efficacy->seriesIds(), (QStringList{"es", "es.bucket_mean", "es.moving_average", "em.bucket_mean",
                                                 "em.moving_average"}));
    QCOMPARE(efficacy->plottable("es")->name(), QStringLiteral("ES per edit"));
    // The per-series colours of the single-run plot: ES blue (#1f77b4), EM orange (#ff7f0e).
    QCOMPARE(qobject_cast<QCPGraph*>(efficacy->plottable("es.moving_average"))->pen().color(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(qobject_cast<QCPGraph*>(efficacy->plottable("em.moving_average"))->pen().color(), QColor(0xff, 0x7f, 0x0e));
    QString why;
    QVERIFY2(drawnEquals(efficacy, "es", store_->series(1, "es"), 100, 0, batch_, &why), qPrintable(why));
    QVERIFY(dashboard_->visibleCsv().contains(QStringLiteral("\nefficacy,es,ES per edit,")));
}

void TestRunCompare::treeListsFilesRunsAndBranches()
{
    RunTreeView tree(set_);
    QVERIFY(tree.addFile(other_));
    QVERIFY(!tree.addFile(tmp_.filePath("missing.db")));
    QStandardItemModel* m = tree.model();
    QCOMPARE(m->rowCount(), 2);   // two files
    const QModelIndex file = m->index(0, 0);
    QCOMPARE(file.data().toString(), QStringLiteral("compare.db"));
    QCOMPARE(m->rowCount(file), 1);   // the root run; the branch sits under it
    const QModelIndex root = m->index(0, 0, file);
    QCOMPARE(tree.keyAt(root), (RunKey{canonicalRunPath(copy_), 1}));
    QCOMPARE(root.data().toString(), QStringLiteral("gui fixture"));
    QCOMPARE(root.siblingAtColumn(1).data().toString(), QStringLiteral("rome"));
    QCOMPARE(root.siblingAtColumn(2).data().toString(), QStringLiteral("16"));
    QCOMPARE(m->rowCount(root), 1);
    const QModelIndex child = m->index(0, 0, root);
    QCOMPARE(tree.keyAt(child), (RunKey{canonicalRunPath(copy_), branch_}));
    QCOMPARE(child.data().toString(), QStringLiteral("r-rome branch · from step 6"));
    QCOMPARE(child.siblingAtColumn(1).data().toString(), QStringLiteral("r-rome"));
    // The primary: checked for good; the branch: not overlaid yet, checkable.
    QCOMPARE(root.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!(m->itemFromIndex(root)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(child.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m->itemFromIndex(child)->flags() & Qt::ItemIsUserCheckable);
    const QModelIndex otherFile = m->index(1, 0);
    QCOMPARE(otherFile.data().toString(), QStringLiteral("other.db"));
    QCOMPARE(m->rowCount(otherFile), 1);
    QCOMPARE(m->index(0, 0, otherFile).data().toString(), QStringLiteral("synthetic"));
    // Every run its own colour (the swatch), the primary the first of the set.
    const QColor c1 = set_->colour({canonicalRunPath(copy_), 1}), c2 = set_->colour({canonicalRunPath(copy_), branch_}),
                 c3 = set_->colour({canonicalRunPath(other_), 1});
    QCOMPARE(c1, RunSet::runColour(0));
    QVERIFY(c1 != c2 && c2 != c3 && c1 != c3);
    QVERIFY(!root.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Checking the branch's box overlays it; the tree is rebuilt with the box still checked.
    QVERIFY(m->setData(child, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(set_->isOverlaid({canonicalRunPath(copy_), branch_}));
    QVERIFY(set_->overlayMode());
    QCOMPARE(tree.indexOf({canonicalRunPath(copy_), branch_}).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(dashboard_->plot("efficacy")->plottable(QStringLiteral("run%1:es").arg(branch_)));

    if (const QString shots = qEnvironmentVariable("EDITSCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        tree.resize(460, 200);
        tree.grab().save(shots + "/run-tree.png");
    }
    // The context menu: the primary's file cannot be removed, the other can.
    std::unique_ptr<QMenu> menu(tree.createContextMenu(tree.indexOf({canonicalRunPath(copy_), 1})));
    QVERIFY(!menu->findChild<QAction*>("show-primary")->isEnabled());
    QVERIFY(!menu->findChild<QAction*>("remove-file")->isEnabled());
    QVERIFY(!menu->findChild<QAction*>("overlay")->isEnabled());
    menu.reset(tree.createContextMenu(tree.fileIndex(other_)));
    QVERIFY(menu->findChild<QAction*>("remove-file")->isEnabled());
    menu->findChild<QAction*>("remove-file")->trigger();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(set_->files(), QStringList{canonicalRunPath(copy_)});
}

void TestRunCompare::overlayOfTwoRunsPlotsBoth()
{
    const RunKey branch{canonicalRunPath(copy_), branch_};
    QSignalSpy overlays(set_, &RunSet::overlaysChanged);
    QSignalSpy toggled(set_, &RunSet::overlayToggled);
    QVERIFY(set_->setOverlaid(branch, true));
    QCOMPARE(overlays.count(), 1);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first(), (QList<QVariant>{branch.path, qint64(branch_), true}));
    QVERIFY(set_->setOverlaid(branch, true));   // no change: no signal
    QCOMPARE(toggled.count(), 1);
    QVERIFY(!set_->setOverlaid({branch.path, 1}, false));   // the primary stays
    QCOMPARE(toggled.count(), 1);
    const QString p = "run1:", b = QStringLiteral("run%1:").arg(branch_);
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    QVERIFY(efficacy->overlayMode());
    QCOMPARE(efficacy->drawnRuns().size(), 2);
    QString why;
    // Both runs' raw series, each exactly its own RunStore::series.
    QVERIFY2(drawnEquals(efficacy, p + "es", store_->series(1, "es"), 100, 0, batch_, &why), qPrintable(why));
    QVERIFY2(drawnEquals(efficacy, b + "es", store_->series(branch_, "es"), 100, 6, batch_, &why), qPrintable(why));
    QCOMPARE(efficacy->plottable(p + "es")->name(), QStringLiteral("gui fixture · ES per edit"));
    QCOMPARE(efficacy->plottable(b + "es")->name(), QStringLiteral("r-rome branch · ES per edit"));
    // In the runs' colours, in every line of the run.
    const QColor c1 = set_->colour({canonicalRunPath(copy_), 1}), c2 = set_->colour(branch);
    QCOMPARE(qobject_cast<QCPGraph*>(efficacy->plottable(p + "es.moving_average"))->pen().color(), c1);
    QCOMPARE(qobject_cast<QCPGraph*>(efficacy->plottable(b + "es.moving_average"))->pen().color(), c2);
    QCOMPARE(qobject_cast<QCPGraph*>(efficacy->plottable(b + "em.moving_average"))->pen().color().rgb(), c2.rgb());
    // Every plot: each stored series of either run is drawn under its run's tag with the stored values.
    struct Kind {
        const char* plot;
        std::string prefix;
        double scale;
    };
    const Kind kinds[] = {{"efficacy", "es", 100}, {"paraphrase", "ps", 100}, {"neighborhood", "ns", 100},
                          {"retention", "retention", 100}, {"downstream", "downstream.", 1}, {"norms", "norm.drift.", 1},
                          {"entropy", "generation_entropy", 1}};
    std::map<int64_t, int> compared;
    for (const Kind& k : kinds)
        for (int64_t run : {int64_t(1), branch_}) {
            const int64_t offset = run == 1 ? 0 : 6;
            for (const auto& name : store_->availableSeries(run)) {
                const bool exact = name == k.prefix;
                const bool family = k.prefix.back() == '.' && name.rfind(k.prefix, 0) == 0;
                if (!exact && !family && !(k.prefix == "retention" && name == "retention.es_mean"))
                    continue;
                const auto stored = store_->series(run, name);
                if (stored.empty())
                    continue;
                const QString id = QStringLiteral("run%1:%2").arg(run).arg(QString::fromStdString(name));
                QVERIFY2(drawnEquals(dashboard_->plot(k.plot), id, stored, k.scale, offset, batch_, &why), qPrintable(why));
                ++compared[run];
            }
        }
    // The root: es, ps, ns, retention (2), downstream (2 tasks × 4), entropy and a drift line per layer;
    // the 3-step branch: es, ps, ns and its drift lines (no retention, downstream or generation step yet).
    const int layers = int(doc_->editedLayers().size());
    QVERIFY(layers >= 1);
    QCOMPARE(compared[1], 14 + layers);
    QCOMPARE(compared[branch_], 3 + layers);
    // The legend names run and series.
    for (DashboardPlot* plot : dashboard_->plots())
        for (const QString& id : plot->seriesIds()) {
            const QString name = plot->plottable(id)->name();
            QVERIFY2(name.startsWith(id.startsWith(p) ? "gui fixture · " : "r-rome branch · "), qPrintable(name));
        }
    // Off again: the single-run plot, as before.
    QVERIFY(set_->setOverlaid(branch, false));
    QVERIFY(!efficacy->overlayMode());
    QCOMPARE(efficacy->seriesIds().first(), QStringLiteral("es"));
    QCOMPARE(efficacy->plottable("es")->name(), QStringLiteral("ES per edit"));
}

void TestRunCompare::branchSitsAtTheParentAlignedX()
{
    QVERIFY(set_->setOverlaid({canonicalRunPath(copy_), branch_}, true));
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    const auto* child = data(efficacy, QStringLiteral("run%1:es").arg(branch_));
    const auto* parent = data(efficacy, "run1:es");
    QVERIFY(child && parent);
    QCOMPARE(child->dataCount(), 3);
    for (int s = 1; s <= 3; ++s) {
        // The branch's step s continues the parent after its step 6: the parent's step 6 + s shares x.
        QCOMPARE(child->dataMainKey(s - 1), double((6 + s) * batch_));
        QCOMPARE(parent->dataMainKey(6 + s - 1), child->dataMainKey(s - 1));
    }
    // The automatic x range covers both; the tooltip names the branch's own step on the root's axis.
    QVERIFY(efficacy->xUpper() >= 16.0 * batch_);
    // Hovering a branch point names the branch and its own step (the parent's series hidden: its points
    // may lie exactly under the branch's); clicking it selects nothing here (another run's step).
    for (const QString& id : efficacy->seriesIds())
        efficacy->plottable(id)->setVisible(id.startsWith(QStringLiteral("run%1:").arg(branch_)));
    efficacy->customPlot()->replot();
    const QPointF at = child->dataPixelPosition(1);
    const QString tip = efficacy->toolTipAt(at);
    QVERIFY2(tip.contains("r-rome branch · ES per edit") && tip.contains(QStringLiteral("Step 2 of the branch · %1 edits").arg(8 * batch_)),
             qPrintable(tip));
    QCOMPARE(efficacy->stepAt(at), int64_t(-1));
    // The primary (the root) keeps x = step · batch: cursor and flags where they were.
    doc_->selectStep(5);
    QCOMPARE(efficacy->cursorPosition(), 5.0 * batch_);
    QCOMPARE(efficacy->flagPositions(), (QVector<double>{5.0 * batch_, 13.0 * batch_}));
}

void TestRunCompare::perRunSmoothing()
{
    const RunKey branch{canonicalRunPath(copy_), branch_};
    QVERIFY(set_->setOverlaid(branch, true));
    set_->setSmoothing(branch, 1, 2);
    const QString b = QStringLiteral("run%1:").arg(branch_);
    for (ScorePlot* plot : dashboard_->scorePlots()) {
        for (const std::string& metric : {plot->successMetric(), plot->magnitudeMetric()}) {
            // The branch: bucket 1, window 2 (its own); the primary: the dashboard's 5 and 10.
            for (auto [run, bucket, window, offset, tag] :
                 {std::tuple{branch_, 1, 2, int64_t(6), b}, std::tuple{int64_t(1), 5, 10, int64_t(0), QString("run1:")}}) {
                std::vector<double> values;
                for (const auto& s : store_->series(run, metric))
                    values.push_back(s.value);
                const SmoothedSeries expected = paperSmoothing(values, bucket, window);
                const auto* avg = data(plot, tag + QString::fromStdString(metric) + ".moving_average");
                const auto* mean = data(plot, tag + QString::fromStdString(metric) + ".bucket_mean");
                QVERIFY(avg && mean);
                QCOMPARE(size_t(avg->dataCount()), expected.x.size());
                for (int i = 0; i < avg->dataCount(); ++i) {
                    QCOMPARE(avg->dataMainKey(i), expected.x[size_t(i)] + double(offset * batch_));
                    QVERIFY(same(avg->dataMainValue(i), expected.average[size_t(i)] * 100));
                    QVERIFY(same(mean->dataMainValue(i), expected.bucket[size_t(i)] * 100));
                }
            }
        }
        const QString average = b + QString::fromStdString(plot->successMetric()) + ".moving_average";
        QVERIFY2(plot->plottable(average)->name().endsWith("moving avg. (2)"), qPrintable(plot->plottable(average)->name()));
    }
    QCOMPARE(data(dashboard_->plot("efficacy"), b + "es.bucket_mean")->dataCount(), 3);
    // Back to the dashboard's smoothing: 3 edits make no whole bucket of 5.
    set_->clearSmoothing(branch);
    QCOMPARE(data(dashboard_->plot("efficacy"), b + "es.bucket_mean")->dataCount(), 0);
    // The dashboard's smoothing moves the runs without their own.
    dashboard_->setSmoothing(1, 1);
    QCOMPARE(data(dashboard_->plot("efficacy"), b + "es.bucket_mean")->dataCount(), 3);
    QCOMPARE(data(dashboard_->plot("efficacy"), "run1:es.bucket_mean")->dataCount(), 16);
}

void TestRunCompare::csvTellsRunsApart()
{
    QVERIFY(set_->setOverlaid({canonicalRunPath(copy_), branch_}, true));
    const QStringList lines = dashboard_->plot("efficacy")->visibleCsv().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("series,label,edits,step,case_id,value,note"));
    const auto stored = store_->series(branch_, "es");
    QList<QStringList> rows;
    int parentRows = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.split(',');   // no quoted fields in these rows
        QCOMPARE(f.size(), 7);
        if (f[0] == QStringLiteral("run%1:es").arg(branch_))
            rows << f;
        parentRows += f[0] == QLatin1String("run1:es");
    }
    QCOMPARE(parentRows, 16);
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows[i][1], QStringLiteral("r-rome branch · ES per edit"));
        QCOMPARE(rows[i][2].toDouble(), double((6 + stored[size_t(i)].step) * batch_));   // the root's axis
        QCOMPARE(rows[i][3], QString::number(stored[size_t(i)].step));                     // the branch's own step
        QCOMPARE(rows[i][4], QString::number(stored[size_t(i)].caseId));
        QVERIFY(same(rows[i][5].toDouble(), stored[size_t(i)].value * 100));
    }
    QVERIFY(dashboard_->visibleCsv().contains(QStringLiteral("\nefficacy,run%1:es,").arg(branch_)));
}

void TestRunCompare::otherFileAndColours()
{
    QVERIFY(set_->addFile(other_));
    const RunKey synthetic{canonicalRunPath(other_), 1};
    QVERIFY(set_->setOverlaid(synthetic, true));
    QCOMPARE(set_->tag(synthetic), QStringLiteral("other/run1"));
    RunStore other(other_.toStdString(), true);
    QString why;
    DashboardPlot* norms = dashboard_->plot("norms");
    QVERIFY2(drawnEquals(norms, "other/run1:norm.drift.18", other.series(1, "norm.drift.18"), 1, 0, 1, &why), qPrintable(why));
    QVERIFY2(drawnEquals(dashboard_->plot("efficacy"), "other/run1:es", other.series(1, "es"), 100, 0, 1, &why), qPrintable(why));
    // A new colour reaches every line of the run.
    set_->setColour(synthetic, QColor(0x12, 0x34, 0x56));
    QCOMPARE(qobject_cast<QCPGraph*>(norms->plottable("other/run1:norm.drift.18"))->pen().color(), QColor(0x12, 0x34, 0x56));
    // Unreadable run: refused with a reason, nothing changes.
    QString error;
    QVERIFY(!set_->setOverlaid({canonicalRunPath(other_), 7}, true, &error));
    QCOMPARE(set_->drawnRuns().size(), size_t(2));
}

void TestRunCompare::showAsPrimarySwapsRoles()
{
    RunTreeView tree(set_);
    const RunKey root{canonicalRunPath(copy_), 1}, branch{canonicalRunPath(copy_), branch_};
    QVERIFY(set_->setOverlaid(branch, true));
    const QColor branchColour = set_->colour(branch);
    // The lead connects this to MainWindow::openFile(path, run); the document alone does the same here.
    connect(&tree, &RunTreeView::showAsPrimaryRequested, doc_.get(),
            [this](const QString& path, qint64 run) { doc_->open(path, run); });
    std::unique_ptr<QMenu> menu(tree.createContextMenu(tree.indexOf(branch)));
    menu->findChild<QAction*>("show-primary")->trigger();
    QCOMPARE(doc_->runId(), branch_);
    QVERIFY(set_->isPrimary(branch));
    QVERIFY(set_->isOverlaid(root));   // the old primary is overlaid in its place
    QCOMPARE(set_->colour(branch), branchColour);   // colours stay with the runs
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    QCOMPARE(efficacy->drawnRuns().size(), 2);
    QVERIFY(efficacy->drawnRuns().first().primary);
    QCOMPARE(efficacy->drawnRuns().first().doc, doc_.get());
    QString why;
    QVERIFY2(drawnEquals(efficacy, QStringLiteral("run%1:es").arg(branch_), store_->series(branch_, "es"), 100, 6, batch_, &why),
             qPrintable(why));
    QVERIFY2(drawnEquals(efficacy, "run1:es", store_->series(1, "es"), 100, 0, batch_, &why), qPrintable(why));
    // The primary is now the branch: its cursor moves to the root's axis with it.
    doc_->selectStep(2);
    QCOMPARE(efficacy->cursorPosition(), double((6 + 2) * batch_));
    QCOMPARE(tree.indexOf(branch).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(tree.indexOf(branch).data(Qt::FontRole).value<QFont>().bold());
    // Alone, the branch is drawn as a single run again: its own steps, x = step · batch.
    QVERIFY(set_->setOverlaid(root, false));
    QVERIFY2(drawnEquals(efficacy, "es", store_->series(branch_, "es"), 100, 0, batch_, &why), qPrintable(why));
}

void TestRunCompare::removeFileDropsItsOverlays()
{
    QVERIFY(set_->addFile(other_));
    QVERIFY(set_->setOverlaid({canonicalRunPath(other_), 1}, true));
    QVERIFY(!set_->removeFile(copy_));   // the primary's file stays
    QSignalSpy overlays(set_, &RunSet::overlaysChanged);
    QVERIFY(set_->removeFile(other_));
    QCOMPARE(overlays.count(), 1);
    QVERIFY(!set_->overlayMode());
    QCOMPARE(dashboard_->plot("efficacy")->seriesIds().first(), QStringLiteral("es"));
}

void TestRunCompare::liveOverlayFollowsNewSteps()
{
    const QString path = tmp_.filePath("live.db");
    RunStore writer(path.toStdString());
    const int64_t run = writer.createRun(test::makeSpec("live"));   // status running
    for (int64_t k = 1; k <= 3; ++k)
        writer.appendStep(run, test::makeStep(k));
    QVERIFY(set_->addFile(path));
    const RunKey key{canonicalRunPath(path), run};
    QVERIFY(set_->setOverlaid(key, true));
    DashboardPlot* efficacy = dashboard_->plot("efficacy");
    const QString id = QStringLiteral("live/run%1:es").arg(run);
    QCOMPARE(data(efficacy, id)->dataCount(), 3);
    for (int64_t k = 4; k <= 5; ++k)
        writer.appendStep(run, test::makeStep(k));
    set_->refresh();   // what the poll timers do
    QCOMPARE(data(efficacy, id)->dataCount(), 5);
    QString why;
    QVERIFY2(drawnEquals(efficacy, id, writer.series(run, "es"), 100, 0, 1, &why), qPrintable(why));
    QCOMPARE(set_->summary(key)->steps, int64_t(5));   // the run list saw the file change
    // A finished run no longer changes: its document stops asking the file.
    writer.setStatus(run, RunStatus::Finished);
    set_->refresh();
    QCOMPARE(set_->summary(key)->status, RunStatus::Finished);
    QVERIFY(set_->removeFile(path));
}

void TestRunCompare::benchOverlays()
{
    const QStringList files = qEnvironmentVariable("EDITSCOPE_OVERLAY_BENCH").split(';', Qt::SkipEmptyParts);
    if (files.isEmpty())
        QSKIP("EDITSCOPE_OVERLAY_BENCH=a.db;b.db;c.db times the dashboard with three long runs overlaid");
    RunDocument doc;
    doc.setPollInterval(0);
    QVERIFY(doc.open(files[0]));
    Dashboard dashboard(&doc);
    dashboard.runSet()->setPollInterval(0);
    dashboard.resize(1600, 1000);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    auto paint = [&] {
        for (DashboardPlot* p : dashboard.plots())
            p->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    };
    const double last = double(doc.lastStep() * doc.batchSize());
    constexpr int kRedraws = 10;
    auto redraw = [&] {   // a zoom (every plot follows), a cursor move, and all 7 plots repainted
        paint();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kRedraws; ++i) {
            dashboard.linker()->setXRange(last * 0.05 * i, last * 0.05 * i + last * 0.5);
            doc.selectStep(doc.lastStep() / 2 + i);
            paint();
        }
        dashboard.resetZoom();
        return double(t.nsecsElapsed()) / 1e6 / kRedraws;
    };
    auto perPlot = [&] {   // where the time goes: one full-range repaint per plot
        QStringList out;
        for (DashboardPlot* p : dashboard.plots()) {
            QElapsedTimer t;
            t.start();
            p->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
            out << QStringLiteral("%1 %2").arg(p->kind()).arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
        }
        return out.join(", ");
    };
    const double singleMs = redraw();
    qInfo("full-range repaint per plot with one run (ms): %s", qPrintable(perPlot()));
    QElapsedTimer t;
    t.start();
    for (const QString& f : files.mid(1)) {
        QVERIFY(dashboard.runSet()->addFile(f));
        QVERIFY(dashboard.runSet()->setOverlaid({canonicalRunPath(f), dashboard.runSet()->runs(f).front().id}, true));
    }
    const double overlayMs = double(t.nsecsElapsed()) / 1e6;
    QCOMPARE(dashboard.plot("efficacy")->drawnRuns().size(), files.size());
    const double redrawMs = redraw();
    t.restart();
    for (DashboardPlot* p : dashboard.plots())
        p->rebuild();
    const double rebuildMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    dashboard.setSmoothing(10, 5);
    paint();
    const double smoothingMs = double(t.nsecsElapsed()) / 1e6;
    qInfo("full-range repaint per plot with all runs (ms): %s", qPrintable(perPlot()));
    t.restart();
    dashboard.runSet()->refresh();   // what the run-list poll does every second
    const double pollMs = double(t.nsecsElapsed()) / 1e6;
    qInfo("%lld runs of %lld steps: zoom + cursor + repaint of 7 plots %.1f ms with one run, %.1f ms with all; "
          "opening %d overlays %.0f ms; rebuild of every plot %.1f ms; new smoothing + repaint %.1f ms; "
          "run-list poll %.1f ms",
          static_cast<long long>(files.size()), static_cast<long long>(doc.lastStep()), singleMs, redrawMs,
          int(files.size() - 1), overlayMs, rebuildMs, smoothingMs, pollMs);
}

void TestRunCompare::screenshotOverlay()
{
    const QString db = qEnvironmentVariable("EDITSCOPE_OVERLAY_SHOT"), shots = qEnvironmentVariable("EDITSCOPE_SCREENSHOT_DIR");
    if (db.isEmpty() || shots.isEmpty())
        QSKIP("EDITSCOPE_OVERLAY_SHOT=overlay.db and EDITSCOPE_SCREENSHOT_DIR=DIR save the overlay of its runs");
    RunDocument doc;
    doc.setPollInterval(0);
    QVERIFY(doc.open(db, 1));
    Dashboard dashboard(&doc);
    RunSet* set = dashboard.runSet();
    set->setPollInterval(0);
    for (const auto& run : set->runs(db))
        QVERIFY(set->setOverlaid({canonicalRunPath(db), run.id}, true));
    dashboard.resize(1500, 1400);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    for (DashboardPlot* p : dashboard.plots())
        p->customPlot()->replot();
    QVERIFY(dashboard.grab().save(shots + "/overlay.png"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dashboard.setPalette(dark);
    for (DashboardPlot* p : dashboard.plots())
        p->customPlot()->replot();
    QVERIFY(dashboard.grab().save(shots + "/overlay-dark.png"));
    for (const char* kind : {"efficacy", "retention", "downstream", "norms", "entropy"})
        QVERIFY(dashboard.plot(kind)->exportFigure(shots + "/overlay-" + kind + ".png", "png", 120));
}

EDITSCOPE_GUI_TEST_MAIN(TestRunCompare)
#include "test_run_compare.moc"
