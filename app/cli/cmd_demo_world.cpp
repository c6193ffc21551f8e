// demo-world: builds the embedded default world and prints what its model knows.
#include "cli_args.h"
#include "commands.h"

#include "core/train/demo_world_builder.h"
#include "core/util/error.h"

#include <chrono>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace editscope::cli {

int cmdDemoWorld(int argc, char** argv, int first)
{
    const std::vector<OptionSpec> specs = {
        {"out", true, "output folder (required)"},
        {"seed", true, "world and training seed (default 1)"},
        {"size", true, "test|default (default: default)"},
        {"threads", true, "training threads (default 2; part of what makes a seed reproducible)"},
        {"force", false, "rebuild even if the folder already holds this world"},
        {"quiet", false, "no progress lines on stderr"},
        {"json", false, "print the report as JSON"},
    };
    CliArgs args("demo-world", specs, argc, argv, first);
    DemoWorldBuildOptions options;
    options.outDir = args.required("out");
    options.seed = static_cast<uint64_t>(args.getInt("seed", 1));
    const std::string size = args.get("size", "default");
    if (size == "test")
        options.size = DemoWorldSize::Test;
    else if (size == "default")
        options.size = DemoWorldSize::Default;
    else
        throw InputError("", "--size", "expected test or default, got '" + size + "'");
    options.threads = static_cast<int>(args.getInt("threads", 2));
    if (options.threads < 1)
        throw InputError("", "--threads", "must be at least 1");
    options.force = args.flag("force");

    const bool quiet = args.flag("quiet");
    auto lastPrint = std::chrono::steady_clock::now() - std::chrono::seconds(10);
    std::string lastPhase;
    const auto result = buildDemoWorld(options, [&](const DemoWorldProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        if (quiet || (p.phase == lastPhase && now - lastPrint < std::chrono::seconds(3)))
            return true;
        lastPrint = now;
        lastPhase = p.phase;
        std::ostringstream line;
        line << "[" << p.phase << "]";
        if (p.fraction > 0)
            line << " " << std::fixed << std::setprecision(0) << 100.0 * p.fraction << "%";
        if (p.etaSeconds >= 0)
            line << " ETA " << std::fixed << std::setprecision(0) << p.etaSeconds << " s";
        line << " " << p.message;
        std::cerr << line.str() << std::endl;
        return true;
    });
    if (args.flag("json"))
        std::cout << result.report.dump(2) << "\n";
    else
        std::cout << (result.reused ? "(already built; --force rebuilds)\n" : "") << result.reportText
                  << "files in " << options.outDir << ": counterfact.json, skills/, corpus.txt, world.json, model/, hparams/, report.json\n";
    return result.meetsThresholds ? 0 : 3;
}

} // namespace editscope::cli
