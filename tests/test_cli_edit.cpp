// editscope-cli stats + edit from the outside on the test world: the printed metrics agree with the
// engine run on the saved model, the saved weights differ from the base exactly by the reported
// update (rank one for ROME, only the edited layer), a seed reproduces a run, and bad requests fail
// with exit code 2 and a message naming what is wrong.
#include <ATen/ATen.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/eval/counterfact_scores.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace editscope;
using editscope::testing::runCli;
using editscope::testing::testWorldDir;

namespace {

QString world(const QString& rel) { return QString::fromStdString(testWorldDir()) + "/" + rel; }

} // namespace

class TestCliEdit : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString stats_;

    QStringList editArgs(const QString& method, const QString& cases, const QString& hparams) const
    {
        return {"edit", "--model", world("model"), "--dataset", world("counterfact.json"), "--case", cases,
                "--method", method, "--hparams", world(hparams), "--stats-dir", stats_, "--json"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        stats_ = tmp_.path() + "/stats";
        for (const auto* file : {"hparams/ROME/demo.json", "hparams/MEMIT/demo.json"}) {
            QFile f(world(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto j = nlohmann::json::parse(f.readAll().toStdString());
            QStringList layers;
            for (auto l : j["layers"])
                layers << QString::number(l.get<int64_t>());
            const auto r = runCli({"stats", "--model", world("model"), "--corpus", world("corpus.txt"), "--layers",
                                   layers.join(','), "--samples", QString::number(j["mom2_n_samples"].get<int64_t>()),
                                   "--dataset", "demo_corpus", "--stats-dir", stats_, "--quiet"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void romeEditIsWhatItReports()
    {
        const auto saved = tmp_.path() + "/edited";
        auto args = editArgs("rome", "2", "hparams/ROME/demo.json");
        args << "--seed" << "3" << "--save" << saved << "--generation-prompts" << "2";
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["seed"].get<uint64_t>(), uint64_t(3));
        QCOMPARE(j["context_templates"][0].size(), size_t(21));   // "{}" + 10 of length 5 + 10 of length 10
        QCOMPARE(j["updates"].size(), size_t(1));
        const int64_t layer = j["updates"][0]["layer"].get<int64_t>();

        // Weights: only the edited layer's c_proj changed, by a rank-one matrix of the reported norm.
        const auto base = loadGpt2Folder(world("model").toStdString());
        const auto edited = loadGpt2Folder(saved.toStdString());
        for (size_t l = 0; l < base.weights.blocks.size(); ++l) {
            const auto diff = edited.weights.blocks[l].mlpCProjWeight - base.weights.blocks[l].mlpCProjWeight;
            if (static_cast<int64_t>(l) != layer) {
                QVERIFY(at::equal(edited.weights.blocks[l].mlpCProjWeight, base.weights.blocks[l].mlpCProjWeight));
                continue;
            }
            const double norm = diff.to(at::kDouble).norm().item<double>();
            QVERIFY(std::abs(norm - j["updates"][0]["update_norm"].get<double>()) < 1e-5 * norm);
            const auto sv = at::linalg_svdvals(diff.to(at::kDouble));
            QVERIFY(sv[1].item<double>() < 1e-5 * sv[0].item<double>());
        }
        QVERIFY(at::equal(edited.weights.wte, base.weights.wte));

        // Metrics: the CLI's post-edit numbers are those of the saved model.
        const auto tok = Gpt2Tokenizer::loadFromDir(saved.toStdString());
        const auto records = loadCounterFact(world("counterfact.json").toStdString());
        const Gpt2Model model(edited.config, edited.weights);
        const auto m = recordMetrics(scoreCounterFact(model, tok, {records[2]})[0]);
        const auto& post = j["cases"][0]["post"];
        QCOMPARE(post["rewrite_success"].get<double>(), 100 * m.es);
        QCOMPARE(post["neighborhood_success"].get<double>(), 100 * m.ns);
        QVERIFY(std::abs(post["rewrite_diff"].get<double>() - 100 * m.em) < 1e-6);
        QCOMPARE(post["text"].size(), size_t(2));
        QVERIFY(post["ngram_entropy"].get<double>() > 0);

        // The same seed reproduces the edit.
        const auto again = runCli(editArgs("rome", "2", "hparams/ROME/demo.json") << "--seed" << "3" << "--generation-prompts" << "0");
        const auto j2 = nlohmann::json::parse(again.out.toStdString());
        QCOMPARE(j2["updates"][0]["update_norm"].get<double>(), j["updates"][0]["update_norm"].get<double>());
        QVERIFY(j2["diagnostics"][0]["v_star"]["loss"] == j["diagnostics"][0]["v_star"]["loss"]);
    }

    void rRomeRecordsItsKeyMode()
    {
        const auto r = runCli(editArgs("r-rome", "1", "hparams/ROME/demo.json") << "--seed" << "1" << "--generation-prompts" << "0");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["diagnostics"][0]["key_mode"].get<std::string>(), std::string("consistent_template"));
        QCOMPARE(j["hparams"]["editscope"]["key_mode"].get<std::string>(), std::string("consistent_template"));
    }

    void memitEditsABatch()
    {
        const auto r = runCli(editArgs("memit", "0,1,2,3", "hparams/MEMIT/demo.json") << "--seed" << "1" << "--generation-prompts"
                                                                                      << "0" << "--no-attribute");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["cases"].size(), size_t(4));
        QCOMPARE(j["diagnostics"]["z"].size(), size_t(4));
        QCOMPARE(j["context_templates"].size(), size_t(2));   // MEMIT's two groups
        QCOMPARE(j["summary"]["post"]["num_cases"].get<int64_t>(), int64_t(4));
        QVERIFY(j["cases"][0]["post"]["scores"]["attribute_prompts_probs"].empty());
    }

    void badRequestsFailClearly()
    {
        auto expect = [](const QStringList& args, const QString& needle) {
            const auto r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(needle), qPrintable("stderr lacks \"" + needle + "\": " + r.err));
        };
        expect(editArgs("rome", "99999", "hparams/ROME/demo.json"), "no record with case_id 99999");
        expect(editArgs("rewrite", "0", "hparams/ROME/demo.json"), "unknown method 'rewrite'");
        auto missing = editArgs("rome", "0", "hparams/ROME/demo.json");
        missing[missing.indexOf("--stats-dir") + 1] = tmp_.path() + "/no-stats";
        expect(missing, "editscope-cli stats");
        expect(editArgs("rome", "0", "hparams/MEMIT/demo.json"), "context_template_length_params");
    }
};

EDITSCOPE_TEST_MAIN(TestCliEdit)
#include "test_cli_edit.moc"
