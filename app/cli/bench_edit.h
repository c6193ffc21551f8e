// bench edit: time per phase of ROME / MEMIT edits and their FLOPs against the machine's ceiling.
// bench run: the cost of a stored sequential run, phase by phase.
#pragma once

#include "cli_args.h"

namespace editscope::cli {

int benchEdit(const CliArgs& args);
int benchRun(const CliArgs& args);   // cmd_bench_run.cpp

} // namespace editscope::cli
