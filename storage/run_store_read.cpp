// Reading a run: every public call runs in one read snapshot, so it sees whole steps only, even while
// another connection appends.
#include "storage/run_store.h"
#include "storage/run_store_util.h"

#include "core/util/error.h"

#include <cmath>
#include <limits>
#include <map>
#include <regex>

namespace editscope {

using namespace run_store_detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<int64_t> parseIds(const nlohmann::json& json, const std::string& file, const std::string& field);

// One row of `updates`, selected with kUpdateColumns.
constexpr const char* kUpdateColumns = "SELECT layer, left_dtype, left_shape, left_data, right_dtype, right_shape, right_data ";

StoredUpdate readUpdate(const Statement& st, const std::string& file)
{
    StoredUpdate u;
    u.layer = st.columnInt(0);
    u.left = {st.columnText(1), parseIds(columnJson(st, 2, file, "updates.left_shape"), file, "updates.left_shape"), st.columnBlob(3)};
    u.right = {st.columnText(4), parseIds(columnJson(st, 5, file, "updates.right_shape"), file, "updates.right_shape"),
               st.columnBlob(6)};
    return u;
}

// Record-metric series names and their record_evals columns (SQL text from this table only).
const std::map<std::string, std::string> kRecordColumns = {
    {"es", "es"}, {"em", "em"}, {"ps", "ps"}, {"pm", "pm"}, {"ns", "ns"}, {"nm", "nm"},
    {"rewrite_acc", "rewrite_acc"}, {"paraphrase_acc", "paraphrase_acc"}, {"neighborhood_acc", "neighborhood_acc"}};
const std::map<std::string, std::string> kNormColumns = {
    {"weight", "weight_norm"}, {"drift", "drift_norm"}, {"update", "update_norm"}, {"drift_per_numel", "drift_per_numel"}};
const std::map<std::string, std::string> kDownstreamColumns = {
    {"accuracy", "accuracy"}, {"f1", "f1"}, {"mcc", "mcc"}, {"invalid", "invalid"}};

std::vector<int64_t> parseIds(const nlohmann::json& json, const std::string& file, const std::string& field)
{
    try {
        return json.is_null() ? std::vector<int64_t>{} : json.get<std::vector<int64_t>>();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, field, std::string("not a list of integers: ") + e.what());
    }
}

const char* const kSummarySelect =
    "SELECT r.id, r.name, r.method, r.status, r.status_message, r.batch_size, r.created_at, r.updated_at, "
    "r.parent_run, r.parent_step, r.model_dir, r.dataset_path, "
    "(SELECT coalesce(max(s.step), 0) FROM steps s WHERE s.run_id = r.id), "
    "(SELECT count(*) FROM steps s WHERE s.run_id = r.id AND (s.non_finite "
    "   OR EXISTS (SELECT 1 FROM flags f WHERE f.run_id = s.run_id AND f.step = s.step))) "
    "FROM runs r";

} // namespace

std::vector<RunSummary> RunStore::runs()
{
    ReadSnapshot snapshot(db_);
    std::vector<RunSummary> out;
    {
        auto st = db_.prepare(std::string(kSummarySelect) + " ORDER BY r.id");
        while (st.step()) {
            RunSummary r;
            r.id = st.columnInt(0);
            r.name = st.columnText(1);
            r.method = st.columnText(2);
            r.status = parseRunStatus(st.columnText(3));
            r.statusMessage = st.columnText(4);
            r.batchSize = st.columnInt(5);
            r.createdAt = st.columnText(6);
            r.updatedAt = st.columnText(7);
            if (!st.columnIsNull(8))
                r.parentRun = st.columnInt(8);
            r.parentStep = st.columnInt(9);
            r.modelDir = st.columnText(10);
            r.datasetPath = st.columnText(11);
            r.steps = st.columnInt(12);
            r.edits = r.steps * r.batchSize;
            r.flaggedSteps = st.columnInt(13);
            out.push_back(std::move(r));
        }
    }
    auto means = db_.prepare("SELECT avg(es), avg(ps), avg(ns) FROM record_evals WHERE run_id = ? AND phase = 'post' AND step = ?");
    for (auto& r : out) {
        if (r.steps == 0)
            continue;
        means.reset();
        means.bind(1, r.id).bind(2, r.steps);
        if (means.step()) {
            r.lastEs = columnReal(means, 0);
            r.lastPs = columnReal(means, 1);
            r.lastNs = columnReal(means, 2);
        }
    }
    return out;
}

