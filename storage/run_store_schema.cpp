// Opening a run file: checks that it is one, migrates its schema, and the metric definitions the
// migration stores in it. The tables are documented in storage/SCHEMA.md; keep the two in step.
#include "storage/run_store.h"

#include "core/util/error.h"

#include <sqlite3.h>

#include <filesystem>
#include <regex>

namespace editscope {
namespace {

// Schema 1. Small child rows of a step reference it with ON DELETE CASCADE (their keys start with
// (run_id, step), so the cascade is an index lookup). record_evals is keyed by phase first, for the
// series scans, and carries no foreign key: the cascade would scan it once per deleted step.
// downstream and generations also hold step 0 (the baseline), which has no row in steps.
const char* const kSchemaV1 = R"sql(
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    model_dir TEXT NOT NULL,
    model_hash TEXT NOT NULL,
    dataset_path TEXT NOT NULL,
    dataset_hash TEXT NOT NULL,
    method TEXT NOT NULL,
    hparams_path TEXT NOT NULL,
    hparams_text TEXT NOT NULL,
    hparams_json TEXT,
    stats_dir TEXT NOT NULL,
    templates_json TEXT,
    edit_order_json TEXT NOT NULL,
    order_source TEXT NOT NULL,
    batch_size INTEGER NOT NULL CHECK (batch_size >= 1),
    seed TEXT NOT NULL,
    device TEXT NOT NULL,
    software_version TEXT NOT NULL,
    retention_every INTEGER NOT NULL,
    downstream_every INTEGER NOT NULL,
    generation_every INTEGER NOT NULL,
    downstream_dir TEXT NOT NULL,
    downstream_per_class INTEGER NOT NULL,
    generation_prompts_json TEXT NOT NULL,
    pause_on_flag INTEGER NOT NULL,
    detector_json TEXT,
    parent_run INTEGER REFERENCES runs(id),
    parent_step INTEGER NOT NULL DEFAULT 0 CHECK (parent_step >= 0),
    spec_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'finished', 'cancelled', 'failed')),
    status_message TEXT NOT NULL DEFAULT '',
    baseline_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE steps (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    step INTEGER NOT NULL CHECK (step >= 1),
    edits INTEGER NOT NULL,
    case_ids_json TEXT NOT NULL,
    requests_json TEXT,
    diagnostics_json TEXT,
    timings_json TEXT,
    seconds REAL,
    non_finite INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (run_id, step)
) WITHOUT ROWID;
CREATE TABLE updates (
    run_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    layer INTEGER NOT NULL,
    left_dtype TEXT NOT NULL CHECK (left_dtype IN ('float32', 'float64')),
    left_shape TEXT NOT NULL,
    left_data BLOB NOT NULL,
    right_dtype TEXT NOT NULL CHECK (right_dtype IN ('float32', 'float64')),
    right_shape TEXT NOT NULL,
    right_data BLOB NOT NULL,
    PRIMARY KEY (run_id, step, ordinal),
    FOREIGN KEY (run_id, step) REFERENCES steps(run_id, step) ON DELETE CASCADE
);
CREATE TABLE layer_norms (
    run_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    layer INTEGER NOT NULL,
    weight_norm REAL,
    drift_norm REAL,
    update_norm REAL,
    drift_per_numel REAL,
    PRIMARY KEY (run_id, step, ordinal),
    UNIQUE (run_id, step, layer),
    FOREIGN KEY (run_id, step) REFERENCES steps(run_id, step) ON DELETE CASCADE
);
CREATE TABLE record_evals (
    run_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('pre', 'post', 'retention')),
    ordinal INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    es REAL, em REAL, ps REAL, pm REAL, ns REAL, nm REAL,
    rewrite_acc REAL, paraphrase_acc REAL, neighborhood_acc REAL,
    scores_json TEXT,
    PRIMARY KEY (run_id, phase, step, ordinal)
);
CREATE INDEX record_evals_by_case ON record_evals (run_id, phase, case_id, step);
CREATE TABLE flags (
    run_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    value REAL,
    threshold REAL,
    message TEXT NOT NULL,
    PRIMARY KEY (run_id, step, ordinal),
    FOREIGN KEY (run_id, step) REFERENCES steps(run_id, step) ON DELETE CASCADE
);
CREATE TABLE downstream (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    step INTEGER NOT NULL CHECK (step >= 0),
    ordinal INTEGER NOT NULL,
    task TEXT NOT NULL,
    examples INTEGER NOT NULL,
    invalid INTEGER NOT NULL,
    accuracy REAL, f1 REAL, mcc REAL,
    answers_json TEXT,
    PRIMARY KEY (run_id, step, ordinal),
    UNIQUE (run_id, step, task)
);
CREATE TABLE generations (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    step INTEGER NOT NULL CHECK (step >= 0),
    ordinal INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    text TEXT NOT NULL,
    entropy REAL,
    PRIMARY KEY (run_id, step, ordinal)
);
CREATE TABLE metric_definitions (
    name TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    definition TEXT NOT NULL,
    unit TEXT NOT NULL
);
)sql";

