// RunDocument: one open run file as the views see it. It owns a read-only RunStore (viewing never writes
// to the file), the chosen run's series, step rows and flags, and the selected step that every view
// follows. A timer polls the file (default every 500 ms) so steps appended by this app's worker or by
// another process (`editscope-cli run`) reach the plots within a second: the poll is one indexed query
// (`lastStep`); only when it changes are the new step rows and the series re-read.
//
// Errors (not SQLite, newer schema, file deleted while open, a corrupt row) never throw out of here:
// they become `errorOccurred(message)` and the data already shown stays as it was.
// GUI thread only (the RunStore is this thread's connection).
#pragma once

#include "storage/run_store.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

class RunDocument : public QObject {
    Q_OBJECT
public:
    explicit RunDocument(QObject* parent = nullptr);
    ~RunDocument() override;

    // Opens `path` read-only and shows `run` (0: the file's last run). If the file cannot be opened,
    // returns false, emits errorOccurred and keeps whatever was open before; if the file opens but the
    // run cannot be read, returns false with the file open and no run loaded (runId() == 0).
    bool open(const QString& path, int64_t run = 0);
    void close();
    bool isOpen() const { return store_ != nullptr; }
    QString path() const { return path_; }
    QString lastError() const { return lastError_; }

    const std::vector<RunSummary>& runs() const { return runs_; }
    int64_t runId() const { return runId_; }
    bool setRun(int64_t run);                       // reloads everything; false (+ error) if unknown
    const RunSummary& summary() const { return summary_; }
    const RunSpec& spec() const { return spec_; }
    int64_t batchSize() const { return summary_.batchSize > 0 ? summary_.batchSize : 1; }
    int64_t lastStep() const { return steps_.empty() ? 0 : steps_.back().step; }
    // A branch numbers its steps from 1; its step k is step stepOffset() + k of the root run's axis.
    int64_t stepOffset() const { return stepOffset_; }

    const std::vector<StepSummary>& steps() const { return steps_; }
    const StepSummary* stepSummary(int64_t step) const;   // nullptr if not stored
    // Series by RunStore name ("es", "norm.drift.17", "downstream.sentiment.f1", ...); empty if absent.
    const std::vector<SeriesPoint>& series(const std::string& name) const;
    const std::vector<std::string>& seriesNames() const { return seriesNames_; }
    const MetricDefinition* definition(const std::string& name) const;   // by name or family
    std::vector<int64_t> editedLayers() const;     // layers with norm series, ascending
    std::vector<std::string> downstreamTasks() const;
    std::vector<int64_t> flaggedSteps() const;      // steps with a flag or a non-finite update
    // Everything stored for a step (the inspector's data); nullopt + errorOccurred on failure.
    std::optional<StepRecord> loadStep(int64_t step);
    // The median step by Σ‖ΔW‖ among unflagged steps (the "typical edit" shown beside a flagged one); 0 if none.
    int64_t medianStep() const;
    // The running median of Σ‖ΔW‖ over the steps before `step` (NaN for the first).
    double medianUpdateNormBefore(int64_t step) const;

    int64_t selectedStep() const { return selectedStep_; }
    // Selects a stored step (clamped to 1..lastStep; 0 clears). Emits selectedStepChanged when it changes.
    void selectStep(int64_t step);

    void setPollInterval(int milliseconds);          // 0 stops polling
    // Checks the file now: new steps, run status and new runs.
    void refresh();

Q_SIGNALS:
    void runLoaded();                                 // a run's data was (re)loaded wholesale
    void stepsAppended(int64_t firstNewStep, int64_t lastStep);
    void runsChanged();                               // the run list or a run's status changed
    void selectedStepChanged(int64_t step);
    void errorOccurred(const QString& message);
    void closed();

private:
    bool loadRun(int64_t run);
    void reloadSeries();
    void appendSeries(int64_t afterStep);
    void fail(const QString& message);

    QString path_;
    QString lastError_;
    std::unique_ptr<RunStore> store_;
    std::vector<RunSummary> runs_;
    int64_t runId_ = 0;
    RunSummary summary_;
    RunSpec spec_;
    std::vector<StepSummary> steps_;
    std::vector<std::string> seriesNames_;
    std::map<std::string, std::vector<SeriesPoint>> series_;
    std::vector<MetricDefinition> definitions_;
    int64_t selectedStep_ = 0;
    int64_t stepOffset_ = 0;
    QTimer poll_;
};

} // namespace editscope
