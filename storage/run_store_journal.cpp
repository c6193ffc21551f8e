#include "storage/run_store_journal.h"

namespace editscope {

int64_t runStepOffset(RunStore& store, int64_t run)
{
    int64_t offset = 0;
    for (auto spec = store.runSpec(run); spec.parentRun; spec = store.runSpec(*spec.parentRun))
        offset += spec.parentStep;
    return offset;
}

RunStoreJournal::RunStoreJournal(RunStore& store, int64_t run)
    : store_(store), run_(run), spec_(store.runSpec(run)), offset_(runStepOffset(store, run))
{
}

int64_t RunStoreJournal::lastStep() { return store_.lastStep(run_) + offset_; }

StepRecord RunStoreJournal::step(int64_t step)
{
    auto s = store_.step(run_, step - offset_);
    s.step = step;
    return s;
}

std::vector<StoredUpdate> RunStoreJournal::updatesThrough(int64_t step) { return store_.updatesThrough(run_, step - offset_); }

RunBaseline RunStoreJournal::baseline()
{
    // A branch compares with the unedited model its root run measured.
    int64_t owner = run_;
    while (!store_.hasBaseline(owner)) {
        const auto spec = store_.runSpec(owner);
        if (!spec.parentRun)
            break;
        owner = *spec.parentRun;
    }
    RunBaseline b;
    b.stored = store_.hasBaseline(owner);
    if (b.stored) {
        const auto s = store_.step(owner, 0);
        b.downstream = s.downstream;
        b.generations = s.generations;
    }
    return b;
}

void RunStoreJournal::appendBaseline(const RunBaseline& b) { store_.appendBaseline(run_, b.downstream, b.generations); }

void RunStoreJournal::appendStep(const StepRecord& step)
{
    auto local = step;
    local.step = step.step - offset_;
    store_.appendStep(run_, local);
}

void RunStoreJournal::setStatus(RunStatus status, const std::string& message) { store_.setStatus(run_, status, message); }

} // namespace editscope
