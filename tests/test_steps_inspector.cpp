// The steps table, the edit inspector and the disabling-edits view on the GUI fixture run (a real
// 16-step ROME run of the test world with flagged steps). Every number is checked against the run file
// read independently through RunStore (the JSON parsed here, not through the widgets' helpers).
#include "storage/run_store.h"
#include "storage/sqlite_db.h"
#include "support/test_main.h"
#include "widgets/disabling_view.h"
#include "widgets/edit_inspector.h"
#include "widgets/loss_curve_chart.h"
#include "widgets/nll_chart.h"
#include "widgets/run_document.h"
#include "widgets/step_details.h"
#include "widgets/step_filter.h"
#include "widgets/step_navigation.h"
#include "widgets/steps_table_model.h"
#include "widgets/steps_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace editscope;

namespace {

QString subjectOf(const StepSummary& s) { return QString::fromStdString(s.requests.at(0).at("subject").get<std::string>()); }

double mean(const std::vector<double>& v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? std::nan("") : sum / static_cast<double>(v.size());
}

// Mean NLL of `target` ("target_true"/"target_new") over a scores list, straight from the stored JSON.
double storedMean(const RecordEvalRecord& r, const char* list, const char* target)
{
    std::vector<double> values;
    for (const auto& p : r.scores.at(list))
        values.push_back(p.at(target).get<double>());
    return mean(values);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestStepsInspector : public QObject {
    Q_OBJECT

    QString path_;
    std::unique_ptr<RunStore> store_;
    int64_t run_ = 0;
    std::vector<StepSummary> summaries_;
    std::vector<int64_t> flagged_;

    void openDocument(RunDocument& doc)
    {
        doc.setPollInterval(0);
        QVERIFY2(doc.open(path_), qPrintable(doc.lastError()));
        doc.setPollInterval(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());   // formatted numbers compared below
        path_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
        QVERIFY2(QFile::exists(path_), "EDITSCOPE_GUI_DB must name the gui_run fixture's run.db");
        store_ = std::make_unique<RunStore>(path_.toStdString(), true);
        run_ = store_->runs().back().id;
        summaries_ = store_->stepSummaries(run_);
        for (const auto& [step, flag] : store_->flags(run_))
            if (flagged_.empty() || flagged_.back() != step)
                flagged_.push_back(step);
        QCOMPARE(summaries_.size(), size_t(16));
        // The fixture's detector fires at real steps (tests/support/make_gui_run.sh); two are needed to
        // check that flagged navigation moves between them and wraps.
        QCOMPARE(flagged_, (std::vector<int64_t>{5, 13}));
    }

    void modelMatchesStore()
    {
        RunDocument doc;
        openDocument(doc);
        StepsTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(summaries_.size()));
        QCOMPARE(model.columnCount(), static_cast<int>(StepsTableModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& s = summaries_[static_cast<size_t>(row)];
            auto cell = [&](int column, int role) { return model.index(row, column).data(role); };
            QCOMPARE(cell(StepsTableModel::StepColumn, StepsTableModel::StepRole).toLongLong(), s.step);
            QCOMPARE(cell(StepsTableModel::StepColumn, Qt::DisplayRole).toLongLong(), s.step);
            QCOMPARE(cell(StepsTableModel::CasesColumn, Qt::DisplayRole).toString(), QString::number(s.caseIds.at(0)));
            QCOMPARE(cell(StepsTableModel::SubjectColumn, Qt::DisplayRole).toString(), subjectOf(s));
            const QString targets = QString::fromStdString(s.requests[0]["target_true"]["str"].get<std::string>()) + QStringLiteral(" → ")
                + QString::fromStdString(s.requests[0]["target_new"]["str"].get<std::string>());
            QCOMPARE(cell(StepsTableModel::TargetsColumn, Qt::DisplayRole).toString(), targets);
            QCOMPARE(cell(StepsTableModel::EsColumn, StepsTableModel::SortRole).toDouble(), s.es);
            QCOMPARE(cell(StepsTableModel::PsColumn, StepsTableModel::SortRole).toDouble(), s.ps);
            QCOMPARE(cell(StepsTableModel::NsColumn, StepsTableModel::SortRole).toDouble(), s.ns);
            QCOMPARE(cell(StepsTableModel::UpdateNormColumn, StepsTableModel::SortRole).toDouble(), s.updateNorm);
            QCOMPARE(cell(StepsTableModel::EsColumn, Qt::DisplayRole).toString(), formatPercent(s.es));
            const bool isFlagged = std::count(flagged_.begin(), flagged_.end(), s.step) > 0;
            QCOMPARE(cell(0, StepsTableModel::FlaggedRole).toBool(), isFlagged);
            QCOMPARE(cell(StepsTableModel::FlagsColumn, Qt::DisplayRole).toString(),
                     isFlagged ? QString::fromStdString(s.flags.at(0).criterion) : QString());
            QCOMPARE(cell(1, Qt::BackgroundRole).isValid(), isFlagged);   // flagged rows are tinted
            QVERIFY(cell(2, Qt::ToolTipRole).toString().contains(subjectOf(s)));
        }
        QCOMPARE(model.rowForStep(7), 6);
        QCOMPARE(model.rowForStep(17), -1);
        QCOMPARE(model.stepAt(15), int64_t(16));
    }

    void sortingIsNumeric()
    {
        RunDocument doc;
        openDocument(doc);
        StepsView view(&doc);
        view.table()->sortByColumn(StepsTableModel::UpdateNormColumn, Qt::AscendingOrder);
        auto expected = summaries_;
        std::stable_sort(expected.begin(), expected.end(), [](const StepSummary& a, const StepSummary& b) { return a.updateNorm < b.updateNorm; });
        QStringList shownTexts;
        for (int row = 0; row < view.visibleRowCount(); ++row) {
            QCOMPARE(view.stepAtVisibleRow(row), expected[static_cast<size_t>(row)].step);
            shownTexts << view.proxyModel()->index(row, StepsTableModel::UpdateNormColumn).data().toString();
        }
        // The fixture's norms span 8.9 .. 14.1: sorting their texts would put "10.x" before "8.x".
        QStringList textSorted = shownTexts;
        textSorted.sort();
        QVERIFY(textSorted != shownTexts);
        view.table()->sortByColumn(StepsTableModel::UpdateNormColumn, Qt::DescendingOrder);
        QCOMPARE(view.stepAtVisibleRow(0), expected.back().step);

        // Text columns sort as text, ignoring case.
        view.table()->sortByColumn(StepsTableModel::SubjectColumn, Qt::AscendingOrder);
        QStringList subjects;
        for (const auto& s : summaries_)
            subjects << subjectOf(s);
        std::sort(subjects.begin(), subjects.end(), [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        for (int row = 0; row < view.visibleRowCount(); ++row)
            QCOMPARE(view.proxyModel()->index(row, StepsTableModel::SubjectColumn).data().toString(), subjects[row]);
    }

    void filter()
    {
        RunDocument doc;
        openDocument(doc);
        StepsView view(&doc);
        auto shownSteps = [&] {
            std::vector<int64_t> steps;
            for (int row = 0; row < view.visibleRowCount(); ++row)
                steps.push_back(view.stepAtVisibleRow(row));
            return steps;
        };
        view.setFilterText(QStringLiteral("flag:"));
        QCOMPARE(shownSteps(), flagged_);
        view.setFilterText(QStringLiteral("flag:update_norm"));
        QCOMPARE(shownSteps(), flagged_);
        view.setFilterText(QStringLiteral("flag:drift_jump"));
        QCOMPARE(view.visibleRowCount(), 0);
        view.setFilterText(QStringLiteral("-flag:"));
        QCOMPARE(view.visibleRowCount(), static_cast<int>(summaries_.size() - flagged_.size()));

        const QString subject = subjectOf(summaries_[2]);   // step 3's subject, quoted (it has a space)
        std::vector<int64_t> withSubject;
        for (const auto& s : summaries_)
            if (subjectOf(s).contains(subject, Qt::CaseInsensitive))
                withSubject.push_back(s.step);
        view.setFilterText(QLatin1Char('"') + subject.toUpper() + QLatin1Char('"'));
        QCOMPARE(shownSteps(), withSubject);
        QVERIFY(std::count(withSubject.begin(), withSubject.end(), 3) == 1);

        view.setFilterText(QStringLiteral("case:%1").arg(summaries_[3].caseIds[0]));
        QCOMPARE(shownSteps(), std::vector<int64_t>{4});
        view.setFilterText(QStringLiteral("step:3-6"));
        QCOMPARE(shownSteps(), (std::vector<int64_t>{3, 4, 5, 6}));
        view.setFilterText(QStringLiteral("step:3-6 flag:"));
        QCOMPARE(shownSteps(), std::vector<int64_t>{5});
        view.setFilterText(QStringLiteral("case:x"));   // a typo shows nothing, not everything
        QCOMPARE(view.visibleRowCount(), 0);
        view.setFilterText(QString());
        QCOMPARE(view.visibleRowCount(), static_cast<int>(summaries_.size()));
    }

    void selectionSync()
    {
        RunDocument doc;
        openDocument(doc);
        StepsView view(&doc);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->sortByColumn(StepsTableModel::UpdateNormColumn, Qt::DescendingOrder);
        QSignalSpy changes(&doc, &RunDocument::selectedStepChanged);

        doc.selectStep(7);
        auto selectedStep = [&] {
            const auto rows = view.table()->selectionModel()->selectedRows();
            return rows.size() == 1 ? rows.front().data(StepsTableModel::StepRole).toLongLong() : -1;
        };
        QCOMPARE(selectedStep(), 7);
        QCOMPARE(changes.count(), 1);   // the view following the document did not select again

        // A click on another row selects that step in the document, once.
        const int row = 3;
        const int64_t clicked = view.stepAtVisibleRow(row);
        QVERIFY(clicked != 7);
        const QRect rect = view.table()->visualRect(view.proxyModel()->index(row, StepsTableModel::SubjectColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(doc.selectedStep(), clicked);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(selectedStep(), clicked);

        // Keys move in step order, not in the (sorted) row order.
        doc.selectStep(7);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Right);
        QCOMPARE(doc.selectedStep(), int64_t(8));
        QCOMPARE(selectedStep(), 8);
        QTest::keyClick(view.table(), Qt::Key_Left);
        QTest::keyClick(view.table(), Qt::Key_Left);
        QCOMPARE(doc.selectedStep(), int64_t(6));
        QTest::keyClick(view.table(), Qt::Key_End);
        QCOMPARE(doc.selectedStep(), int64_t(16));
        QTest::keyClick(view.table(), Qt::Key_Home);
        QCOMPARE(doc.selectedStep(), int64_t(1));
        QTest::keyClick(view.table(), Qt::Key_N);
        QCOMPARE(doc.selectedStep(), flagged_[0]);
        QTest::keyClick(view.table(), Qt::Key_N);
        QCOMPARE(doc.selectedStep(), flagged_[1]);
        QTest::keyClick(view.table(), Qt::Key_N, Qt::ShiftModifier);
        QCOMPARE(doc.selectedStep(), flagged_[0]);
        QCOMPARE(selectedStep(), flagged_[0]);

        // A filtered-out selection leaves the table unselected; clearing the filter brings it back.
        view.setFilterText(QStringLiteral("step:1-2"));
        QCOMPARE(selectedStep(), -1);
        QCOMPARE(doc.selectedStep(), flagged_[0]);
        view.setFilterText(QString());
        QCOMPARE(selectedStep(), flagged_[0]);
    }

    void navigation()
    {
        RunDocument doc;
        openDocument(doc);
        StepsView view(&doc);
        QCOMPARE(doc.selectedStep(), int64_t(0));
        view.selectNext();
        QCOMPARE(doc.selectedStep(), int64_t(1));   // from no selection, "next" is the first step
        view.selectPrevious();
        QCOMPARE(doc.selectedStep(), int64_t(1));   // stops at the first
        view.selectLast();
        QCOMPARE(doc.selectedStep(), int64_t(16));
        view.selectNext();
        QCOMPARE(doc.selectedStep(), int64_t(16));  // stops at the last
        view.selectPrevious();
        QCOMPARE(doc.selectedStep(), int64_t(15));
        view.selectFirst();
        QCOMPARE(doc.selectedStep(), int64_t(1));
        view.selectNextFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(5));
        view.selectNextFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(13));
        view.selectNextFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(5));   // wraps around
        view.selectPreviousFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(13));  // wraps around backwards
        view.selectPreviousFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(5));
        doc.selectStep(9);
        view.selectPreviousFlagged();
        QCOMPARE(doc.selectedStep(), int64_t(5));
        QCOMPARE(previousFlaggedStepFrom(doc, 0), int64_t(13));
        QCOMPARE(nextStepFrom(doc, 0), int64_t(1));
        QCOMPARE(previousStepFrom(doc, 0), int64_t(16));
    }

