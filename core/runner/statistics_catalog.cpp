#include "core/runner/statistics_catalog.h"

#include "core/runner/corpus_moments.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/edit_method.h"
#include "core/editing/layer_stats.h"
#include "core/editing/stats_file.h"
#include "core/model/gpt2_model.h"
#include "core/runner/run_inputs.h"
#include "core/tensor/device.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <tuple>

namespace fs = std::filesystem;

namespace editscope {
namespace {

// transformer.h.{L}.mlp.c_proj_{dtype}_mom2_{N}.npz (secondMomentPath's file name).
const std::regex kFileName(R"(^transformer\.h\.(\d{1,6})\.mlp\.c_proj_([A-Za-z0-9]+)_mom2_(\d{1,12})\.npz$)");
const std::string kDatasetSuffix = "_stats";

bool entryOrder(const StatisticsEntry& a, const StatisticsEntry& b)
{
    return std::tie(a.dataset, a.layer, a.dtype, a.sampleSize, a.path) < std::tie(b.dataset, b.layer, b.dtype, b.sampleSize, b.path);
}

} // namespace

std::vector<StatisticsEntry> listStatistics(const std::string& modelDir, const std::string& statsDir)
{
    const std::string modelName = statsModelName(modelDir);
    const fs::path root = fs::path(statsDir) / modelName;
    std::vector<StatisticsEntry> out;
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        return out;
    for (const auto& folder : fs::directory_iterator(root, ec)) {
        const std::string name = folder.path().filename().string();
        if (!folder.is_directory(ec) || name.size() <= kDatasetSuffix.size()
            || name.compare(name.size() - kDatasetSuffix.size(), kDatasetSuffix.size(), kDatasetSuffix) != 0)
            continue;
        for (const auto& file : fs::directory_iterator(folder.path(), ec)) {
            std::smatch m;
            const std::string fileName = file.path().filename().string();
            if (!file.is_regular_file(ec) || !std::regex_match(fileName, m, kFileName))
                continue;
            StatisticsEntry e;
            e.layer = std::stoll(m[1].str());
            e.path = file.path().string();
            e.modelName = modelName;
            e.dataset = name.substr(0, name.size() - kDatasetSuffix.size());
            e.dtype = m[2].str();
            e.sampleSize = std::stoll(m[3].str());
            e.fileBytes = static_cast<int64_t>(file.file_size(ec));
            out.push_back(std::move(e));
        }
    }
    std::sort(out.begin(), out.end(), entryOrder);
    return out;
}

std::vector<StatisticsEntry> catalogStatistics(const std::string& modelDir, const std::string& statsDir,
                                               const std::string& method, const std::string& hparamsPath)
{
    auto out = listStatistics(modelDir, statsDir);
    if (method.empty() || hparamsPath.empty())
        return out;
    const auto wanted = findStatistics(method, hparamsPath, modelDir, statsDir);
    for (const auto& f : wanted.files) {
        const auto found = std::find_if(out.begin(), out.end(), [&](const StatisticsEntry& e) {
            std::error_code ec;
            return fs::equivalent(e.path, f.path, ec);
        });
        if (found != out.end()) {
            found->neededByHparams = true;
            continue;
        }
        StatisticsEntry e;
        e.layer = f.layer;
        e.path = f.path;
        e.modelName = statsModelName(modelDir);
        e.dataset = wanted.dataset;
        e.dtype = wanted.dtype;
        e.sampleSize = wanted.samples;
        e.neededByHparams = true;
        e.check = StatisticsCheck::Missing;
        e.status = "missing: the hparams read " + f.path;
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), entryOrder);
    return out;
}

std::vector<int64_t> missingStatisticsLayers(const std::string& method, const std::string& hparamsPath,
                                             const std::string& modelDir, const std::string& statsDir)
{
    std::vector<int64_t> out;
    for (const auto& f : findStatistics(method, hparamsPath, modelDir, statsDir).files)
        if (!f.present)
            out.push_back(f.layer);
    return out;
}

