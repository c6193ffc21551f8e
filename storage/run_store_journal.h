// The run loop's RunJournal (core/run/run_journal.h) on a run file: one run of a RunStore. A branch
// (a run whose spec names a parent run and the parent's step N) numbers its own steps from 1 in the
// file; the run loop counts on from the parent chain's offset + N, so that a branch's steps sit on the
// root run's x axis; this adapter translates between the two.
#pragma once

#include "core/run/run_journal.h"
#include "storage/run_store.h"

namespace editscope {

class RunStoreJournal : public RunJournal {
public:
    RunStoreJournal(RunStore& store, int64_t run);

    const RunSpec& spec() const override { return spec_; }
    int64_t stepOffset() override { return offset_; }
    int64_t lastStep() override;
    StepRecord step(int64_t step) override;
    std::vector<StoredUpdate> updatesThrough(int64_t step) override;
    RunBaseline baseline() override;
    void appendBaseline(const RunBaseline& baseline) override;
    void appendStep(const StepRecord& step) override;
    void setStatus(RunStatus status, const std::string& message) override;

    int64_t run() const { return run_; }

private:
    RunStore& store_;
    int64_t run_;
    RunSpec spec_;
    int64_t offset_ = 0;
};

// The global number of a run's step 0: the sum of parent_step along its parent chain.
int64_t runStepOffset(RunStore& store, int64_t run);

} // namespace editscope