    void inspectorShowsStoredNumbers()
    {
        RunDocument doc;
        openDocument(doc);
        EditInspector inspector(&doc);
        doc.selectStep(5);   // following the selection (the default)
        QCOMPARE(inspector.step(), int64_t(5));
        QVERIFY(inspector.hasRecord());
        const StepRecord stored = store_->step(run_, 5);
        const auto& pre = stored.pre.at(0);
        const auto& post = stored.post.at(0);

        const std::pair<PromptKind, const char*> kinds[] = {{PromptKind::Rewrite, "rewrite_prompts_probs"},
                                                            {PromptKind::Paraphrase, "paraphrase_prompts_probs"},
                                                            {PromptKind::Neighborhood, "neighborhood_prompts_probs"}};
        int prompts = 0;
        for (const auto& [kind, list] : kinds) {
            const auto* chart = inspector.nllChart();
            QCOMPARE(chart->barValue(NllChart::TrueBefore, kind), storedMean(pre, list, "target_true"));
            QCOMPARE(chart->barValue(NllChart::TrueAfter, kind), storedMean(post, list, "target_true"));
            QCOMPARE(chart->barValue(NllChart::NewBefore, kind), storedMean(pre, list, "target_new"));
            QCOMPARE(chart->barValue(NllChart::NewAfter, kind), storedMean(post, list, "target_new"));
            prompts += static_cast<int>(post.scores.at(list).size());
        }
        QVERIFY(prompts >= 3);
        QCOMPARE(inspector.nllChart()->dotCount(NllChart::NewAfter), prompts);
        QCOMPARE(inspector.promptsTable()->rowCount(), prompts);
        // Row 0 is the rewrite prompt: its filled text and the stored NLL of target_new after the edit.
        const auto& rewrite = post.scores.at("rewrite_prompts_probs").at(0);
        QCOMPARE(inspector.promptsTable()->item(0, 5)->text(), QString::fromStdString(rewrite.at("prompt").get<std::string>()));
        QCOMPARE(inspector.promptsTable()->item(0, 1)->data(Qt::UserRole).toDouble(), pre.scores["rewrite_prompts_probs"][0]["target_true"].get<double>());
        QCOMPARE(inspector.promptsTable()->item(0, 4)->data(Qt::UserRole).toDouble(), rewrite.at("target_new").get<double>());

        const auto& loss = stored.diagnostics.at(0).at("v_star").at("loss");
        QCOMPARE(inspector.lossChart()->curveCount(), 1);
        QCOMPARE(inspector.lossChart()->pointCount(0), static_cast<int>(loss.size()));
        QCOMPARE(inspector.lossChart()->pointValue(0, static_cast<int>(loss.size()) - 1), loss.back().get<double>());
        QCOMPARE(inspector.optimisationTable()->item(0, 2)->data(Qt::UserRole).toDouble(),
                 stored.diagnostics[0]["v_star"]["delta_norm"].get<double>());
        QCOMPARE(inspector.optimisationTable()->item(0, 5)->data(Qt::UserRole).toDouble(), stored.diagnostics[0]["denominator"].get<double>());

        // ‖ΔW‖ against the running median of steps 1..4, computed here from the stored summaries.
        std::vector<double> earlier;
        for (int i = 0; i < 4; ++i)
            earlier.push_back(summaries_[static_cast<size_t>(i)].updateNorm);
        std::sort(earlier.begin(), earlier.end());
        const double median = 0.5 * (earlier[1] + earlier[2]);
        QVERIFY(std::abs(inspector.updateNormRatio() - summaries_[4].updateNorm / median) < 1e-12);
        QCOMPARE(inspector.updateTable()->item(1, 1)->data(Qt::UserRole).toDouble(), median);
        QVERIFY(inspector.updateTable()->item(2, 1)->font().bold());   // above the detector's factor

        const StepRecord previous = store_->step(run_, 4);
        QCOMPARE(inspector.normsTable()->rowCount(), 1);
        QCOMPARE(inspector.normsTable()->item(0, 0)->text(), QString::number(stored.norms[0].layer));
        QCOMPARE(inspector.normsTable()->item(0, 1)->data(Qt::UserRole).toDouble(), previous.norms[0].weightNorm);
        QCOMPARE(inspector.normsTable()->item(0, 2)->data(Qt::UserRole).toDouble(), stored.norms[0].weightNorm);
        QCOMPARE(inspector.normsTable()->item(0, 3)->data(Qt::UserRole).toDouble(), previous.norms[0].driftNorm);
        QCOMPARE(inspector.normsTable()->item(0, 4)->data(Qt::UserRole).toDouble(), stored.norms[0].driftNorm);

        const auto& flag = stored.flags.at(0);
        QCOMPARE(inspector.flagsTable()->rowCount(), static_cast<int>(stored.flags.size()));
        QCOMPARE(inspector.flagsTable()->item(0, 0)->text(), QString::fromStdString(flag.criterion));
        QCOMPARE(inspector.flagsTable()->item(0, 1)->data(Qt::UserRole).toDouble(), flag.value);
        QCOMPARE(inspector.flagsTable()->item(0, 2)->data(Qt::UserRole).toDouble(), flag.threshold);
        const QString text = inspector.toPlainText();
        QVERIFY(text.contains(QString::fromStdString(flag.criterion)));
        QVERIFY(text.contains(formatNumber(flag.threshold)));
        QVERIFY(text.contains(QString::fromStdString(flag.message)));
        QVERIFY(text.contains(QString::fromStdString(stored.requests[0]["subject"].get<std::string>())));

        // Step 5 has no samples of its own: those of step 4 (the latest before) are shown beside step 0's.
        const StepRecord base = store_->step(run_, 0);
        QVERIFY(!base.generations.empty() && !previous.generations.empty() && stored.generations.empty());
        QVERIFY(text.contains(QString::fromStdString(base.generations[0].text).simplified().left(30)));
        QVERIFY(text.contains(QString::fromStdString(previous.generations[0].text).simplified().left(30)));
        QVERIFY(text.contains(QStringLiteral("step 4")));

        // The first edit starts from the base model: drift before it is 0; the weight norm before is not stored.
        inspector.setStep(1);
        QCOMPARE(inspector.normsTable()->item(0, 3)->data(Qt::UserRole).toDouble(), 0.0);
        QVERIFY(std::isnan(inspector.normsTable()->item(0, 1)->data(Qt::UserRole).toDouble()));
        QVERIFY(std::isnan(inspector.updateNormRatio()));
        QCOMPARE(inspector.flagsTable()->rowCount(), 0);
        // Explicit steps can be set; following the selection replaces them on the next change.
        doc.selectStep(13);
        QCOMPARE(inspector.step(), int64_t(13));
        inspector.setFollowSelection(false);
        doc.selectStep(2);
        QCOMPARE(inspector.step(), int64_t(13));
    }

