// BackgroundTask: one long job (building the demo world, computing layer statistics) on its own thread,
// with phase / fraction / ETA progress and cooperative cancel, for the window's progress bar. The job is
// a plain function that calls report() between units of work; report() returns false once cancel() was
// called, and the job should then throw editscope::Cancelled (the engine's progress callbacks do this
// when they return false). Signals arrive queued on the thread that created the task.
// Create, connect, start(); the object may be deleted only after finished().
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

namespace editscope {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    // Returns a short result text for the user; throws on failure (the message is shown).
    using Job = std::function<QString(BackgroundTask& task)>;

    BackgroundTask(QString title, Job job, QObject* parent = nullptr);
    ~BackgroundTask() override;   // cancels and waits

    QString title() const { return title_; }
    void start();
    void cancel() { cancelled_ = true; }
    bool isCancelled() const { return cancelled_; }
    bool isRunning() const { return thread_ && thread_->isRunning(); }

    // From the job's thread: emits progressed (queued). fraction in 0..1 or < 0 if unknown.
    bool report(const QString& phase, double fraction, double etaSeconds, const QString& message = {});

Q_SIGNALS:
    void progressed(const QString& phase, double fraction, double etaSeconds, const QString& message);
    void succeeded(const QString& result);
    void failed(const QString& message);
    void wasCancelled();
    void finished();   // after exactly one of the three above

private:
    QString title_;
    Job job_;
    QThread* thread_ = nullptr;
    std::atomic<bool> cancelled_{false};
};

} // namespace editscope
