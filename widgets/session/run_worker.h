// RunWorker: the sequential run loop (core/runner/sequential_run.h) on its own thread. It lives on a
// QThread that RunController owns; the GUI talks to it only through queued calls and queued signals with
// copyable values, and through two atomic flags (pause after this step, stop within one forward pass)
// that any thread may set. Between a pause and the next resume it keeps the loaded model, so Step and
// Resume start at once; the run file is written through the worker thread's own RunStore connection.
#pragma once

#include "core/runner/sequential_run.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace editscope {

class RunStore;
class RunStoreJournal;

struct RunProgressInfo {
    qint64 run = 0;
    qint64 step = 0;
    qint64 totalSteps = 0;
    QString phase;                // the engine's phase name ("edit", "post-eval", "retention", ...)
    double elapsedSeconds = 0;
    double etaSeconds = -1;
};

class RunWorker : public QObject {
    Q_OBJECT
public:
    RunWorker();
    ~RunWorker() override;

    // Any thread. Pause takes effect after the step in flight is stored; stop within one forward pass
    // (the step in flight is dropped, the model is put back to the last stored step).
    void requestPause() { pause_ = true; }
    void requestStop() { stop_ = true; }

    // Worker thread (call through QMetaObject::invokeMethod, queued).
    void startNew(const QString& dbPath, const NewRunOptions& options, qint64 maxSteps);
    void startBranch(const QString& dbPath, qint64 parentRun, const BranchOptions& options, qint64 maxSteps);
    void resume(const QString& dbPath, qint64 run, qint64 maxSteps);   // loads the run unless already loaded
    void release();                                                    // drops the model and the file

Q_SIGNALS:
    void attached(const QString& dbPath, qint64 run, qint64 lastStep, qint64 totalSteps);
    void progress(const editscope::RunProgressInfo& info);
    void stepStored(qint64 run, qint64 step);
    // status: RunStatus as int (Paused, Finished or Cancelled); message: the run's status message.
    void stopped(qint64 run, int status, const QString& message);
    void failed(const QString& message);

private:
    void attach(const QString& dbPath, qint64 run);
    void execute(qint64 maxSteps);

    std::unique_ptr<RunStore> store_;
    std::unique_ptr<RunStoreJournal> journal_;
    std::unique_ptr<SequentialRun> run_;
    QString dbPath_;
    qint64 runId_ = 0;
    std::atomic<bool> pause_{false};
    std::atomic<bool> stop_{false};
};

} // namespace editscope

Q_DECLARE_METATYPE(editscope::RunProgressInfo)
