#include "core/eval/downstream.h"

#include "core/formats/file_io.h"
#include "core/model/generation.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/python_random.h"
#include "core/world/skill_task.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>

namespace editscope {
namespace {

namespace fs = std::filesystem;

// One GLUE task of the paper, in the order create_glue_subset.py visits them.
struct PaperTask {
    GlueFormat format;
    const char* name;
    // Official GLUE validation class sizes in order of first appearance (Hugging Face's order, which
    // is the dev.tsv order): what an absent task's shuffles consume. Checked against the paper's
    // pickles: with these sizes the four 200-example subsets come out label for label.
    std::array<int64_t, 2> classSizes;
};

constexpr std::array<PaperTask, 4> kPaperTasks = {{
    {GlueFormat::Sst2, "sst2", {444, 428}},
    {GlueFormat::Mrpc, "mrpc", {279, 129}},
    {GlueFormat::Cola, "cola", {721, 322}},
    {GlueFormat::Rte, "rte", {131, 146}},
}};

// The few-shot label order of the paper's contexts, used to pick shots from data (GlueShotSource::Data).
std::vector<int> paperShotLabels(GlueFormat format)
{
    std::vector<int> labels;
    for (const GlueExample& e : paperGlueShots(format))
        labels.push_back(e.label);
    return labels;
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<GlueFormat> glueFolderFormat(const std::string& folderName)
{
    const std::string n = lower(folderName);
    if (n == "sst-2" || n == "sst2")
        return GlueFormat::Sst2;
    if (n == "mrpc")
        return GlueFormat::Mrpc;
    if (n == "cola")
        return GlueFormat::Cola;
    if (n == "rte")
        return GlueFormat::Rte;
    return std::nullopt;
}

// Consumes what create_glue_subset.py's shuffles consume for a task with these class sizes: the
// number of draws of a shuffle depends only on the list length, never on its contents.
void advanceAsAbsentTask(PythonRandom& rng, const std::array<int64_t, 2>& classSizes, int64_t perClass)
{
    int64_t kept = 0;
    for (const int64_t n : classSizes) {
        std::vector<char> placeholder(static_cast<size_t>(n));
        rng.shuffle(placeholder);
        kept += perClass > 0 ? std::min(n, perClass) : n;
    }
    std::vector<char> subset(static_cast<size_t>(kept));
    rng.shuffle(subset);
}

// Picks `labels.size()` shots, the i-th with label labels[i], each the first unused example of that
// label in file order; returns the chosen indices. Throws when a label runs out.
std::vector<size_t> pickShots(const std::vector<GlueExample>& pool, const std::vector<int>& labels, const std::string& file)
{
    std::vector<size_t> chosen;
    std::vector<bool> used(pool.size(), false);
    for (const int wanted : labels) {
        size_t j = 0;
        while (j < pool.size() && (used[j] || pool[j].label != wanted))
            ++j;
        if (j == pool.size())
            throw InputError(file, "", "too few examples with label " + std::to_string(wanted) + " for the "
                                           + std::to_string(labels.size()) + " few-shot examples");
        used[j] = true;
        chosen.push_back(j);
    }
    return chosen;
}

// `world` is world.json's content, already known to have "skills" (loadSkillTasks validates it).
std::vector<DownstreamTask> loadWorldTasks(const std::string& dir, const nlohmann::json& world, int64_t perClass, uint64_t seed)
{
    PythonRandom rng(seed);
    std::vector<DownstreamTask> tasks;
    const std::vector<SkillTask> skills = loadSkillTasks(dir);
    for (size_t i = 0; i < skills.size(); ++i) {
        const SkillTask& skill = skills[i];
        DownstreamTask task;
        task.name = skill.name;
        task.format = skill.format;
        task.shots = skill.evalShots();
        const std::string dev = (fs::path(dir) / world["skills"][i]["dev"].get<std::string>()).string();
        task.queries = balancedGlueSubset(skill.heldOut, perClass, rng, dev);
        tasks.push_back(std::move(task));
    }
    return tasks;
}

std::vector<DownstreamTask> loadGlueTasks(const std::map<GlueFormat, fs::path>& folders, int64_t perClass, uint64_t seed,
                                          GlueShotSource shotSource)
{
    PythonRandom rng(seed);
    std::vector<DownstreamTask> tasks;
    for (const PaperTask& paper : kPaperTasks) {
        const auto found = folders.find(paper.format);
        if (found == folders.end()) {
            advanceAsAbsentTask(rng, paper.classSizes, perClass);
            continue;
        }
        const fs::path devPath = found->second / "dev.tsv";
        if (!fs::is_regular_file(devPath))
            throw InputError(devPath.string(), "", "missing: each GLUE task folder needs its dev.tsv");
        std::vector<GlueExample> pool = loadGlueTsv(devPath.string(), paper.format);

        DownstreamTask task;
        task.name = paper.name;
        task.format = paper.format;
        if (shotSource == GlueShotSource::Paper) {
            task.shots = paperGlueShots(paper.format);
        } else {
            const fs::path trainPath = found->second / "train.tsv";
            if (fs::is_regular_file(trainPath)) {
                const std::vector<GlueExample> train = loadGlueTsv(trainPath.string(), paper.format);
                for (const size_t j : pickShots(train, paperShotLabels(paper.format), trainPath.string()))
                    task.shots.push_back(train[j]);
            } else {
                std::vector<size_t> chosen = pickShots(pool, paperShotLabels(paper.format), devPath.string());
                for (const size_t j : chosen)
                    task.shots.push_back(pool[j]);
                std::sort(chosen.begin(), chosen.end());
                for (auto it = chosen.rbegin(); it != chosen.rend(); ++it)
                    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(*it));
            }
        }
        task.queries = balancedGlueSubset(pool, perClass, rng, devPath.string());
        // [QUIRK] The reference compares its RTE parse ("True" -> 1) with Hugging Face's labels, where
        // 1 is not_entailment, and its own three shots are answered the same way (the entailed
        // "Babylon surrendered to Cyrus without going to battle." is answered "False"). With the
        // paper's shots we score as it does: the expected word for a query is "True" exactly when
        // the pair is not an entailment.
        if (shotSource == GlueShotSource::Paper && paper.format == GlueFormat::Rte)
            for (GlueExample& q : task.queries)
                q.label = 1 - q.label;
        tasks.push_back(std::move(task));
    }
    return tasks;
}

double safeDivide(double num, double den) { return den == 0.0 ? 0.0 : num / den; }

void checkSameLength(std::span<const int> expected, std::span<const int> predicted)
{
    if (expected.size() != predicted.size())
        throw std::invalid_argument("expected and predicted label lists differ in length ("
                                    + std::to_string(expected.size()) + " vs " + std::to_string(predicted.size()) + ")");
}

} // namespace

std::vector<GlueExample> paperGlueShots(GlueFormat format)
{
    // Verbatim from gradual-catastrophic-forgetting@32eaa57 glue_eval/*_eval.py (few_shot_context).
    switch (format) {
    case GlueFormat::Sst2:
        return {{"excruciatingly unfunny and pitifully unromantic", "", 0},
                {"rich veins of funny stuff in this movie", "", 1},
                {"by far the worst movie of the year", "", 0},
                {"fashioning an engrossing entertainment out", "", 1}};
    case GlueFormat::Mrpc:
        return {{"Mr McDevitt has been granted control of three crucial aspects of policing in the Solomons.",
                 "Mr McDevitt has been granted control of three aspects of policing by Commissioner William Morrell.", 0},
                {"They had published an advertisement on the Internet on June 10, offering the cargo for sale, he added.",
                 "On June 10, the ship's owners had published an advertisement on the Internet, offering the explosives for sale.", 1},
                {"In 2002, Linksys overtook Cisco Systems as the leading wireless equipment vendor, accounting for 14.1 percent of revenue.",
                 "Rolfe said Linksys overtook Cisco Systems last year as the leading supplier of WLAN equipment.", 0},
                {"The notification was first reported Friday by MSNBC.", "MSNBC.com first reported the CIA request on Friday.", 1},
                {"\"The anticipated global sales improvement in the month of June did not materialize\", said Chief Financial Officer Robert Rivet.",
                 "\"The anticipated global sales improvement in the month of June did not materialize as we had anticipated\", the company said.", 1},
                {"That compared with $ 35.18 million, or 24 cents per share, in the year-ago period.",
                 "Earnings were affected by a non-recurring $8 million tax benefit in the year-ago period.", 0}};
    case GlueFormat::Cola:
        return {{"Bill pushed Harry off the sofa for hours.", "", 0},
                {"Bill floated down the river for hours.", "", 1},
                {"It is important for the more you eat, the more careful you to be.", "", 0},
                {"It is important for you to be more careful, the more you eat.", "", 1},
                {"Mary will believe Susan, and you will Bob.", "", 1},
                {"You will Bob believe.", "", 0}};
    case GlueFormat::Rte:
        // Labels as the paper's text answers them (0 "False", 1 "True"); see the RTE quirk above.
        return {{"Cyrus captured Babylon without a battle, and remedied the evils done by previous Assyrian and Babylonian "
                 "rulers by sending prisoners in Babylonia back to their original homelands and aiding in the restoration "
                 "of temples of the gods of various nations.",
                 "Babylon surrendered to Cyrus without going to battle.", 0},
                {"Successful plaintiffs recovered punitive damages in Texas discrimination cases 53% of the time.",
                 "Legal costs to recover punitive damages are a deductible business expense.", 1},
                {"The gastric bypass operation, also known as stomach stapling, has become the most common surgical "
                 "procedure for treating obesity.",
                 "Obesity is medically treated.", 0}};
    }
    return {};
}

std::vector<GlueExample> balancedGlueSubset(std::span<const GlueExample> pool, int64_t perClass, PythonRandom& rng,
                                            const std::string& file)
{
    if (perClass < 0)
        throw InputError(file, "per_class", "must be >= 0 (0 keeps every example)");
    // Groups in order of first appearance, as the reference's dict of labels.
    std::vector<int> order;
    std::map<int, std::vector<GlueExample>> groups;
    for (const GlueExample& e : pool) {
        if (!groups.count(e.label))
            order.push_back(e.label);
        groups[e.label].push_back(e);
    }
    if (perClass > 0) {
        for (const int label : {0, 1}) {
            const size_t have = groups.count(label) ? groups[label].size() : 0;
            if (have < static_cast<size_t>(perClass))
                throw InputError(file, "label", "only " + std::to_string(have) + " examples with label "
                                                    + std::to_string(label) + ", " + std::to_string(perClass)
                                                    + " needed per class");
        }
    }
    std::vector<GlueExample> subset;
    for (const int label : order) {
        std::vector<GlueExample>& group = groups[label];
        rng.shuffle(group);
        const size_t take = perClass > 0 ? static_cast<size_t>(perClass) : group.size();
        subset.insert(subset.end(), group.begin(), group.begin() + static_cast<std::ptrdiff_t>(take));
    }
    rng.shuffle(subset);
    return subset;
}

std::vector<DownstreamTask> loadDownstreamTasks(const std::string& dir, int64_t perClass, uint64_t seed,
                                                GlueShotSource shotSource)
{
    if (perClass < 0)
        throw InputError(dir, "per_class", "must be >= 0 (0 keeps every example)");
    if (!fs::is_directory(dir))
        throw InputError(dir, "", "not a folder");
    const fs::path worldJson = fs::path(dir) / "world.json";
    if (fs::is_regular_file(worldJson)) {
        const nlohmann::json root = readJsonFile(worldJson.string(), "the world description");
        if (root.is_object() && root.contains("skills"))
            return loadWorldTasks(dir, root, perClass, seed);
    }
    std::map<GlueFormat, fs::path> folders;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
        if (!entry.is_directory())
            continue;
        if (const auto format = glueFolderFormat(entry.path().filename().string())) {
            if (folders.count(*format))
                throw InputError(entry.path().string(), "", "a second folder for the same GLUE task (also "
                                                                + folders[*format].filename().string() + ")");
            folders[*format] = entry.path();
        }
    }
    if (folders.empty())
        throw InputError(dir, "", "neither a demo world (world.json with \"skills\") nor a GLUE folder "
                                  "(subfolders SST-2, MRPC, CoLA or RTE, each with a dev.tsv)");
    return loadGlueTasks(folders, perClass, seed, shotSource);
}