StatisticsEntry validateStatistics(StatisticsEntry entry, const std::string& modelDir)
{
    try {
        if (!fs::exists(entry.path)) {
            entry.check = StatisticsCheck::Missing;
            entry.status = "missing: " + entry.path;
            return entry;
        }
        const auto model = checkModelFolder(modelDir);
        if (entry.layer < 0 || entry.layer >= model.layers)
            throw InputError(entry.path, "layer", "layer " + std::to_string(entry.layer) + " is outside the model's 0.."
                                                      + std::to_string(model.layers - 1));
        const auto loaded = loadSecondMoment(entry.path, model.innerWidth, entry.layer);
        const std::string nameDtype = entry.dtype;
        const int64_t nameSamples = entry.sampleSize;
        entry.dtype = loaded.dtypeName;
        entry.sampleSize = loaded.moment.sampleSize;
        entry.tokens = loaded.moment.count;
        entry.minEigenvalue = loaded.minEigenvalue;
        entry.maxEigenvalue = loaded.maxEigenvalue;
        entry.check = StatisticsCheck::Valid;
        entry.status = "valid";
        // A run finds its file by name: content that disagrees with the name is a mislabelled file.
        if (nameDtype != loaded.dtypeName)
            entry.status += "; stored as " + loaded.dtypeName + " but named " + nameDtype;
        if (nameSamples != loaded.moment.sampleSize)
            entry.status += "; sample_size " + std::to_string(loaded.moment.sampleSize) + " but named mom2_" + std::to_string(nameSamples);
        if (!(loaded.minEigenvalue > 0))
            entry.status += "; C is singular (smallest eigenvalue " + std::to_string(loaded.minEigenvalue) + "): too few tokens for C⁻¹";
    } catch (const std::exception& e) {
        entry.check = StatisticsCheck::Invalid;
        entry.status = e.what();
        // InputError names the file; other errors (a bad model folder) get it here.
        if (entry.status.find(entry.path) == std::string::npos)
            entry.status = entry.path + ": " + entry.status;
    }
    return entry;
}

std::vector<StatisticsEntry> computeLayerStatistics(const StatisticsRequest& r,
                                                    const std::function<bool(const StatisticsComputeProgress&)>& progress)
{
    if (r.dtype != "float32" && r.dtype != "float64")
        throw InputError("", "dtype", "statistics accumulate in float32 or float64, not " + r.dtype);
    if (r.statsDir.empty())
        throw InputError("", "stats_dir", "choose the statistics folder");
    SecondMomentOptions options;
    options.layers = r.layers;
    options.sampleDocuments = r.samples;
    options.dtype = r.dtype == "float64" ? at::kDouble : at::kFloat;
    const std::string dataset = r.dataset.empty() ? fs::path(r.corpusPath).stem().string() : r.dataset;
    if (dataset.empty())
        throw InputError(r.corpusPath, "dataset", "no dataset name for the statistics path");

    const auto moments = computeSecondMomentsFromFolder(r.modelDir, r.corpusPath, r.device, options, [&](const StatsProgress& p) {
        return !progress || progress({p.documentsDone, p.documentsTotal, p.tokens, p.seconds, p.etaSeconds});
    });

    const std::string modelName = statsModelName(r.modelDir);
    std::vector<StatisticsEntry> out;
    for (const auto& m : moments) {
        StatisticsEntry e;
        e.layer = m.layer;
        e.path = secondMomentPath(r.statsDir, modelName, dataset, m.layer, r.dtype, r.samples);
        e.modelName = modelName;
        e.dataset = dataset;
        e.dtype = r.dtype;
        e.sampleSize = r.samples;
        saveSecondMoment(e.path, m);
        std::error_code ec;
        e.fileBytes = static_cast<int64_t>(fs::file_size(e.path, ec));
        out.push_back(validateStatistics(std::move(e), r.modelDir));
    }
    return out;
}

} // namespace editscope
