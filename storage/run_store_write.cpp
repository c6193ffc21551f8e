// Writing a run: each public call is one transaction (BEGIN IMMEDIATE), validated before anything is
// inserted, so a failure or a killed process leaves the file as it was before the call.
#include "storage/run_store.h"
#include "storage/run_store_util.h"

#include "core/util/error.h"

namespace editscope {

using namespace run_store_detail;

namespace {

const char* const kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

size_t elementSize(const std::string& dtype)
{
    if (dtype == "float32")
        return 4;
    if (dtype == "float64")
        return 8;
    return 0;
}

void validateArray(const StoredArray& a, const std::string& file, const std::string& field)
{
    const size_t size = elementSize(a.dtype);
    if (size == 0)
        throw InputError(file, field, "dtype '" + a.dtype + "' is not float32 or float64");
    if (a.shape.size() != 2)
        throw InputError(file, field, "shape has " + std::to_string(a.shape.size()) + " dimensions, expected 2 ([rows, rank])");
    size_t numel = 1;
    for (int64_t d : a.shape) {
        if (d < 0)
            throw InputError(file, field, "negative dimension " + std::to_string(d));
        numel *= static_cast<size_t>(d);
    }
    if (a.data.size() != numel * size)
        throw InputError(file, field, std::to_string(a.data.size()) + " bytes for shape [" + std::to_string(a.shape[0])
                                          + ", " + std::to_string(a.shape[1]) + "] of " + a.dtype + ", expected "
                                          + std::to_string(numel * size));
}

// The step's wall time: an explicit total when the run loop gives one, else the sum of its phases.
std::optional<double> stepSeconds(const nlohmann::json& timings)
{
    if (!timings.is_object())
        return std::nullopt;
    if (auto it = timings.find("total"); it != timings.end() && it->is_number())
        return it->get<double>();
    double sum = 0;
    bool any = false;
    for (const auto& [key, value] : timings.items())
        if (value.is_number()) {
            sum += value.get<double>();
            any = true;
        }
    return any ? std::optional<double>(sum) : std::nullopt;
}

} // namespace

void RunStore::requireWritable() const
{
    if (readOnly_)
        throw InputError(db_.path(), "store", "opened read-only; cannot write");
}

void RunStore::requireRun(int64_t run)
{
    auto st = db_.prepare("SELECT 1 FROM runs WHERE id = ?");
    st.bind(1, run);
    if (!st.step())
        throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
}

int64_t RunStore::batchSizeOf(int64_t run)
{
    auto st = db_.prepare("SELECT batch_size FROM runs WHERE id = ?");
    st.bind(1, run);
    if (!st.step())
        throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
    return st.columnInt(0);
}

int64_t RunStore::createRun(const RunSpec& spec)
{
    requireWritable();
    const std::string& file = db_.path();
    if (spec.batchSize < 1)
        throw InputError(file, "batch_size", "must be at least 1, got " + std::to_string(spec.batchSize));
    if (spec.parentStep < 0 || (!spec.parentRun && spec.parentStep != 0))
        throw InputError(file, "parent_step", "must be 0 without a parent run and ≥ 0 with one");
    const std::string specJson = dumpJsonStrict(spec.toJson(), file, "run spec");

    Transaction tx(db_);
    if (spec.parentRun) {
        requireRun(*spec.parentRun);
        const int64_t parentLast = lastStep(*spec.parentRun);
        if (spec.parentStep > parentLast)
            throw InputError(file, "parent_step",
                             "run " + std::to_string(*spec.parentRun) + " has " + std::to_string(parentLast)
                                 + " steps; cannot branch after step " + std::to_string(spec.parentStep));
    }
    auto st = db_.prepare(std::string("INSERT INTO runs (name, model_dir, model_hash, dataset_path, dataset_hash, method, "
        "hparams_path, hparams_text, hparams_json, stats_dir, templates_json, edit_order_json, order_source, batch_size, "
        "seed, device, software_version, retention_every, downstream_every, generation_every, downstream_dir, "
        "downstream_per_class, generation_prompts_json, pause_on_flag, detector_json, parent_run, parent_step, spec_json, "
        "status, status_message, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', '', ") + kNow + ", " + kNow + ")");
    st.bind(1, spec.name).bind(2, spec.modelDir).bind(3, spec.modelHash).bind(4, spec.datasetPath)
        .bind(5, spec.datasetHash).bind(6, spec.method).bind(7, spec.hparamsPath).bind(8, spec.hparamsText);
    bindJson(st, 9, spec.hparams);
    st.bind(10, spec.statsDir);
    bindJson(st, 11, spec.templates);
    st.bind(12, nlohmann::json(spec.order).dump()).bind(13, spec.orderSource).bind(14, spec.batchSize)
        .bind(15, std::to_string(spec.seed)).bind(16, spec.device).bind(17, spec.softwareVersion)
        .bind(18, spec.retentionEvery).bind(19, spec.downstreamEvery).bind(20, spec.generationEvery)
        .bind(21, spec.downstreamDir).bind(22, spec.downstreamPerClass)
        .bind(23, dumpJsonStrict(nlohmann::json(spec.generationPrompts), file, "generation_prompts"))
        .bind(24, int64_t{spec.pauseOnFlag});
    bindJson(st, 25, spec.detector);
    if (spec.parentRun)
        st.bind(26, *spec.parentRun);
    else
        st.bindNull(26);
    st.bind(27, spec.parentStep).bind(28, specJson);
    st.run();
    const int64_t id = db_.lastInsertRowId();
    tx.commit();
    return id;
}

void RunStore::appendUpdates(int64_t run, int64_t step, const std::vector<StoredUpdate>& updates)
{
    auto st = db_.prepare("INSERT INTO updates (run_id, step, ordinal, layer, left_dtype, left_shape, left_data, "
                          "right_dtype, right_shape, right_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < updates.size(); ++i) {
        const auto& u = updates[i];
        st.reset();
        st.bind(1, run).bind(2, step).bind(3, static_cast<int64_t>(i)).bind(4, u.layer)
            .bind(5, u.left.dtype).bind(6, nlohmann::json(u.left.shape).dump())
            .bindBlob(7, u.left.data.data(), u.left.data.size())
            .bind(8, u.right.dtype).bind(9, nlohmann::json(u.right.shape).dump())
            .bindBlob(10, u.right.data.data(), u.right.data.size());
        st.run();
    }
}

void RunStore::appendRecordEvals(int64_t run, int64_t step, const char* phase, const std::vector<RecordEvalRecord>& evals)
{
    auto st = db_.prepare("INSERT INTO record_evals (run_id, step, phase, ordinal, case_id, es, em, ps, pm, ns, nm, "
                          "rewrite_acc, paraphrase_acc, neighborhood_acc, scores_json) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < evals.size(); ++i) {
        const auto& e = evals[i];
        st.reset();
        st.bind(1, run).bind(2, step).bind(3, std::string_view(phase)).bind(4, static_cast<int64_t>(i)).bind(5, e.caseId);
        const double values[] = {e.es, e.em, e.ps, e.pm, e.ns, e.nm, e.rewriteAcc, e.paraphraseAcc, e.neighborhoodAcc};
        for (int k = 0; k < 9; ++k)
            bindReal(st, 6 + k, values[k]);
        bindJson(st, 15, e.scores);
        st.run();
    }
}

void RunStore::appendDownstream(int64_t run, int64_t step, const std::vector<DownstreamRecord>& records)
{
    auto st = db_.prepare("INSERT INTO downstream (run_id, step, ordinal, task, examples, invalid, accuracy, f1, mcc, "
                          "answers_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < records.size(); ++i) {
        const auto& d = records[i];
        st.reset();
        st.bind(1, run).bind(2, step).bind(3, static_cast<int64_t>(i)).bind(4, d.task).bind(5, d.examples).bind(6, d.invalid);
        bindReal(st, 7, d.accuracy);
        bindReal(st, 8, d.f1);
        bindReal(st, 9, d.mcc);
        bindJson(st, 10, d.answers);
        st.run();
    }
}

void RunStore::appendGenerations(int64_t run, int64_t step, const std::vector<GenerationRecord>& records)
{
    auto st = db_.prepare("INSERT INTO generations (run_id, step, ordinal, prompt, text, entropy) VALUES (?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < records.size(); ++i) {
        st.reset();
        st.bind(1, run).bind(2, step).bind(3, static_cast<int64_t>(i)).bind(4, records[i].prompt).bind(5, records[i].text);
        bindReal(st, 6, records[i].entropy);
        st.run();
    }
}

void RunStore::appendStep(int64_t run, const StepRecord& s)
{
    requireWritable();
    const std::string& file = db_.path();
    for (size_t i = 0; i < s.updates.size(); ++i) {
        const std::string field = "step " + std::to_string(s.step) + " update " + std::to_string(i);
        validateArray(s.updates[i].left, file, field + " left");
        validateArray(s.updates[i].right, file, field + " right");
        if (s.updates[i].left.shape[1] != s.updates[i].right.shape[1])
            throw InputError(file, field, "left and right factors have different ranks");
        if (s.updates[i].left.dtype != s.updates[i].right.dtype)   // the product is formed in their dtype
            throw InputError(file, field, "left and right factors have different dtypes");
    }

    Transaction tx(db_);
    const int64_t batch = batchSizeOf(run);
    const int64_t last = lastStep(run);
    if (s.step != last + 1)
        throw InputError(file, "step", "run " + std::to_string(run) + " has " + std::to_string(last)
                                           + " steps; the next step must be " + std::to_string(last + 1) + ", got "
                                           + std::to_string(s.step));
    auto st = db_.prepare(std::string("INSERT INTO steps (run_id, step, edits, case_ids_json, requests_json, "
                                      "diagnostics_json, timings_json, seconds, non_finite, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ") + kNow + ")");
    st.bind(1, run).bind(2, s.step).bind(3, s.step * batch).bind(4, nlohmann::json(s.caseIds).dump());
    bindJson(st, 5, s.requests);
    bindJson(st, 6, s.diagnostics);
    bindJson(st, 7, s.timings);
    if (auto seconds = stepSeconds(s.timings))
        bindReal(st, 8, *seconds);
    else
        st.bindNull(8);
    st.bind(9, int64_t{s.nonFinite});
    st.run();

    appendUpdates(run, s.step, s.updates);
    auto norms = db_.prepare("INSERT INTO layer_norms (run_id, step, ordinal, layer, weight_norm, drift_norm, "
                             "update_norm, drift_per_numel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < s.norms.size(); ++i) {
        const auto& n = s.norms[i];
        norms.reset();
        norms.bind(1, run).bind(2, s.step).bind(3, static_cast<int64_t>(i)).bind(4, n.layer);
        bindReal(norms, 5, n.weightNorm);
        bindReal(norms, 6, n.driftNorm);
        bindReal(norms, 7, n.updateNorm);
        bindReal(norms, 8, n.driftPerNumel);
        norms.run();
    }
    appendRecordEvals(run, s.step, "pre", s.pre);
    appendRecordEvals(run, s.step, "post", s.post);
    appendRecordEvals(run, s.step, "retention", s.retention);
    auto flags = db_.prepare("INSERT INTO flags (run_id, step, ordinal, criterion, value, threshold, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < s.flags.size(); ++i) {
        const auto& f = s.flags[i];
        flags.reset();
        flags.bind(1, run).bind(2, s.step).bind(3, static_cast<int64_t>(i)).bind(4, f.criterion);
        bindReal(flags, 5, f.value);
        bindReal(flags, 6, f.threshold);
        flags.bind(7, f.message);
        flags.run();
    }
    appendDownstream(run, s.step, s.downstream);
    appendGenerations(run, s.step, s.generations);
    db_.prepare(std::string("UPDATE runs SET updated_at = ") + kNow + " WHERE id = ?").bind(1, run).run();
    tx.commit();
}

void RunStore::appendBaseline(int64_t run, const std::vector<DownstreamRecord>& downstream,
                              const std::vector<GenerationRecord>& generations)
{
    requireWritable();
    Transaction tx(db_);
    requireRun(run);
    if (hasBaseline(run))
        throw InputError(db_.path(), "baseline", "run " + std::to_string(run) + " already has its step-0 evaluations");
    if (const int64_t last = lastStep(run); last > 0)
        throw InputError(db_.path(), "baseline", "run " + std::to_string(run) + " already has " + std::to_string(last)
                                                     + " steps; the baseline comes before the first edit");
    appendDownstream(run, 0, downstream);
    appendGenerations(run, 0, generations);
    db_.prepare(std::string("UPDATE runs SET baseline_at = ") + kNow + ", updated_at = " + kNow + " WHERE id = ?")
        .bind(1, run).run();
    tx.commit();
}

void RunStore::setStatus(int64_t run, RunStatus status, const std::string& message)
{
    requireWritable();
    Transaction tx(db_);
    auto st = db_.prepare(std::string("UPDATE runs SET status = ?, status_message = ?, updated_at = ") + kNow + " WHERE id = ?");
    st.bind(1, std::string_view(runStatusName(status))).bind(2, message).bind(3, run).run();
    if (db_.changes() == 0)
        throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
    tx.commit();
}

void RunStore::truncateAfter(int64_t run, int64_t step)
{
    requireWritable();
    if (step < 0)
        throw InputError(db_.path(), "step", "cannot truncate after step " + std::to_string(step));
    Transaction tx(db_);
    requireRun(run);
    auto branches = db_.prepare("SELECT id, parent_step FROM runs WHERE parent_run = ? AND parent_step > ? ORDER BY id");
    branches.bind(1, run).bind(2, step);
    if (branches.step())
        throw InputError(db_.path(), "step", "run " + std::to_string(branches.columnInt(0)) + " branches from run "
                                                 + std::to_string(run) + " after step " + std::to_string(branches.columnInt(1))
                                                 + "; cannot remove the steps after " + std::to_string(step));
    // steps cascades to updates, layer_norms and flags.
    for (const char* table : {"record_evals", "steps", "downstream", "generations"})
        db_.prepare(std::string("DELETE FROM ") + table + " WHERE run_id = ? AND step > ?").bind(1, run).bind(2, step).run();
    db_.prepare(std::string("UPDATE runs SET updated_at = ") + kNow + " WHERE id = ?").bind(1, run).run();
    tx.commit();
}

} // namespace editscope
