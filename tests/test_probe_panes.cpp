// The "Try a prompt" pane and the logit-lens view (widgets/prompt_pane, widgets/logit_lens_view) on the
// GUI fixture run (a real ROME run of the test world whose models are rebuilt from the stored factors).
// Every number a view shows is checked against the engine called directly in the test on the models of
// an independent StepModelSource: probePrompt for the pane's three columns, logitLens for the lens'
// cells; the lens' last layer against probePrompt's output distribution; the step column's target
// NLLs against the post-edit NLLs the run itself stored for the edit's rewrite prompt.
#include "core/probe/logit_lens.h"
#include "core/probe/prompt_probe.h"
#include "storage/run_store.h"
#include "storage/sqlite_db.h"
#include "support/test_main.h"
#include "widgets/heatmap_figure.h"
#include "widgets/logit_lens_view.h"
#include "widgets/prompt_pane.h"
#include "widgets/run_document.h"
#include "widgets/session/step_model_source.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace editscope;

namespace {

constexpr int kWait = 240000;   // ms: the first rebuilds load the model (2 cores shared with other tests)

struct Edit {
    std::string prompt, targetTrue, targetNew;
};

// The step's first request, straight from the stored JSON.
Edit editOf(const StepSummary& s)
{
    const auto& r = s.requests.at(0);
    std::string prompt = r.at("prompt").get<std::string>();
    prompt.replace(prompt.find("{}"), 2, r.at("subject").get<std::string>());
    return {prompt, r.at("target_true").at("str").get<std::string>(), r.at("target_new").at("str").get<std::string>()};
}

void compareProbe(const PromptProbeResult& shown, const PromptProbeResult& direct)
{
    QCOMPARE(shown.promptIds, direct.promptIds);
    QCOMPARE(shown.greedy.ids, direct.greedy.ids);
    QCOMPARE(shown.greedy.text, direct.greedy.text);
    QCOMPARE(shown.sampled.ids, direct.sampled.ids);
    QCOMPARE(shown.sampled.text, direct.sampled.text);
    QCOMPARE(shown.top.size(), direct.top.size());
    for (std::size_t i = 0; i < direct.top.size(); ++i) {
        QCOMPARE(shown.top[i].id, direct.top[i].id);
        QCOMPARE(shown.top[i].text, direct.top[i].text);
        QCOMPARE(shown.top[i].probability, direct.top[i].probability);
    }
    QCOMPARE(shown.targets.size(), direct.targets.size());
    for (std::size_t i = 0; i < direct.targets.size(); ++i) {
        QCOMPARE(shown.targets[i].target, direct.targets[i].target);
        QCOMPARE(shown.targets[i].meanNll, direct.targets[i].meanNll);
        QCOMPARE(shown.targets[i].argmaxCorrect, direct.targets[i].argmaxCorrect);
    }
}

} // namespace

class TestProbePanes : public QObject {
    Q_OBJECT
private:
    QString db_;
    std::unique_ptr<RunDocument> doc_;
    std::shared_ptr<StepModelSource> viewModels_;   // what the views use
    std::unique_ptr<StepModelSource> testModels_;   // the test's own, independent cache
    int64_t run_ = 0;

