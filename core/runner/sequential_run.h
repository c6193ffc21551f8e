// The experiment of arXiv 2401.07453 as a loop (spec/rome_memit.md §8.2): edit the records of a run's
// order one call at a time (batchSize requests per call), never restore, and store every step through a
// RunJournal:
//   per step      the records' metrics before and after the edit, the update's factors, the norms of
//                 every edited layer (‖W‖, ‖W−W₀‖, ‖ΔW‖, ‖W−W₀‖/numel), the method's diagnostics, phase
//                 timings, a NaN/Inf check and the disabling-edit detector's flags;
//   on schedule   retention (every earlier edited record re-scored on the current model), downstream
//                 tasks (few-shot, 3-token greedy answers), generation samples with their entropy; step
//                 0 (the unedited model) gets downstream and generation once.
// Resuming rebuilds the model from the base weights and the stored factors and replays the detector,
// so a resumed run stores what an uninterrupted one would have (the templates are part of the spec and
// every sampler is seeded from (seed, step)).
//
// Progress and control go through plain callbacks: `cancelled` is polled before every forward pass, so
// a stop takes effect within one; a step interrupted that way is not stored. Not thread-safe: one
// SequentialRun per thread; the model it owns is not shared.
#pragma once

#include "core/run/disabling_detector.h"
#include "core/run/run_journal.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

struct RunProgress {
    int64_t step = 0;            // the step being computed (or just stored)
    int64_t totalSteps = 0;
    std::string phase;           // "baseline", "pre-eval", "edit", "post-eval", "retention", "downstream", "generation", "stored"
    double elapsedSeconds = 0;   // since this call of run() began
    double etaSeconds = -1;      // from the mean time of the steps done in this call
};

struct RunControl {
    std::function<bool()> cancelled;                          // true: stop within one forward pass
    std::function<bool()> pauseRequested;                     // polled after each stored step: true pauses there
    std::function<void(const RunProgress&)> progress;
    std::function<void(const StepRecord&)> stepStored;        // after each step is in the journal
};

// Options for preparing a new run's spec from files (the CLI's `run` and the app's New run dialog).
struct NewRunOptions {
    std::string name;
    std::string modelDir, datasetPath, method, hparamsPath, statsDir;
    std::string templatesFile;              // empty: sample with the seed
    int64_t edits = 0;                      // records to edit (0: the whole order)
    int64_t batchSize = 1;
    std::string orderFile, orderSample;     // empty orderFile: seeded order
    uint64_t seed = 0;
    std::string device = "auto";
    int64_t retentionEvery = 0, downstreamEvery = 0, generationEvery = 0;
    std::string downstreamDir;
    int64_t downstreamPerClass = 100;
    int64_t generationPromptCount = 5;      // generation prompts taken from the first records' lists
    bool pauseOnFlag = false;
    DetectorSettings detector;
};

// Validates everything (model, hparams against it, statistics present, dataset, order, downstream
// folder) and returns the spec to store; InputError names the first problem.
RunSpec prepareRunSpec(const NewRunOptions& options);

// A branch: a run that starts from the model of `parentRun` after its step `atStep` (the parent's
// edits through that step are part of its model) and continues the parent's order from there, e.g. to
// roll back a disabling edit. `skip` leaves out the next `skip` batches of the order (the edit to roll
// back); a non-empty method / hparams path switches the method for the rest (templates are re-made with
// the parent's seed when the method changes family). Steps continue the parent's numbering.
struct BranchOptions {
    std::string name;
    int64_t atStep = 0;
    int64_t skip = 0;
    std::string method, hparamsPath;
};
// `atStep` is on the root's axis; `parentOffset` is the parent's own offset (RunJournal::stepOffset) and
// `parentLocalLast` its number of stored steps. The returned spec's parentStep is local to the parent.
RunSpec prepareBranchSpec(const RunSpec& parent, int64_t parentRun, int64_t parentOffset, int64_t parentLocalLast,
                          const BranchOptions& options);

class SequentialRun {
public:
    // Loads the model (checking its hash against the spec), hparams, statistics, dataset and downstream
    // tasks, and brings the model to the journal's last stored step.
    explicit SequentialRun(RunJournal& journal);
    ~SequentialRun();

    // Runs until every edit of the order is done (Finished), `maxSteps` more steps are stored (Paused;
    // <= 0: no limit), a flag is raised with pauseOnFlag (Paused), or `control.cancelled` (Cancelled).
    // The journal's status is set accordingly. Errors set Failed and propagate.
    RunStatus run(const RunControl& control, int64_t maxSteps = 0);

    int64_t lastStep() const;
    int64_t totalSteps() const;

private:
    struct State;
    std::unique_ptr<State> state_;
    RunJournal& journal_;
};

} // namespace editscope
