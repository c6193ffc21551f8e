// A downstream "skill" of the demo world: a GLUE-format task with training examples (seen in
// training documents) and held-out examples (the dev set the editing run evaluates on), rendered in
// the paper's few-shot prompt format (core/dataset/glue_prompt.h) with fewer shots.
//
// On disk (DemoWorld::writeTextFiles): skills/<name>/train.tsv and dev.tsv in the GLUE columns of
// the format, plus an entry in world.json's "skills" array ({name, glue_format, label_words, shots,
// train, dev}); loadSkillTasks reads that back. Plain value type; thread-safe for concurrent reads.
#pragma once

#include "core/dataset/glue_prompt.h"
#include "core/dataset/glue_tsv.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

struct SkillTask {
    std::string name;                       // directory name, e.g. "sentiment"
    GlueFormat format = GlueFormat::Sst2;
    std::vector<std::string> labelWords;    // indexed by GlueExample::label
    int shots = 2;                          // shots in the evaluation prompt
    std::vector<GlueExample> train;
    std::vector<GlueExample> heldOut;

    // One example in prompt format; without the answer it ends at the answer marker ("...Sentiment :").
    std::string render(const GlueExample& example, bool withAnswer) const;
    // Shots with answers, each followed by "\n\n", then the query without its answer.
    std::string fewShotPrompt(std::span<const GlueExample> shotExamples, const GlueExample& query) const;
    // A training document: the few-shot prompt followed by " " + the query's answer word.
    std::string document(std::span<const GlueExample> shotExamples, const GlueExample& query) const;
    // The fixed evaluation context: the first `shots` training examples taken with alternating
    // labels, starting with label 0 (as the paper's SST-2 context starts with a negative review).
    std::vector<GlueExample> evalShots() const;
    // Label parsed from generated text as the reference does it, or -1 (invalid).
    int parseAnswer(std::string_view generated) const;

    // world.json entry; `train`/`dev` are the TSV paths relative to the world directory.
    nlohmann::json describe() const;
};

// Reads world.json's "skills" and their TSV files from a directory written by
// DemoWorld::writeTextFiles. Errors name the file and field.
std::vector<SkillTask> loadSkillTasks(const std::string& worldDir);

} // namespace editscope
