// What a sequential editing run stores: plain, torch-free values passed from the run loop (core/runner)
// to the run store (storage/run_store.h) and back from the store's reader to the run loop (resume,
// rebuild) and the desktop app. The SQLite schema that holds them is documented in storage/SCHEMA.md;
// field meanings here are the contract.
//
// Numbering: step k (1-based) is the k-th edit call of a run; with `batchSize` requests per call the
// number of edits after step k is k · batchSize (the plots' x axis). Step 0 is the unedited model
// (downstream and generation are measured there once, as the paper does).
// Thread-safety: plain values.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

// A dense array as bytes, little-endian, C order: the low-rank factors of an update.
struct StoredArray {
    std::string dtype;              // "float32" | "float64"
    std::vector<int64_t> shape;
    std::vector<std::byte> data;    // numel · element size bytes
    bool operator==(const StoredArray&) const = default;
};

// ΔW = left · rightᵀ on h.{layer}.mlp.c_proj.weight ([4d, d], Conv1D layout), added in application order.
struct StoredUpdate {
    int64_t layer = 0;
    StoredArray left;    // [4d, r]
    StoredArray right;   // [d, r]
    bool operator==(const StoredUpdate&) const = default;
};

// Norms of one edited layer's c_proj weight after a step.
struct LayerNormRecord {
    int64_t layer = 0;
    double weightNorm = 0;      // ‖W‖_F
    double driftNorm = 0;       // ‖W − W₀‖_F (W₀: the base model's)
    double updateNorm = 0;      // ‖ΔW‖_F of this step's update(s) to the layer
    double driftPerNumel = 0;   // ‖W − W₀‖_F / numel(W): the paper's normalised growth (arXiv 2401.07453 Fig. 3)
    bool operator==(const LayerNormRecord&) const = default;
};

// CounterFact probability metrics of one record on one model state (fractions 0..1; NaN: no prompts).
struct RecordEvalRecord {
    int64_t caseId = 0;
    double es = 0, em = 0, ps = 0, pm = 0, ns = 0, nm = 0;
    double rewriteAcc = 0, paraphraseAcc = 0, neighborhoodAcc = 0;
    nlohmann::json scores;      // per prompt NLLs (RecordScores::toJson), may be null to save space
};

// A flag raised by the disabling-edit detector (core/run/disabling_detector.h).
struct FlagRecord {
    std::string criterion;      // e.g. "update_norm_vs_median"
    double value = 0;
    double threshold = 0;
    std::string message;
    bool operator==(const FlagRecord&) const = default;
};

struct DownstreamRecord {
    std::string task;           // "sst2", "rte", "sentiment", ...
    int64_t examples = 0;
    int64_t invalid = 0;        // answers that are no label
    double accuracy = 0, f1 = 0, mcc = 0;   // F1 weighted over classes; invalid answers count as wrong
    nlohmann::json answers;     // per example: expected, answer text, parsed label (may be null)
};

struct GenerationRecord {
    std::string prompt;
    std::string text;
    double entropy = 0;         // generation entropy (core/eval/ngram_entropy.h), bits
};

// Everything one step adds to the timeline; stored in one transaction.
struct StepRecord {
    int64_t step = 0;
    std::vector<int64_t> caseIds;
    nlohmann::json requests;                 // the requested_rewrite objects
    std::vector<StoredUpdate> updates;
    std::vector<LayerNormRecord> norms;      // one per edited layer
    nlohmann::json diagnostics;              // EditOutcome::diagnostics
    nlohmann::json timings;                  // seconds per phase: {"edit":..,"eval":..,"retention":..,...}
    std::vector<RecordEvalRecord> pre;       // the step's records on the model before the edit
    std::vector<RecordEvalRecord> post;      // ... and after
    std::vector<FlagRecord> flags;
    bool nonFinite = false;                  // a NaN/Inf appeared in the update or the edited weights
    // Evaluations scheduled at this step (empty when not due):
    std::vector<RecordEvalRecord> retention; // every earlier edited record, on the model after this step
    std::vector<DownstreamRecord> downstream;
    std::vector<GenerationRecord> generations;
};

enum class RunStatus { Running, Paused, Finished, Cancelled, Failed };
const char* runStatusName(RunStatus status);     // "running", ...
RunStatus parseRunStatus(const std::string& name);

// The run's configuration: enough to rebuild the model at any step and to resume.
struct RunSpec {
    std::string name;
    std::string modelDir;
    std::string modelHash;                   // hashGpt2Folder: SHA-256 of the weights file(s)
    std::string datasetPath;
    std::string datasetHash;                 // SHA-256 of the dataset file
    std::string method;                      // "rome" | "r-rome" | "memit"
    std::string hparamsPath;
    std::string hparamsText;                 // verbatim file text
    nlohmann::json hparams;                  // effective settings
    std::string statsDir;
    nlohmann::json templates;                // context template groups used by every step
    std::vector<int64_t> order;              // case ids in edit order (batches are consecutive runs of it)
    std::string orderSource;                 // "seed 7" | "file F, sample K"
    int64_t batchSize = 1;
    uint64_t seed = 0;
    std::string device;
    std::string softwareVersion;
    // Schedules (in steps; 0 = never).
    int64_t retentionEvery = 0;
    int64_t downstreamEvery = 0;
    int64_t generationEvery = 0;
    std::string downstreamDir;
    int64_t downstreamPerClass = 0;
    std::vector<std::string> generationPrompts;
    bool pauseOnFlag = false;
    nlohmann::json detector;                 // detector settings (criteria and thresholds)
    // Branching: this run starts from the model of run `parentRun` after that run's own step `parentStep`
    // (as the run file numbers the parent's steps); `order` holds only what this run edits itself.
    std::optional<int64_t> parentRun;
    int64_t parentStep = 0;
    nlohmann::json toJson() const;
    static RunSpec fromJson(const nlohmann::json& json);
};

} // namespace editscope
