// editscope-cli from the outside: the inspection commands agree with the engine called in-process,
// and every bad input ends with a clear message on stderr and a non-zero exit code.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/eval/target_scoring.h"
#include "core/formats/file_io.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <filesystem>

using namespace editscope;
using editscope::testing::runCli;
using editscope::testing::testWorldDir;

namespace {

QString modelDir() { return QString::fromStdString(testWorldDir() + "/model"); }

// A copy of the test world's model folder that a test may damage.
QString copyModel(const QTemporaryDir& tmp)
{
    const auto dest = tmp.path() + "/model";
    std::filesystem::copy(modelDir().toStdString(), dest.toStdString(), std::filesystem::copy_options::recursive);
    return dest;
}

void expectFailure(const QStringList& args, int code, const QString& needle)
{
    const auto r = runCli(args);
    QVERIFY2(r.exitCode == code, qPrintable(QString("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(needle), qPrintable("stderr lacks \"" + needle + "\": " + r.err));
    QVERIFY(r.out.isEmpty());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenizeMatchesTheLibrary()
    {
        const auto r = runCli({"tokenize", "--model", modelDir(), "--json", "The mother tongue of X is", " héllo  "});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        const auto tok = Gpt2Tokenizer::loadFromDir(modelDir().toStdString());
        QCOMPARE(j[0]["ids"].get<std::vector<int32_t>>(), tok.encode("The mother tongue of X is"));
        QCOMPARE(j[1]["ids"].get<std::vector<int32_t>>(), tok.encode(" héllo  "));
    }

    void scoreMatchesTheLibraryAndKnowsTheFacts()
    {
        const auto records = loadCounterFact(testWorldDir() + "/counterfact.json");
        const auto& rw = records.front().rewrite;
        const auto prompt = QString::fromStdString(rw.filledPrompt());
        const auto r = runCli({"score", "--model", modelDir(), "--json", "--prompt", prompt, "--target",
                               QString::fromStdString(rw.targetTrue.str), "--prompt", prompt, "--target",
                               QString::fromStdString(rw.targetNew.str)});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        auto checkpoint = loadGpt2Folder(modelDir().toStdString());
        Gpt2Model model(checkpoint.config, checkpoint.weights);
        const auto tok = Gpt2Tokenizer::loadFromDir(modelDir().toStdString());
        const auto scores = scoreTargets(model, tok, {{rw.filledPrompt(), rw.targetTrue.str}, {rw.filledPrompt(), rw.targetNew.str}});
        QVERIFY(std::abs(j[0]["mean_nll"].get<double>() - scores[0].meanNll) < 1e-6);
        QVERIFY(std::abs(j[1]["mean_nll"].get<double>() - scores[1].meanNll) < 1e-6);
        QVERIFY(j[0]["mean_nll"].get<double>() < j[1]["mean_nll"].get<double>());   // the model knows the fact
    }

    void logitsWritesAllLogitsAsNpy()
    {
        QTemporaryDir tmp;
        const auto npy = tmp.path() + "/logits.npy";
        const auto r = runCli({"logits", "--model", modelDir(), "--prompt", "The old farmer", "--top", "3", "--json", "--out", npy});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["top"].size(), size_t(3));
        const std::string bytes = readWholeFile(npy.toStdString());
        QCOMPARE(bytes.substr(0, 6), std::string("\x93NUMPY"));
        const auto headerLen = static_cast<size_t>(static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8));
        const auto tok = Gpt2Tokenizer::loadFromDir(modelDir().toStdString());
        QCOMPARE((bytes.size() - 10 - headerLen) / 4, size_t(tok.vocabSize()));
        // The largest value in the file is the top-1 token of the JSON.
        const float* values = reinterpret_cast<const float*>(bytes.data() + 10 + headerLen);
        int best = 0;
        for (int i = 1; i < tok.vocabSize(); ++i)
            if (values[i] > values[best])
                best = i;
        QCOMPARE(j["top"][0]["id"].get<int>(), best);
        QVERIFY(std::abs(values[best] - j["top"][0]["logit"].get<float>()) < 1e-4);
    }

    void generateIsSeededAndKeepsThePrompt()
    {
        const QStringList args = {"generate", "--model", modelDir(), "--prompt", "The old farmer", "--max-len", "20",
                                  "--seed", "5", "--n", "2", "--json"};
        const auto a = runCli(args), b = runCli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const auto j = nlohmann::json::parse(a.out.toStdString());
        QCOMPARE(j["texts"].size(), size_t(2));
        QVERIFY(QString::fromStdString(j["texts"][0].get<std::string>()).startsWith("The old farmer"));
        const auto greedy = runCli({"generate", "--model", modelDir(), "--prompt", "The old farmer", "--greedy", "--json"});
        QCOMPARE(greedy.exitCode, 0);
    }

    void badCommandLinesFailClearly()
    {
        expectFailure({"frobnicate"}, 2, "unknown command 'frobnicate'");
        expectFailure({"logits", "--model", modelDir(), "--prompt", "x", "--bogus", "1"}, 2, "--bogus: unknown option");
        expectFailure({"logits", "--prompt", "x"}, 2, "--model: is required");
        expectFailure({"score", "--model", modelDir(), "--prompt", "a"}, 2, "same number");
        expectFailure({"generate", "--model", modelDir(), "--prompt", "a", "--max-len", "ten"}, 2, "expected an integer");
        expectFailure({"logits", "--model", modelDir(), "--prompt", "x", "--device", "cuda:0"}, 2, "cuda");
        expectFailure({"logits", "--model", modelDir(), "--prompt", "x", "--device", "tpu"}, 2, "tpu");
        expectFailure({"logits", "--model", modelDir(), "--prompt", "x", "--out", "/tmp/x.csv"}, 2, "unknown extension");
        expectFailure({"demo-world", "--out", "/tmp/x", "--size", "huge"}, 2, "expected test or default");
        expectFailure({"bench", "backward"}, 2, "usage");
    }

    void badModelFoldersFailClearly()
    {
        expectFailure({"logits", "--model", "/nonexistent/model", "--prompt", "x"}, 2, "/nonexistent/model");
        {
            QTemporaryDir tmp;
            const auto dir = copyModel(tmp);
            QFile f(dir + "/model.safetensors");
            QVERIFY(f.resize(f.size() / 2));
            expectFailure({"logits", "--model", dir, "--prompt", "x"}, 2, "model.safetensors");
        }
        {
            QTemporaryDir tmp;
            const auto dir = copyModel(tmp);
            writeFileAtomically((dir + "/config.json").toStdString(), std::string_view("{\"n_embd\": 96,"));
            expectFailure({"logits", "--model", dir, "--prompt", "x"}, 2, "config.json");
        }
        {
            QTemporaryDir tmp;
            const auto dir = copyModel(tmp);
            auto config = nlohmann::json::parse(readWholeFile((dir + "/config.json").toStdString()));
            config["n_embd"] = 128;   // weights stay 96 wide: a shape mismatch naming the tensor
            writeFileAtomically((dir + "/config.json").toStdString(), config.dump());
            expectFailure({"logits", "--model", dir, "--prompt", "x"}, 2, "expected shape");
        }
        {
            QTemporaryDir tmp;
            const auto dir = copyModel(tmp);
            QFile::remove(dir + "/vocab.json");
            expectFailure({"logits", "--model", dir, "--prompt", "x"}, 2, "vocab.json");
        }
    }
};

EDITSCOPE_TEST_MAIN(TestCli)
#include "test_cli.moc"
