// The downstream (GLUE) evaluation without a model: sklearn's weighted F1 and MCC, the paper's
// balanced subsets, its few-shot contexts, and the task loader's two layouts and errors.
//
// Oracles: metric values derived by hand below (and equal to scikit-learn 1.2.1's f1_score(...,
// average='weighted') / matthews_corrcoef); subset orders printed by CPython 3.11's random module;
// the label sequences of the paper's own subsets read from its pickles
// (gradual-catastrophic-forgetting@32eaa57 glue_eval/dataset/{sst2,mrpc,cola,rte}.pkl, field "label").
#include "core/dataset/glue_tsv.h"
#include "core/eval/downstream.h"
#include "core/util/error.h"
#include "core/util/python_random.h"
#include "core/world/skill_task.h"
#include "support/test_main.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

using namespace editscope;
namespace fs = std::filesystem;

namespace {

std::vector<GlueExample> examples(const std::vector<int>& labels, const std::string& prefix = "e")
{
    std::vector<GlueExample> out;
    for (size_t i = 0; i < labels.size(); ++i)
        out.push_back({prefix + std::to_string(i), "", labels[i]});
    return out;
}

std::vector<std::string> sentences(const std::vector<GlueExample>& examples)
{
    std::vector<std::string> out;
    for (const auto& e : examples)
        out.push_back(e.sentence1);
    return out;
}

std::map<int, int> labelCounts(const std::vector<GlueExample>& examples)
{
    std::map<int, int> counts;
    for (const auto& e : examples)
        ++counts[e.label];
    return counts;
}

std::string labelString(const std::vector<GlueExample>& examples)
{
    std::string s;
    for (const auto& e : examples)
        s += e.label == 1 ? '1' : '0';
    return s;
}

// A dev set with the official GLUE validation class sizes and first-appearance order. Sentence
// "c<H>r<k>" is the k-th example (file order) of the class with Hugging Face label H; for RTE our
// label is 1 - H (Hugging Face stores entailment as 0).
void writeOfficialShapedDev(const fs::path& folder, GlueFormat format, std::array<int, 2> sizesFirstHf1)
{
    fs::create_directories(folder);
    std::vector<GlueExample> dev;
    for (int cls = 0; cls < 2; ++cls) {
        const int hf = cls == 0 ? 1 : 0;   // every official dev set starts with Hugging Face label 1
        for (int k = 0; k < sizesFirstHf1[static_cast<size_t>(cls)]; ++k) {
            GlueExample e;
            e.sentence1 = "c" + std::to_string(hf) + "r" + std::to_string(k);
            if (glueFormatIsPair(format))
                e.sentence2 = "h";
            e.label = format == GlueFormat::Rte ? 1 - hf : hf;
            dev.push_back(e);
        }
    }
    saveGlueTsv((folder / "dev.tsv").string(), format, dev);
}

void writeOfficialShapedGlue(const fs::path& root, bool withSst, bool withMrpc, bool withCola, bool withRte)
{
    if (withSst)
        writeOfficialShapedDev(root / "SST-2", GlueFormat::Sst2, {444, 428});
    if (withMrpc)
        writeOfficialShapedDev(root / "MRPC", GlueFormat::Mrpc, {279, 129});
    if (withCola)
        writeOfficialShapedDev(root / "CoLA", GlueFormat::Cola, {721, 322});
    if (withRte)
        writeOfficialShapedDev(root / "rte", GlueFormat::Rte, {131, 146});
}

const DownstreamTask& taskNamed(const std::vector<DownstreamTask>& tasks, const std::string& name)
{
    for (const auto& t : tasks)
        if (t.name == name)
            return t;
    throw std::runtime_error("no task " + name);
}

template <class F>
QString inputErrorOf(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return QString::fromStdString(e.file() + " | " + e.reason());
    }
    return {};
}

} // namespace

