// CausalTraceView: ROME's causal tracing (experiments/causal_trace.py, core/probe/causal_trace.h) of one
// prompt on the open run's base model or its model after a step, as ROME's plot_trace_heatmap draws it:
// three token × layer heatmaps of the restored p(answer) — hidden states (Purples), MLP outputs (Greens)
// and attention outputs (Reds) — with the subject's tokens marked "*", the answer and the corrupted
// (low) / clean (high) scores in each figure's subtitle, and the peak cell (tracePeak) under each figure.
//
// Inputs: the prompt (with "{}" for the subject, or the subject written out) and subject, by default the
// selected edit's first request (they follow the selection until the user edits them or setPrompt is
// called); the model (base, the selected step, the last step or an explicit step); samples (10); noise =
// multiplier (3) × the std of the run dataset's subject embeddings (RunSpec::datasetPath, ROME's
// collect_embedding_std; computed once per model and cached; the traced subject alone when the dataset
// cannot be read, said in the status line), or an absolute noise; window (10); an optional answer
// (its first token, a leading space added unless given; empty: the clean argmax).
// run() computes the three kinds one after the other on a worker thread (the model is fetched from the
// shared StepModelSource there); progressed(done, total) counts forward passes over all three kinds, and
// each kind's figure is replaced as soon as it is done. cancel() asks the worker to stop at its next
// forward pass; when it has stopped (isBusy() false, cancelled() emitted) the figures show the previous
// complete result again. A failure (subject not in the prompt, model file gone) does the same and emits
// failed(message). Clicking a cell puts the cursor on that cell in all three figures and emits
// layerChosen(layer).
//
// CSV (csv()): the CLI's `trace --csv` columns plus the model's step, one line per cell, kinds in the
// order hidden, mlp, attn:  kind,token_index,token,subject,layer,score,low_score,high_score,answer,model_step
// Figures: exportFigures writes causal_trace_{hidden,mlp,attn}.{png,pdf,svg} into a folder.
//
// Ownership: a child QWidget; the document is not owned and must outlive the view; the model source is
// shared. The destructor cancels a running trace and waits for the worker (at most one forward pass).
// Thread-safety: GUI thread only (the worker touches only its own copies and the shared source).
#pragma once

#include "core/probe/causal_trace.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QToolButton;

namespace editscope {

class HeatmapFigure;
class RunDocument;
class StepModelSource;

class CausalTraceView : public QWidget {
    Q_OBJECT
public:
    CausalTraceView(RunDocument* doc, std::shared_ptr<StepModelSource> models, QWidget* parent = nullptr);
    ~CausalTraceView() override;

    // Inputs. setPrompt stops following the selected edit; useSelectedEdit goes back to it.
    void setPrompt(const QString& prompt, const QString& subject);
    void useSelectedEdit();
    QString prompt() const;
    QString subject() const;
    // 0 = the base model, N > 0 = after step N, −1 = after the run's last step.
    void setModelStep(int64_t step);
    int64_t modelStep() const;
    void setSamples(int samples);
    int samples() const;
    void setNoiseMultiplier(double multiplier);          // × the dataset's subject-embedding std
    double noiseMultiplier() const;
    void setAbsoluteNoise(std::optional<double> noise);  // set: used instead of the multiplier rule
    std::optional<double> absoluteNoise() const { return absoluteNoise_; }
    void setWindow(int window);
    int window() const;
    void setAnswer(const QString& answer);               // empty: the clean argmax
    QString answer() const;
    // The options run() passes to traceCausalEffects (kind Hidden; embeddingStd unset: the worker adds it).
    CausalTraceOptions options() const;

    void run();                                          // no-op while busy
    void cancel();
    bool isBusy() const { return thread_ != nullptr; }

    // The result shown for a kind (nullopt before the first trace), its peak, and its figure.
    const std::optional<CausalTrace>& trace(TraceKind kind) const;
    std::optional<TracePeak> peak(TraceKind kind) const;
    HeatmapFigure* figure(TraceKind kind) const;
    std::optional<double> embeddingStd() const { return lastStd_; }   // of the last finished trace
    int64_t tracedStep() const { return tracedStep_; }                // its model's step (0: base)
    double lastSeconds() const { return lastSeconds_; }               // wall time of the last full trace
    QString statusText() const;

    bool exportFigures(const QString& folder, const QString& format, int dpi = 300, QString* error = nullptr) const;
    QString csv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    static QString csvHeader()
    {
        return QStringLiteral("kind,token_index,token,subject,layer,score,low_score,high_score,answer,model_step");
    }

Q_SIGNALS:
    void finished();
    void failed(const QString& message);
    void cancelled();
    void progressed(int done, int total);
    void layerChosen(int layer);

private:
    struct Shared;
    void buildUi();
    void onSelectionChanged();
    void refreshModelChoices();
    void updateButtons();
    void showTrace(int kind);
    void restoreCommitted();
    void onCellClicked(int row, int column);
    void onKindDone(uint64_t generation, const CausalTrace& trace);
    void onProgress(uint64_t generation, int done, int total, const QString& phase);
    void onWorkerEnd(uint64_t generation, int outcome, const QString& message, double stdValue, int64_t step,
                     const QString& noiseText);
    void setStatus(const QString& text);
    QString cellToolTip(int kind, int row, int column) const;
    void exportInteractive(const QString& format);

    RunDocument* doc_;
    std::shared_ptr<StepModelSource> models_;
    std::shared_ptr<Shared> shared_;

    QLineEdit* promptEdit_ = nullptr;
    QLineEdit* subjectEdit_ = nullptr;
    QPushButton* fromEditButton_ = nullptr;
    QComboBox* modelCombo_ = nullptr;
    QSpinBox* samplesSpin_ = nullptr;
    QDoubleSpinBox* noiseSpin_ = nullptr;
    QSpinBox* windowSpin_ = nullptr;
    QComboBox* answerCombo_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QToolButton* exportButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    std::array<HeatmapFigure*, 3> figures_{};
    std::array<QLabel*, 3> peakLabels_{};

    bool followSelection_ = true;
    int64_t explicitStep_ = 0;          // the "after step N" choice (0: none offered)
    std::optional<double> absoluteNoise_;
    std::array<std::optional<CausalTrace>, 3> shown_;
    std::array<std::optional<CausalTrace>, 3> committed_;
    std::optional<double> lastStd_;
    int64_t tracedStep_ = 0;
    double lastSeconds_ = 0;
    QString noiseText_;
    QString statusText_;

    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
    uint64_t generation_ = 0;
    double runStarted_ = 0;
};

} // namespace editscope
