// An in-memory RunJournal for tests of the run loop (the SQLite one is storage/run_store_journal.h).
#pragma once

#include "core/run/run_journal.h"
#include "core/util/error.h"

#include <string>
#include <vector>

namespace editscope::testing {

class MemoryJournal : public RunJournal {
public:
    explicit MemoryJournal(RunSpec spec) : spec_(std::move(spec)) {}

    const RunSpec& spec() const override { return spec_; }
    int64_t stepOffset() override { return spec_.parentStep; }   // a parent from the base model
    int64_t lastStep() override { return steps_.empty() ? spec_.parentStep : steps_.back().step; }
    StepRecord step(int64_t step) override { return steps_.at(static_cast<size_t>(step - spec_.parentStep - 1)); }
    std::vector<StoredUpdate> updatesThrough(int64_t step) override
    {
        std::vector<StoredUpdate> out = parentUpdates_;
        for (const auto& s : steps_)
            if (s.step <= step)
                out.insert(out.end(), s.updates.begin(), s.updates.end());
        return out;
    }
    RunBaseline baseline() override { return baseline_; }
    void appendBaseline(const RunBaseline& b) override { baseline_ = b; }
    void appendStep(const StepRecord& s) override
    {
        if (s.step != lastStep() + 1)
            throw InputError("", "step", "not consecutive");
        steps_.push_back(s);
    }
    void setStatus(RunStatus status, const std::string& message) override
    {
        status_ = status;
        message_ = message;
    }

    const std::vector<StepRecord>& steps() const { return steps_; }
    RunStatus status() const { return status_; }
    void setParentUpdates(std::vector<StoredUpdate> u) { parentUpdates_ = std::move(u); }

private:
    RunSpec spec_;
    std::vector<StepRecord> steps_;
    std::vector<StoredUpdate> parentUpdates_;
    RunBaseline baseline_;
    RunStatus status_ = RunStatus::Running;
    std::string message_;
};

} // namespace editscope::testing
