// Where a sequential run keeps its timeline: the run loop (core/runner) writes steps through this
// interface and reads them back to resume; storage/run_store_journal.h implements it on the SQLite run
// file, tests may implement it in memory. Keeping it an interface keeps core free of SQLite.
// Implementations store a step atomically: after a crash a step is there entirely or not at all.
#pragma once

#include "core/run/run_records.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

// What step 0 (the unedited model) measured, for the collapse criteria of the detector.
struct RunBaseline {
    bool stored = false;
    std::vector<DownstreamRecord> downstream;
    std::vector<GenerationRecord> generations;
};

class RunJournal {
public:
    virtual ~RunJournal() = default;

    virtual const RunSpec& spec() const = 0;
    // The step number this run's first step follows: 0 for a run from the base model; for a branch, the
    // parent chain's steps before it (spec.parentStep is local to the parent), so steps continue the
    // root's x axis.
    virtual int64_t stepOffset() = 0;
    virtual int64_t lastStep() = 0;                                      // 0 when no step is stored
    virtual StepRecord step(int64_t step) = 0;                           // a stored step, in full
    virtual std::vector<StoredUpdate> updatesThrough(int64_t step) = 0;  // parent chain first, in order
    virtual RunBaseline baseline() = 0;

    virtual void appendBaseline(const RunBaseline& baseline) = 0;
    virtual void appendStep(const StepRecord& step) = 0;                 // consecutive steps only
    virtual void setStatus(RunStatus status, const std::string& message) = 0;
};

} // namespace editscope
