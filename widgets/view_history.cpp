#include "widgets/view_history.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace editscope {

// One recorded change. The first redo() — QUndoStack::push calls it — does nothing: the view already
// shows the new state.
class ViewChangeCommand : public QUndoCommand {
public:
    ViewChangeCommand(ViewHistory* history, const QString& text, std::function<void()> undo,
                      std::function<void()> redo, int mergeKey, bool mayMerge)
        : QUndoCommand(text), history_(history), undo_(std::move(undo)), redo_(std::move(redo)),
          mergeKey_(mergeKey), mayMerge_(mayMerge) {}

    void undo() override { history_->apply(undo_); }
    void redo() override
    {
        if (pushed_) history_->apply(redo_);
        pushed_ = true;
    }
    int id() const override { return mergeKey_; }
    // A burst keeps its first undo (back to before the burst) and its last redo.
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ViewChangeCommand*>(other);
        if (!next->mayMerge_ || next->mergeKey_ != mergeKey_) return false;
        redo_ = next->redo_;
        setText(next->text());
        return true;
    }

private:
    ViewHistory* history_;
    std::function<void()> undo_;
    std::function<void()> redo_;
    int mergeKey_;
    bool mayMerge_;
    bool pushed_ = false;
};

ViewHistory::ViewHistory(QObject* parent) : QObject(parent), stack_(new QUndoStack(this))
{
    stack_->setUndoLimit(500);
}

void ViewHistory::record(const QString& text, std::function<void()> undo, std::function<void()> redo, int mergeKey)
{
    if (applying_) return;
    const bool burst = lastRecord_.isValid() && lastRecord_.elapsed() < mergeWindowMs_;
    lastRecord_.restart();
    stack_->push(new ViewChangeCommand(this, text, std::move(undo), std::move(redo), mergeKey,
                                       mergeKey != NoMerge && burst));
}

void ViewHistory::clear()
{
    stack_->clear();
    lastRecord_.invalidate();
}

void ViewHistory::apply(const std::function<void()>& f)
{
    applying_ = true;
    // Restores the flag even when a view throws (it should not; a throw would otherwise leave the
    // history deaf for the rest of the session).
    struct Reset { bool& flag; ~Reset() { flag = false; } } reset{applying_};
    if (f) f();
    lastRecord_.invalidate();   // an undo ends any burst
}

} // namespace editscope
