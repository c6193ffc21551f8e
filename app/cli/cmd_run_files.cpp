// export: a run's series as CSV files, one per series, each opening with a comment line that states the
// metric's definition; plus flags.csv, forgetting.csv and annotations.csv (the notes on steps).
// checkpoint: the model of a run at step N, rebuilt from the base weights and the stored factors,
// written as an HF folder.
#include "cli_model.h"
#include "commands.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/formats/file_io.h"
#include "core/runner/stored_tensor.h"
#include "core/util/error.h"
#include "storage/run_store.h"

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <map>
#include <sstream>
#include <tuple>

namespace editscope::cli {
namespace {

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double v)
{
    if (std::isnan(v))
        return "";
    std::ostringstream o;
    o << std::setprecision(17) << v;
    return o.str();
}

int64_t requiredRun(RunStore& store, const CliArgs& args)
{
    const int64_t run = args.getInt("run", 0);
    if (run <= 0)
        throw InputError(store.path(), "--run", "required: a run id (see editscope-cli runs)");
    store.run(run);   // refuses an unknown id with a message
    return run;
}

} // namespace

int cmdExport(int argc, char** argv, int first)
{
    CliArgs args("export", {{"db", true, "run file"}, {"run", true, "run id"}, {"csv", true, "output folder"},
                            {"json", false, "print JSON"}},
                 argc, argv, first);
    RunStore store(args.required("db"), true);
    const int64_t run = requiredRun(store, args);
    const std::filesystem::path dir = args.required("csv");
    std::filesystem::create_directories(dir);
    std::map<std::string, MetricDefinition> definitions;
    for (const auto& d : store.metricDefinitions())
        definitions[d.name] = d;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& name : store.availableSeries(run)) {
        const auto family = RunStore::metricFamily(name);
        const auto def = definitions.count(family) ? definitions.at(family) : MetricDefinition{name, name, "", ""};
        std::ostringstream csv;
        csv << "# " << name << ": " << def.label << ". " << def.definition << (def.unit.empty() ? "" : " [" + def.unit + "]") << "\n";
        csv << "step,edits,case_id," << name << "\n";
        for (const auto& p : store.series(run, name))
            csv << p.step << "," << p.edits << "," << (p.caseId >= 0 ? std::to_string(p.caseId) : "") << "," << number(p.value) << "\n";
        const auto path = dir / (name + ".csv");
        writeFileAtomically(path.string(), csv.str());
        files.push_back(path.string());
    }
    std::ostringstream flags;
    flags << "# flags of the disabling-edit detector: criterion, value, threshold\nstep,criterion,value,threshold,message\n";
    for (const auto& [step, f] : store.flags(run))
        flags << step << "," << csvField(f.criterion) << "," << number(f.value) << "," << number(f.threshold) << ","
              << csvField(f.message) << "\n";
    writeFileAtomically((dir / "flags.csv").string(), flags.str());
    files.push_back((dir / "flags.csv").string());
    // forgetting.csv: the paper's criterion (gcf fact_forgetting.py: rewrite_prompts_correct);
    // forgetting_es.csv: the lenient one (ES = 1).
    for (const auto& [file, criterion, what] :
         {std::tuple{"forgetting.csv", ForgettingCriterion::RewriteAccuracy, "rewrite accuracy (every target_new token the argmax)"},
          std::tuple{"forgetting_es.csv", ForgettingCriterion::Efficacy, "ES (P(new) > P(true))"}}) {
        std::ostringstream csv;
        csv << "# per edited record: the step of its edit, its " << what << " right after (< 1: never learned), "
            << "the first later retention step where it is < 1\ncase_id,step_edited,post_value,forgotten_at\n";
        for (const auto& f : store.forgetting(run, criterion))
            csv << f.caseId << "," << f.stepEdited << "," << number(f.postValue) << ","
                << (f.forgottenAt ? std::to_string(*f.forgottenAt) : "") << "\n";
        writeFileAtomically((dir / file).string(), csv.str());
        files.push_back((dir / file).string());
    }
    // annotations.csv: the notes on steps (empty but for its header when there are none, or for a
    // schema-1 file, which has no notes); case_id lists a batch's ids separated by spaces.
    std::ostringstream notes;
    notes << "# notes on steps: the step, its edits and case ids, the note, when it last changed (UTC)\n"
          << "step,edits,case_id,note,updated\n";
    for (const auto& a : store.annotations(run)) {
        std::string ids;
        for (int64_t id : a.caseIds)
            ids += (ids.empty() ? "" : " ") + std::to_string(id);
        notes << a.step << "," << a.edits << "," << ids << "," << csvField(a.text) << "," << a.updatedAt << "\n";
    }
    writeFileAtomically((dir / "annotations.csv").string(), notes.str());
    files.push_back((dir / "annotations.csv").string());
    emit(args, {{"files", files}}, "wrote " + std::to_string(files.size()) + " CSV files to " + dir.string() + "\n");
    return 0;
}

int cmdCheckpoint(int argc, char** argv, int first)
{
    CliArgs args("checkpoint", {{"db", true, "run file"}, {"run", true, "run id"}, {"step", true, "step (0: the base model)"},
                                {"out", true, "output folder (HF GPT-2)"}, {"json", false, "print JSON"}},
                 argc, argv, first);
    RunStore store(args.required("db"), true);
    const int64_t run = requiredRun(store, args);
    const auto spec = store.runSpec(run);
    const int64_t step = args.getInt("step", -1);
    const int64_t last = store.lastStep(run);
    if (step < 0 || step > last)
        throw InputError(store.path(), "--step", "run " + std::to_string(run) + " has steps 0.." + std::to_string(last));
    const auto hash = hashGpt2Folder(spec.modelDir);
    if (hash != spec.modelHash)
        throw InputError(spec.modelDir, "model hash", "the base model folder changed since the run began");
    auto checkpoint = loadGpt2Folder(spec.modelDir);
    Gpt2Model model(checkpoint.config, std::move(checkpoint.weights));
    applyStoredUpdates(model, store.updatesThrough(run, step));
    const auto out = args.required("out");
    saveGpt2Folder(out, model.config(), model.weights());
    copyTokenizerFiles(spec.modelDir, out);
    emit(args, {{"out", out}, {"run", run}, {"step", step}},
         "wrote the model of run " + std::to_string(run) + " at step " + std::to_string(step) + " to " + out + "\n");
    return 0;
}

} // namespace editscope::cli
