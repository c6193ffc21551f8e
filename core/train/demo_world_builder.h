// Builds the demo world end to end (architecture.md "The embedded default"): the world's text files,
// a byte-level BPE tokenizer trained on them, a small GPT-2 trained until it measurably knows its
// facts and skills, ROME/MEMIT hparams for it, and a knowledge report. Everything is deterministic
// from the seed (the model's bytes also depend on the BLAS kernels and thread count, recorded in the
// report). Progress goes through a callback that can cancel; nothing here prints.
#pragma once

#include "core/world/demo_world.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace editscope {

struct DemoWorldBuildOptions {
    std::string outDir;
    uint64_t seed = 1;
    DemoWorldSize size = DemoWorldSize::Default;
    int threads = 2;       // fixed so that a seed gives the same model on machines with more cores
    bool force = false;    // rebuild even when outDir already holds a complete world of this seed/size
};

struct DemoWorldProgress {
    std::string phase;     // "world", "tokenizer", "training", "report", "saving"
    double fraction = 0;   // of the phase, 0..1 (0 when unknown)
    double etaSeconds = -1;
    std::string message;
};

// false from the callback cancels (editscope::Cancelled is thrown).
using DemoWorldProgressFn = std::function<bool(const DemoWorldProgress&)>;

struct DemoWorldBuildResult {
    nlohmann::json report;   // also written to outDir/report.json
    std::string reportText;  // also written to outDir/report.txt
    bool meetsThresholds = false;
    bool reused = false;     // an existing complete world was found and kept
};

DemoWorldBuildResult buildDemoWorld(const DemoWorldBuildOptions& options, const DemoWorldProgressFn& progress);

// Renders a report.json (as written by buildDemoWorld) as the human-readable text.
std::string demoWorldReportText(const nlohmann::json& report);

} // namespace editscope