RunSummary RunStore::run(int64_t run)
{
    ReadSnapshot snapshot(db_);
    for (auto& r : runs())
        if (r.id == run)
            return r;
    throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
}

RunSpec RunStore::runSpec(int64_t run)
{
    ReadSnapshot snapshot(db_);
    auto st = db_.prepare("SELECT spec_json FROM runs WHERE id = ?");
    st.bind(1, run);
    if (!st.step())
        throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
    try {
        return RunSpec::fromJson(columnJson(st, 0, db_.path(), "runs.spec_json"));
    } catch (const InputError& e) {
        throw InputError(db_.path(), "runs.spec_json", e.reason());
    }
}

int64_t RunStore::lastStep(int64_t run)
{
    ReadSnapshot snapshot(db_);
    requireRun(run);
    auto st = db_.prepare("SELECT coalesce(max(step), 0) FROM steps WHERE run_id = ?");
    st.bind(1, run);
    st.step();
    return st.columnInt(0);
}

bool RunStore::hasBaseline(int64_t run)
{
    ReadSnapshot snapshot(db_);
    auto st = db_.prepare("SELECT baseline_at IS NOT NULL FROM runs WHERE id = ?");
    st.bind(1, run);
    if (!st.step())
        throw InputError(db_.path(), "run", "no run with id " + std::to_string(run));
    return st.columnInt(0) != 0;
}

std::vector<RecordEvalRecord> RunStore::readRecordEvals(int64_t run, int64_t step, const char* phase)
{
    std::vector<RecordEvalRecord> out;
    auto st = db_.prepare("SELECT case_id, es, em, ps, pm, ns, nm, rewrite_acc, paraphrase_acc, neighborhood_acc, "
                          "scores_json FROM record_evals WHERE run_id = ? AND phase = ? AND step = ? ORDER BY ordinal");
    st.bind(1, run).bind(2, std::string_view(phase)).bind(3, step);
    while (st.step()) {
        RecordEvalRecord e;
        e.caseId = st.columnInt(0);
        double* fields[] = {&e.es, &e.em, &e.ps, &e.pm, &e.ns, &e.nm, &e.rewriteAcc, &e.paraphraseAcc, &e.neighborhoodAcc};
        for (int k = 0; k < 9; ++k)
            *fields[k] = columnReal(st, 1 + k);
        e.scores = columnJson(st, 10, db_.path(), "record_evals.scores_json");
        out.push_back(std::move(e));
    }
    return out;
}

