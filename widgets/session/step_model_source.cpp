#include "widgets/session/step_model_source.h"

#include "core/probe/step_model.h"
#include "storage/run_store.h"

#include <stdexcept>

namespace editscope {

StepModelSource::StepModelSource(std::size_t capacity)
{
    StepModelOptions options;
    options.capacity = capacity;
    cache_ = std::make_unique<StepModelCache>(options);
}

StepModelSource::~StepModelSource() = default;

int64_t StepModelSource::resolveStep(const StepModelRef& ref) const
{
    if (ref.step >= 0) return ref.step;
    RunStore store(ref.dbPath, true);
    return store.lastStep(ref.run);
}

std::string StepModelSource::modelDir(const std::string& dbPath, int64_t run) const
{
    RunStore store(dbPath, true);
    return store.runSpec(run).modelDir;
}

ProbeModelPtr StepModelSource::model(const StepModelRef& ref)
{
    RunStore store(ref.dbPath, true);
    const RunSpec spec = store.runSpec(ref.run);
    const int64_t last = store.lastStep(ref.run);
    const int64_t step = ref.step < 0 ? last : ref.step;
    if (step > last)
        throw std::runtime_error(ref.dbPath + ": run " + std::to_string(ref.run) + " has no step "
                                 + std::to_string(step) + " (last stored: " + std::to_string(last) + ")");
    if (step == 0) return cache_->baseModel(spec);
    return cache_->modelAfter(spec, store.updatesThrough(ref.run, step));
}

} // namespace editscope
