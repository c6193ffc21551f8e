#include "core/run/run_records.h"

#include "core/util/error.h"

namespace editscope {

const char* runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Paused: return "paused";
    case RunStatus::Finished: return "finished";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    }
    return "?";
}

RunStatus parseRunStatus(const std::string& name)
{
    for (auto s : {RunStatus::Running, RunStatus::Paused, RunStatus::Finished, RunStatus::Cancelled, RunStatus::Failed})
        if (name == runStatusName(s))
            return s;
    throw InputError("", "status", "unknown run status '" + name + "'");
}

nlohmann::json RunSpec::toJson() const
{
    nlohmann::json j = {{"name", name}, {"model_dir", modelDir}, {"model_hash", modelHash}, {"dataset_path", datasetPath},
                        {"dataset_hash", datasetHash}, {"method", method}, {"hparams_path", hparamsPath},
                        {"hparams_text", hparamsText}, {"hparams", hparams}, {"stats_dir", statsDir},
                        {"templates", templates}, {"order", order}, {"order_source", orderSource},
                        {"batch_size", batchSize}, {"seed", seed}, {"device", device},
                        {"software_version", softwareVersion}, {"retention_every", retentionEvery},
                        {"downstream_every", downstreamEvery}, {"generation_every", generationEvery},
                        {"downstream_dir", downstreamDir}, {"downstream_per_class", downstreamPerClass},
                        {"generation_prompts", generationPrompts}, {"pause_on_flag", pauseOnFlag},
                        {"detector", detector}, {"parent_step", parentStep}};
    j["parent_run"] = parentRun ? nlohmann::json(*parentRun) : nlohmann::json(nullptr);
    return j;
}

RunSpec RunSpec::fromJson(const nlohmann::json& j)
{
    try {
        RunSpec s;
        s.name = j.at("name");
        s.modelDir = j.at("model_dir");
        s.modelHash = j.at("model_hash");
        s.datasetPath = j.at("dataset_path");
        s.datasetHash = j.at("dataset_hash");
        s.method = j.at("method");
        s.hparamsPath = j.at("hparams_path");
        s.hparamsText = j.at("hparams_text");
        s.hparams = j.at("hparams");
        s.statsDir = j.at("stats_dir");
        s.templates = j.at("templates");
        s.order = j.at("order").get<std::vector<int64_t>>();
        s.orderSource = j.at("order_source");
        s.batchSize = j.at("batch_size");
        s.seed = j.at("seed");
        s.device = j.at("device");
        s.softwareVersion = j.at("software_version");
        s.retentionEvery = j.at("retention_every");
        s.downstreamEvery = j.at("downstream_every");
        s.generationEvery = j.at("generation_every");
        s.downstreamDir = j.at("downstream_dir");
        s.downstreamPerClass = j.at("downstream_per_class");
        s.generationPrompts = j.at("generation_prompts").get<std::vector<std::string>>();
        s.pauseOnFlag = j.at("pause_on_flag");
        s.detector = j.at("detector");
        if (!j.at("parent_run").is_null())
            s.parentRun = j.at("parent_run").get<int64_t>();
        s.parentStep = j.at("parent_step");
        return s;
    } catch (const nlohmann::json::exception& e) {
        throw InputError("", "run spec", e.what());
    }
}

} // namespace editscope
