// stats: layer statistics (spec §2.6) computed over a corpus and written in the reference's npz layout
// and path; stats-check: validate a statistics file (ours or the reference's) against a model.
#include "cli_model.h"
#include "commands.h"

#include "core/dataset/text_corpus.h"
#include "core/editing/edit_method.h"
#include "core/editing/stats_file.h"
#include "core/util/error.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace editscope::cli {
namespace {

std::atomic<bool> gInterrupted{false};
void onInterrupt(int) { gInterrupted = true; }

} // namespace

int cmdStats(int argc, char** argv, int first)
{
    auto specs = modelOptions();
    specs.insert(specs.end(), {{"corpus", true, "plain text (blank-line separated documents) or .jsonl with a \"text\" field"},
                               {"layers", true, "edit layers, e.g. 17 or 13,14,15,16,17"},
                               {"samples", true, "documents (mom2_n_samples; default 100000, the reference's)"},
                               {"stats-dir", true, "root of the statistics tree (the reference's data/stats)"},
                               {"dataset", true, "name in the path (default: the corpus file's stem)"},
                               {"batch-tokens", true, "tokens per forward (default 3 x n_positions, the reference's)"},
                               {"quiet", false, "no progress lines"}});
    auto dtypeSpec = std::find_if(specs.begin(), specs.end(), [](const OptionSpec& s) { return s.name == "dtype"; });
    dtypeSpec->help = "accumulation dtype: float32 (reference) or float64";
    CliArgs args("stats", specs, argc, argv, first);
    const std::string corpusPath = args.required("corpus");
    const std::string statsDir = args.required("stats-dir");
    SecondMomentOptions options;
    options.layers = args.requiredIntList("layers", "layer numbers", "layer");
    options.sampleDocuments = args.getInt("samples", 100000);
    options.batchTokens = args.getInt("batch-tokens", 0);
    const std::string dtypeName = args.get("dtype", "float32");
    if (dtypeName != "float32" && dtypeName != "float64")
        throw InputError("", "--dtype", "statistics accumulate in float32 or float64, not " + dtypeName);
    options.dtype = dtypeName == "float64" ? at::kDouble : at::kFloat;

    // The model itself runs in float32, whatever the accumulation dtype.
    const std::vector<std::string> forward = {"--model", args.required("model"), "--device", args.get("device", "auto")};
    std::vector<char*> fakeArgv;
    for (const auto& s : forward)
        fakeArgv.push_back(const_cast<char*>(s.c_str()));
    const auto loaded = loadModelFromArgs(CliArgs("stats", modelOptions(), static_cast<int>(fakeArgv.size()), fakeArgv.data(), 0));
    const auto corpus = loadTextCorpus(corpusPath);
    const std::string dataset = args.get("dataset", std::filesystem::path(corpusPath).stem().string());
    const std::string modelName = statsModelName(loaded.dir);

    std::signal(SIGINT, onInterrupt);
    const bool quiet = args.flag("quiet");
    const auto moments = computeSecondMoments(*loaded.model, *loaded.tokenizer, corpus, options, [&](const StatsProgress& p) {
        if (!quiet)
            std::cerr << "[stats] " << p.documentsDone << "/" << p.documentsTotal << " documents, " << p.tokens
                      << " tokens, " << std::fixed << std::setprecision(1) << p.seconds << " s, ETA " << p.etaSeconds
                      << " s" << std::endl;
        return !gInterrupted.load();
    });
    std::signal(SIGINT, SIG_DFL);

    nlohmann::json out = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& m : moments) {
        const std::string path = secondMomentPath(statsDir, modelName, dataset, m.layer, dtypeName, options.sampleDocuments);
        saveSecondMoment(path, m);
        const auto check = loadSecondMoment(path, loaded.model->config().innerDim(), m.layer);
        out.push_back({{"layer", m.layer}, {"path", path}, {"count", m.count}, {"sample_size", m.sampleSize},
                       {"dtype", dtypeName}, {"min_eigenvalue", check.minEigenvalue}, {"max_eigenvalue", check.maxEigenvalue}});
        text << "layer " << m.layer << ": " << m.count << " tokens from " << std::min<int64_t>(m.sampleSize, static_cast<int64_t>(corpus.size()))
             << " documents -> " << path << "\n  C eigenvalues in [" << std::scientific << std::setprecision(3)
             << check.minEigenvalue << ", " << check.maxEigenvalue << "]\n" << std::defaultfloat;
    }
    emit(args, out, text.str());
    return 0;
}

int cmdStatsCheck(int argc, char** argv, int first)
{
    auto specs = modelOptions();
    specs.insert(specs.end(), {{"file", true, "statistics npz to validate"}, {"layer", true, "the layer it belongs to"}});
    CliArgs args("stats-check", specs, argc, argv, first);
    const auto config = Gpt2Config::load(args.required("model") + "/config.json");
    const int64_t layer = args.getInt("layer", -1);
    if (layer < 0 || layer >= config.nLayer)
        throw InputError("", "--layer", "required, in 0.." + std::to_string(config.nLayer - 1));
    const auto loaded = loadSecondMoment(args.required("file"), config.innerDim(), layer);
    std::ostringstream text;
    text << args.get("file") << ": valid for layer " << layer << " (" << loaded.dtypeName << ", " << loaded.moment.count
         << " tokens, sample_size " << loaded.moment.sampleSize << "); C eigenvalues in [" << loaded.minEigenvalue << ", "
         << loaded.maxEigenvalue << "]\n";
    emit(args, {{"file", args.get("file")}, {"layer", layer}, {"dtype", loaded.dtypeName}, {"count", loaded.moment.count},
                {"sample_size", loaded.moment.sampleSize}, {"min_eigenvalue", loaded.minEigenvalue},
                {"max_eigenvalue", loaded.maxEigenvalue}},
         text.str());
    return 0;
}

} // namespace editscope::cli
