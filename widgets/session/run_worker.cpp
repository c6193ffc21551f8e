#include "widgets/session/run_worker.h"

#include "storage/run_store.h"
#include "storage/run_store_journal.h"

namespace editscope {

RunWorker::RunWorker()
{
    qRegisterMetaType<editscope::RunProgressInfo>();
}

RunWorker::~RunWorker() = default;

void RunWorker::release()
{
    run_.reset();
    journal_.reset();
    store_.reset();
    dbPath_.clear();
    runId_ = 0;
}

void RunWorker::attach(const QString& dbPath, qint64 run)
{
    if (store_ && dbPath_ == dbPath && runId_ == run && run_)
        return;
    release();
    store_ = std::make_unique<RunStore>(dbPath.toStdString());
    journal_ = std::make_unique<RunStoreJournal>(*store_, run);
    run_ = std::make_unique<SequentialRun>(*journal_);   // loads and rebuilds the model: seconds
    dbPath_ = dbPath;
    runId_ = run;
    Q_EMIT attached(dbPath, run, run_->lastStep(), run_->totalSteps());
}

void RunWorker::execute(qint64 maxSteps)
{
    pause_ = false;
    stop_ = false;
    RunControl control;
    control.cancelled = [this] { return stop_.load(); };
    control.pauseRequested = [this] { return pause_.load(); };
    control.progress = [this](const RunProgress& p) {
        Q_EMIT progress(RunProgressInfo{runId_, p.step, p.totalSteps, QString::fromStdString(p.phase), p.elapsedSeconds,
                                        p.etaSeconds});
    };
    control.stepStored = [this](const StepRecord& s) { Q_EMIT stepStored(runId_, s.step); };
    const auto status = run_->run(control, maxSteps);
    Q_EMIT stopped(runId_, static_cast<int>(status), QString::fromStdString(store_->run(runId_).statusMessage));
}

void RunWorker::startNew(const QString& dbPath, const NewRunOptions& options, qint64 maxSteps)
{
    try {
        const auto spec = prepareRunSpec(options);
        release();
        qint64 run = 0;
        {
            RunStore store(dbPath.toStdString());
            run = store.createRun(spec);
        }
        attach(dbPath, run);
        execute(maxSteps);
    } catch (const std::exception& e) {
        release();   // a failed load or step leaves nothing half-attached; the file keeps every stored step
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void RunWorker::startBranch(const QString& dbPath, qint64 parentRun, const BranchOptions& options, qint64 maxSteps)
{
    try {
        qint64 run = 0;
        {
            RunStore store(dbPath.toStdString());
            const auto spec = prepareBranchSpec(store.runSpec(parentRun), parentRun, runStepOffset(store, parentRun),
                                                store.lastStep(parentRun), options);
            run = store.createRun(spec);
        }
        attach(dbPath, run);
        execute(maxSteps);
    } catch (const std::exception& e) {
        release();
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void RunWorker::resume(const QString& dbPath, qint64 run, qint64 maxSteps)
{
    try {
        attach(dbPath, run);
        execute(maxSteps);
    } catch (const std::exception& e) {
        release();
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

} // namespace editscope