std::vector<std::vector<int32_t>> generateGlueAnswers(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                                      GlueFormat format, std::span<const GlueExample> shots,
                                                      std::span<const GlueExample> queries, int64_t answerTokens,
                                                      int64_t maxBatch, const std::function<bool()>& cancelled)
{
    if (answerTokens < 1)
        throw std::invalid_argument("answerTokens must be at least 1, got " + std::to_string(answerTokens));
    GenerationOptions options;
    options.greedy = true;
    options.maxNewTokens = answerTokens;
    options.cancelled = cancelled;
    const size_t batch = static_cast<size_t>(std::max<int64_t>(1, maxBatch));
    std::vector<std::vector<int32_t>> answers;
    answers.reserve(queries.size());
    for (size_t begin = 0; begin < queries.size(); begin += batch) {
        const size_t end = std::min(queries.size(), begin + batch);
        std::vector<std::vector<int32_t>> prompts;
        for (size_t q = begin; q < end; ++q)
            prompts.push_back(tokenizer.encode(glueFewShotPrompt(format, shots, queries[q])));
        const auto outputs = generateTokens(model, prompts, 1, options);
        for (size_t q = begin; q < end; ++q) {
            const auto& out = outputs[q - begin];
            answers.emplace_back(out.begin() + static_cast<std::ptrdiff_t>(prompts[q - begin].size()), out.end());
        }
    }
    return answers;
}

