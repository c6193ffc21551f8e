#include "core/runner/run_inputs.h"

#include "core/runner/corpus_moments.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/text_corpus.h"
#include "core/editing/edit_method.h"
#include "core/editing/stats_file.h"
#include "core/model/gpt2_model.h"
#include "core/tensor/device.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <filesystem>

namespace editscope {
namespace {

Gpt2Config loadConfig(const std::string& modelDir)
{
    return Gpt2Config::load((std::filesystem::path(modelDir) / "config.json").string());
}

// validateForModel joins every problem into one InputError: "first; also field: second; ..."; the
// dialog lists them one per line.
std::vector<std::string> splitProblems(const InputError& e)
{
    std::vector<std::string> out;
    std::string reason = e.reason();
    std::string field = e.field();
    const std::string sep = "; also ";
    for (size_t at = reason.find(sep); at != std::string::npos; at = reason.find(sep)) {
        out.push_back(field + ": " + reason.substr(0, at));
        reason = reason.substr(at + sep.size());
        const auto colon = reason.find(": ");
        field = colon == std::string::npos ? std::string() : reason.substr(0, colon);
        reason = colon == std::string::npos ? reason : reason.substr(colon + 2);
    }
    out.push_back((field.empty() ? std::string() : field + ": ") + reason);
    return out;
}

} // namespace

bool StatisticsStatus::allPresent() const
{
    for (const auto& f : files)
        if (!f.present)
            return false;
    return true;
}

ModelFolderInfo checkModelFolder(const std::string& modelDir)
{
    const auto config = loadConfig(modelDir);
    ModelFolderInfo info;
    info.dir = modelDir;
    info.layers = config.nLayer;
    info.width = config.nEmbd;
    info.innerWidth = config.innerDim();
    info.heads = config.nHead;
    info.vocab = config.vocabSize;
    info.positions = config.nPositions;
    info.moduleTemplates = gpt2ModuleTemplates();
    return info;
}

HparamsCheck checkHparams(const std::string& method, const std::string& hparamsPath, const std::string& modelDir)
{
    HparamsCheck check;
    try {
        const auto config = loadConfig(modelDir);
        const auto edit = loadEditMethodConfig(parseEditMethod(method), hparamsPath, config);
        check.layers = edit.layers();
        check.statsDataset = edit.mom2Dataset();
        check.statsSamples = edit.mom2Samples();
        check.needsStatistics = edit.method == EditMethod::Memit || edit.rome.mom2Adjustment;
        for (const auto& w : edit.warnings())
            check.warnings.push_back(w.field + ": " + w.message);
        check.ok = true;
    } catch (const InputError& e) {
        check.problems = splitProblems(e);
    } catch (const std::exception& e) {
        check.problems.push_back(e.what());
    }
    return check;
}

StatisticsStatus findStatistics(const std::string& method, const std::string& hparamsPath, const std::string& modelDir,
                                const std::string& statsDir)
{
    const auto config = loadConfig(modelDir);
    const auto edit = loadEditMethodConfig(parseEditMethod(method), hparamsPath, config);
    StatisticsStatus status;
    status.dataset = edit.mom2Dataset();
    status.samples = edit.mom2Samples();
    status.dtype = dtypeName(edit.mom2AccumulateDtype());
    if (edit.method != EditMethod::Memit && !edit.rome.mom2Adjustment)
        return status;   // u = k̄ without C⁻¹: nothing to read
    const std::string modelName = statsModelName(modelDir);
    for (const auto layer : edit.layers()) {
        StatisticsFile f;
        f.layer = layer;
        f.path = secondMomentPath(statsDir, modelName, status.dataset, layer, status.dtype, status.samples);
        f.present = std::filesystem::exists(f.path);
        status.files.push_back(f);
    }
    return status;
}

StatisticsStatus computeStatistics(const std::string& method, const std::string& hparamsPath, const std::string& modelDir,
                                   const std::string& statsDir, const std::string& corpusPath, const std::string& device,
                                   const std::function<bool(const StatisticsProgress&)>& progress)
{
    auto status = findStatistics(method, hparamsPath, modelDir, statsDir);
    SecondMomentOptions options;
    for (const auto& f : status.files)
        if (!f.present)
            options.layers.push_back(f.layer);
    if (options.layers.empty())
        return status;
    options.sampleDocuments = status.samples;
    options.dtype = status.dtype == "float64" ? at::kDouble : at::kFloat;

    const auto moments = computeSecondMomentsFromFolder(modelDir, corpusPath, device, options, [&](const StatsProgress& p) {
        return !progress || progress({p.documentsDone, p.documentsTotal, p.etaSeconds});
    });
    for (const auto& m : moments)
        for (auto& f : status.files)
            if (f.layer == m.layer) {
                saveSecondMoment(f.path, m);
                f.present = true;
            }
    return status;
}

} // namespace editscope
