// The downstream evaluation on a real trained model: the test-size demo world (CTest fixture
// build_test_world), whose report.json says its model answers every held-out skill query correctly.
#include <ATen/ATen.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/eval/downstream.h"
#include "core/eval/knowledge_report.h"
#include "core/formats/file_io.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <map>

using namespace editscope;
using editscope::testing::testWorldDir;

class TestDownstreamWorld : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!testWorldDir().empty(), "EDITSCOPE_TEST_WORLD is not set (run through ctest)"); }

    void worldSkillsScoreAsTheReportSays()
    {
        const std::string dir = testWorldDir();
        auto checkpoint = loadGpt2Folder(dir + "/model");
        const Gpt2Model model(checkpoint.config, checkpoint.weights);
        const auto tokenizer = Gpt2Tokenizer::loadFromDir(dir + "/model");
        at::NoGradGuard noGrad;

        // Each skill's dev set holds 20 examples per class, so 20 per class is all of it: the same
        // queries as the world's report, in another order.
        const auto tasks = loadDownstreamTasks(dir, 20);
        const auto report = nlohmann::json::parse(readWholeFile(dir + "/report.json"))["skills"];
        QCOMPARE(tasks.size(), size_t(2));
        QCOMPARE(report.size(), tasks.size());
        for (size_t t = 0; t < tasks.size(); ++t) {
            const DownstreamTask& task = tasks[t];
            QCOMPARE(task.queries.size(), size_t(40));
            const auto started = std::chrono::steady_clock::now();
            const DownstreamScore score = evaluateDownstream(model, tokenizer, task);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            qInfo("%s: %lld/%lld correct, %lld invalid, accuracy %.3f, F1 %.4f, MCC %.4f (%.2f s)", task.name.c_str(),
                  static_cast<long long>(score.correct), static_cast<long long>(score.examples),
                  static_cast<long long>(score.invalid), score.accuracy, score.f1, score.mcc, seconds);

            QCOMPARE(score.task, task.name);
            QCOMPARE(score.examples, int64_t{40});
            QCOMPARE(score.expected.size(), size_t(40));
            QCOMPARE(score.predicted.size(), size_t(40));
            QCOMPARE(score.answers.size(), size_t(40));
            QVERIFY2(score.accuracy >= 0.9, task.name.c_str());
            QCOMPARE(score.accuracy, static_cast<double>(score.correct) / 40.0);
            // The report's counts on the same 40 queries.
            QCOMPARE(report[t]["task"].get<std::string>(), task.name);
            QCOMPARE(score.correct, report[t]["correct"].get<int64_t>());
            QCOMPARE(score.invalid, report[t]["invalid"].get<int64_t>());
            // Internal consistency: the parse of each stored answer, the counts, the metrics.
            int64_t correct = 0, invalid = 0;
            for (size_t i = 0; i < 40; ++i) {
                QCOMPARE(score.expected[i], task.queries[i].label);
                QCOMPARE(parseGlueAnswer(task.format, score.answers[i]), score.predicted[i]);
                correct += score.predicted[i] == score.expected[i] ? 1 : 0;
                invalid += score.predicted[i] < 0 ? 1 : 0;
            }
            QCOMPARE(score.correct, correct);
            QCOMPARE(score.invalid, invalid);
            QCOMPARE(score.f1, weightedF1(score.expected, score.predicted));
            QCOMPARE(score.mcc, matthewsCorrelation(score.expected, score.predicted));
            QVERIFY(score.f1 >= 0.9 && score.mcc >= 0.8);

            // measureSkill (the world builder's check) on the same shots and queries agrees exactly.
            SkillEvalSet skill;
            skill.name = task.name;
            skill.format = task.format;
            skill.shots = task.shots;
            skill.queries = task.queries;
            const SkillAccuracy a = measureSkill(model, tokenizer, skill, 3, 32);
            QCOMPARE(a.correct, score.correct);
            QCOMPARE(a.invalid, score.invalid);
            QCOMPARE(a.correct + a.incorrect, score.examples);

            // Batching does not change an answer (rows of different lengths decode together).
            const DownstreamScore oneByOne = evaluateDownstream(model, tokenizer, task, 3, 1);
            QCOMPARE(oneByOne.predicted, score.predicted);
            QCOMPARE(oneByOne.answers, score.answers);

            // The scoring reads the labels: with every query's label flipped, the valid answers that
            // were wrong become the correct ones, and the correlation changes sign.
            DownstreamTask flipped = task;
            for (GlueExample& q : flipped.queries)
                q.label = 1 - q.label;
            const DownstreamScore f = evaluateDownstream(model, tokenizer, flipped);
            QCOMPARE(f.predicted, score.predicted);
            QCOMPARE(f.correct, score.examples - score.invalid - score.correct);
            if (score.invalid == 0)
                QVERIFY(std::abs(f.mcc + score.mcc) < 1e-12);
        }
    }
};

EDITSCOPE_TEST_MAIN(TestDownstreamWorld)
#include "test_downstream_world.moc"
