#include "storage/run_store_journal.h"

namespace editscope {

RunStoreJournal::RunStoreJournal(RunStore& store, int64_t run) : store_(store), run_(run), spec_(store.runSpec(run)) {}

int64_t RunStoreJournal::lastStep() { return store_.lastStep(run_) + spec_.parentStep; }

StepRecord RunStoreJournal::step(int64_t step)
{
    auto s = store_.step(run_, step - spec_.parentStep);
    s.step = step;
    return s;
}

std::vector<StoredUpdate> RunStoreJournal::updatesThrough(int64_t step)
{
    return store_.updatesThrough(run_, step - spec_.parentStep);
}

RunBaseline RunStoreJournal::baseline()
{
    RunBaseline b;
    b.stored = store_.hasBaseline(run_);
    if (b.stored) {
        const auto s = store_.step(run_, 0);
        b.downstream = s.downstream;
        b.generations = s.generations;
    }
    return b;
}

void RunStoreJournal::appendBaseline(const RunBaseline& b) { store_.appendBaseline(run_, b.downstream, b.generations); }

void RunStoreJournal::appendStep(const StepRecord& step)
{
    auto local = step;
    local.step = step.step - spec_.parentStep;
    store_.appendStep(run_, local);
}

void RunStoreJournal::setStatus(RunStatus status, const std::string& message) { store_.setStatus(run_, status, message); }

} // namespace editscope
