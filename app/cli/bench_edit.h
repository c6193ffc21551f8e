// bench edit: time per phase of ROME / MEMIT edits and their FLOPs against the machine's ceiling.
#pragma once

#include "cli_args.h"

namespace editscope::cli {

int benchEdit(const CliArgs& args);

} // namespace editscope::cli