    void disablingView()
    {
        RunDocument doc;
        openDocument(doc);
        DisablingEditsView view(&doc);
        QCOMPARE(view.flagList()->rowCount(), static_cast<int>(store_->flags(run_).size()));
        QCOMPARE(view.shownStep(), flagged_[0]);   // the first flagged step before anything is picked
        QCOMPARE(doc.selectedStep(), int64_t(0));
        QCOMPARE(view.typicalStep(), doc.medianStep());
        QVERIFY(view.typicalStep() > 0 && std::count(flagged_.begin(), flagged_.end(), view.typicalStep()) == 0);
        QCOMPARE(view.typicalInspector()->step(), view.typicalStep());

        doc.selectStep(13);
        QCOMPARE(view.shownStep(), int64_t(13));
        QCOMPARE(view.flaggedInspector()->step(), int64_t(13));
        QVERIFY(view.comparisonText().contains(QStringLiteral("step 13")));
        QVERIFY(view.comparisonText().contains(formatRatio(view.flaggedInspector()->updateNormRatio())));
        // One scale for both sides: the flagged edit's taller bars look taller.
        const auto* nllA = view.flaggedInspector()->nllChart();
        const auto* nllB = view.typicalInspector()->nllChart();
        QCOMPARE(nllA->axisMaximum(), nllB->axisMaximum());
        QVERIFY(nllA->axisMaximum() >= std::max(nllA->dataMaximum(), nllB->dataMaximum()));
        QVERIFY(nllA->dataMaximum() != nllB->dataMaximum());
        QCOMPARE(view.flaggedInspector()->lossChart()->axisMaximum(), view.typicalInspector()->lossChart()->axisMaximum());
        doc.selectStep(3);   // unflagged: the comparison stays
        QCOMPARE(view.shownStep(), int64_t(13));

        view.flagList()->selectRow(0);
        QCOMPARE(doc.selectedStep(), flagged_[0]);
        QCOMPARE(view.flaggedInspector()->step(), flagged_[0]);
        QCOMPARE(view.flagList()->item(0, 1)->text(), QString::fromStdString(store_->flags(run_)[0].second.criterion));
    }

