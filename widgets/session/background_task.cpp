#include "widgets/session/background_task.h"

#include "core/util/error.h"

namespace editscope {

BackgroundTask::BackgroundTask(QString title, Job job, QObject* parent)
    : QObject(parent)
    , title_(std::move(title))
    , job_(std::move(job))
{
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void BackgroundTask::start()
{
    if (thread_)
        return;
    thread_ = QThread::create([this] {
        // Outcome signals are emitted from the job's thread; receivers on the GUI thread get them queued.
        try {
            const QString result = job_(*this);
            if (cancelled_)
                Q_EMIT wasCancelled();
            else
                Q_EMIT succeeded(result);
        } catch (const Cancelled&) {
            Q_EMIT wasCancelled();
        } catch (const std::exception& e) {
            if (cancelled_)
                Q_EMIT wasCancelled();
            else
                Q_EMIT failed(QString::fromStdString(e.what()));
        }
        Q_EMIT finished();
    });
    thread_->setObjectName("editscope-task");
    thread_->start();
}

bool BackgroundTask::report(const QString& phase, double fraction, double etaSeconds, const QString& message)
{
    Q_EMIT progressed(phase, fraction, etaSeconds, message);
    return !cancelled_;
}

} // namespace editscope
