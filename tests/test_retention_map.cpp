// RetentionMap (widgets/retention_map.h) on the gui_run fixture (a real 16-step ROME run, retention every
// 4 steps): every drawn cell equals RunStore::retentionMatrix, the recalled share per column equals the
// stored `retention` series (an SQL aggregate, independent of the matrix), the forget marks and the
// histogram bars equal what this test derives from RunStore::forgetting for both criteria, hover and
// click (a click on a row selects that fact's edit step), the selection outline, exports (figure files,
// CSV against the matrix), and live appends. EDITSCOPE_SCREENSHOT_DIR=DIR saves retention_map.png there.
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/retention_map.h"
#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace editscope;

namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// The histogram as this test derives it from RunStore::forgetting: facts learned by their edit (post
// value ≥ 1) and later lost, (forget step − edit step) · batch edits, in bins of (k·w, (k+1)·w] with w the
// smallest multiple of the batch size that covers the longest length in 10 bins; learned facts never lost
// with a retention evaluation after their edit count as "never".
struct Bins {
    std::vector<double> counts;
    double never = 0;
    double mean = 0;
};

Bins binsFromForgetting(const std::vector<ForgettingRecord>& records, int64_t batch, int64_t lastRetentionStep)
{
    Bins b;
    std::vector<int64_t> lengths;
    for (const auto& r : records) {
        if (!(r.postValue >= 1.0))
            continue;
        if (r.forgottenAt)
            lengths.push_back((*r.forgottenAt - r.stepEdited) * batch);
        else if (lastRetentionStep > r.stepEdited)
            b.never += 1;
    }
    if (lengths.empty())
        return b;
    int64_t longest = 0;
    double sum = 0;
    for (auto l : lengths) {
        longest = std::max(longest, l);
        sum += static_cast<double>(l);
    }
    int64_t width = batch;
    while (width * 10 < longest)
        width += batch;
    b.counts.assign(static_cast<size_t>((longest + width - 1) / width), 0.0);
    for (auto l : lengths)
        b.counts[static_cast<size_t>((l - 1) / width)] += 1;
    b.mean = sum / static_cast<double>(lengths.size());
    return b;
}

} // namespace

class TestRetentionMap : public QObject {
    Q_OBJECT

    QString db_;
    std::unique_ptr<RunStore> store_;
    int64_t run_ = 0;
    int64_t batch_ = 1;
    std::unique_ptr<RunDocument> doc_;
    std::unique_ptr<RetentionMap> map_;