DownstreamScore evaluateDownstream(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const DownstreamTask& task,
                                   int64_t answerTokens, int64_t maxBatch, const std::function<bool()>& cancelled)
{
    DownstreamScore score;
    score.task = task.name;
    score.examples = static_cast<int64_t>(task.queries.size());
    const auto answerIds = generateGlueAnswers(model, tokenizer, task.format, task.shots, task.queries, answerTokens, maxBatch, cancelled);
    const int32_t eos = tokenizer.eosTokenId();
    for (size_t q = 0; q < task.queries.size(); ++q) {
        // HF generate stops a sequence at EOS (GPT-2's config sets eos_token_id), and the reference
        // decodes with skip_special_tokens=True: the answer is what comes before the first EOS.
        const auto& generated = answerIds[q];
        const auto stop = std::find(generated.begin(), generated.end(), eos);
        std::string text = tokenizer.decode(std::vector<int32_t>(generated.begin(), stop));
        const int label = parseGlueAnswer(task.format, text);
        score.expected.push_back(task.queries[q].label);
        score.predicted.push_back(label);
        score.answers.push_back(std::move(text));
        if (label < 0)
            ++score.invalid;
        else if (label == task.queries[q].label)
            ++score.correct;
    }
    score.accuracy = safeDivide(static_cast<double>(score.correct), static_cast<double>(score.examples));
    score.f1 = weightedF1(score.expected, score.predicted);
    score.mcc = matthewsCorrelation(score.expected, score.predicted);
    return score;
}

