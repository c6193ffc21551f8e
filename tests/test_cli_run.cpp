// editscope-cli run / runs / export / checkpoint from the outside, on the test world:
//  - a run killed with SIGKILL at arbitrary moments and resumed stores exactly what an uninterrupted run
//    stores (factor bytes, norms, per-prompt NLLs, retention, generations);
//  - the checkpoint of step N scores step N's records as the live model did when the run stored them;
//  - export writes one CSV per series with its definition; bad inputs fail with exit code 2.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/eval/counterfact_scores.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "storage/run_store.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>

using namespace editscope;
using editscope::testing::runCli;
using editscope::testing::testWorldDir;

namespace {

QString world(const QString& rel) { return QString::fromStdString(testWorldDir()) + "/" + rel; }

int64_t storedSteps(const QString& db)
{
    try {
        RunStore store(db.toStdString(), true);
        const auto runs = store.runs();
        return runs.empty() ? 0 : store.lastStep(runs.back().id);
    } catch (const std::exception&) {
        return 0;   // not created yet
    }
}

} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString stats_;

    QStringList runArgs(const QString& db) const
    {
        return {"run", "--model", world("model"), "--dataset", world("counterfact.json"), "--method", "rome",
                "--hparams", world("hparams/ROME/demo.json"), "--stats-dir", stats_, "--db", db, "--edits", "8",
                "--retention-every", "3", "--generation-every", "4", "--generation-prompts", "2", "--seed", "4", "--quiet"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        stats_ = tmp_.path() + "/stats";
        const auto r = runCli({"stats", "--model", world("model"), "--corpus", world("corpus.txt"), "--layers", "0",
                               "--samples", "40", "--dataset", "demo_corpus", "--stats-dir", stats_, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void killedAndResumedEqualsUninterrupted()
    {
        const auto whole = tmp_.path() + "/whole.db";
        const auto r = runCli(runArgs(whole));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(storedSteps(whole), int64_t(8));

        // Start, SIGKILL once at least k steps are stored (k = 2, then 5), resume, finish.
        const auto killed = tmp_.path() + "/killed.db";
        const char* cli = std::getenv("EDITSCOPE_CLI");
        int kills = 0;
        for (int64_t waitFor : {2, 5}) {
            QProcess p;
            QStringList args = storedSteps(killed) == 0 ? runArgs(killed) : QStringList{"run", "--resume", "--db", killed, "--quiet"};
            p.start(QString::fromLocal8Bit(cli), args);
            QVERIFY(p.waitForStarted());
            for (int i = 0; i < 600 && storedSteps(killed) < waitFor && p.state() == QProcess::Running; ++i)
                QThread::msleep(50);
            QThread::msleep(static_cast<unsigned long>(137 * waitFor % 400));   // somewhere inside the next step
            if (p.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++kills;
            }
            p.waitForFinished();
        }
        QVERIFY(kills >= 1);
        const auto resumed = runCli({"run", "--resume", "--db", killed, "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));

        RunStore a(whole.toStdString(), true), b(killed.toStdString(), true);
        QCOMPARE(b.lastStep(1), int64_t(8));
        QCOMPARE(b.run(1).status, RunStatus::Finished);
        const auto baseA = a.step(1, 0), baseB = b.step(1, 0);
        QCOMPARE(baseB.generations.size(), size_t(2));
        for (size_t i = 0; i < baseA.generations.size(); ++i)
            QCOMPARE(baseB.generations[i].text, baseA.generations[i].text);
        for (int64_t k = 1; k <= 8; ++k) {
            const auto x = a.step(1, k), y = b.step(1, k);
            QCOMPARE(y.caseIds, x.caseIds);
            QVERIFY2(y.updates == x.updates, qPrintable(QString("step %1: factors differ").arg(k)));
            QVERIFY(y.norms == x.norms);
            QVERIFY(y.post[0].scores == x.post[0].scores);
            QCOMPARE(y.retention.size(), x.retention.size());
            for (size_t i = 0; i < x.retention.size(); ++i)
                QCOMPARE(y.retention[i].es, x.retention[i].es);
            QCOMPARE(y.generations.size(), x.generations.size());
            for (size_t i = 0; i < x.generations.size(); ++i)
                QCOMPARE(y.generations[i].text, x.generations[i].text);
        }
        QCOMPARE(a.step(1, 6).retention.size(), size_t(6));
    }

    void checkpointReproducesTheLiveModel()
    {
        const auto db = tmp_.path() + "/whole.db";
        const auto out = tmp_.path() + "/step5";
        const auto r = runCli({"checkpoint", "--db", db, "--run", "1", "--step", "5", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        RunStore store(db.toStdString(), true);
        const auto stored = store.step(1, 5);
        const auto checkpoint = loadGpt2Folder(out.toStdString());
        const auto tok = Gpt2Tokenizer::loadFromDir(out.toStdString());
        const Gpt2Model model(checkpoint.config, checkpoint.weights);
        for (const auto& rec : loadCounterFact(world("counterfact.json").toStdString()))
            if (rec.caseId == stored.caseIds[0]) {
                at::NoGradGuard g;
                const auto scores = scoreCounterFact(model, tok, {rec})[0].toJson();
                const auto& live = stored.post[0].scores;
                for (const auto* list : {"rewrite_prompts_probs", "paraphrase_prompts_probs", "neighborhood_prompts_probs"})
                    for (size_t i = 0; i < live[list].size(); ++i)
                        for (const auto* t : {"target_new", "target_true"}) {
                            const double x = live[list][i][t], y = scores[list][i][t];
                            QVERIFY2(std::abs(x - y) <= 1e-6 * std::max(1.0, std::abs(x)),
                                     qPrintable(QString("%1 %2: %3 vs %4").arg(list).arg(t).arg(x).arg(y)));
                        }
            }
        // The base model's weights are untouched outside the edited layer.
        const auto base = loadGpt2Folder(world("model").toStdString());
        QVERIFY(at::equal(checkpoint.weights.blocks[1].mlpCProjWeight, base.weights.blocks[1].mlpCProjWeight));
        QVERIFY(!at::equal(checkpoint.weights.blocks[0].mlpCProjWeight, base.weights.blocks[0].mlpCProjWeight));
    }

    void runsAndExport()
    {
        const auto db = tmp_.path() + "/whole.db";
        const auto list = runCli({"runs", "--db", db, "--json"});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const auto j = nlohmann::json::parse(list.out.toStdString());
        QCOMPARE(j.size(), size_t(1));
        QCOMPARE(j[0]["status"].get<std::string>(), std::string("finished"));
        QCOMPARE(j[0]["edits"].get<int64_t>(), int64_t(8));
        const auto dir = tmp_.path() + "/csv";
        const auto e = runCli({"export", "--db", db, "--run", "1", "--csv", dir});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QFile es(dir + "/es.csv");
        QVERIFY(es.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(es.readAll()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith("# es: ") && lines[0].contains("P(new) > P(true)"));
        QCOMPARE(lines[1], QString("step,edits,case_id,es"));
        QCOMPARE(lines.size(), 2 + 8);
        QVERIFY(QFile::exists(dir + "/retention.csv"));
        QVERIFY(QFile::exists(dir + "/norm.drift_per_numel.0.csv"));
        QVERIFY(QFile::exists(dir + "/forgetting.csv"));
    }

    void branchContinuesWhereTheParentStood()
    {
        const auto db = tmp_.path() + "/whole.db";
        // A branch at step 3 with the same settings redoes the parent's steps 4.. exactly.
        const auto same = runCli({"run", "--db", db, "--branch-from", "1", "--at", "3", "--max-steps", "2", "--quiet", "--json"});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        const auto j = nlohmann::json::parse(same.out.toStdString());
        const int64_t child = j["run"].get<int64_t>();
        // Rolling back step 4's edit: the branch's first edit is the parent's step-5 record.
        const auto skip = runCli({"run", "--db", db, "--branch-from", "1", "--at", "3", "--skip", "1", "--method", "r-rome",
                                  "--max-steps", "1", "--quiet", "--json"});
        QVERIFY2(skip.exitCode == 0, qPrintable(skip.err));
        const int64_t skipped = nlohmann::json::parse(skip.out.toStdString())["run"].get<int64_t>();

        RunStore store(db.toStdString(), true);
        const auto spec = store.runSpec(child);
        QCOMPARE(spec.parentRun.value_or(-1), int64_t(1));
        QCOMPARE(spec.parentStep, int64_t(3));
        QCOMPARE(store.lastStep(child), int64_t(2));
        QCOMPARE(store.run(child).status, RunStatus::Paused);
        for (int64_t k = 1; k <= 2; ++k) {
            const auto parentStep = store.step(1, 3 + k), childStep = store.step(child, k);
            QCOMPARE(childStep.caseIds, parentStep.caseIds);
            QVERIFY2(childStep.updates == parentStep.updates, qPrintable(QString("branch step %1 differs").arg(k)));
            QVERIFY(childStep.norms == parentStep.norms);
        }
        // The branch's model after its step 2 is the parent's after step 5.
        const auto a = store.updatesThrough(1, 5), b = store.updatesThrough(child, 2);
        QVERIFY(a == b);
        const auto skipSpec = store.runSpec(skipped);
        QCOMPARE(skipSpec.method, std::string("r-rome"));
        QCOMPARE(store.step(skipped, 1).caseIds, store.step(1, 5).caseIds);
        QVERIFY(store.step(skipped, 1).updates != store.step(1, 5).updates);   // other model state, other method
        // Branching beyond the parent's steps is refused.
        const auto bad = runCli({"run", "--db", db, "--branch-from", "1", "--at", "9"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("has steps 0..8"), qPrintable(bad.err));
    }

    void resumeWithoutTheModelFolderFailsClearly()
    {
        const auto model = tmp_.path() + "/moved-model";
        std::filesystem::copy(world("model").toStdString(), model.toStdString(), std::filesystem::copy_options::recursive);
        const auto statsLink = stats_ + "/moved-model";   // statistics are looked up under the folder's name
        std::filesystem::copy(stats_.toStdString() + "/model", statsLink.toStdString(), std::filesystem::copy_options::recursive);
        auto args = runArgs(tmp_.path() + "/moved.db");
        args[args.indexOf("--model") + 1] = model;
        args << "--max-steps" << "1";
        const auto first = runCli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        std::filesystem::remove_all(model.toStdString());
        const auto r = runCli({"run", "--resume", "--db", tmp_.path() + "/moved.db"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(model), qPrintable(r.err));
        RunStore store((tmp_.path() + "/moved.db").toStdString(), true);
        QCOMPARE(store.lastStep(1), int64_t(1));   // nothing stored is lost
    }

    void fullDiskFailsClearlyAndLosesNothing()
    {
        // A file-size limit stands in for a full disk: the run file's WAL cannot grow past it.
        const auto db = tmp_.path() + "/full.db";
        auto args = runArgs(db);
        args << "--max-steps" << "2";
        QVERIFY(runCli(args).exitCode == 0);
        QProcess p;
        p.start("prlimit", QStringList{"--fsize=20000", "--", QString::fromLocal8Bit(std::getenv("EDITSCOPE_CLI")), "run",
                                       "--resume", "--db", db, "--quiet"});
        QVERIFY(p.waitForFinished(300000));
        const auto err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains("full.db") && err.contains("file-size limits"), qPrintable(err));
        // Reopened without the limit: intact, the finished steps kept, and the run resumes to the end.
        {
            RunStore store(db.toStdString(), true);
            QVERIFY(store.lastStep(1) >= 2);
        }
        const auto resumed = runCli({"run", "--resume", "--db", db, "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        RunStore store(db.toStdString(), true);
        QCOMPARE(store.lastStep(1), int64_t(8));
        RunStore whole((tmp_.path() + "/whole.db").toStdString(), true);
        for (int64_t k = 1; k <= 8; ++k)
            QVERIFY(store.step(1, k).updates == whole.step(1, k).updates);
    }

    void badInputsFailClearly()
    {
        auto expect = [](const QStringList& args, const QString& needle) {
            const auto r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(needle), qPrintable("stderr lacks \"" + needle + "\": " + r.err));
        };
        const auto empty = tmp_.path() + "/empty.db";
        expect({"run", "--resume", "--db", empty}, "no run to resume");
        expect({"checkpoint", "--db", tmp_.path() + "/whole.db", "--run", "1", "--step", "99", "--out", tmp_.path() + "/x"},
               "has steps 0..8");
        QFile order(tmp_.path() + "/order.json");
        QVERIFY(order.open(QIODevice::WriteOnly));
        order.write("{\"0\": [0, 1, 9999]}");
        order.close();
        auto args = runArgs(tmp_.path() + "/o.db");
        args << "--order" << order.fileName();
        expect(args, "index 9999 outside");
        auto sample = runArgs(tmp_.path() + "/o.db");
        sample << "--order" << order.fileName() << "--sample" << "3";
        expect(sample, "no sample \"3\"");
        auto memitBatch = runArgs(tmp_.path() + "/o.db");
        memitBatch << "--batch" << "2";
        expect(memitBatch, "batches need MEMIT");
        QFile junk(tmp_.path() + "/junk.db");
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        expect({"runs", "--db", junk.fileName()}, "junk.db");
    }
};

EDITSCOPE_TEST_MAIN(TestCliRun)
#include "test_cli_run.moc"
