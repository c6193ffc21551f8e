#include "cli_probe_model.h"

#include "core/util/error.h"
#include "storage/run_store.h"

namespace editscope::cli {

std::vector<OptionSpec> probeModelOptions()
{
    return {
        {"model", true, "Hugging Face GPT-2 folder (instead of --db)"},
        {"db", true, "run file: probe the model of --run after --step (instead of --model)"},
        {"run", true, "run id (with --db)"},
        {"step", true, "step of the run (0: its base model)"},
        {"device", true, "auto|cpu|cuda|cuda:N (default auto)"},
        {"dtype", true, "float32|float64|bfloat16|float16 (default: as stored, which a run's exact rebuild needs)"},
        {"json", false, "print JSON"},
    };
}

ProbeModelChoice probeModelFromArgs(const CliArgs& args)
{
    StepModelOptions options;
    options.load.device = args.get("device", "auto");
    options.load.dtype = args.get("dtype", "");
    options.capacity = 0;   // one model per command
    StepModelCache cache(options);
    const bool folder = args.has("model"), db = args.has("db");
    if (folder == db)
        throw InputError("", folder ? "--db" : "--model", "give either --model DIR or --db FILE --run R --step N");
    ProbeModelChoice c;
    if (folder) {
        if (args.has("run") || args.has("step"))
            throw InputError("", args.has("run") ? "--run" : "--step", "only with --db");
        const auto dir = args.required("model");
        c.model = cache.folderModel(dir);
        c.description = "folder " + dir;
        c.json = {{"model", dir}};
        return c;
    }
    RunStore store(args.required("db"), true);
    const int64_t run = args.getInt("run", 0);
    if (run <= 0)
        throw InputError(store.path(), "--run", "required: a run id (see editscope-cli runs)");
    store.run(run);   // refuses an unknown id with a message
    if (!args.has("step"))
        throw InputError(store.path(), "--step", "required: a step of run " + std::to_string(run) + " (0: the base model)");
    const int64_t step = args.getInt("step", -1);
    const int64_t last = store.lastStep(run);
    if (step < 0 || step > last)
        throw InputError(store.path(), "--step", "run " + std::to_string(run) + " has steps 0.." + std::to_string(last));
    const auto spec = store.runSpec(run);
    c.model = cache.modelAfter(spec, store.updatesThrough(run, step));
    c.rebuildSeconds = cache.stats().lastRebuildSeconds;
    c.description = "run " + std::to_string(run) + " of " + store.path() + " at step " + std::to_string(step);
    c.json = {{"db", store.path()}, {"run", run}, {"step", step}, {"model", spec.modelDir}, {"updates", c.model->appliedUpdates}};
    return c;
}

} // namespace editscope::cli