class TestDownstream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ----- metrics ------------------------------------------------------------------------------

    void metricsWithInvalidAnswers()
    {
        // expected 1 1 1 0 0 0, predicted 1 1 0 0 -1 1.
        // Label 1: support 3, predicted 3, tp 2 -> F1 4/6. Label 0: support 3, predicted 2, tp 1 -> 2/5.
        // Label -1: support 0 (weight 0). Weighted F1 = (3·2/3 + 3·2/5) / 6 = 8/15.
        // MCC: s 6, c 3, t = (-1:0, 0:3, 1:3), p = (1, 2, 3): (3·6 − 15) / √((36 − 14)(36 − 18)) = 3/√396.
        const std::vector<int> y{1, 1, 1, 0, 0, 0}, p{1, 1, 0, 0, -1, 1};
        QVERIFY(std::abs(weightedF1(y, p) - 8.0 / 15.0) < 1e-15);
        QVERIFY(std::abs(matthewsCorrelation(y, p) - 3.0 / std::sqrt(396.0)) < 1e-15);
        QCOMPARE(weightedF1(y, p), 0.5333333333333333);                   // scikit-learn 1.2.1 printed these
        QCOMPARE(matthewsCorrelation(y, p), 0.15075567228888181);
    }

    void metricsWithAThreeLabelConfusion()
    {
        // expected 0×4 then 1×6; predicted 0 0 1 -1 | 1 1 1 0 -1 -1.
        // Label 0: support 4, predicted 3, tp 2 -> 4/7. Label 1: support 6, predicted 4, tp 3 -> 6/10.
        // Weighted F1 = (4·4/7 + 6·3/5) / 10 = 103/175.
        // MCC: c 5, Σ t·p = 4·3 + 6·4 = 36, Σ p² = 9 + 16 + 9 = 34, Σ t² = 52:
        // (50 − 36) / √((100 − 34)(100 − 52)) = 14/√3168.
        const std::vector<int> y{0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, p{0, 0, 1, -1, 1, 1, 1, 0, -1, -1};
        QVERIFY(std::abs(weightedF1(y, p) - 103.0 / 175.0) < 1e-15);
        QVERIFY(std::abs(matthewsCorrelation(y, p) - 14.0 / std::sqrt(3168.0)) < 1e-15);
        // An invalid answer costs recall only: [1 1 0] vs [1 1 -1] -> F1 (2·1 + 1·0)/3, MCC 2/√(4·4).
        QVERIFY(std::abs(weightedF1(std::vector<int>{1, 1, 0}, std::vector<int>{1, 1, -1}) - 2.0 / 3.0) < 1e-15);
        QCOMPARE(matthewsCorrelation(std::vector<int>{1, 1, 0}, std::vector<int>{1, 1, -1}), 0.5);
    }

    void metricsAtTheExtremes()
    {
        const std::vector<int> y{1, 0, 1, 0};
        // Always one class: F1 = (2·(2·2/(2+4)) + 2·0) / 4 = 1/3 (the paper's "~33" floor); MCC 0/0 -> 0.
        QVERIFY(std::abs(weightedF1(y, std::vector<int>{1, 1, 1, 1}) - 1.0 / 3.0) < 1e-15);
        QCOMPARE(matthewsCorrelation(y, std::vector<int>{1, 1, 1, 1}), 0.0);
        QCOMPARE(weightedF1(y, y), 1.0);
        QCOMPARE(matthewsCorrelation(y, y), 1.0);
        QCOMPARE(weightedF1(y, std::vector<int>{0, 1, 0, 1}), 0.0);
        QCOMPARE(matthewsCorrelation(y, std::vector<int>{0, 1, 0, 1}), -1.0);
        // Every answer invalid: no label scores, and the predictions are constant.
        QCOMPARE(weightedF1(std::vector<int>{1, 0}, std::vector<int>{-1, -1}), 0.0);
        QCOMPARE(matthewsCorrelation(std::vector<int>{1, 0}, std::vector<int>{-1, -1}), 0.0);
        // One class in the truth: MCC's other factor is 0.
        QCOMPARE(matthewsCorrelation(std::vector<int>{1, 1, 1}, std::vector<int>{1, 0, 1}), 0.0);
        QCOMPARE(weightedF1(std::vector<int>{}, std::vector<int>{}), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, weightedF1(std::vector<int>{1}, std::vector<int>{1, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, matthewsCorrelation(std::vector<int>{1}, std::vector<int>{}));
    }

    // ----- balanced subsets ---------------------------------------------------------------------

    void subsetMatchesCPython()
    {
        // random.seed(37); groups {1: e0 e2 e5 e7, 0: e1 e3 e4 e6} (first appearance), each shuffled,
        // two of each, concatenated, shuffled: CPython prints e2 e7 e6 e1.
        const auto pool = examples({1, 0, 1, 0, 0, 1, 0, 1});
        PythonRandom rng(37);
        QCOMPARE(sentences(balancedGlueSubset(pool, 2, rng, "pool")),
                 (std::vector<std::string>{"e2", "e7", "e6", "e1"}));
        PythonRandom all(37);
        QCOMPARE(sentences(balancedGlueSubset(pool, 0, all, "pool")),
                 (std::vector<std::string>{"e1", "e2", "e7", "e3", "e0", "e5", "e6", "e4"}));
        PythonRandom other(38);
        QCOMPARE(sentences(balancedGlueSubset(pool, 2, other, "pool")),
                 (std::vector<std::string>{"e0", "e4", "e5", "e6"}));
    }

    void subsetIsBalancedAndDeterministic()
    {
        std::vector<int> labels;
        for (int i = 0; i < 300; ++i)
            labels.push_back(i % 3 == 0 ? 1 : 0);   // 100 positive, 200 negative
        const auto pool = examples(labels);
        PythonRandom a(37), b(37);
        const auto first = balancedGlueSubset(pool, 40, a, "pool");
        QCOMPARE(labelCounts(first), (std::map<int, int>{{0, 40}, {1, 40}}));
        QCOMPARE(first, balancedGlueSubset(pool, 40, b, "pool"));
        // Every chosen example comes from the pool, none twice.
        auto names = sentences(first);
        std::sort(names.begin(), names.end());
        QVERIFY(std::adjacent_find(names.begin(), names.end()) == names.end());
        PythonRandom c(37);
        QCOMPARE(labelCounts(balancedGlueSubset(pool, 0, c, "pool")), (std::map<int, int>{{0, 200}, {1, 100}}));
        PythonRandom d(37);
        const QString err = inputErrorOf([&] { balancedGlueSubset(pool, 101, d, "pool.tsv"); });
        QVERIFY2(err.contains("pool.tsv") && err.contains("only 100 examples with label 1"), qPrintable(err));
    }

    void officialGlueShapesGiveThePapersSubsets()
    {
        // With the official class sizes, one seed(37) across sst2, mrpc, cola, rte and 100 per class,
        // the label sequences are those of the paper's pickles (Hugging Face labels; the paper-shot
        // RTE task scores with them, see the RTE quirk in downstream.cpp).
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        writeOfficialShapedGlue(root, true, true, true, true);
        const auto tasks = loadDownstreamTasks(root.string(), 100);
        QCOMPARE(tasks.size(), size_t(4));
        QCOMPARE(tasks[0].name, std::string("sst2"));
        QCOMPARE(tasks[3].name, std::string("rte"));
        const std::map<std::string, std::string> paper = {
            {"sst2", "11110011101101110000000101010110001010111001100001110001100000000110010000101111110000001111100110010001"
                     "101101110010101100101100110000001001111011111111110001111100011101010100000100001111011100011010"},
            {"mrpc", "11111111110100010000010000111110011110001001110000110010000000101111111110000010001100001110100000110010"
                     "010011010011101100100111010111011100010011011110100100000110110110110110110111110001111000100000"},
            {"cola", "10011110111000000110100001110111100110010000111000111000011001111100111100000110001010100110001010100000"
                     "000010110010111100000100001010111100101100001111100110011000111101100011100111111101101111001110"},
            {"rte", "11100110100111010111000001011101110011100101000000010010100011001010001000111110101111000000011101110000"
                    "100100111110111000111100110110101010111010100101010011001110000000011101000101011011011111101000"}};
        for (const auto& t : tasks)
            QCOMPARE(labelString(t.queries), paper.at(t.name));
        // Which examples: the positions within each class, as CPython's shuffles give them.
        const std::map<std::string, std::vector<std::string>> firstEight = {
            {"sst2", {"c1r308", "c1r239", "c1r279", "c1r303", "c0r397", "c0r45", "c1r169", "c1r397"}},
            {"mrpc", {"c1r167", "c1r234", "c1r231", "c1r126", "c1r102", "c1r179", "c1r30", "c1r174"}},
            {"cola", {"c1r419", "c0r149", "c0r56", "c1r88", "c1r578", "c1r400", "c1r672", "c0r181"}},
            {"rte", {"c1r53", "c1r110", "c1r74", "c0r16", "c0r93", "c1r118", "c1r0", "c0r4"}}};
        for (const auto& t : tasks) {
            const auto names = sentences(t.queries);
            QCOMPARE(std::vector<std::string>(names.begin(), names.begin() + 8), firstEight.at(t.name));
            QCOMPARE(t.shots, paperGlueShots(t.format));
        }

        // An absent task advances the generator as its official dev set would: RTE alone, or with
        // only SST-2 beside it, gets the same 200 examples.
        QTemporaryDir onlyRte, twoTasks;
        writeOfficialShapedGlue(onlyRte.path().toStdString(), false, false, false, true);
        writeOfficialShapedGlue(twoTasks.path().toStdString(), true, false, false, true);
        const auto alone = loadDownstreamTasks(onlyRte.path().toStdString(), 100);
        QCOMPARE(alone.size(), size_t(1));
        QCOMPARE(alone[0].queries, taskNamed(tasks, "rte").queries);
        QCOMPARE(taskNamed(loadDownstreamTasks(twoTasks.path().toStdString(), 100), "rte").queries,
                 taskNamed(tasks, "rte").queries);
    }

    // ----- prompts and labels -------------------------------------------------------------------

    void paperShotsRenderThePapersContexts()
    {
        // few_shot_context of glue_eval/{sst,rte,cola}_eval.py, verbatim.
        auto context = [](GlueFormat f) {
            const GlueExample query{"Q", glueFormatIsPair(f) ? "H" : "", 0};
            std::string prompt = glueFewShotPrompt(f, paperGlueShots(f), query);
            return prompt.substr(0, prompt.size() - renderGlueExample(f, query, false).size());
        };
        QCOMPARE(context(GlueFormat::Sst2),
                 std::string("Review : excruciatingly unfunny and pitifully unromantic\nSentiment : negative\n\n"
                             "Review : rich veins of funny stuff in this movie\nSentiment : positive\n\n"
                             "Review : by far the worst movie of the year\nSentiment : negative\n\n"
                             "Review : fashioning an engrossing entertainment out\nSentiment : positive\n\n"));
        QCOMPARE(context(GlueFormat::Rte),
                 std::string("Cyrus captured Babylon without a battle, and remedied the evils done by previous Assyrian and "
                             "Babylonian rulers by sending prisoners in Babylonia back to their original homelands and aiding "
                             "in the restoration of temples of the gods of various nations.\nquestion: Babylon surrendered to "
                             "Cyrus without going to battle. True or False?\nanswer: False\n\nSuccessful plaintiffs recovered "
                             "punitive damages in Texas discrimination cases 53% of the time.\nquestion: Legal costs to recover "
                             "punitive damages are a deductible business expense. True or False?\nanswer: True\n\nThe gastric "
                             "bypass operation, also known as stomach stapling, has become the most common surgical procedure "
                             "for treating obesity.\nquestion: Obesity is medically treated. True or False?\nanswer: False\n\n"));
        QCOMPARE(context(GlueFormat::Cola),
                 std::string("Is this sentence linguistically acceptable?\nSentence : Bill pushed Harry off the sofa for hours.\nAnswer : No\n\n"
                             "Is this sentence linguistically acceptable?\nSentence : Bill floated down the river for hours.\nAnswer : Yes\n\n"
                             "Is this sentence linguistically acceptable?\nSentence : It is important for the more you eat, the more careful you to be.\nAnswer : No\n\n"
                             "Is this sentence linguistically acceptable?\nSentence : It is important for you to be more careful, the more you eat.\nAnswer : Yes\n\n"
                             "Is this sentence linguistically acceptable?\nSentence : Mary will believe Susan, and you will Bob.\nAnswer : Yes\n\n"
                             "Is this sentence linguistically acceptable?\nSentence : You will Bob believe.\nAnswer : No\n\n"));
        const std::string mrpc = context(GlueFormat::Mrpc);
        QCOMPARE(std::count(mrpc.begin(), mrpc.end(), '\n'), std::ptrdiff_t(6 * 5));
        QVERIFY(mrpc.find("Sentence 1: The notification was first reported Friday by MSNBC.\n"
                          "Sentence 2: MSNBC.com first reported the CIA request on Friday.\nAnswer: Yes\n\n") != std::string::npos);
        QVERIFY(mrpc.ends_with("Sentence 2: Earnings were affected by a non-recurring $8 million tax benefit in the "
                               "year-ago period.\nAnswer: No\n\n"));
        QCOMPARE(paperGlueShots(GlueFormat::Sst2).size(), size_t(4));
        QCOMPARE(paperGlueShots(GlueFormat::Mrpc).size(), size_t(6));
    }

    void rteLabelsFollowTheShotSource()
    {
        // Paper shots: the paper's mapping ("True" for not_entailment). Data shots: ours (1 = entailment).
        QTemporaryDir tmp;
        const fs::path rte = fs::path(tmp.path().toStdString()) / "RTE";
        fs::create_directories(rte);
        std::vector<GlueExample> dev;
        for (int i = 0; i < 10; ++i)
            dev.push_back({"p" + std::to_string(i), i < 4 ? "entailed" : "not entailed", i < 4 ? 1 : 0});
        saveGlueTsv((rte / "dev.tsv").string(), GlueFormat::Rte, dev);
        const auto paper = loadDownstreamTasks(tmp.path().toStdString(), 3);
        const auto data = loadDownstreamTasks(tmp.path().toStdString(), 3, 37, GlueShotSource::Data);
        for (const auto& q : paper[0].queries)
            QCOMPARE(q.label, q.sentence2 == "entailed" ? 0 : 1);
        // Data shots without train.tsv: the first not_entailment, entailment, not_entailment of dev
        // (p4, p0, p5), which are then not queried.
        QCOMPARE(sentences(data[0].shots), (std::vector<std::string>{"p4", "p0", "p5"}));
        QCOMPARE(labelCounts(data[0].queries), (std::map<int, int>{{0, 3}, {1, 3}}));
        for (const auto& q : data[0].queries) {
            QCOMPARE(q.label, q.sentence2 == "entailed" ? 1 : 0);
            QVERIFY(q.sentence1 != "p4" && q.sentence1 != "p0" && q.sentence1 != "p5");
        }
        // Only 3 entailment pairs remain after the shot: asking for 4 names the file and the count.
        const QString err = inputErrorOf([&] { loadDownstreamTasks(tmp.path().toStdString(), 4, 37, GlueShotSource::Data); });
        QVERIFY2(err.contains("dev.tsv") && err.contains("only 3 examples with label 1, 4 needed"), qPrintable(err));
    }

    void dataShotsComeFromTrainWhenPresent()
    {
        QTemporaryDir tmp;
        const fs::path sst = fs::path(tmp.path().toStdString()) / "sst2";
        fs::create_directories(sst);
        saveGlueTsv((sst / "dev.tsv").string(), GlueFormat::Sst2, examples({1, 0, 1, 0, 1, 0}, "d"));
        saveGlueTsv((sst / "train.tsv").string(), GlueFormat::Sst2, examples({1, 1, 0, 1, 0, 0}, "t"));
        const auto tasks = loadDownstreamTasks(tmp.path().toStdString(), 0, 37, GlueShotSource::Data);
        QCOMPARE(tasks.size(), size_t(1));
        QCOMPARE(tasks[0].name, std::string("sst2"));
        QCOMPARE(sentences(tasks[0].shots), (std::vector<std::string>{"t2", "t0", "t4", "t1"}));   // 0 1 0 1
        QCOMPARE(tasks[0].queries.size(), size_t(6));                                              // dev untouched
    }

    // ----- the demo-world layout ----------------------------------------------------------------

    void demoWorldLayoutUsesTheWorldsShots()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        SkillTask skill;
        skill.name = "mood";
        skill.format = GlueFormat::Sst2;
        skill.labelWords = glueLabelWords(GlueFormat::Sst2);
        skill.shots = 3;
        skill.train = examples({1, 1, 0, 0, 1, 0}, "t");
        skill.heldOut = examples({0, 1, 1, 0, 1, 0, 1, 1}, "d");
        fs::create_directories(root / "skills" / "mood");
        saveGlueTsv((root / "skills/mood/train.tsv").string(), skill.format, skill.train);
        saveGlueTsv((root / "skills/mood/dev.tsv").string(), skill.format, skill.heldOut);
        std::ofstream((root / "world.json").string()) << nlohmann::json{{"skills", {skill.describe()}}}.dump();

        const auto tasks = loadDownstreamTasks(root.string(), 3);
        QCOMPARE(tasks.size(), size_t(1));
        QCOMPARE(tasks[0].name, std::string("mood"));
        QCOMPARE(tasks[0].shots, skill.evalShots());
        QCOMPARE(sentences(tasks[0].shots), (std::vector<std::string>{"t2", "t0", "t3"}));
        QCOMPARE(labelCounts(tasks[0].queries), (std::map<int, int>{{0, 3}, {1, 3}}));
        PythonRandom rng(37);
        QCOMPARE(tasks[0].queries, balancedGlueSubset(skill.heldOut, 3, rng, "dev"));
        QCOMPARE(loadDownstreamTasks(root.string(), 3), tasks);
        QCOMPARE(loadDownstreamTasks(root.string(), 0)[0].queries.size(), size_t(8));

        const QString err = inputErrorOf([&] { loadDownstreamTasks(root.string(), 4); });
        QVERIFY2(err.contains("skills/mood/dev.tsv") && err.contains("only 3 examples with label 0, 4 needed"), qPrintable(err));
    }

    // ----- loader errors ------------------------------------------------------------------------

    void loaderErrors()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        // Nothing recognisable.
        fs::create_directories(root / "empty" / "notglue");
        QString err = inputErrorOf([&] { loadDownstreamTasks((root / "empty").string(), 10); });
        QVERIFY2(err.contains("neither a demo world"), qPrintable(err));
        err = inputErrorOf([&] { loadDownstreamTasks((root / "missing").string(), 10); });
        QVERIFY2(err.contains("not a folder"), qPrintable(err));
        // A GLUE task folder without its dev.tsv.
        fs::create_directories(root / "glue" / "CoLA");
        saveGlueTsv((root / "glue" / "CoLA" / "train.tsv").string(), GlueFormat::Cola, examples({1, 0}));
        err = inputErrorOf([&] { loadDownstreamTasks((root / "glue").string(), 1); });
        QVERIFY2(err.contains("CoLA/dev.tsv") && err.contains("missing"), qPrintable(err));
        // Too few examples of a class.
        saveGlueTsv((root / "glue" / "CoLA" / "dev.tsv").string(), GlueFormat::Cola, examples({1, 1, 1, 0, 1}));
        err = inputErrorOf([&] { loadDownstreamTasks((root / "glue").string(), 2); });
        QVERIFY2(err.contains("CoLA/dev.tsv") && err.contains("only 1 examples with label 0, 2 needed"), qPrintable(err));
        QCOMPARE(loadDownstreamTasks((root / "glue").string(), 1)[0].queries.size(), size_t(2));
        err = inputErrorOf([&] { loadDownstreamTasks((root / "glue").string(), -1); });
        QVERIFY2(err.contains(">= 0"), qPrintable(err));
        // A world.json without skills and no GLUE folders is neither layout.
        fs::create_directories(root / "oldworld");
        std::ofstream((root / "oldworld" / "world.json").string()) << "{\"seed\": 1}";
        err = inputErrorOf([&] { loadDownstreamTasks((root / "oldworld").string(), 1); });
        QVERIFY2(err.contains("neither a demo world"), qPrintable(err));
    }

    void scoreJsonUsesThePapersCounts()
    {
        DownstreamScore s;
        s.task = "sst2";
        s.examples = 4;
        s.correct = 2;
        s.invalid = 1;
        s.accuracy = 0.5;
        s.expected = {1, 0, 1, 0};
        s.predicted = {1, 0, -1, 1};
        s.answers = {" positive", " negative", " the", " positive"};
        const auto j = s.toJson();
        QCOMPARE(j["incorrect"].get<int64_t>(), int64_t{1});
        QCOMPARE(j["invalid"].get<int64_t>(), int64_t{1});
        QCOMPARE(j["predicted"][2].get<int>(), -1);
        QCOMPARE(j["answers"][2].get<std::string>(), std::string(" the"));
    }
};

EDITSCOPE_TEST_MAIN(TestDownstream)
#include "test_downstream.moc"
