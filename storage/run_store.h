// The run file: the SQLite database that a sequential editing run writes step by step and that the
// desktop app reads live (schema: storage/SCHEMA.md; field meanings: core/run/run_records.h).
//
// A RunStore owns one connection. Opening creates the file when writable, turns on WAL, foreign keys
// and a 5 s busy timeout, and migrates the schema in one transaction. Every write is one transaction,
// so a reader (another RunStore, in this or another process) sees a step entirely or not at all, and a
// killed writer loses at most the step in flight. Each reading call runs in one read snapshot.
//
// Thread-safety: one RunStore per thread (it wraps one SQLite connection). Any number of readers and
// one writer may have the same file open at once, across threads and processes.
#pragma once

#include "core/run/run_records.h"
#include "storage/sqlite_db.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace editscope {

// One row of the run list.
struct RunSummary {
    int64_t id = 0;
    std::string name;
    std::string method;
    RunStatus status = RunStatus::Running;
    std::string statusMessage;
    int64_t steps = 0;                 // steps stored (the last step number)
    int64_t batchSize = 1;
    int64_t edits = 0;                 // steps · batchSize
    std::string createdAt;             // ISO 8601 UTC with milliseconds, "2024-05-01T12:00:00.000Z"
    std::string updatedAt;             // last appended step or status change
    std::optional<int64_t> parentRun;
    int64_t parentStep = 0;
    std::string modelDir;
    std::string datasetPath;
    int64_t flaggedSteps = 0;          // steps with at least one flag or a non-finite update
    // Mean over the last step's own records of the post-edit value (NaN: no step, or no value).
    double lastEs = std::numeric_limits<double>::quiet_NaN();
    double lastPs = std::numeric_limits<double>::quiet_NaN();
    double lastNs = std::numeric_limits<double>::quiet_NaN();
};

// One point of a plotted series.
struct SeriesPoint {
    int64_t step = 0;
    int64_t edits = 0;                 // step · batchSize
    double value = 0;                  // NaN where the metric is undefined (e.g. a record without prompts)
    int64_t caseId = -1;               // -1 when the value is not per case
    bool operator==(const SeriesPoint&) const = default;
};

// One row of the steps table: what the step edited and how it went, without factors or prompt NLLs.
struct StepSummary {
    int64_t step = 0;
    int64_t edits = 0;                 // step · batchSize
    std::vector<int64_t> caseIds;
    nlohmann::json requests;           // the requested_rewrite objects (subject, prompt, target_true, target_new)
    double es = std::numeric_limits<double>::quiet_NaN();   // means over the step's post records
    double ps = std::numeric_limits<double>::quiet_NaN();
    double ns = std::numeric_limits<double>::quiet_NaN();
    double updateNorm = 0;             // Σ over edited layers of ‖ΔW‖_F
    double seconds = std::numeric_limits<double>::quiet_NaN();
    bool nonFinite = false;
    std::vector<FlagRecord> flags;
};

// What a series name means, stored in the file itself. Families use placeholders: "norm.weight.{L}",
// "downstream.{TASK}.accuracy", "pre.es".
struct MetricDefinition {
    std::string name;
    std::string label;
    std::string definition;
    std::string unit;
};

// What "still known" means when looking for the step an edited fact was lost:
//  RewriteAccuracy  every target_new token of the rewrite prompt is the teacher-forced argmax (MEMIT's
//                   rewrite_prompts_correct), the criterion of the paper's fact_forgetting.py (gcf)
//  Efficacy         ES = 1: P(new) > P(true) on every rewrite prompt, the lenient CounterFact measure
enum class ForgettingCriterion { RewriteAccuracy, Efficacy };

// When an edited fact was first lost.
struct ForgettingRecord {
    int64_t caseId = 0;
    int64_t stepEdited = 0;
    double postValue = 0;                  // the criterion's value right after its own edit (< 1: never learned)
    std::optional<int64_t> forgottenAt;    // first retention step > stepEdited where the value is < 1
    bool operator==(const ForgettingRecord&) const = default;
};

// --- retention matrix (RunStore::retentionMatrix, storage/run_store_retention.cpp) ---------------------
// Every edited fact (rows, edit order) at every retention evaluation (columns, ascending steps): the
// criterion's value from the `retention` rows and what it means.
enum class RetentionState : uint8_t {
    NotYetEdited,   // the retention step is before the fact's edit step
    NotEvaluated,   // edited by then, but no retention row or a NULL value (no rewrite prompts)
    Recalled,       // value ≥ 1 (ES = 1, or every target_new token the argmax)
    Forgotten       // value < 1
};
struct RetentionFact {
    int64_t caseId = 0;
    std::string subject;                   // requested_rewrite.subject; "" if absent
    int64_t stepEdited = 0;
    int64_t editNumber = 0;                // 1-based position in the edit order: (step − 1) · batch + index + 1
    double postValue = std::numeric_limits<double>::quiet_NaN();   // as ForgettingRecord::postValue
    std::optional<int64_t> forgottenAt;    // the forget index of RunStore::forgetting (a retention step)
};
struct RetentionMatrix {
    ForgettingCriterion criterion = ForgettingCriterion::Efficacy;
    int64_t batchSize = 1;
    std::vector<int64_t> steps;            // retention steps, ascending; edits = step · batchSize
    std::vector<RetentionFact> facts;
    std::vector<double> values;            // [facts × steps] row-major; NaN where not edited yet or not evaluated
    std::vector<RetentionState> states;    // same layout
    size_t index(size_t fact, size_t column) const { return fact * steps.size() + column; }
    double value(size_t fact, size_t column) const { return values[index(fact, column)]; }
    RetentionState state(size_t fact, size_t column) const { return states[index(fact, column)]; }
};
// --- end retention matrix ------------------------------------------------------------------------------

