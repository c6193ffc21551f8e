// The layer-statistics files of one model in a statistics tree, for the statistics manager: what is there
// (from the reference's path layout, spec/rome_memit.md §2.6:
// {statsDir}/{model}/{dataset}_stats/transformer.h.{L}.mlp.c_proj_{dtype}_mom2_{N}.npz), whether each
// file is usable by the model (loadSecondMoment's checks: members, shape [4d, 4d], count > 0, finite,
// symmetric; plus the name agreeing with the content), which files an hparams file would read and lacks
// (findStatistics), and computing chosen layers over a corpus (computeSecondMoments, as
// `editscope-cli stats` does).
//
// Header without torch types, so that Qt translation units can call it. Listing is cheap (names and
// sizes); validating loads the matrix and takes its eigenvalues (seconds for GPT-2 XL's 6400²) and
// computing runs the model: call those two off the GUI thread. All functions are stateless and
// thread-safe; errors are InputError.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace editscope {

enum class StatisticsCheck {
    NotChecked,   // listed only
    Valid,        // loadSecondMoment accepted it for the model
    Invalid,      // unreadable or not this model's (status says why, naming the file)
    Missing       // an hparams file would read it; there is no file
};

struct StatisticsEntry {
    int64_t layer = -1;
    std::string path;
    std::string modelName;     // the folder under statsDir (statsModelName of the model folder)
    std::string dataset;       // "{dataset}_stats" without "_stats": the corpus the moments were taken over
    std::string dtype;         // from the name; after validation: as stored
    int64_t sampleSize = 0;    // documents, from the name (mom2_N); after validation: the file's sample_size
    int64_t fileBytes = 0;
    bool neededByHparams = false;
    StatisticsCheck check = StatisticsCheck::NotChecked;
    int64_t tokens = 0;        // mom2.count, after validation
    double minEigenvalue = std::numeric_limits<double>::quiet_NaN();   // of C = M / count
    double maxEigenvalue = std::numeric_limits<double>::quiet_NaN();
    std::string status;        // one line: what the check found ("" until checked)
};

// The statistics files of the model found under statsDir, by dataset then layer (no file is opened).
// An absent folder gives an empty list.
std::vector<StatisticsEntry> listStatistics(const std::string& modelDir, const std::string& statsDir);

// listStatistics, plus the files the hparams would read: those found are marked neededByHparams, those
// absent are added as Missing. `method` rome | r-rome | memit; empty method or path: no hparams.
std::vector<StatisticsEntry> catalogStatistics(const std::string& modelDir, const std::string& statsDir,
                                               const std::string& method = {}, const std::string& hparamsPath = {});

// The layers the hparams edit whose statistics file is absent (findStatistics).
std::vector<int64_t> missingStatisticsLayers(const std::string& method, const std::string& hparamsPath,
                                             const std::string& modelDir, const std::string& statsDir);

// Loads the file and fills check, status, tokens, eigenvalues, dtype and sampleSize. Never throws for a
// bad file or model folder: that is the entry's status.
StatisticsEntry validateStatistics(StatisticsEntry entry, const std::string& modelDir);

struct StatisticsRequest {
    std::string modelDir;
    std::string statsDir;
    std::string corpusPath;      // plain text (blank-line separated documents) or .jsonl with "text"
    std::string dataset;         // name in the path; empty: the corpus file's stem (as the CLI)
    std::vector<int64_t> layers;
    int64_t samples = 100000;    // mom2_n_samples: documents
    std::string dtype = "float32";   // accumulation: float32 (reference) or float64
    std::string device = "auto";
};

struct StatisticsComputeProgress {
    int64_t documentsDone = 0, documentsTotal = 0, tokens = 0;
    double seconds = 0, etaSeconds = -1;
};

// Computes the layers' second moments in one pass over the corpus and writes them at the reference
// paths (existing files are replaced). false from `progress` cancels (editscope::Cancelled) and nothing
// is written. Returns the written files, validated.
std::vector<StatisticsEntry> computeLayerStatistics(const StatisticsRequest& request,
                                                    const std::function<bool(const StatisticsComputeProgress&)>& progress = {});

} // namespace editscope
