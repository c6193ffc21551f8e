// ViewHistory: undo and redo of view changes — zoom, smoothing, the selected step, which plots are shown,
// overlays, annotations — on a QUndoStack (Edit > Undo / Redo, and a History dock with a QUndoView).
// Views change first and then report the change here with two closures, one that puts the old state
// back and one that applies the new; nothing is applied when a change is recorded. While a closure
// runs, isApplying() is true: the signals the closure itself triggers must not be recorded again (the
// callers check it). Changes that arrive in a burst (a wheel zoom, arrow keys through the steps, a spin
// box held down) merge into one entry when they carry the same merge key within `mergeWindowMs`.
//
// Ownership: a QObject; it owns the QUndoStack. The closures capture views owned elsewhere by pointer:
// the owner clears the history (clear()) before those views go (e.g. another file opens).
// Thread-safety: GUI thread only.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace editscope {

class ViewHistory : public QObject {
    Q_OBJECT
public:
    enum MergeKey { NoMerge = -1, Zoom = 1, Selection, Smoothing, LogScale };

    explicit ViewHistory(QObject* parent = nullptr);

    QUndoStack* stack() const { return stack_; }
    bool isApplying() const { return applying_; }
    int mergeWindowMs() const { return mergeWindowMs_; }
    void setMergeWindowMs(int ms) { mergeWindowMs_ = ms; }

    // Records a change that has already happened. Ignored while applying (see above).
    void record(const QString& text, std::function<void()> undo, std::function<void()> redo,
                int mergeKey = NoMerge);
    void clear();

private:
    friend class ViewChangeCommand;
    void apply(const std::function<void()>& f);

    QUndoStack* stack_;
    bool applying_ = false;
    int mergeWindowMs_ = 800;
    QElapsedTimer lastRecord_;
};

} // namespace editscope
