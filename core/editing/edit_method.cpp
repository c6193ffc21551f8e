#include "core/editing/edit_method.h"

#include "core/editing/layer_stats.h"
#include "core/editing/memit.h"
#include "core/editing/rome.h"
#include "core/editing/stats_file.h"
#include "core/model/gpt2_config.h"
#include "core/util/error.h"
#include "core/util/stopwatch.h"

#include <ATen/ATen.h>

#include <filesystem>

namespace editscope {
namespace {

bool isMemit(const EditMethodConfig& c) { return c.method == EditMethod::Memit; }

nlohmann::json requestJson(const RewriteRequest& r)
{
    return {{"prompt", r.prompt}, {"subject", r.subject}, {"target_new", r.targetNew.str}, {"target_true", r.targetTrue.str}};
}

} // namespace

EditMethod parseEditMethod(const std::string& name)
{
    if (name == "rome")
        return EditMethod::Rome;
    if (name == "r-rome")
        return EditMethod::RRome;
    if (name == "memit")
        return EditMethod::Memit;
    throw InputError("", "method", "unknown method '" + name + "' (rome, r-rome, memit)");
}

const char* editMethodName(EditMethod method)
{
    switch (method) {
    case EditMethod::Rome: return "rome";
    case EditMethod::RRome: return "r-rome";
    case EditMethod::Memit: return "memit";
    }
    return "?";
}

const std::vector<int64_t>& EditMethodConfig::layers() const { return isMemit(*this) ? memit.layers : rome.layers; }
nlohmann::json EditMethodConfig::hparamsJson() const { return isMemit(*this) ? memit.toJson() : rome.toJson(); }
std::string EditMethodConfig::hparamsText() const { return isMemit(*this) ? memit.verbatimText : rome.verbatimText; }
std::optional<std::string> EditMethodConfig::templatesFile() const
{
    return isMemit(*this) ? memit.editscope.templatesFile : rome.editscope.templatesFile;
}
std::optional<uint64_t> EditMethodConfig::seed() const { return isMemit(*this) ? memit.editscope.seed : rome.editscope.seed; }
std::string EditMethodConfig::mom2Dataset() const { return isMemit(*this) ? memit.mom2Dataset : rome.mom2Dataset; }
int64_t EditMethodConfig::mom2Samples() const { return isMemit(*this) ? memit.mom2NSamples : rome.mom2NSamples; }
HparamsDtype EditMethodConfig::mom2AccumulateDtype() const
{
    return isMemit(*this) ? memit.mom2AccumulateDtype() : rome.mom2AccumulateDtype();
}
std::vector<HparamsIssue> EditMethodConfig::warnings() const { return isMemit(*this) ? memit.warnings : rome.warnings; }

EditMethodConfig loadEditMethodConfig(EditMethod method, const std::string& path, const Gpt2Config& modelConfig)
{
    EditMethodConfig c;
    c.method = method;
    c.hparamsPath = path;
    if (method == EditMethod::Memit) {
        c.memit = loadMemitHparams(path);
        c.memit.validateForModel(modelConfig, path);
    } else {
        c.rome = loadRomeHparams(path);
        c.rome.validateForModel(modelConfig, path);
        if (method == EditMethod::RRome && c.rome.keyMode() == RomeKeyMode::Reference)
            c.rome.editscope.keyMode = RomeKeyMode::ConsistentTemplate;
    }
    return c;
}

EditMethodConfig editMethodConfigFromJson(EditMethod method, const nlohmann::json& hparams, const std::string& label,
                                          const Gpt2Config& modelConfig)
{
    EditMethodConfig c;
    c.method = method;
    c.hparamsPath = label;
    if (method == EditMethod::Memit) {
        c.memit = MemitHparams::fromJson(hparams, label);
        c.memit.validateForModel(modelConfig, label);
    } else {
        c.rome = RomeHparams::fromJson(hparams, label);
        c.rome.validateForModel(modelConfig, label);
        if (method == EditMethod::RRome && c.rome.keyMode() == RomeKeyMode::Reference)
            c.rome.editscope.keyMode = RomeKeyMode::ConsistentTemplate;
    }
    return c;
}

std::string statsModelName(const std::string& modelDir)
{
    auto path = std::filesystem::weakly_canonical(modelDir);
    if (path.filename().empty())
        path = path.parent_path();
    return path.filename().string();
}

nlohmann::json LayerStatistics::toJson() const
{
    auto list = nlohmann::json::array();
    for (size_t i = 0; i < layers.size(); ++i)
        list.push_back({{"layer", layers[i]}, {"path", paths[i]}, {"tokens", tokenCounts[i]},
                        {"min_eigenvalue", minEigenvalues[i]}});
    return list;
}

LayerStatistics loadLayerStatistics(const EditMethodConfig& config, const std::string& statsDir, const std::string& modelName,
                                    const Gpt2Config& modelConfig)
{
    LayerStatistics s;
    const std::string dtype = dtypeName(config.mom2AccumulateDtype());
    const bool romeNeedsNone = !isMemit(config) && !config.rome.mom2Adjustment;
    for (auto layer : config.layers()) {
        s.layers.push_back(layer);
        if (romeNeedsNone) {   // u = k̄ without C⁻¹: no statistics are read (EasyEdit's default)
            s.matrices.emplace_back();
            s.paths.emplace_back();
            s.minEigenvalues.push_back(0);
            s.tokenCounts.push_back(0);
            continue;
        }
        const auto path = secondMomentPath(statsDir, modelName, config.mom2Dataset(), layer, dtype, config.mom2Samples());
        if (!std::filesystem::exists(path))
            throw InputError(path, "statistics",
                             "missing: the layer-" + std::to_string(layer) + " second moment has not been computed. Make it with "
                             "`editscope-cli stats --model <model dir> --corpus <" + config.mom2Dataset() + " corpus> --layers "
                             + std::to_string(layer) + " --samples " + std::to_string(config.mom2Samples()) + " --dtype " + dtype
                             + " --dataset " + config.mom2Dataset() + " --stats-dir " + statsDir + "`");
        const auto loaded = loadSecondMoment(path, modelConfig.innerDim(), layer);
        if (isMemit(config))
            s.matrices.push_back(loaded.moment.moment());
        else
            s.matrices.push_back(inverseSecondMoment(loaded.moment.sum, loaded.moment.count,
                                                     config.rome.solveDtype() == HparamsDtype::Float64));
        s.paths.push_back(path);
        s.minEigenvalues.push_back(loaded.minEigenvalue);
        s.tokenCounts.push_back(loaded.moment.count);
    }
    return s;
}

ContextTemplates contextTemplatesFor(const EditMethodConfig& config, const Gpt2Model& model, const Gpt2Tokenizer& tok,
                                     const std::optional<std::string>& templatesFile, uint64_t seed)
{
    const auto file = templatesFile ? templatesFile : config.templatesFile();
    if (file)
        return loadContextTemplates(*file);
    if (isMemit(config))
        return memitContextTemplates(model, tok, seed);
    std::vector<std::pair<int64_t, int64_t>> lengths;
    for (const auto& l : config.rome.contextTemplateLengthParams)
        lengths.emplace_back(l.maxOutLen, l.count);
    return romeContextTemplates(model, tok, lengths, seed);
}

EditOutcome applyEdit(Gpt2Model& model, const Gpt2Tokenizer& tok, const EditMethodConfig& config,
                      const ContextTemplates& templates, const LayerStatistics& statistics,
                      const std::vector<RewriteRequest>& requests, const std::function<bool()>& cancelled)
{
    if (requests.empty())
        throw InputError("", "requests", "nothing to edit");
    if (statistics.layers != config.layers())
        throw InputError("", "statistics", "loaded for other layers than the hparams edit");
    const auto t0 = SteadyClock::now();
    EditOutcome out;
    if (isMemit(config)) {
        auto r = executeMemit(model, tok, requests, config.memit, templates, statistics.matrices, cancelled);
        for (size_t i = 0; i < r.updates.size(); ++i) {
            const auto& step = r.diagnostics.layers[i];
            out.norms.push_back({step.layer, cProjWeightNorm(model, step.layer), 0, 0});
            out.norms.back().update = applyLayerUpdate(model, r.updates[i]);
            out.norms.back().after = cProjWeightNorm(model, step.layer);
        }
        out.updates = std::move(r.updates);
        out.diagnostics = r.diagnostics.toJson();
        auto reqs = nlohmann::json::array();
        for (const auto& q : requests)
            reqs.push_back(requestJson(q));
        out.diagnostics["requests"] = reqs;
    } else {
        out.diagnostics = nlohmann::json::array();
        for (const auto& q : requests) {
            auto r = executeRome(model, tok, q, config.rome, templates, statistics.matrices.front(), cancelled);
            LayerNorms n{r.update.layer, cProjWeightNorm(model, r.update.layer), 0, 0};
            n.update = applyLayerUpdate(model, r.update);
            n.after = cProjWeightNorm(model, r.update.layer);
            out.norms.push_back(n);
            auto d = r.diagnostics.toJson();
            d["request"] = requestJson(q);
            d["key_mode"] = keyModeName(config.rome.keyMode());
            out.diagnostics.push_back(std::move(d));
            out.updates.push_back(std::move(r.update));
        }
    }
    out.seconds = secondsSince(t0);
    return out;
}

} // namespace editscope