// --- annotations (RunStore::setAnnotation / annotations, storage/run_store_annotations.cpp; schema 2) ---
// A researcher's note on one stored step of a run (table `annotations`, one note per run and step).
struct AnnotationRecord {
    int64_t step = 0;                      // ≥ 1
    int64_t edits = 0;                     // step · batchSize
    std::vector<int64_t> caseIds;          // the step's case ids, in request order
    std::string text;                      // never empty
    std::string createdAt;                 // ISO 8601 UTC with milliseconds: when the note was first written
    std::string updatedAt;                 // its last change
    bool operator==(const AnnotationRecord&) const = default;
};
// --- end annotations -----------------------------------------------------------------------------------

class RunStore {
public:
    static constexpr int kSchemaVersion = 2;   // 2: annotations
    static constexpr int kApplicationId = 0x45645363;   // "EdSc" in PRAGMA application_id

    // Throws InputError (file missing in read-only mode, not an SQLite file, not a run file, schema
    // newer than this build, an empty file opened read-only) or SqliteError (I/O, lock timeout). An older
    // run file opened read-only is read as it is (what later schemas added reads as empty); opened
    // writable, it is migrated.
    explicit RunStore(const std::string& path, bool readOnly = false);

    const std::string& path() const { return db_.path(); }
    bool readOnly() const { return readOnly_; }

    // --- writing (InputError on a read-only store or bad values; nothing is written then) ---
    int64_t createRun(const RunSpec& spec);    // status running; returns the run id
    // Step numbers are consecutive from 1: appending k requires lastStep(run) == k − 1.
    void appendStep(int64_t run, const StepRecord& step);
    // Step 0: evaluations of the unedited model. Once per run, before step 1.
    void appendBaseline(int64_t run, const std::vector<DownstreamRecord>& downstream,
                        const std::vector<GenerationRecord>& generations);
    void setStatus(int64_t run, RunStatus status, const std::string& message = "");
    // Deletes steps > step (not the baseline). Refused while another run branches from a removed step.
    void truncateAfter(int64_t run, int64_t step);

    // --- reading ---
    std::vector<RunSummary> runs();
    RunSummary run(int64_t run);
    RunSpec runSpec(int64_t run);
    int64_t lastStep(int64_t run);             // 0 if none
    bool hasBaseline(int64_t run);
    // Everything stored for the step; step 0 gives the baseline (its downstream and generations only).
    StepRecord step(int64_t run, int64_t step);
    // The updates that turn the base model into the run's model after `step`, in application order:
    // the parent chain's updates through the branch step first, then this run's steps 1..step.
    std::vector<StoredUpdate> updatesThrough(int64_t run, int64_t step);
    // Points of steps after `afterStep` only (a live view appends what is new); -1: the whole series,
    // step 0 (the baseline) included.
    std::vector<SeriesPoint> series(int64_t run, const std::string& metric, int64_t afterStep = -1);
    // Steps after `afterStep`, in order (a live view passes its last step to fetch only the new ones).
    std::vector<StepSummary> stepSummaries(int64_t run, int64_t afterStep = 0);
    std::vector<std::string> availableSeries(int64_t run);   // concrete names: "norm.weight.17", ...
    std::vector<MetricDefinition> metricDefinitions();
    static std::string metricFamily(const std::string& metric);   // "norm.weight.17" -> "norm.weight.{L}"
    std::vector<std::pair<int64_t, FlagRecord>> flags(int64_t run);   // (step, flag) in step order
    std::vector<ForgettingRecord> forgetting(int64_t run, ForgettingCriterion criterion = ForgettingCriterion::Efficacy);   // in edit order
    RetentionMatrix retentionMatrix(int64_t run, ForgettingCriterion criterion = ForgettingCriterion::Efficacy);   // retention matrix block

    // --- annotations: one note per stored step (≥ 1). setAnnotation replaces the step's note; an empty
    // or all-whitespace text removes it. InputError on a read-only store, an unknown run or step. A note
    // goes with its step (truncateAfter, run deletion). annotations(): step order; empty for a schema-1
    // file opened read-only (it has no table until opened writable once).
    void setAnnotation(int64_t run, int64_t step, const std::string& text);
    std::vector<AnnotationRecord> annotations(int64_t run);
    // --- end annotations

private:
    void openSchema();
    void migrate(int from);
    void requireWritable() const;
    void requireRun(int64_t run);
    int64_t batchSizeOf(int64_t run);
    void appendUpdates(int64_t run, int64_t step, const std::vector<StoredUpdate>& updates);
    void appendRecordEvals(int64_t run, int64_t step, const char* phase, const std::vector<RecordEvalRecord>& evals);
    void appendDownstream(int64_t run, int64_t step, const std::vector<DownstreamRecord>& records);
    void appendGenerations(int64_t run, int64_t step, const std::vector<GenerationRecord>& records);
    std::vector<RecordEvalRecord> readRecordEvals(int64_t run, int64_t step, const char* phase);
    void collectUpdates(int64_t run, int64_t step, int depth, std::vector<StoredUpdate>& out);

    bool readOnly_;
    Database db_;
};

} // namespace editscope