    ProbeModelPtr model(int64_t step) { return testModels_->model({db_.toStdString(), run_, step}); }
    PromptProbeOptions options(const std::vector<std::string>& targets, uint64_t seed, int64_t maxLen)
    {
        PromptProbeOptions o;
        o.targets = targets;
        o.seed = seed;
        o.maxOutLen = maxLen;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        db_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
        QVERIFY2(QFileInfo::exists(db_), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
        doc_ = std::make_unique<RunDocument>();
        doc_->setPollInterval(0);
        QVERIFY(doc_->open(db_));
        run_ = doc_->runId();
        QVERIFY(doc_->lastStep() >= 8);
        viewModels_ = std::make_shared<StepModelSource>(3);
        testModels_ = std::make_unique<StepModelSource>(3);
    }

    void promptPaneColumnsEqualEngine()
    {
        doc_->selectStep(3);
        const Edit e = editOf(*doc_->stepSummary(3));
        PromptPane pane(doc_.get(), viewModels_);
        pane.resize(1300, 800);
        QVERIFY(!pane.isBusy());
        QVERIFY(!pane.result(PromptPane::BaseColumn));
        pane.setPrompt(QString::fromStdString(e.prompt));
        pane.setTargets({QString::fromStdString(e.targetTrue), QString::fromStdString(e.targetNew)});
        QCOMPARE(pane.targets().size(), 2);
        pane.setSeed(7);
        pane.setMaxLength(24);
        QSignalSpy finished(&pane, &PromptPane::finished);
        QSignalSpy failed(&pane, &PromptPane::failed);
        QElapsedTimer timer;
        timer.start();
        pane.run();
        QVERIFY(pane.isBusy());
        QVERIFY(finished.wait(kWait));
        qInfo("three columns, cold (base load + two rebuilds): %.3f s", static_cast<double>(timer.elapsed()) / 1000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!pane.isBusy());

        const auto opts = options({e.targetTrue, e.targetNew}, 7, 24);
        const int64_t last = doc_->lastStep();
        const int64_t steps[3] = {0, 3, last};
        for (int c = 0; c < 3; ++c) {
            const auto shown = pane.result(c);
            QVERIFY2(shown.has_value(), qPrintable(pane.columnError(c)));
            QCOMPARE(pane.columnStep(c), steps[c]);
            compareProbe(*shown, probePrompt(*model(steps[c]), e.prompt, opts));
        }
        QVERIFY(pane.columnTitle(1).contains(QLatin1String("3")));
        QVERIFY(pane.columnTitle(2).contains(QString::number(last)));

        // The step column's NLLs are those the run stored after editing step 3 for this very prompt.
        const auto record = doc_->loadStep(3);
        QVERIFY(record && !record->post.empty());
        const auto& rewrite = record->post.front().scores.at("rewrite_prompts_probs");
        bool found = false;
        for (const auto& p : rewrite) {
            if (p.at("prompt").get<std::string>() != e.prompt)
                continue;
            found = true;
            const auto step = *pane.result(1);
            QVERIFY(std::abs(step.targets[0].meanNll - p.at("target_true").get<double>()) < 1e-4);
            QVERIFY(std::abs(step.targets[1].meanNll - p.at("target_new").get<double>()) < 1e-4);
        }
        QVERIFY(found);
        // The edit moved the new target: the step column must not equal the base column there.
        QVERIFY(pane.result(1)->targets[1].meanNll < pane.result(0)->targets[1].meanNll);

        if (!qEnvironmentVariableIsEmpty("EDITSCOPE_SHOTS")) {   // screenshots for the README, on request
            pane.show();
            QTest::qWait(300);
            pane.grab().save(qEnvironmentVariable("EDITSCOPE_SHOTS") + QStringLiteral("/prompt_pane.png"));
        }
    }

    void stepColumnFollowsSelection()
    {
        doc_->selectStep(2);
        const Edit e = editOf(*doc_->stepSummary(2));
        PromptPane pane(doc_.get(), viewModels_);
        pane.setPrompt(QString::fromStdString(e.prompt));
        pane.setTargets({QString::fromStdString(e.targetNew)});
        pane.setMaxLength(20);
        QSignalSpy finished(&pane, &PromptPane::finished);
        pane.run();
        QVERIFY(finished.wait(kWait));
        const PromptProbeResult base = *pane.result(0);
        const auto opts = options({e.targetNew}, 0, 20);

        QElapsedTimer timer;
        timer.start();
        doc_->selectStep(5);   // results shown: the step column is recomputed by itself
        QVERIFY(pane.isBusy());
        QVERIFY(pane.columnTitle(1).contains(QLatin1String("5")));
        QVERIFY(finished.wait(kWait));
        qInfo("step column after a selection change: %.3f s", static_cast<double>(timer.elapsed()) / 1000);
        QCOMPARE(pane.columnStep(1), int64_t(5));
        compareProbe(*pane.result(1), probePrompt(*model(5), e.prompt, opts));
        compareProbe(*pane.result(0), base);

        // Moving again while it computes: the older step's result never shows.
        finished.clear();
        doc_->selectStep(6);
        doc_->selectStep(8);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy(), kWait);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(pane.columnStep(1), int64_t(8));
        compareProbe(*pane.result(1), probePrompt(*model(8), e.prompt, opts));
    }

    void editPromptsOneClickAway()
    {
        doc_->selectStep(7);
        const Edit e = editOf(*doc_->stepSummary(7));
        const auto record = doc_->loadStep(7);
        QVERIFY(record.has_value());
        const auto prompts = editPromptsOf(record->requests, &*record);
        QVERIFY(!prompts.empty());
        QCOMPARE(prompts.front().kind, QStringLiteral("rewrite"));
        QCOMPARE(prompts.front().prompt.toStdString(), e.prompt);
        QCOMPARE(prompts.front().targetNew.toStdString(), e.targetNew);
        // Then the stored paraphrase and neighbourhood prompts of the step's record, in stored order.
        std::vector<std::string> stored;
        for (const char* list : {"paraphrase_prompts_probs", "neighborhood_prompts_probs"})
            for (const auto& p : record->post.front().scores.at(list))
                stored.push_back(p.at("prompt").get<std::string>());
        QCOMPARE(prompts.size(), 1 + stored.size());
        for (std::size_t i = 0; i < stored.size(); ++i)
            QCOMPARE(prompts[i + 1].prompt.toStdString(), stored[i]);

        PromptPane pane(doc_.get(), viewModels_);
        pane.editPromptsMenu()->aboutToShow();   // what opening the menu does
        int actions = 0;
        for (QAction* a : pane.editPromptsMenu()->actions())
            actions += !a->isSeparator() ? 1 : 0;
        QCOMPARE(actions, static_cast<int>(prompts.size()));
        QSignalSpy finished(&pane, &PromptPane::finished);
        QVERIFY(pane.useSelectedEditPrompt());   // the button: rewrite prompt and both targets, then run
        QCOMPARE(pane.prompt().toStdString(), e.prompt);
        QCOMPARE(pane.targets(), QStringList({QString::fromStdString(e.targetTrue), QString::fromStdString(e.targetNew)}));
        QVERIFY(finished.wait(kWait));
        QCOMPARE(pane.result(1)->targets.size(), std::size_t(2));
    }

