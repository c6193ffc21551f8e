// run: a sequential editing run (core/runner) stored in a run file (storage/run_store.h), with a
// progress line on stderr; --resume continues a run from its last stored step. runs: the runs of a
// file. SIGINT stops a run within one forward pass; the steps stored so far stay.
#include "cli_model.h"
#include "commands.h"

#include "core/runner/sequential_run.h"
#include "core/util/error.h"
#include "storage/run_store.h"
#include "storage/run_store_journal.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace editscope::cli {
namespace {

std::atomic<bool> gInterrupted{false};
void onInterrupt(int) { gInterrupted = true; }

std::string duration(double seconds)
{
    if (seconds < 0)
        return "?";
    std::ostringstream o;
    const auto s = static_cast<int64_t>(std::llround(seconds));
    if (s >= 3600)
        o << s / 3600 << "h" << std::setw(2) << std::setfill('0') << (s % 3600) / 60 << "m";
    else if (s >= 60)
        o << s / 60 << "m" << std::setw(2) << std::setfill('0') << s % 60 << "s";
    else
        o << s << "s";
    return o.str();
}

std::string percent(double v) { return std::isnan(v) ? "-" : std::to_string(static_cast<int>(std::lround(100 * v))); }

int execute(const CliArgs& args, RunStore& store, int64_t runId)
{
    RunStoreJournal journal(store, runId);
    SequentialRun run(journal);
    const bool quiet = args.flag("quiet");
    const bool terminal = isatty(STDERR_FILENO) != 0;   // a progress line redrawn in place; else stored steps only
    RunControl control;
    control.cancelled = [] { return gInterrupted.load(); };
    control.progress = [&](const RunProgress& p) {
        if (quiet || !terminal)
            return;
        std::cerr << "\r[run " << runId << "] step " << p.step << "/" << p.totalSteps << " " << std::left << std::setw(10)
                  << p.phase << std::right << " elapsed " << duration(p.elapsedSeconds) << ", ETA " << duration(p.etaSeconds)
                  << "   " << std::flush;
    };
    control.stepStored = [&](const StepRecord& s) {
        if (quiet)
            return;
        double es = 0;
        for (const auto& r : s.post)
            es += r.es / static_cast<double>(s.post.size());
        std::cerr << (terminal ? "\r" : "") << "[run " << runId << "] step " << s.step << " stored: ES " << percent(es);
        for (const auto& n : s.norms)
            std::cerr << ", layer " << n.layer << " |dW| " << std::setprecision(3) << n.updateNorm;
        for (const auto& f : s.flags)
            std::cerr << "  FLAG " << f.criterion;
        std::cerr << (terminal ? std::string(20, ' ') : std::string()) << "\n";
    };
    std::signal(SIGINT, onInterrupt);
    const auto status = run.run(control, args.getInt("max-steps", 0));
    std::signal(SIGINT, SIG_DFL);
    const auto summary = store.run(runId);
    nlohmann::json out = {{"db", store.path()}, {"run", runId}, {"status", runStatusName(status)},
                          {"message", summary.statusMessage}, {"steps", summary.steps}, {"edits", summary.edits},
                          {"total_steps", run.totalSteps()}, {"flagged_steps", summary.flaggedSteps}};
    std::ostringstream text;
    text << "run " << runId << " in " << store.path() << ": " << runStatusName(status) << " after step " << summary.steps
         << " of " << run.totalSteps() << (summary.statusMessage.empty() ? "" : " (" + summary.statusMessage + ")")
         << ", " << summary.flaggedSteps << " flagged step(s)\n";
    emit(args, out, text.str());
    return status == RunStatus::Cancelled ? 130 : 0;
}

} // namespace

