// CausalTraceView (widgets/causal_trace_view.h) on the gui_run fixture: the view's three traces equal
// traceCausalEffects called here on the same StepModelSource model with the same options (every cell,
// the tokens, the subject range, the answer, the scores and the noise from the dataset's subject
// embeddings), the figures draw exactly those scores with the subject rows marked, progress counts the
// forward passes of all three kinds, a click on a cell emits that column's layer, cancel stops a running
// trace and leaves the previous results, a failure does too, the model after an edit gives a different
// trace than the base model, the prompt follows the selected edit, and the exports write every file.
#include "widgets/causal_trace_view.h"

#include "core/dataset/counterfact.h"
#include "core/probe/causal_trace.h"
#include "support/test_main.h"
#include "widgets/heatmap_figure.h"
#include "widgets/run_document.h"
#include "widgets/session/step_model_source.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace editscope;

namespace {

constexpr TraceKind kKinds[3] = {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn};

struct Request {
    QString prompt, subject, targetNew;
};

} // namespace

class TestCausalTraceView : public QObject {
    Q_OBJECT
    QString db_;
    std::unique_ptr<RunDocument> doc_;
    std::shared_ptr<StepModelSource> models_;
    std::vector<std::string> subjects_;

    Request request(int64_t step) const
    {
        const auto record = doc_->loadStep(step);
        if (!record)
            return {};
        const auto& r = record->requests.at(0);
        return {QString::fromStdString(r.at("prompt").get<std::string>()),
                QString::fromStdString(r.at("subject").get<std::string>()),
                QString::fromStdString(r.at("target_new").at("str").get<std::string>())};
    }

    // What the view should show: the engine called directly on the same model.
    std::vector<CausalTrace> direct(int64_t step, const Request& req, int samples, int window,
                                    const std::optional<std::string>& answer = {}) const
    {
        const ProbeModelPtr m = models_->model({db_.toStdString(), doc_->runId(), step});
        CausalTraceOptions o;
        o.samples = samples;
        o.window = window;
        o.noiseMultiplier = 3.0;
        o.embeddingStd = subjectEmbeddingStd(*m->model, *m->tokenizer, subjects_);
        o.answer = answer;
        std::vector<CausalTrace> out;
        for (TraceKind kind : kKinds) {
            o.kind = kind;
            out.push_back(traceCausalEffects(*m->model, *m->tokenizer, req.prompt.toStdString(), req.subject.toStdString(), o));
        }
        return out;
    }

    static bool runAndWait(CausalTraceView& view)
    {
        QSignalSpy finished(&view, &CausalTraceView::finished);
        QSignalSpy failed(&view, &CausalTraceView::failed);
        view.run();
        if (!view.isBusy())
            return false;
        if (!QTest::qWaitFor([&view] { return !view.isBusy(); }, 300000))
            return false;
        if (!failed.isEmpty())
            qWarning() << "trace failed:" << failed.first().first().toString();
        return finished.size() == 1 && failed.isEmpty();
    }

