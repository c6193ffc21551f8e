#include "widgets/session/run_controller.h"

#include "core/run/run_records.h"

namespace editscope {

RunController::RunController(QObject* parent)
    : QObject(parent)
{
    thread_.setObjectName("editscope-run");
    worker_ = new RunWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &RunWorker::attached, this, [this](const QString& db, qint64 run, qint64 last, qint64 total) {
        dbPath_ = db;
        runId_ = run;
        if (state_ == State::Loading)
            setState(State::Running);
        Q_EMIT attached(db, run, last, total);
    });
    connect(worker_, &RunWorker::progress, this, &RunController::progress);
    connect(worker_, &RunWorker::stepStored, this, &RunController::stepStored);
    connect(worker_, &RunWorker::stopped, this, [this](qint64 run, int status, const QString& message) {
        const auto s = static_cast<RunStatus>(status);
        setState(s == RunStatus::Finished ? State::Finished : s == RunStatus::Cancelled ? State::Stopped : State::Paused);
        Q_EMIT stopped(run, status, message);
    });
    connect(worker_, &RunWorker::failed, this, [this](const QString& message) {
        setState(State::Failed);
        Q_EMIT failed(message);
    });
    thread_.start();
}

RunController::~RunController()
{
    worker_->requestStop();
    QMetaObject::invokeMethod(worker_, &RunWorker::release, Qt::QueuedConnection);
    thread_.quit();
    thread_.wait();
}

bool RunController::busy() const
{
    return state_ == State::Loading || state_ == State::Running || state_ == State::Pausing || state_ == State::Stopping;
}

void RunController::setState(State state)
{
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

void RunController::startNew(const QString& dbPath, const NewRunOptions& options)
{
    if (busy())
        return;
    setState(State::Loading);
    QMetaObject::invokeMethod(worker_, [w = worker_, dbPath, options] { w->startNew(dbPath, options, 0); }, Qt::QueuedConnection);
}

void RunController::startBranch(const QString& dbPath, qint64 parentRun, const BranchOptions& options)
{
    if (busy())
        return;
    setState(State::Loading);
    QMetaObject::invokeMethod(worker_, [w = worker_, dbPath, parentRun, options] { w->startBranch(dbPath, parentRun, options, 0); },
                              Qt::QueuedConnection);
}

void RunController::resume(const QString& dbPath, qint64 run)
{
    if (busy())
        return;
    dbPath_ = dbPath;
    runId_ = run;
    launch(0);
}

void RunController::launch(qint64 maxSteps)
{
    if (busy() || dbPath_.isEmpty() || runId_ == 0)
        return;
    setState(State::Loading);
    QMetaObject::invokeMethod(worker_, [w = worker_, db = dbPath_, run = runId_, maxSteps] { w->resume(db, run, maxSteps); },
                              Qt::QueuedConnection);
}

void RunController::pause()
{
    if (state_ != State::Running)
        return;
    worker_->requestPause();
    setState(State::Pausing);
}

void RunController::step()
{
    if (state_ == State::Running) {   // already running: Step means "pause after this one"
        pause();
        return;
    }
    launch(1);
}

void RunController::resume()
{
    launch(0);
}

void RunController::stop()
{
    if (!busy())
        return;
    worker_->requestStop();
    setState(State::Stopping);
}

} // namespace editscope