StepRecord RunStore::step(int64_t run, int64_t step)
{
    ReadSnapshot snapshot(db_);
    const std::string& file = db_.path();
    StepRecord s;
    s.step = step;
    if (step == 0) {   // the baseline: only downstream and generations
        if (!hasBaseline(run))
            throw InputError(file, "step", "run " + std::to_string(run) + " has no step 0 (baseline) stored");
    } else {
        auto st = db_.prepare("SELECT case_ids_json, requests_json, diagnostics_json, timings_json, non_finite "
                              "FROM steps WHERE run_id = ? AND step = ?");
        st.bind(1, run).bind(2, step);
        if (!st.step())
            throw InputError(file, "step", "run " + std::to_string(run) + " has no step " + std::to_string(step));
        s.caseIds = parseIds(columnJson(st, 0, file, "steps.case_ids_json"), file, "steps.case_ids_json");
        s.requests = columnJson(st, 1, file, "steps.requests_json");
        s.diagnostics = columnJson(st, 2, file, "steps.diagnostics_json");
        s.timings = columnJson(st, 3, file, "steps.timings_json");
        s.nonFinite = st.columnInt(4) != 0;
    }
    {
        auto st = db_.prepare(std::string(kUpdateColumns) + "FROM updates WHERE run_id = ? AND step = ? ORDER BY ordinal");
        st.bind(1, run).bind(2, step);
        while (st.step())
            s.updates.push_back(readUpdate(st, file));
    }
    {
        auto st = db_.prepare("SELECT layer, weight_norm, drift_norm, update_norm, drift_per_numel FROM layer_norms "
                              "WHERE run_id = ? AND step = ? ORDER BY ordinal");
        st.bind(1, run).bind(2, step);
        while (st.step())
            s.norms.push_back({st.columnInt(0), columnReal(st, 1), columnReal(st, 2), columnReal(st, 3), columnReal(st, 4)});
    }
    s.pre = readRecordEvals(run, step, "pre");
    s.post = readRecordEvals(run, step, "post");
    s.retention = readRecordEvals(run, step, "retention");
    {
        auto st = db_.prepare("SELECT criterion, value, threshold, message FROM flags WHERE run_id = ? AND step = ? ORDER BY ordinal");
        st.bind(1, run).bind(2, step);
        while (st.step())
            s.flags.push_back({st.columnText(0), columnReal(st, 1), columnReal(st, 2), st.columnText(3)});
    }
    {
        auto st = db_.prepare("SELECT task, examples, invalid, accuracy, f1, mcc, answers_json FROM downstream "
                              "WHERE run_id = ? AND step = ? ORDER BY ordinal");
        st.bind(1, run).bind(2, step);
        while (st.step())
            s.downstream.push_back({st.columnText(0), st.columnInt(1), st.columnInt(2), columnReal(st, 3), columnReal(st, 4),
                                    columnReal(st, 5), columnJson(st, 6, file, "downstream.answers_json")});
    }
    {
        auto st = db_.prepare("SELECT prompt, text, entropy FROM generations WHERE run_id = ? AND step = ? ORDER BY ordinal");
        st.bind(1, run).bind(2, step);
        while (st.step())
            s.generations.push_back({st.columnText(0), st.columnText(1), columnReal(st, 2)});
    }
    return s;
}

void RunStore::collectUpdates(int64_t run, int64_t step, int depth, std::vector<StoredUpdate>& out)
{
    const std::string& file = db_.path();
    if (depth > 10000)
        throw InputError(file, "parent_run", "branch chain deeper than 10000 runs (a cycle?)");
    const int64_t last = lastStep(run);
    if (step < 0 || step > last)
        throw InputError(file, "step", "run " + std::to_string(run) + " has " + std::to_string(last)
                                           + " steps; no step " + std::to_string(step));
    std::optional<int64_t> parent;
    int64_t parentStep = 0;
    {
        auto st = db_.prepare("SELECT parent_run, parent_step FROM runs WHERE id = ?");
        st.bind(1, run);
        st.step();
        if (!st.columnIsNull(0))
            parent = st.columnInt(0);
        parentStep = st.columnInt(1);
    }
    if (parent)
        collectUpdates(*parent, parentStep, depth + 1, out);
    auto st = db_.prepare(std::string(kUpdateColumns) + "FROM updates WHERE run_id = ? AND step BETWEEN 1 AND ? ORDER BY step, ordinal");
    st.bind(1, run).bind(2, step);
    while (st.step())
        out.push_back(readUpdate(st, file));
}

std::vector<StoredUpdate> RunStore::updatesThrough(int64_t run, int64_t step)
{
    ReadSnapshot snapshot(db_);
    std::vector<StoredUpdate> out;
    collectUpdates(run, step, 0, out);
    return out;
}

