// StepModelSource: the models a probe pane compares — a run's base model, its model after any step, and
// its current model (after the last stored step) — rebuilt from a run file's stored update factors by one
// shared StepModelCache (core/probe/step_model.h: LRU of the last few steps, bit-identical to the CLI's
// `checkpoint`). Each call opens the run file read-only for the duration of the call, so it is safe on any
// thread while another process or this app's RunWorker appends steps.
//
// Ownership: shared (std::shared_ptr) between the panes and the jobs they start; the models it returns are
// immutable and outlive the cache's eviction. Thread-safety: every member may be called from any thread;
// rebuilds serialise on the cache's mutex. Errors (file gone, hash mismatch, unknown step) throw
// editscope::InputError / std::runtime_error naming the file; callers turn them into messages.
#pragma once

#include "core/probe/probe_model.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace editscope {

class StepModelCache;

// Which model: step 0 is the base model, step −1 the run's last stored step ("current").
struct StepModelRef {
    std::string dbPath;
    int64_t run = 0;
    int64_t step = 0;
};

class StepModelSource {
public:
    explicit StepModelSource(std::size_t capacity = 3);
    ~StepModelSource();
    StepModelSource(const StepModelSource&) = delete;
    StepModelSource& operator=(const StepModelSource&) = delete;

    ProbeModelPtr model(const StepModelRef& ref);
    // The step `ref` resolves to (−1 → the last stored step); opens the file.
    int64_t resolveStep(const StepModelRef& ref) const;
    // The run's model folder (RunSpec::modelDir), e.g. to find its layer statistics.
    std::string modelDir(const std::string& dbPath, int64_t run) const;
    StepModelCache& cache() { return *cache_; }

private:
    std::unique_ptr<StepModelCache> cache_;
};

} // namespace editscope
