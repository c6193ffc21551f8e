// PromptPane: "Try a prompt" on three models side by side — the run's base model (step 0), the model
// after the document's selected step and the current model (the last stored step) — each rebuilt by the
// shared StepModelSource and probed with probePrompt (core/probe/prompt_probe.h): greedy and seeded
// top-k continuations, the ten most likely next tokens (probability bars), and the NLL of typed targets
// with their argmax-correct mark. The step and current columns mark what differs from the base column
// (a changed top token, tokens new to the top 10, the continuation from where it departs, NLL deltas).
// The prompts of the selected edit (rewrite prompt with the subject, its paraphrase / neighbourhood
// prompts as stored with its scores; target_true and target_new as targets) are one click away.
//
// Computation runs on one BackgroundTask at a time, columns in turn (a model is probed by one thread at
// a time, and the step model may be the current model itself). A newer request cancels the running
// one and starts when it has stopped; results of superseded requests are dropped (generation counter),
// so a moved selection never shows an older step's numbers. When the selection moves and results are
// shown, the step column is recomputed by itself.
//
// Ownership: the document is not owned and must outlive the pane; the model source is shared with the
// other probe views and the jobs. GUI thread only; the destructor cancels and waits for the job.
#pragma once

#include "core/probe/prompt_probe.h"
#include "widgets/prompt_pane_column.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace editscope {

class BackgroundTask;
class RunDocument;
class StepModelSource;

class PromptPane : public QWidget {
    Q_OBJECT
public:
    enum Column { BaseColumn = 0, StepColumn = 1, CurrentColumn = 2 };
    static constexpr int kColumns = 3;

    PromptPane(RunDocument* document, std::shared_ptr<StepModelSource> models, QWidget* parent = nullptr);
    ~PromptPane() override;

    void setPrompt(const QString& prompt);
    QString prompt() const;
    void setTargets(const QStringList& targets);   // shown comma-separated; empty entries are dropped
    QStringList targets() const;
    void setSeed(uint64_t seed);
    void setMaxLength(int tokens);                 // continuation length in tokens, prompt included

    // Probes all three columns with the fields' current values (cancels a running probe first).
    void run();
    void cancel();
    bool isBusy() const;

    // The shown result of a column (nullopt: none yet, failed, or cleared by new inputs).
    std::optional<PromptProbeResult> result(int column) const;
    QString columnError(int column) const;     // empty: none
    int64_t columnStep(int column) const;      // the step the shown result was computed on (−1: none)
    QString columnTitle(int column) const;

    // Fills prompt and targets from the selected edit's first request and runs (false: no edit selected).
    bool useSelectedEditPrompt();
    QMenu* editPromptsMenu() const { return editMenu_; }

Q_SIGNALS:
    // Exactly one of these per completed request; a cancelled or superseded request emits neither.
    void finished();
    void failed(const QString& message);

private:
    struct Inputs {
        QString prompt;
        QStringList targets;
        uint64_t seed = 0;
        int maxLength = 100;
        bool operator==(const Inputs&) const = default;
    };
    struct ColumnState {
        std::optional<PromptProbeResult> result;
        QString error;
        int64_t step = -1;          // resolved step of the result
        Inputs inputs;              // what the result was computed from
        int64_t wantedStep = -1;    // the ref it was asked for (0, the selected step, −1)
        double seconds = 0;
        bool busy = false;
        QString phase;
    };

    Inputs currentInputs() const;
    int64_t refStep(int column) const;
    void request(unsigned columnMask);
    void startPending();
    void onTaskFinished(uint64_t generation);
    void deliver(uint64_t generation, int column, const PromptProbeResult& result, int64_t step, double seconds);
    void deliverError(uint64_t generation, int column, const QString& message);
    void setPhase(uint64_t generation, int column, const QString& phase);
    void onSelectionChanged();
    void fillEditMenu();
    void updateTitles();
    void updateBusyUi();
    void render(int column);
    void renderAll();

    RunDocument* doc_;
    std::shared_ptr<StepModelSource> models_;
    QLineEdit* promptEdit_ = nullptr;
    QLineEdit* targetsEdit_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QSpinBox* lengthSpin_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QToolButton* editButton_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QLabel* message_ = nullptr;
    std::array<PromptColumnView*, kColumns> views_{};
    std::array<ColumnState, kColumns> state_;

    std::unique_ptr<BackgroundTask> task_;
    uint64_t generation_ = 0;       // of the request the running task computes
    unsigned pendingMask_ = 0;      // columns to compute once the running task has stopped
    unsigned runningMask_ = 0;
    QStringList runErrors_;
};

} // namespace editscope