// Schema 2 adds the researcher's notes: one per stored step, removed with the step (truncateAfter
// deletes steps rows; the cascade is a primary-key lookup). The baseline (step 0) has no steps row and
// takes no note.
const char* const kSchemaV2Annotations = R"sql(
CREATE TABLE annotations (
    run_id INTEGER NOT NULL,
    step INTEGER NOT NULL CHECK (step >= 1),
    text TEXT NOT NULL CHECK (length(text) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (run_id, step),
    FOREIGN KEY (run_id, step) REFERENCES steps(run_id, step) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// The oldest schema this build reads without migrating (read-only opening): tables a later schema added
// read as empty (RunStore::annotations checks for its table).
constexpr int kOldestReadableSchema = 1;

struct Definition {
    const char* name;
    const char* label;
    const char* definition;
    const char* unit;
};

// Record metrics: post-edit under their own name, pre-edit under "pre.<name>" (see fillDefinitions).
const Definition kRecordMetrics[] = {
    {"es", "Efficacy success (ES)",
     "mean over rewrite prompts of [P(new) > P(true)], P = exp(−mean token NLL) (spec §6.5)", "fraction 0..1"},
    {"em", "Efficacy magnitude (EM)", "mean over rewrite prompts of P(new) − P(true), P = exp(−mean token NLL)",
     "probability difference −1..1"},
    {"ps", "Paraphrase success (PS)", "mean over paraphrase prompts of [P(new) > P(true)]", "fraction 0..1"},
    {"pm", "Paraphrase magnitude (PM)", "mean over paraphrase prompts of P(new) − P(true)",
     "probability difference −1..1"},
    {"ns", "Neighborhood success (NS)",
     "mean over neighborhood prompts of [P(true) > P(new)]: unrelated facts kept", "fraction 0..1"},
    {"nm", "Neighborhood magnitude (NM)", "mean over neighborhood prompts of P(true) − P(new)",
     "probability difference −1..1"},
    {"rewrite_acc", "Rewrite accuracy",
     "mean over rewrite prompts of [every target_new token is the teacher-forced argmax] (MEMIT's "
     "rewrite_prompts_correct)", "fraction 0..1"},
    {"paraphrase_acc", "Paraphrase accuracy",
     "mean over paraphrase prompts of [every target_new token is the teacher-forced argmax]", "fraction 0..1"},
    {"neighborhood_acc", "Neighborhood accuracy",
     "mean over neighborhood prompts of [every target_true token is the teacher-forced argmax]", "fraction 0..1"},
};

const Definition kOtherMetrics[] = {
    {"norm.weight.{L}", "‖W‖ layer L", "‖W‖_F of h.{L}.mlp.c_proj.weight after the step", "Frobenius norm"},
    {"norm.drift.{L}", "‖W − W₀‖ layer L",
     "‖W − W₀‖_F of h.{L}.mlp.c_proj.weight after the step, W₀ the base model's", "Frobenius norm"},
    {"norm.update.{L}", "‖ΔW‖ layer L", "‖ΔW‖_F of the step's own update(s) to h.{L}.mlp.c_proj.weight",
     "Frobenius norm"},
    {"norm.drift_per_numel.{L}", "‖W − W₀‖ / numel, layer L",
     "‖W − W₀‖_F / numel(W): the normalised growth of arXiv 2401.07453 Fig. 3", "Frobenius norm per element"},
    {"retention", "Retention",
     "at a retention step: share of the earlier edited records (those evaluated there) whose ES = 1 on the model "
     "after the step; records without rewrite prompts are left out", "fraction 0..1"},
    {"retention.es_mean", "Retention ES", "at a retention step: mean ES over the earlier edited records",
     "fraction 0..1"},
    {"downstream.{TASK}.accuracy", "{TASK} accuracy",
     "share of the task's examples answered with the right label; invalid answers count as wrong (step 0: the "
     "unedited model)", "fraction 0..1"},
    {"downstream.{TASK}.f1", "{TASK} F1",
     "F1 weighted over classes by support (sklearn 'weighted'); invalid answers count as wrong", "fraction 0..1"},
    {"downstream.{TASK}.mcc", "{TASK} MCC", "Matthews correlation coefficient of the answers",
     "coefficient −1..1"},
    {"downstream.{TASK}.invalid", "{TASK} invalid answers", "number of answers that parse to no label",
     "answers"},
    {"generation_entropy", "Generation entropy",
     "mean over the step's generation samples of the n-gram entropy H₂/3 + 2·H₃/3 (spec §6.4; step 0: the "
     "unedited model)", "bits"},
    {"step_seconds", "Step time",
     "wall-clock seconds of the step: timings.total when stored, otherwise the sum of the phase timings",
     "seconds"},
};

void fillDefinitions(Database& db)
{
    auto st = db.prepare("INSERT INTO metric_definitions (name, label, definition, unit) VALUES (?, ?, ?, ?)");
    auto insert = [&](const std::string& name, const std::string& label, const std::string& definition,
                      const std::string& unit) {
        st.reset();
        st.bind(1, name).bind(2, label).bind(3, definition).bind(4, unit).run();
    };
    for (const auto& d : kRecordMetrics) {
        insert(d.name, d.label,
               std::string(d.definition) + ", on the model after the step's edit, for the step's own records",
               d.unit);
        insert(std::string("pre.") + d.name, std::string(d.label) + " before the edit",
               std::string(d.definition) + ", on the model before the step's edit, for the step's own records",
               d.unit);
    }
    for (const auto& d : kOtherMetrics)
        insert(d.name, d.label, d.definition, d.unit);
}

bool fileExists(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

Database openDatabase(const std::string& path, bool readOnly)
{
    if (readOnly && path != ":memory:" && !fileExists(path))
        throw InputError(path, "file", "does not exist");
    try {
        Database db(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWriteCreate);
        db.userVersion();   // reads the header: a file that is no SQLite database fails here at the latest
        return db;
    } catch (const SqliteError& e) {
        switch (e.code()) {
        case SQLITE_NOTADB:
            throw InputError(path, "file", "not an EditScope run file (not an SQLite database)");
        case SQLITE_CORRUPT:
            throw InputError(path, "file", "the SQLite database is damaged");
        case SQLITE_CANTOPEN:
            throw InputError(path, "file", std::string("cannot be opened (missing folder or no permission): ") + e.what());
        case SQLITE_READONLY:
            throw InputError(path, "file", "no permission to write; open it read-only to view it");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw InputError(path, "file", "locked by another process for more than 5 s");
        default:
            throw;
        }
    }
}

int queryInt(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? static_cast<int>(st.columnInt(0)) : 0;
}

} // namespace

RunStore::RunStore(const std::string& path, bool readOnly)
    : readOnly_(readOnly)
    , db_(openDatabase(path, readOnly))
{
    if (!readOnly) {
        // SQLite quietly opens a file without write permission read-only; say so now, not at the first step.
        if (sqlite3_db_readonly(db_.handle(), "main") == 1)
            throw InputError(path, "file", "no permission to write; open it read-only to view it");
        db_.exec("PRAGMA synchronous=FULL");   // a committed step survives power loss, not only a crash
    }
    openSchema();
}

void RunStore::openSchema()
{
    const std::string& file = db_.path();
    auto check = [&](int version, int applicationId, int tables) {
        if (version > kSchemaVersion)
            throw InputError(file, "schema",
                             "written by a newer EditScope (schema " + std::to_string(version)
                                 + ", this build reads up to " + std::to_string(kSchemaVersion) + ")");
        if (applicationId != 0 && applicationId != kApplicationId)
            throw InputError(file, "file", "not an EditScope run file (an SQLite database of another application)");
        if (version == 0 && tables > 0)
            throw InputError(file, "file", "not an EditScope run file (an SQLite database with other tables)");
        if (version > 0 && applicationId != kApplicationId)
            throw InputError(file, "file", "not an EditScope run file (application id missing)");
    };
    const char* countTables = "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'";
    try {
        int version = db_.userVersion();
        check(version, queryInt(db_, "PRAGMA application_id"), queryInt(db_, countTables));
        if (version == kSchemaVersion || (readOnly_ && version >= kOldestReadableSchema))
            return;
        if (readOnly_)
            throw InputError(file, "schema",
                             version == 0 ? std::string("not an EditScope run file (empty database)")
                                          : "written by an older EditScope (schema " + std::to_string(version)
                                                + "); open it once for writing to upgrade it");
        Transaction tx(db_);
        version = db_.userVersion();   // another process may have migrated while we waited for the lock
        check(version, queryInt(db_, "PRAGMA application_id"), queryInt(db_, countTables));
        for (int from = version; from < kSchemaVersion; ++from)
            migrate(from);
        db_.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
        db_.setUserVersion(kSchemaVersion);
        tx.commit();
    } catch (const SqliteError& e) {
        if (e.code() == SQLITE_NOTADB)
            throw InputError(file, "file", "not an EditScope run file (not an SQLite database)");
        throw;
    }
}

void RunStore::migrate(int from)
{
    switch (from) {
    case 0:
        db_.exec(kSchemaV1);
        fillDefinitions(db_);
        return;
    case 1:
        db_.exec(kSchemaV2Annotations);
        return;
    default:
        throw InputError(db_.path(), "schema", "no migration from schema " + std::to_string(from));
    }
}

std::vector<MetricDefinition> RunStore::metricDefinitions()
{
    std::vector<MetricDefinition> out;
    auto st = db_.prepare("SELECT name, label, definition, unit FROM metric_definitions ORDER BY rowid");
    while (st.step())
        out.push_back({st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3)});
    return out;
}

std::string RunStore::metricFamily(const std::string& metric)
{
    static const std::regex norm(R"(^norm\.(weight|drift|update|drift_per_numel)\.\d+$)");
    static const std::regex downstream(R"(^downstream\.(.+)\.(accuracy|f1|mcc|invalid)$)");
    std::smatch m;
    if (std::regex_match(metric, m, norm))
        return "norm." + m[1].str() + ".{L}";
    if (std::regex_match(metric, m, downstream))
        return "downstream.{TASK}." + m[2].str();
    return metric;
}

} // namespace editscope