std::vector<StepSummary> RunStore::stepSummaries(int64_t run, int64_t afterStep)
{
    ReadSnapshot snapshot(db_);
    requireRun(run);
    std::vector<StepSummary> out;
    auto st = db_.prepare(
        "SELECT s.step, s.edits, s.case_ids_json, s.requests_json, s.seconds, s.non_finite, "
        "(SELECT avg(es) FROM record_evals e WHERE e.run_id = s.run_id AND e.phase = 'post' AND e.step = s.step), "
        "(SELECT avg(ps) FROM record_evals e WHERE e.run_id = s.run_id AND e.phase = 'post' AND e.step = s.step), "
        "(SELECT avg(ns) FROM record_evals e WHERE e.run_id = s.run_id AND e.phase = 'post' AND e.step = s.step), "
        "(SELECT coalesce(sum(update_norm), 0) FROM layer_norms n WHERE n.run_id = s.run_id AND n.step = s.step) "
        "FROM steps s WHERE s.run_id = ? AND s.step > ? ORDER BY s.step");
    st.bind(1, run).bind(2, afterStep);
    while (st.step()) {
        StepSummary s;
        s.step = st.columnInt(0);
        s.edits = st.columnInt(1);
        s.caseIds = parseIds(columnJson(st, 2, db_.path(), "steps.case_ids_json"), db_.path(), "steps.case_ids_json");
        s.requests = columnJson(st, 3, db_.path(), "steps.requests_json");
        s.seconds = columnReal(st, 4);
        s.nonFinite = st.columnInt(5) != 0;
        s.es = columnReal(st, 6);
        s.ps = columnReal(st, 7);
        s.ns = columnReal(st, 8);
        s.updateNorm = columnReal(st, 9);
        out.push_back(std::move(s));
    }
    if (out.empty())
        return out;
    auto flags = db_.prepare("SELECT step, criterion, value, threshold, message FROM flags WHERE run_id = ? AND step > ? "
                             "ORDER BY step, ordinal");
    flags.bind(1, run).bind(2, afterStep);
    size_t i = 0;
    while (flags.step()) {
        const int64_t step = flags.columnInt(0);
        while (i < out.size() && out[i].step < step)
            ++i;
        if (i == out.size() || out[i].step != step)
            continue;   // a step committed after the first query cannot appear: one snapshot
        out[i].flags.push_back({flags.columnText(1), columnReal(flags, 2), columnReal(flags, 3), flags.columnText(4)});
    }
    return out;
}

std::vector<SeriesPoint> RunStore::series(int64_t run, const std::string& metric, int64_t afterStep)
{
    ReadSnapshot snapshot(db_);
    const int64_t batch = batchSizeOf(run);
    std::string sql;
    std::optional<std::string> text;   // the one text parameter after run_id, if any
    std::optional<int64_t> number;     // the one integer parameter after run_id, if any
    bool perCase = false;
    std::smatch m;
    static const std::regex normRe(R"(^norm\.(weight|drift|update|drift_per_numel)\.(\d{1,9})$)");
    static const std::regex downstreamRe(R"(^downstream\.(.+)\.(accuracy|f1|mcc|invalid)$)");
    const bool pre = metric.rfind("pre.", 0) == 0;
    if (auto it = kRecordColumns.find(pre ? metric.substr(4) : metric); it != kRecordColumns.end()) {
        sql = "SELECT step, " + it->second + ", case_id FROM record_evals WHERE run_id = ? AND step > ? AND phase = ? ORDER BY step, ordinal";
        text = pre ? "pre" : "post";
        perCase = true;
    } else if (std::regex_match(metric, m, normRe)) {
        sql = "SELECT step, " + kNormColumns.at(m[1].str()) + " FROM layer_norms WHERE run_id = ? AND step > ? AND layer = ? ORDER BY step";
        number = std::stoll(m[2].str());
    } else if (metric == "retention") {
        // count(es) skips NULL (no rewrite prompts); 0/0 is NULL in SQL, NaN here.
        sql = "SELECT step, sum(es = 1.0) * 1.0 / count(es) FROM record_evals WHERE run_id = ? AND step > ? AND phase = 'retention' "
              "GROUP BY step ORDER BY step";
    } else if (metric == "retention.es_mean") {
        sql = "SELECT step, avg(es) FROM record_evals WHERE run_id = ? AND step > ? AND phase = 'retention' GROUP BY step ORDER BY step";
    } else if (std::regex_match(metric, m, downstreamRe)) {
        sql = "SELECT step, " + kDownstreamColumns.at(m[2].str()) + " FROM downstream WHERE run_id = ? AND step > ? AND task = ? ORDER BY step";
        text = m[1].str();
    } else if (metric == "generation_entropy") {
        sql = "SELECT step, avg(entropy) FROM generations WHERE run_id = ? AND step > ? GROUP BY step ORDER BY step";
    } else if (metric == "step_seconds") {
        sql = "SELECT step, seconds FROM steps WHERE run_id = ? AND step > ? ORDER BY step";
    } else {
        throw InputError(db_.path(), "metric", "unknown series '" + metric + "'");
    }
    auto st = db_.prepare(sql);
    st.bind(1, run).bind(2, afterStep);
    if (text)
        st.bind(3, *text);
    if (number)
        st.bind(3, *number);
    std::vector<SeriesPoint> out;
    while (st.step()) {
        SeriesPoint p;
        p.step = st.columnInt(0);
        p.edits = p.step * batch;
        p.value = columnReal(st, 1);
        p.caseId = perCase ? st.columnInt(2) : -1;
        out.push_back(p);
    }
    return out;
}

