// RunController: the GUI thread's handle on a run being computed. It owns the worker thread and its
// RunWorker, turns the toolbar's Pause / Step / Resume / Stop into worker calls, and keeps the state the
// actions and the status bar show. Stop takes effect within one forward pass, Pause after the step in
// flight, Step runs exactly one more step and pauses. GUI thread only.
#pragma once

#include "widgets/session/run_worker.h"

#include <QObject>
#include <QThread>

namespace editscope {

class RunController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Running, Pausing, Paused, Stopping, Stopped, Finished, Failed };
    Q_ENUM(State)

    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;   // stops the run (within one forward pass) and joins the thread

    State state() const { return state_; }
    QString dbPath() const { return dbPath_; }
    qint64 runId() const { return runId_; }
    bool busy() const;           // the worker is computing (or loading)

    void startNew(const QString& dbPath, const NewRunOptions& options);
    void startBranch(const QString& dbPath, qint64 parentRun, const BranchOptions& options);
    // Continue a stored run (paused, cancelled or failed), in this window or after a restart.
    void resume(const QString& dbPath, qint64 run);

public Q_SLOTS:
    void pause();                // after the current step
    void step();                 // one edit, then pause
    void resume();               // the current run, no step limit
    void stop();                 // within one forward pass

Q_SIGNALS:
    void stateChanged(editscope::RunController::State state);
    void attached(const QString& dbPath, qint64 run, qint64 lastStep, qint64 totalSteps);
    void progress(const editscope::RunProgressInfo& info);
    void stepStored(qint64 run, qint64 step);
    void stopped(qint64 run, int status, const QString& message);
    void failed(const QString& message);

private:
    void setState(State state);
    void launch(qint64 maxSteps);

    QThread thread_;
    RunWorker* worker_ = nullptr;   // lives on thread_, deleted when it finishes
    State state_ = State::Idle;
    QString dbPath_;
    qint64 runId_ = 0;
};

} // namespace editscope
