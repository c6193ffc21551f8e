// The model a probing command (probe, lens) looks at: a plain folder (--model DIR) or a run's model
// after a step (--db FILE --run R --step N), rebuilt from the stored factors by StepModelCache.
#pragma once

#include "cli_args.h"
#include "core/probe/step_model.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace editscope::cli {

// --model, --db, --run, --step, --device, --dtype, --json.
std::vector<OptionSpec> probeModelOptions();

struct ProbeModelChoice {
    ProbeModelPtr model;
    std::string description;   // "folder DIR" | "run R of FILE at step N"
    nlohmann::json json;       // the same as JSON
    double rebuildSeconds = 0; // applying the stored updates (0 for a folder)
};

// Exactly one of --model and --db; with --db, --run and --step are required and checked against the
// run file (InputError naming --step for a step the run lacks). Also reports the rebuild's time.
ProbeModelChoice probeModelFromArgs(const CliArgs& args);

} // namespace editscope::cli