std::vector<std::string> RunStore::availableSeries(int64_t run)
{
    ReadSnapshot snapshot(db_);
    requireRun(run);
    std::vector<std::string> out;
    for (const char* name : {"es", "em", "ps", "pm", "ns", "nm", "rewrite_acc", "paraphrase_acc", "neighborhood_acc"}) {
        out.emplace_back(name);
        out.push_back(std::string("pre.") + name);
    }
    {
        auto st = db_.prepare("SELECT DISTINCT layer FROM layer_norms WHERE run_id = ? ORDER BY layer");
        st.bind(1, run);
        while (st.step())
            for (const char* kind : {"weight", "drift", "update", "drift_per_numel"})
                out.push_back(std::string("norm.") + kind + "." + std::to_string(st.columnInt(0)));
    }
    {
        auto st = db_.prepare("SELECT 1 FROM record_evals WHERE run_id = ? AND phase = 'retention' LIMIT 1");
        st.bind(1, run);
        if (st.step()) {
            out.emplace_back("retention");
            out.emplace_back("retention.es_mean");
        }
    }
    {
        auto st = db_.prepare("SELECT task FROM downstream WHERE run_id = ? GROUP BY task ORDER BY min(step), min(ordinal)");
        st.bind(1, run);
        while (st.step())
            for (const char* field : {"accuracy", "f1", "mcc", "invalid"})
                out.push_back("downstream." + st.columnText(0) + "." + field);
    }
    {
        auto st = db_.prepare("SELECT 1 FROM generations WHERE run_id = ? LIMIT 1");
        st.bind(1, run);
        if (st.step())
            out.emplace_back("generation_entropy");
    }
    out.emplace_back("step_seconds");
    return out;
}

std::vector<std::pair<int64_t, FlagRecord>> RunStore::flags(int64_t run)
{
    ReadSnapshot snapshot(db_);
    requireRun(run);
    std::vector<std::pair<int64_t, FlagRecord>> out;
    auto st = db_.prepare("SELECT step, criterion, value, threshold, message FROM flags WHERE run_id = ? ORDER BY step, ordinal");
    st.bind(1, run);
    while (st.step())
        out.emplace_back(st.columnInt(0), FlagRecord{st.columnText(1), columnReal(st, 2), columnReal(st, 3), st.columnText(4)});
    return out;
}

std::vector<ForgettingRecord> RunStore::forgetting(int64_t run, ForgettingCriterion criterion)
{
    const std::string column = criterion == ForgettingCriterion::Efficacy ? "es" : "rewrite_acc";   // fixed names, no user data
    ReadSnapshot snapshot(db_);
    requireRun(run);
    const std::string& file = db_.path();
    std::vector<ForgettingRecord> out;
    auto steps = db_.prepare("SELECT step, case_ids_json FROM steps WHERE run_id = ? ORDER BY step");
    auto post = db_.prepare("SELECT " + column + " FROM record_evals WHERE run_id = ? AND phase = 'post' AND step = ? "
                            "AND case_id = ? ORDER BY ordinal LIMIT 1");
    // A NULL value (no rewrite prompts) compares as NULL and never counts as forgotten.
    auto lost = db_.prepare("SELECT min(step) FROM record_evals WHERE run_id = ? AND phase = 'retention' AND case_id = ? "
                            "AND step > ? AND " + column + " < 1.0");
    steps.bind(1, run);
    while (steps.step()) {
        const int64_t step = steps.columnInt(0);
        for (int64_t caseId : parseIds(columnJson(steps, 1, file, "steps.case_ids_json"), file, "steps.case_ids_json")) {
            ForgettingRecord f;
            f.caseId = caseId;
            f.stepEdited = step;
            post.reset();
            post.bind(1, run).bind(2, step).bind(3, caseId);
            f.postValue = post.step() ? columnReal(post, 0) : kNaN;
            lost.reset();
            lost.bind(1, run).bind(2, caseId).bind(3, step);
            if (lost.step() && !lost.columnIsNull(0))
                f.forgottenAt = lost.columnInt(0);
            out.push_back(f);
        }
    }
    return out;
}

} // namespace editscope