    void compareWithStore(ForgettingCriterion criterion)
    {
        const RetentionMatrix expected = store_->retentionMatrix(run_, criterion);
        const RetentionMatrix& shown = map_->matrix();
        QVERIFY(shown.criterion == criterion);
        QCOMPARE(shown.steps, expected.steps);
        QCOMPARE(shown.facts.size(), expected.facts.size());
        QCOMPARE(static_cast<int64_t>(shown.facts.size()), store_->lastStep(run_) * batch_);
        const auto forgetting = store_->forgetting(run_, criterion);
        QCOMPARE(forgetting.size(), shown.facts.size());
        int64_t forgetMarks = 0;
        for (size_t r = 0; r < shown.facts.size(); ++r) {
            QCOMPARE(shown.facts[r].caseId, expected.facts[r].caseId);
            QCOMPARE(shown.facts[r].stepEdited, expected.facts[r].stepEdited);
            QCOMPARE(shown.facts[r].subject, expected.facts[r].subject);
            QVERIFY(shown.facts[r].forgottenAt == forgetting[r].forgottenAt);   // the paper's forget index
            QCOMPARE(shown.facts[r].caseId, forgetting[r].caseId);
            forgetMarks += forgetting[r].forgottenAt && !shown.steps.empty();
            for (size_t c = 0; c < shown.steps.size(); ++c) {
                const auto state = map_->drawnState(static_cast<int>(r), static_cast<int>(c));
                QVERIFY2(state == expected.state(r, c), qPrintable(QString("fact %1 column %2").arg(r).arg(c)));
                QVERIFY(same(shown.value(r, c), expected.value(r, c)));
            }
        }
        QCOMPARE(static_cast<int64_t>(map_->customPlot()->graph(4)->dataCount()), forgetMarks);   // the forget-index dots
        // Per column: recalled / evaluated equals the stored `retention` series for ES (rows with ES = 1
        // among rows with an ES).
        if (criterion == ForgettingCriterion::Efficacy) {
            const auto series = store_->series(run_, "retention");
            QCOMPARE(series.size(), shown.steps.size());
            for (size_t c = 0; c < shown.steps.size(); ++c) {
                double recalled = 0, evaluated = 0;
                for (size_t r = 0; r < shown.facts.size(); ++r) {
                    const auto s = map_->drawnState(static_cast<int>(r), static_cast<int>(c));
                    recalled += s == RetentionState::Recalled;
                    evaluated += s == RetentionState::Recalled || s == RetentionState::Forgotten;
                }
                QCOMPARE(series[c].step, shown.steps[c]);
                QCOMPARE(recalled / evaluated, series[c].value);
            }
        }
        // The histogram bars.
        const Bins bins = binsFromForgetting(forgetting, batch_, shown.steps.empty() ? 0 : shown.steps.back());
        QCOMPARE(map_->drawnHistogram(), bins.counts);
        QCOMPARE(map_->drawnNeverForgotten(), bins.never);
        if (!bins.counts.empty())
            QCOMPARE(map_->histogram().mean, bins.mean);
    }

private Q_SLOTS:
    void initTestCase()
    {
        db_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
        QVERIFY2(!db_.isEmpty() && QFile::exists(db_), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
        store_ = std::make_unique<RunStore>(db_.toStdString(), true);
        const auto runs = store_->runs();
        QVERIFY(!runs.empty());
        run_ = runs.back().id;
        batch_ = runs.back().batchSize;
    }

    void init()
    {
        doc_ = std::make_unique<RunDocument>();
        doc_->setPollInterval(0);
        QVERIFY2(doc_->open(db_), qPrintable(doc_->lastError()));
        map_ = std::make_unique<RetentionMap>(doc_.get());
        map_->resize(760, 860);
        map_->show();
        QVERIFY(QTest::qWaitForWindowExposed(map_.get()));
        map_->replot();
    }

    void cleanup()
    {
        map_.reset();
        doc_.reset();
    }

    void fixtureIsNotTrivial()
    {
        const auto m = store_->retentionMatrix(run_);
        QVERIFY(m.steps.size() >= 2);
        int forgotten = 0, recalled = 0, notYet = 0;
        for (auto s : m.states) {
            forgotten += s == RetentionState::Forgotten;
            recalled += s == RetentionState::Recalled;
            notYet += s == RetentionState::NotYetEdited;
        }
        QVERIFY(recalled > 0 && notYet > 0);
        QVERIFY2(forgotten > 0, "expected some forgetting in the fixture");
    }

    void cellsEqualTheStoredMatrixForBothCriteria()
    {
        compareWithStore(ForgettingCriterion::Efficacy);
        map_->setCriterion(ForgettingCriterion::RewriteAccuracy);
        QVERIFY(map_->criterion() == ForgettingCriterion::RewriteAccuracy);
        compareWithStore(ForgettingCriterion::RewriteAccuracy);
        map_->setCriterion(ForgettingCriterion::Efficacy);
        compareWithStore(ForgettingCriterion::Efficacy);
    }

    void hoverAndClickSelectTheFactsStep()
    {
        map_->replot();
        const auto& m = map_->matrix();
        QVERIFY(!m.steps.empty());
        const int last = static_cast<int>(m.steps.size()) - 1;
        for (int fact : {2, static_cast<int>(m.facts.size()) - 3}) {
            const auto& f = m.facts[static_cast<size_t>(fact)];
            const QPointF pos = map_->cellCentre(fact, last);
            int r = -1, c = -1;
            QVERIFY(map_->cellAt(pos, &r, &c));
            QCOMPARE(r, fact);
            QCOMPARE(c, last);
            const QString tip = map_->cellToolTip(fact, last);
            QVERIFY2(tip.contains(QStringLiteral("Case %1").arg(f.caseId)), qPrintable(tip));
            QVERIFY2(tip.contains(QString::fromStdString(f.subject).toHtmlEscaped()), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("step %1").arg(f.stepEdited)), qPrintable(tip));
            if (f.forgottenAt)
                QVERIFY2(tip.contains(QStringLiteral("Forget index: step %1").arg(*f.forgottenAt)), qPrintable(tip));
            QTest::mouseClick(map_->customPlot(), Qt::LeftButton, Qt::NoModifier, pos.toPoint());
            QCOMPARE(doc_->selectedStep(), f.stepEdited);
            // The selection outline spans that step's rows.
            auto* outline = qobject_cast<QCPItemRect*>(map_->customPlot()->item(0));
            QVERIFY(outline && outline->visible());
            QCOMPARE(outline->topLeft->coords().y(), fact - 0.5 - static_cast<double>((f.editNumber - 1) % batch_));
        }
        int r = -1, c = -1;
        QVERIFY(!map_->cellAt(QPointF(2, 2), &r, &c));   // outside the cells: nothing selected
    }

