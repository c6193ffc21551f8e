#include "core/world/skill_task.h"

#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace editscope {

std::string SkillTask::render(const GlueExample& example, bool withAnswer) const
{
    return renderGlueExample(format, example, withAnswer);
}

std::string SkillTask::fewShotPrompt(std::span<const GlueExample> shotExamples, const GlueExample& query) const
{
    return glueFewShotPrompt(format, shotExamples, query);
}

std::string SkillTask::document(std::span<const GlueExample> shotExamples, const GlueExample& query) const
{
    return fewShotPrompt(shotExamples, query) + " " + labelWords.at(query.label == 1 ? 1 : 0);
}

std::vector<GlueExample> SkillTask::evalShots() const
{
    std::vector<GlueExample> out;
    std::vector<bool> used(train.size(), false);
    for (int i = 0; i < shots; ++i) {
        const int wanted = i % 2;
        for (size_t j = 0; j < train.size(); ++j) {
            if (!used[j] && train[j].label == wanted) {
                used[j] = true;
                out.push_back(train[j]);
                break;
            }
        }
    }
    return out;
}

int SkillTask::parseAnswer(std::string_view generated) const
{
    return parseGlueAnswer(format, generated);
}

nlohmann::json SkillTask::describe() const
{
    return {{"name", name},
            {"glue_format", glueFormatName(format)},
            {"label_words", labelWords},
            {"shots", shots},
            {"train", "skills/" + name + "/train.tsv"},
            {"dev", "skills/" + name + "/dev.tsv"}};
}

std::vector<SkillTask> loadSkillTasks(const std::string& worldDir)
{
    namespace fs = std::filesystem;
    const std::string path = (fs::path(worldDir) / "world.json").string();
    const nlohmann::json root = readJsonFile(path, "the world description");
    if (!root.is_object() || !root.contains("skills") || !root["skills"].is_array())
        throw InputError(path, "skills", "missing array of skill tasks");

    std::vector<SkillTask> tasks;
    const nlohmann::json& skills = root["skills"];
    for (size_t i = 0; i < skills.size(); ++i) {
        const nlohmann::json& s = skills[i];
        const std::string where = "skills[" + std::to_string(i) + "]";
        auto str = [&](const char* key) {
            if (!s.is_object() || !s.contains(key) || !s[key].is_string())
                throw InputError(path, where + "." + key, "missing or not a string");
            return s[key].get<std::string>();
        };
        SkillTask task;
        task.name = str("name");
        task.format = glueFormatFromName(str("glue_format"));
        if (!s.contains("shots") || !s["shots"].is_number_integer() || s["shots"].get<int>() < 0)
            throw InputError(path, where + ".shots", "missing or not a non-negative integer");
        task.shots = s["shots"].get<int>();
        if (!s.contains("label_words") || !s["label_words"].is_array() || s["label_words"].size() != 2)
            throw InputError(path, where + ".label_words", "expected an array of two strings");
        for (const nlohmann::json& w : s["label_words"]) {
            if (!w.is_string())
                throw InputError(path, where + ".label_words", "expected an array of two strings");
            task.labelWords.push_back(w.get<std::string>());
        }
        task.train = loadGlueTsv((fs::path(worldDir) / str("train")).string(), task.format);
        task.heldOut = loadGlueTsv((fs::path(worldDir) / str("dev")).string(), task.format);
        tasks.push_back(std::move(task));
    }
    return tasks;
}

} // namespace editscope