    // Every shown trace equals `expected`, and every figure draws exactly its scores.
    static void compareView(const CausalTraceView& view, const std::vector<CausalTrace>& expected)
    {
        for (int k = 0; k < 3; ++k) {
            const auto shown = view.trace(kKinds[k]);
            QVERIFY(shown.has_value());
            const CausalTrace& e = expected[k];
            QCOMPARE(shown->kind, e.kind);
            QCOMPARE(shown->tokens, e.tokens);
            QCOMPARE(shown->tokenIds, e.tokenIds);
            QCOMPARE(shown->subjectBegin, e.subjectBegin);
            QCOMPARE(shown->subjectEnd, e.subjectEnd);
            QCOMPARE(shown->answerId, e.answerId);
            QCOMPARE(shown->noise, e.noise);
            QCOMPARE(shown->samples, e.samples);
            QCOMPARE(shown->window, e.window);
            QCOMPARE(shown->highScore, e.highScore);
            QCOMPARE(shown->lowScore, e.lowScore);
            QCOMPARE(shown->scores.size(), e.scores.size());
            HeatmapFigure* fig = view.figure(kKinds[k]);
            QCOMPARE(fig->rowCount(), static_cast<int>(e.scores.size()));
            QCOMPARE(fig->columnCount(), static_cast<int>(e.numLayers));
            for (size_t t = 0; t < e.scores.size(); ++t)
                for (size_t l = 0; l < e.scores[t].size(); ++l) {
                    QCOMPARE(shown->scores[t][l], e.scores[t][l]);
                    QCOMPARE(fig->drawnValue(static_cast<int>(t), static_cast<int>(l)), e.scores[t][l]);
                }
            const TracePeak peak = tracePeak(e);
            QVERIFY(view.peak(kKinds[k]).has_value());
            QCOMPARE(view.peak(kKinds[k])->layer, peak.layer);
            QCOMPARE(view.peak(kKinds[k])->token, peak.token);
            QCOMPARE(fig->colorLower(), e.lowScore);   // ROME's vmin
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        db_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
        QVERIFY2(!db_.isEmpty() && QFile::exists(db_), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
        doc_ = std::make_unique<RunDocument>();
        doc_->setPollInterval(0);
        QVERIFY(doc_->open(db_));
        QVERIFY(doc_->lastStep() >= 4);
        models_ = std::make_shared<StepModelSource>();
        for (const auto& r : loadCounterFact(doc_->spec().datasetPath))
            subjects_.push_back(r.rewrite.subject);
        QVERIFY(subjects_.size() > 10);
    }

    void followsTheSelectedEdit()
    {
        doc_->selectStep(3);
        CausalTraceView view(doc_.get(), models_);
        QCOMPARE(view.prompt(), request(3).prompt);
        QCOMPARE(view.subject(), request(3).subject);
        QCOMPARE(view.modelStep(), int64_t(3));   // default model: after the selected step
        doc_->selectStep(4);
        QCOMPARE(view.subject(), request(4).subject);
        view.setPrompt(QStringLiteral("{} is made by"), QStringLiteral("X"));
        doc_->selectStep(2);
        QCOMPARE(view.subject(), QStringLiteral("X"));   // typed input is kept
        view.useSelectedEdit();
        QCOMPARE(view.prompt(), request(2).prompt);
        view.setModelStep(0);
        QCOMPARE(view.modelStep(), int64_t(0));
        view.setModelStep(4);
        QCOMPARE(view.modelStep(), int64_t(4));
        doc_->selectStep(1);
        QCOMPARE(view.modelStep(), int64_t(4));   // an explicit step does not follow the selection
        view.setModelStep(-1);
        QCOMPARE(view.modelStep(), int64_t(-1));
    }

    void baseTraceEqualsEngine()
    {
        doc_->selectStep(1);
        const Request req = request(1);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(3);
        view.setWindow(3);
        QSignalSpy progress(&view, &CausalTraceView::progressed);
        QVERIFY(runAndWait(view));
        const auto expected = direct(0, req, 3, 3);
        compareView(view, expected);
        QCOMPARE(view.tracedStep(), int64_t(0));
        // Noise = 3 × the std of the dataset's subject embeddings.
        QVERIFY(view.embeddingStd().has_value());
        QCOMPARE(expected[0].noise, 3.0 * *view.embeddingStd());
        // Progress ends at all forward passes of the three kinds: 2 + tokens × layers each.
        const int cells = static_cast<int>(expected[0].tokens.size() * expected[0].numLayers);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), (QList<QVariant>{3 * (2 + cells), 3 * (2 + cells)}));
        // The subject's rows are marked "*" and boxed; the others are not.
        const CausalTrace& t = expected[0];
        QVERIFY(t.subjectEnd > t.subjectBegin);
        std::string subjectText;
        for (int64_t i = t.subjectBegin; i < t.subjectEnd; ++i)
            subjectText += t.tokens[static_cast<size_t>(i)];
        QVERIFY(QString::fromStdString(subjectText).contains(req.subject));
        for (TraceKind kind : kKinds) {
            HeatmapFigure* fig = view.figure(kind);
            std::vector<int> rows;
            for (int64_t i = t.subjectBegin; i < t.subjectEnd; ++i)
                rows.push_back(static_cast<int>(i));
            QCOMPARE(fig->highlightedRows(), rows);
            for (int r = 0; r < fig->rowCount(); ++r) {
                const bool subject = r >= t.subjectBegin && r < t.subjectEnd;
                QCOMPARE(fig->rowTickLabel(r), QString::fromStdString(t.tokens[static_cast<size_t>(r)]) + (subject ? QStringLiteral("*") : QString()));
            }
            QVERIFY(fig->colorScaleLabel().contains(QString::fromStdString(t.answer).trimmed()));
        }
        // CSV: one line per cell of the three kinds, with the traced scores.
        const QStringList lines = view.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 * cells);
        QCOMPARE(lines.first(), CausalTraceView::csvHeader());
    }

    // Each kind is shown as soon as it is done: during the MLP pass the hidden-state result is there and
    // the MLP one is not yet.
    void kindsAppearAsTheyFinish()
    {
        doc_->selectStep(2);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(150);   // slow enough for several progress reports per kind
        struct Seen {
            int done, total;
            bool hidden, mlp, attn;
        };
        std::vector<Seen> seen;
        connect(&view, &CausalTraceView::progressed, &view, [&](int done, int total) {
            seen.push_back({done, total, view.trace(TraceKind::Hidden).has_value(), view.trace(TraceKind::Mlp).has_value(),
                            view.trace(TraceKind::Attn).has_value()});
        });
        QVERIFY(runAndWait(view));
        int duringMlp = 0;
        for (const Seen& s : seen) {
            // done = k · perKind + forwards of kind k; each kind's last report (its 100 %) comes just
            // before its result, so at done == k · perKind either state is right.
            const int perKind = s.total / 3;
            QVERIFY(s.done >= perKind || !s.hidden);
            QVERIFY(s.done <= perKind || s.hidden);
            QVERIFY(s.done >= 2 * perKind || !s.mlp);
            QVERIFY(s.done <= 2 * perKind || s.mlp);
            QVERIFY(s.done == s.total || !s.attn);
            duringMlp += s.done > perKind && s.done < 2 * perKind;
        }
        QVERIFY2(duringMlp > 0, "no progress report during the MLP pass");
    }

    void clickChoosesTheLayer()
    {
        doc_->selectStep(2);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(3);
        QVERIFY(runAndWait(view));
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy chosen(&view, &CausalTraceView::layerChosen);
        HeatmapFigure* fig = view.figure(TraceKind::Mlp);
        fig->replot();
        const int lastRow = fig->rowCount() - 1, lastColumn = fig->columnCount() - 1;
        for (const auto& [row, column] : {std::pair{lastRow, lastColumn}, std::pair{0, 1}}) {
            QTest::mouseClick(fig->customPlot(), Qt::LeftButton, {}, fig->cellCentre(row, column).toPoint());
            QCOMPARE(chosen.size(), 1);
            QCOMPARE(chosen.takeFirst().first().toInt(), column);
            for (TraceKind kind : kKinds) {   // the cursor moves in all three figures
                QCOMPARE(view.figure(kind)->cursorRow(), row);
                QCOMPARE(view.figure(kind)->cursorColumn(), column);
            }
        }
        // The figure's own signal (e.g. a keyboard pick) reaches the view the same way.
        Q_EMIT view.figure(TraceKind::Hidden)->cellClicked(0, 2);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.takeFirst().first().toInt(), 2);
        QVERIFY(view.figure(TraceKind::Hidden)->toolTipAt(0, 2).contains(QStringLiteral("layer 2")));
    }

    void stepModelDiffersFromBase()
    {
        doc_->selectStep(1);
        const Request req = request(1);
        CausalTraceView view(doc_.get(), models_);
        view.setSamples(3);
        view.setWindow(2);
        view.setAnswer(req.targetNew);   // p(first token of " target_new"), which the edit raised
        view.setModelStep(0);
        QVERIFY(runAndWait(view));
        const CausalTrace base = *view.trace(TraceKind::Hidden);
        view.setModelStep(1);
        QVERIFY(runAndWait(view));
        QCOMPARE(view.tracedStep(), int64_t(1));
        compareView(view, direct(1, req, 3, 2, " " + req.targetNew.toStdString()));
        const CausalTrace edited = *view.trace(TraceKind::Hidden);
        QCOMPARE(edited.answerId, base.answerId);
        QVERIFY2(edited.highScore > base.highScore,
                 qPrintable(QStringLiteral("p(new) clean: base %1, after the edit %2").arg(base.highScore).arg(edited.highScore)));
        QVERIFY(edited.scores != base.scores);
        // Without an answer the traced answer is each model's own top prediction.
        view.setAnswer(QString());
        QVERIFY(runAndWait(view));
        compareView(view, direct(1, req, 3, 2));
    }

    void cancelKeepsThePreviousResults()
    {
        doc_->selectStep(2);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(3);
        QVERIFY(runAndWait(view));
        std::vector<CausalTrace> before;
        for (TraceKind kind : kKinds)
            before.push_back(*view.trace(kind));

        view.setSamples(1000);   // long enough to be cancelled mid-way
        QSignalSpy cancelled(&view, &CausalTraceView::cancelled);
        QSignalSpy finished(&view, &CausalTraceView::finished);
        QSignalSpy failed(&view, &CausalTraceView::failed);
        const auto cancelOnProgress = connect(&view, &CausalTraceView::progressed, &view, [&view](int done, int) {
            if (done > 0)
                view.cancel();
        });
        view.run();
        QVERIFY(view.isBusy());
        view.run();   // a second run while busy is ignored
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 300000);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        compareView(view, before);
        // And it traces again afterwards.
        disconnect(cancelOnProgress);
        view.setSamples(3);
        QVERIFY(runAndWait(view));
        compareView(view, before);
    }

    void failureKeepsThePreviousResults()
    {
        doc_->selectStep(2);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(3);
        QVERIFY(runAndWait(view));
        const CausalTrace before = *view.trace(TraceKind::Attn);
        view.setPrompt(QStringLiteral("The weather today is"), QStringLiteral("Zyxw"));
        QSignalSpy failed(&view, &CausalTraceView::failed);
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 300000);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("subject")), qPrintable(failed.first().first().toString()));
        QCOMPARE(view.trace(TraceKind::Attn)->scores, before.scores);
        view.setPrompt(QString(), QString());
        view.run();
        QVERIFY(!view.isBusy());
        QCOMPARE(failed.size(), 2);
    }

    void exportsEveryFigure()
    {
        doc_->selectStep(2);
        CausalTraceView view(doc_.get(), models_);
        view.setModelStep(0);
        view.setSamples(3);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!view.exportFigures(dir.path(), QStringLiteral("png"), 150, &error));   // nothing traced yet
        QVERIFY(runAndWait(view));
        for (const QString& format : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")}) {
            QVERIFY2(view.exportFigures(dir.path(), format, 150, &error), qPrintable(error));
            for (const char* kind : {"hidden", "mlp", "attn"}) {
                const QFileInfo file(QDir(dir.path()).filePath(QStringLiteral("causal_trace_%1.%2").arg(QLatin1String(kind), format)));
                QVERIFY2(file.exists() && file.size() > 500, qPrintable(file.filePath()));
            }
        }
        const QString csv = QDir(dir.path()).filePath(QStringLiteral("trace.csv"));
        QVERIFY2(view.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), view.csv());
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestCausalTraceView)
#include "test_causal_trace_view.moc"