nlohmann::json DownstreamScore::toJson() const
{
    return {{"task", task},
            {"examples", examples},
            {"correct", correct},
            {"incorrect", examples - correct - invalid},
            {"invalid", invalid},
            {"accuracy", accuracy},
            {"f1", f1},
            {"mcc", mcc},
            {"expected", expected},
            {"predicted", predicted},
            {"answers", answers}};
}

double weightedF1(std::span<const int> expected, std::span<const int> predicted)
{
    checkSameLength(expected, predicted);
    // Per label: true support, predicted count, true positives.
    std::map<int, std::array<int64_t, 3>> counts;
    for (size_t i = 0; i < expected.size(); ++i) {
        ++counts[expected[i]][0];
        ++counts[predicted[i]][1];
        if (expected[i] == predicted[i])
            ++counts[expected[i]][2];
    }
    double weighted = 0.0;
    int64_t support = 0;
    for (const auto& [label, c] : counts) {
        // 2PR/(P+R) written in counts, 2·tp / (support_true + support_pred); 0 where sklearn's
        // zero_division gives 0 (no true and no predicted example, or tp = 0).
        const double f1 = safeDivide(2.0 * static_cast<double>(c[2]), static_cast<double>(c[0] + c[1]));
        weighted += f1 * static_cast<double>(c[0]);
        support += c[0];
    }
    return safeDivide(weighted, static_cast<double>(support));
}

double matthewsCorrelation(std::span<const int> expected, std::span<const int> predicted)
{
    checkSameLength(expected, predicted);
    std::map<int, std::array<int64_t, 2>> sums;   // label -> {t_k, p_k}
    int64_t correct = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        ++sums[expected[i]][0];
        ++sums[predicted[i]][1];
        correct += expected[i] == predicted[i] ? 1 : 0;
    }
    // Integer arithmetic like sklearn's (int64 confusion matrix); the product only becomes a double
    // for the square root.
    const __int128 s = static_cast<__int128>(expected.size());
    __int128 tp = 0, pp = 0, tt = 0;
    for (const auto& [label, c] : sums) {
        tp += static_cast<__int128>(c[0]) * c[1];
        pp += static_cast<__int128>(c[1]) * c[1];
        tt += static_cast<__int128>(c[0]) * c[0];
    }
    const __int128 covTP = correct * s - tp;
    const __int128 covPP = s * s - pp;
    const __int128 covTT = s * s - tt;
    if (covPP == 0 || covTT == 0)
        return 0.0;
    return static_cast<double>(covTP) / std::sqrt(static_cast<double>(covTT * covPP));
}

} // namespace editscope