int cmdRun(int argc, char** argv, int first)
{
    auto specs = modelOptions();
    specs.insert(specs.end(), {{"db", true, "run file (SQLite; created if missing)"},
                               {"resume", false, "continue the run (--run, default the file's last) from its last stored step"},
                               {"run", true, "with --resume: the run id"},
                               {"branch-from", true, "start a branch of this run id (with --at; --method/--hparams may change)"},
                               {"at", true, "with --branch-from: the parent's step the branch starts after"},
                               {"skip", true, "with --branch-from: leave out the next K steps' edits (default 0)"},
                               {"dataset", true, "CounterFact JSON"},
                               {"method", true, "rome|r-rome|memit"},
                               {"hparams", true, "hyperparameter JSON"},
                               {"stats-dir", true, "statistics root"},
                               {"templates", true, "context templates JSON (default: sampled with --seed)"},
                               {"name", true, "a name for the run"},
                               {"edits", true, "records to edit (default: the whole order)"},
                               {"batch", true, "requests per step (MEMIT; default 1, the paper's)"},
                               {"order", true, "edit order file ({\"0\": [indices...], ...} or a list)"},
                               {"sample", true, "sample key of the order file (default \"0\")"},
                               {"seed", true, "seed of the order, the templates and the samplers (default 0)"},
                               {"retention-every", true, "re-evaluate all earlier edits every K steps (0: never; the paper: 20)"},
                               {"downstream", true, "downstream folder (a demo world, or GLUE task folders)"},
                               {"downstream-every", true, "downstream evaluation every K steps (paper: 5)"},
                               {"downstream-per-class", true, "examples per class (paper: 100)"},
                               {"generation-every", true, "generation samples every K steps (0: never)"},
                               {"generation-prompts", true, "generation prompts in the probe set (default 5)"},
                               {"pause-on-flag", false, "pause when the disabling-edit detector flags a step"},
                               {"detector", true, "detector thresholds as JSON, e.g. {\"update_norm_factor\": 3, \"min_history\": 5}"},
                               {"max-steps", true, "stop (paused) after this many steps in this call"},
                               {"quiet", false, "no progress on stderr"}});
    CliArgs args("run", specs, argc, argv, first);
    RunStore store(args.required("db"));
    if (args.flag("resume")) {
        int64_t runId = args.getInt("run", 0);
        if (runId == 0) {
            const auto runs = store.runs();
            if (runs.empty())
                throw InputError(args.get("db"), "runs", "the file holds no run to resume");
            runId = runs.back().id;
        }
        return execute(args, store, runId);
    }
    if (args.has("branch-from")) {
        const int64_t parent = args.getInt("branch-from", 0);
        const auto parentSpec = store.runSpec(parent);
        BranchOptions b;
        b.name = args.get("name", "");
        b.atStep = args.getInt("at", -1);
        b.skip = args.getInt("skip", 0);
        b.method = args.get("method", "");
        b.hparamsPath = args.get("hparams", "");
        const auto spec = prepareBranchSpec(parentSpec, parent, runStepOffset(store, parent), store.lastStep(parent), b);
        return execute(args, store, store.createRun(spec));
    }
    NewRunOptions o;
    o.name = args.get("name", "");
    o.modelDir = args.required("model");
    o.datasetPath = args.required("dataset");
    o.method = args.required("method");
    o.hparamsPath = args.required("hparams");
    o.statsDir = args.required("stats-dir");
    o.templatesFile = args.get("templates", "");
    o.edits = args.getInt("edits", 0);
    o.batchSize = args.getInt("batch", 1);
    o.orderFile = args.get("order", "");
    o.orderSample = args.get("sample", "");
    o.seed = static_cast<uint64_t>(args.getInt("seed", 0));
    o.device = args.get("device", "auto");
    o.retentionEvery = args.getInt("retention-every", 0);
    o.downstreamDir = args.get("downstream", "");
    o.downstreamEvery = args.getInt("downstream-every", o.downstreamDir.empty() ? 0 : 5);
    o.downstreamPerClass = args.getInt("downstream-per-class", 100);
    o.generationEvery = args.getInt("generation-every", 0);
    o.generationPromptCount = args.getInt("generation-prompts", 5);
    o.pauseOnFlag = args.flag("pause-on-flag");
    if (args.has("detector")) {
        const auto text = args.get("detector");
        const auto json = nlohmann::json::parse(text, nullptr, false);
        if (!json.is_object())
            throw InputError("", "--detector", "not a JSON object: " + text);
        for (const auto& [key, value] : json.items())
            if (!DetectorSettings().toJson().contains(key) || !value.is_number())
                throw InputError("", "--detector", "unknown key or non-numeric value '" + key + "' (keys: " +
                                 DetectorSettings().toJson().dump() + ")");
        o.detector = DetectorSettings::fromJson(json);
    }
    if (o.downstreamEvery > 0 && o.downstreamDir.empty())
        throw InputError("", "--downstream-every", "needs --downstream DIR");
    const auto spec = prepareRunSpec(o);
    const int64_t runId = store.createRun(spec);
    return execute(args, store, runId);
}

int cmdRuns(int argc, char** argv, int first)
{
    CliArgs args("runs", {{"db", true, "run file"}, {"json", false, "print JSON"}}, argc, argv, first);
    RunStore store(args.required("db"), true);
    nlohmann::json out = nlohmann::json::array();
    std::ostringstream text;
    text << "  id  method  status     steps  edits  flagged  ES/PS/NS (last step)  name\n";
    for (const auto& r : store.runs()) {
        nlohmann::json j = {{"id", r.id}, {"name", r.name}, {"method", r.method}, {"status", runStatusName(r.status)},
                            {"message", r.statusMessage}, {"steps", r.steps}, {"edits", r.edits}, {"batch", r.batchSize},
                            {"flagged_steps", r.flaggedSteps}, {"created", r.createdAt}, {"updated", r.updatedAt},
                            {"model", r.modelDir}, {"dataset", r.datasetPath}, {"parent_step", r.parentStep}};
        j["parent_run"] = r.parentRun ? nlohmann::json(*r.parentRun) : nlohmann::json(nullptr);
        for (const auto& [key, v] : {std::pair{"last_es", r.lastEs}, {"last_ps", r.lastPs}, {"last_ns", r.lastNs}})
            j[key] = std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
        out.push_back(j);
        text << std::setw(4) << r.id << "  " << std::left << std::setw(6) << r.method << "  " << std::setw(9)
             << runStatusName(r.status) << std::right << std::setw(7) << r.steps << std::setw(7) << r.edits << std::setw(9)
             << r.flaggedSteps << "  " << std::setw(4) << percent(r.lastEs) << "/" << percent(r.lastPs) << "/"
             << percent(r.lastNs) << std::string(10, ' ') << r.name << "\n";
    }
    emit(args, out, text.str());
    return 0;
}

} // namespace editscope::cli