    void exportsFiguresAndCsv()
    {
        QTemporaryDir dir;
        QString error;
        for (const QString& format : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")}) {
            const QString path = dir.filePath("map." + format);
            QVERIFY2(map_->exportFigure(path, format, 120, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QImage png(dir.filePath("map.png"));
        QCOMPARE(png.size(), map_->figureSize() * 120 / 96);
        QVERIFY(!map_->exportFigure(dir.filePath("map.gif"), "gif", 120, &error));

        const auto& m = map_->matrix();
        const QStringList lines = map_->csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), RetentionMap::csvHeader());
        QCOMPARE(static_cast<size_t>(lines.size()), m.facts.size() * m.steps.size() + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(','));
            QCOMPARE(f.size(), 9);   // fixture subjects hold no commas
            const size_t r = static_cast<size_t>(i - 1) / m.steps.size(), c = static_cast<size_t>(i - 1) % m.steps.size();
            QCOMPARE(f[0].toLongLong(), m.facts[r].caseId);
            QCOMPARE(f[4].toLongLong(), m.steps[c]);
            QCOMPARE(f[5].toLongLong(), m.steps[c] * batch_);
            QVERIFY(same(f[6] == QLatin1String("nan") ? qQNaN() : f[6].toDouble(), m.value(r, c)));
        }
        const QStringList hist = map_->histogramCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(hist.front(), RetentionMap::histogramCsvHeader());
        QCOMPARE(static_cast<size_t>(hist.size()), map_->histogram().counts.size() + 2);
        QCOMPARE(hist.back(), QStringLiteral("never,,,%1").arg(map_->histogram().neverForgotten));
        QVERIFY(map_->exportCsv(dir.filePath("cells.csv"), &error));
        QFile csv(dir.filePath("cells.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()), map_->csv());

        const QString shots = qEnvironmentVariable("EDITSCOPE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            doc_->selectStep(m.facts.size() > 6 ? m.facts[6].stepEdited : 1);
            map_->replot();
            QVERIFY(map_->grab().save(shots + "/retention_map.png"));
            QVERIFY(map_->exportFigure(shots + "/retention_map_figure.png", "png", 110, &error));
        }
    }

    void followsLiveAppends()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("live.db").toStdString();
        RunStore writer(path);
        const int64_t run = writer.createRun(test::makeSpec("live"));
        for (int64_t k = 1; k <= 3; ++k)
            writer.appendStep(run, test::makeStep(k));   // retention on even steps
        RunDocument doc;
        doc.setPollInterval(0);
        QVERIFY(doc.open(QString::fromStdString(path)));
        RetentionMap map(&doc);
        QCOMPARE(map.matrix().steps, (std::vector<int64_t>{2}));
        QCOMPARE(map.matrix().facts.size(), size_t{3});
        for (int64_t k = 4; k <= 6; ++k)
            writer.appendStep(run, test::makeStep(k));
        doc.refresh();   // what the poll timer does
        QCOMPARE(map.matrix().steps, (std::vector<int64_t>{2, 4, 6}));
        QCOMPARE(map.matrix().facts.size(), size_t{6});
        // makeStep(k)'s retention holds cases 100+j, j < k, with value 0 when j % 3 == 0: case 103 is lost at 4.
        QVERIFY(map.matrix().facts[2].forgottenAt == std::optional<int64_t>(4));
        QVERIFY(map.drawnState(2, 1) == RetentionState::Forgotten);
        QVERIFY(map.drawnState(0, 0) == RetentionState::Recalled);
        QVERIFY(map.drawnState(5, 1) == RetentionState::NotYetEdited);
        QVERIFY(map.drawnState(5, 2) == RetentionState::NotEvaluated);   // step 6's own case is not in its retention rows
        doc.close();
        QVERIFY(map.matrix().facts.empty());
        QVERIFY(!map.errorText().isEmpty());
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestRetentionMap)
#include "test_retention_map.moc"