    void incrementalAppend()
    {
        // A copy of the run holding its first 10 steps; the other 6 arrive while the document is open.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string copyPath = dir.filePath(QStringLiteral("copy.db")).toStdString();
        RunStore writer(copyPath);
        const int64_t copyRun = writer.createRun(store_->runSpec(run_));
        const StepRecord base = store_->step(run_, 0);
        writer.appendBaseline(copyRun, base.downstream, base.generations);
        for (int64_t step = 1; step <= 10; ++step)
            writer.appendStep(copyRun, store_->step(run_, step));

        RunDocument doc;
        doc.setPollInterval(0);
        QVERIFY(doc.open(QString::fromStdString(copyPath)));
        doc.setPollInterval(0);
        StepsView view(&doc);
        DisablingEditsView disabling(&doc);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.model()->rowCount(), 10);
        QCOMPARE(disabling.flagList()->rowCount(), 1);
        view.setFilterText(QStringLiteral("-step:2"));
        doc.selectStep(7);
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);

        for (int64_t step = 11; step <= 16; ++step)
            writer.appendStep(copyRun, store_->step(run_, step));
        doc.refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 10);
        QCOMPARE(inserted[0][2].toInt(), 15);
        QCOMPARE(view.model()->rowCount(), 16);
        QCOMPARE(view.visibleRowCount(), 15);
        QCOMPARE(view.model()->index(15, StepsTableModel::UpdateNormColumn).data(StepsTableModel::SortRole).toDouble(),
                 summaries_[15].updateNorm);
        const auto rows = view.table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows.front().data(StepsTableModel::StepRole).toLongLong(), 7);   // the selection survived
        QCOMPARE(disabling.flagList()->rowCount(), 2);                             // step 13 is flagged
        view.selectLast();
        QCOMPARE(doc.selectedStep(), int64_t(16));
    }

    void corruptRow()
    {
        // A row whose JSON does not parse: a clear message in the inspector, the other steps unaffected.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("corrupt.db"));
        QVERIFY(QFile::copy(path_, copy));
        {
            Database db(copy.toStdString(), Database::Mode::ReadWrite);
            db.exec("UPDATE steps SET diagnostics_json = '{not json' WHERE step = 7");
        }
        RunDocument doc;
        doc.setPollInterval(0);
        QVERIFY(doc.open(copy));
        QSignalSpy errors(&doc, &RunDocument::errorOccurred);
        StepsView view(&doc);
        EditInspector inspector(&doc);
        QCOMPARE(view.model()->rowCount(), 16);
        doc.selectStep(7);
        QCOMPARE(inspector.step(), int64_t(7));
        QVERIFY(!inspector.hasRecord());
        QCOMPARE(errors.count(), 1);
        QVERIFY(inspector.toPlainText().contains(QStringLiteral("could not be read")));
        doc.selectStep(8);
        QVERIFY(inspector.hasRecord());
        QCOMPARE(inspector.lossChart()->curveCount(), 1);
    }

    void toleratesOddJson()
    {
        // Whatever a corrupt row holds, the readers return empty values instead of throwing.
        const auto junk = nlohmann::json::parse(R"([{"v_star": {"loss": [1, "x", null], "clamped": 3}, "request": 7},
                                                    5, {"z": 1}])");
        const auto d = parseDiagnostics(junk);
        QCOMPARE(d.traces.size(), size_t(2));   // the number 5 is skipped; {"z": 1} is a request without a trace
        QCOMPARE(d.traces[0].loss.size(), size_t(3));
        QVERIFY(d.traces[1].loss.empty());
        QVERIFY(std::isnan(d.traces[0].loss[1]));
        QVERIFY(!d.traces[0].clamped);
        QVERIFY(std::isnan(d.denominators[0]));
        QVERIFY(parseDiagnostics(nlohmann::json("text")).traces.empty());
        QCOMPARE(requestTexts(nlohmann::json::parse(R"([{"subject": 1}, "x"])"), {}).size(), size_t(2));
        RecordEvalRecord post;
        post.scores = nlohmann::json::parse(R"({"rewrite_prompts_probs": [{"prompt": "p", "target_true": "a"}], "paraphrase_prompts_probs": 3})");
        const auto nlls = promptNlls({}, {post});
        QCOMPARE(nlls.size(), size_t(1));
        QVERIFY(std::isnan(nlls[0].trueAfter) && std::isnan(nlls[0].newBefore));
        QCOMPARE(formatNumber(std::nan("")), QStringLiteral("—"));
        QCOMPARE(formatNumber(12.3456), QStringLiteral("12.35"));
        QCOMPARE(formatNumber(0.5), QStringLiteral("0.5000"));
        QCOMPARE(formatPercent(0.5), QStringLiteral("50.0 %"));
    }

    void screenshots()
    {
        // Light and dark: rendered, non-blank; saved where EDITSCOPE_SCREENSHOT_DIR points (to look at).
        const QString outDir = qEnvironmentVariable("EDITSCOPE_SCREENSHOT_DIR");
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette light = QApplication::style()->standardPalette();
        for (const auto& [name, palette] : {std::pair<QString, QPalette>{QStringLiteral("light"), light},
                                            std::pair<QString, QPalette>{QStringLiteral("dark"), darkPalette()}}) {
            QApplication::setPalette(palette);
            RunDocument doc;
            openDocument(doc);
            StepsView steps(&doc);
            steps.resize(1000, 440);
            EditInspector inspector(&doc);
            inspector.resize(620, 1900);
            DisablingEditsView disabling(&doc);
            disabling.resize(1300, 900);
            doc.selectStep(5);
            for (QWidget* w : std::initializer_list<QWidget*>{&steps, &inspector, &disabling}) {
                w->show();
                QVERIFY(QTest::qWaitForWindowExposed(w));
            }
            QTest::qWait(50);
            const QImage a = steps.grab().toImage(), b = inspector.grab().toImage(), c = disabling.grab().toImage();
            for (const auto* image : {&a, &b, &c})
                QVERIFY(distinctColours(*image) > 20);
            // The palette is followed: the inspector's background is the palette's window colour.
            QCOMPARE(QColor(b.pixel(b.width() - 3, b.height() - 3)).lightnessF() < 0.5, name == QLatin1String("dark"));
            if (!outDir.isEmpty()) {
                QDir().mkpath(outDir);
                a.save(outDir + QStringLiteral("/steps-%1.png").arg(name));
                b.save(outDir + QStringLiteral("/inspector-%1.png").arg(name));
                c.save(outDir + QStringLiteral("/disabling-%1.png").arg(name));
            }
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestStepsInspector)

#include "test_steps_inspector.moc"