    void promptPaneReportsErrors()
    {
        PromptPane pane(doc_.get(), viewModels_);
        QSignalSpy failed(&pane, &PromptPane::failed);
        pane.setPrompt(QString());
        pane.run();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!pane.isBusy());

        // The run's model folder moved away: every column fails with a message, nothing crashes.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("moved.db"));
        {
            Database source(db_.toStdString(), Database::Mode::ReadOnly);
            source.exec("VACUUM INTO '" + copy.toStdString() + "'");
        }
        {
            Database target(copy.toStdString(), Database::Mode::ReadWrite);
            target.exec("UPDATE runs SET spec_json = json_set(spec_json, '$.model_dir', '" + dir.path().toStdString() + "/gone')");
        }
        RunDocument moved;
        moved.setPollInterval(0);
        QVERIFY(moved.open(copy));
        moved.selectStep(2);
        PromptPane broken(&moved, std::make_shared<StepModelSource>(1));
        QSignalSpy brokenFailed(&broken, &PromptPane::failed);
        broken.setPrompt(QStringLiteral("The capital of"));
        broken.run();
        QVERIFY(brokenFailed.wait(kWait));
        for (int c = 0; c < 3; ++c) {
            QVERIFY(!broken.result(c));
            QVERIFY2(broken.columnError(c).contains(QLatin1String("gone")), qPrintable(broken.columnError(c)));
        }
    }

    void lensLastLayerIsTheOutputDistribution()
    {
        doc_->selectStep(4);
        const Edit e = editOf(*doc_->stepSummary(4));
        LogitLensView view(doc_.get(), viewModels_);
        QVERIFY(view.followSelection());
        QCOMPARE(view.prompt().toStdString(), e.prompt);   // the selected edit's prompt and targets by default
        QCOMPARE(view.targetNew().toStdString(), e.targetNew);
        QSignalSpy finished(&view, &LogitLensView::finished);
        view.run();
        QVERIFY(finished.wait(kWait));

        int targetInTop = 0;   // panes whose target_new is among probePrompt's top 10 (after the edit: yes)
        for (int pane = 0; pane < 2; ++pane) {
            const int64_t step = pane == 0 ? 0 : 4;
            QCOMPARE(view.paneStep(pane), step);
            const auto shown = view.result(pane);
            QVERIFY(shown.has_value());
            const auto m = model(step);
            const LogitLensResult direct = logitLens(*m, e.prompt, e.targetTrue, e.targetNew);
            QCOMPARE(shown->layers(), direct.layers());
            QCOMPARE(shown->positions(), direct.positions());
            QCOMPARE(shown->targetNew.tokenId, direct.targetNew.tokenId);
            for (std::size_t l = 0; l < direct.layers(); ++l)
                for (std::size_t p = 0; p < direct.positions(); ++p) {
                    const LensCell& a = shown->at(l, p);
                    const LensCell& b = direct.at(l, p);
                    QCOMPARE(a.trueRank, b.trueRank);
                    QCOMPARE(a.newRank, b.newRank);
                    QCOMPARE(a.trueProbability, b.trueProbability);
                    QCOMPARE(a.newProbability, b.newProbability);
                    QCOMPARE(a.topId, b.topId);
                }
            // What the heatmap draws is the chosen quantity of each cell, for each quantity.
            for (auto q : {LogitLensView::Quantity::TrueProbability, LogitLensView::Quantity::NewProbability,
                           LogitLensView::Quantity::TrueRank, LogitLensView::Quantity::NewRank}) {
                view.setQuantity(q);
                for (std::size_t l = 0; l < direct.layers(); ++l)
                    for (std::size_t p = 0; p < direct.positions(); ++p)
                        QCOMPARE(view.shownValue(pane, static_cast<int>(l), static_cast<int>(p)),
                                 LogitLensView::cellValue(direct.at(l, p), q));
            }
            QCOMPARE(view.shownValue(pane, 0, 0), LogitLensView::cellValue(direct.at(0, 0), view.quantity()));
            QVERIFY(view.figure(pane)->rowLabels().size() == static_cast<int>(direct.layers()));
            // Hover: row 0 is the last layer; the tool tip names it and gives both ranks.
            const LensCell& corner = direct.at(direct.layers() - 1, 0);
            const QString tip = view.figure(pane)->toolTipAt(0, 0);
            QVERIFY2(tip.contains(QString::fromStdString(direct.layerNames.back())), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("rank %1,").arg(corner.trueRank)), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("rank %1,").arg(corner.newRank)), qPrintable(tip));

            // The last layer at the last position is the model's own next-token distribution (the lens reads
            // the residual through ln_f and the unembedding separately from the forward: float32 rounding).
            const std::string t = direct.targetNew.token.substr(direct.targetNew.token.front() == ' ' ? 1 : 0);
            const auto probe = probePrompt(*m, e.prompt, options({t}, 0, 1));
            const LensCell& out = shown->at(shown->layers() - 1, shown->positions() - 1);
            QCOMPARE(out.topId, probe.top.front().id);
            QVERIFY(std::abs(out.topProbability - probe.top.front().probability) < 1e-6);
            for (std::size_t i = 0; i < probe.top.size(); ++i)
                if (probe.top[i].id == direct.targetNew.tokenId) {
                    ++targetInTop;
                    QCOMPARE(out.newRank, static_cast<int64_t>(i));   // no ties among the top 10 here
                    QVERIFY(std::abs(out.newProbability - probe.top[i].probability) < 1e-6);
                }
            if (probe.targets.front().tokens.size() == 1)   // NLL of a one-token target = −log p
                QVERIFY(std::abs(out.newProbability - std::exp(-probe.targets.front().meanNll)) < 1e-5);
        }

        QVERIFY(targetInTop >= 1);

        // Exports: CSV with every cell of both panes, figures in the three formats.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(view.exportCsv(dir.filePath("lens.csv"), &error), qPrintable(error));
        QFile csv(dir.filePath("lens.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto r = *view.result(1);
        QCOMPARE(lines.size(), 1 + 2 * static_cast<int>(r.layers() * r.positions()));
        const QStringList lastCell = lines.back().split(QLatin1Char(','));
        QCOMPARE(lastCell.at(0), QStringLiteral("step"));
        QCOMPARE(lastCell.at(8).toLongLong(), r.cells.back().back().newRank);
        QCOMPARE(lastCell.at(9).toDouble(), r.cells.back().back().newProbability);
        for (const char* fmt : {"png", "pdf", "svg"}) {
            const QString path = dir.filePath(QStringLiteral("lens.") + QLatin1String(fmt));
            QVERIFY2(view.exportFigure(path, QLatin1String(fmt), 120, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QImage png(dir.filePath("lens.png"));
        const QSize fig = view.figure(0)->figureSize();
        QCOMPARE(png.width(), static_cast<int>(std::lround(2 * fig.width() * 120 / 96.0)));
        QVERIFY(!view.exportFigure(dir.filePath("lens.gif"), QStringLiteral("gif"), 120, &error));

        // The step pane follows the selection.
        view.show();
        doc_->selectStep(6);
        QTRY_VERIFY_WITH_TIMEOUT(view.paneStep(1) == 6 && !view.isBusy(), kWait);
        const Edit e6 = editOf(*doc_->stepSummary(6));
        QCOMPARE(view.prompt().toStdString(), e6.prompt);
        const auto direct6 = logitLens(*model(6), e6.prompt, e6.targetTrue, e6.targetNew);
        QCOMPARE(view.result(1)->cells.back().back().newProbability, direct6.cells.back().back().newProbability);

        if (!qEnvironmentVariableIsEmpty("EDITSCOPE_SHOTS")) {
            view.setQuantity(LogitLensView::Quantity::NewProbability);
            view.resize(1200, 560);
            QTest::qWait(300);
            view.grab().save(qEnvironmentVariable("EDITSCOPE_SHOTS") + QStringLiteral("/logit_lens.png"));
            view.exportFigure(qEnvironmentVariable("EDITSCOPE_SHOTS") + QStringLiteral("/logit_lens_figure.png"), QStringLiteral("png"), 150);
            view.exportFigure(qEnvironmentVariable("EDITSCOPE_SHOTS") + QStringLiteral("/logit_lens_figure.svg"), QStringLiteral("svg"));
            view.exportFigure(qEnvironmentVariable("EDITSCOPE_SHOTS") + QStringLiteral("/logit_lens_figure.pdf"), QStringLiteral("pdf"));
        }
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestProbePanes)
#include "test_probe_panes.moc"
