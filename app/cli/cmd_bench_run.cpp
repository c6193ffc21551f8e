// bench run: what a stored run cost, from the phase timings every step records: edits per minute with
// and without the scheduled evaluations, each phase's share, and how the retention evaluation grows
// with the number of earlier edits (a least-squares line through seconds vs records re-scored), so the
// cost of a longer run can be projected.
#include "bench_edit.h"
#include "cli_model.h"

#include "core/util/error.h"
#include "storage/run_store.h"

#include <iomanip>
#include <map>
#include <sstream>

namespace editscope::cli {

int benchRun(const CliArgs& args)
{
    RunStore store(args.required("db"), true);
    int64_t run = args.getInt("run", 0);
    if (run == 0) {
        const auto runs = store.runs();
        if (runs.empty())
            throw InputError(store.path(), "runs", "the file holds no run");
        run = runs.back().id;
    }
    const auto summary = store.run(run);
    std::map<std::string, double> phases;
    double total = 0;
    std::vector<std::pair<double, double>> retention;   // (records re-scored, seconds)
    for (int64_t k = 1; k <= summary.steps; ++k) {
        const auto s = store.step(run, k);
        for (const auto& [name, v] : s.timings.items())
            if (name != "total" && v.is_number())
                phases[name] += v.get<double>();
        total += s.timings.value("total", 0.0);
        if (!s.retention.empty() && s.timings.contains("retention"))
            retention.emplace_back(static_cast<double>(s.retention.size()), s.timings["retention"].get<double>());
    }
    if (summary.steps == 0 || total <= 0)
        throw InputError(store.path(), "steps", "run " + std::to_string(run) + " has no timed steps yet");
    const double perStep = phases["pre_eval"] + phases["edit"] + phases["post_eval"];
    double slope = 0, intercept = 0;
    if (retention.size() >= 2) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const auto& [x, y] : retention) {
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        const double n = static_cast<double>(retention.size());
        slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        intercept = (sy - slope * sx) / n;
    }
    const double edits = static_cast<double>(summary.edits);
    nlohmann::json out = {{"run", run}, {"steps", summary.steps}, {"edits", summary.edits}, {"seconds", total},
                          {"edits_per_minute", 60.0 * edits / total},
                          {"edits_per_minute_edit_and_own_eval", 60.0 * edits / perStep},
                          {"phase_seconds", phases},
                          {"retention", {{"evaluations", retention.size()}, {"seconds_per_record", slope},
                                         {"seconds_fixed", intercept}}}};
    std::ostringstream t;
    t << std::fixed << std::setprecision(1);
    t << "run " << run << " (" << summary.method << "): " << summary.steps << " steps, " << summary.edits << " edits in "
      << total << " s = " << 60.0 * edits / total << " edits/min with every evaluation, " << 60.0 * edits / perStep
      << " edits/min for edit + its own evaluation\n";
    for (const auto& [name, v] : phases)
        t << "  " << std::left << std::setw(12) << name << std::right << std::setw(9) << v << " s  " << std::setw(5)
          << 100.0 * v / total << "%\n";
    if (retention.size() >= 2)
        t << std::setprecision(4) << "retention: " << retention.size() << " evaluations, " << slope * 1000.0
          << " ms per earlier edit re-scored (+" << intercept << " s); at 1,000 earlier edits one evaluation takes "
          << std::setprecision(1) << intercept + 1000.0 * slope << " s\n";
    emit(args, out, t.str());
    return 0;
}

} // namespace editscope::cli
