// The New-run dialog's checks and the statistics it may have to compute, behind a header without torch
// types so that Qt translation units can call them (Qt's `slots` macro breaks libtorch's headers).
//
//   checkModelFolder     config.json readable: layer count, widths, module names an hparams file may use
//   checkHparams         an hparams file against a model: the method's layers exist, module templates are
//                        GPT-2's, every problem listed with what the model has
//   findStatistics       the second-moment files the method would read, found or missing (reference paths)
//   computeStatistics    computes the missing ones over a corpus, with progress and cancel
// All are stateless and thread-safe (each call loads what it needs); errors are InputError.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace editscope {

struct ModelFolderInfo {
    std::string dir;
    int64_t layers = 0, width = 0, innerWidth = 0, heads = 0, vocab = 0, positions = 0;
    std::vector<std::string> moduleTemplates;    // e.g. "transformer.h.{}.mlp.c_proj"
};
ModelFolderInfo checkModelFolder(const std::string& modelDir);

struct HparamsCheck {
    bool ok = false;
    std::vector<int64_t> layers;                 // the layers the method edits
    std::vector<std::string> problems;           // one line each: field and what the model has
    std::vector<std::string> warnings;           // legal but unusual settings (HparamsIssue)
    std::string statsDataset;                    // mom2_dataset
    int64_t statsSamples = 0;                    // mom2_n_samples
    bool needsStatistics = true;                 // false: ROME with mom2_adjustment off
};
// `method`: rome | r-rome | memit. Never throws for a bad file: the problem is in `problems`.
HparamsCheck checkHparams(const std::string& method, const std::string& hparamsPath, const std::string& modelDir);

struct StatisticsFile {
    int64_t layer = 0;
    std::string path;
    bool present = false;
};
struct StatisticsStatus {
    std::vector<StatisticsFile> files;
    std::string dataset;
    int64_t samples = 0;
    std::string dtype;
    bool allPresent() const;
};
StatisticsStatus findStatistics(const std::string& method, const std::string& hparamsPath, const std::string& modelDir,
                                const std::string& statsDir);

struct StatisticsProgress {
    int64_t documentsDone = 0, documentsTotal = 0;
    double etaSeconds = -1;
};
// Computes the missing files of findStatistics over `corpusPath` (plain text or .jsonl) and writes them
// at the reference paths. false from `progress` cancels (editscope::Cancelled); nothing partial is written.
StatisticsStatus computeStatistics(const std::string& method, const std::string& hparamsPath, const std::string& modelDir,
                                   const std::string& statsDir, const std::string& corpusPath, const std::string& device,
                                   const std::function<bool(const StatisticsProgress&)>& progress);

} // namespace editscope
