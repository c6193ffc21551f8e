// LogitLensView: the logit lens (core/probe/logit_lens.h) of a prompt and a fact's two answers as
// heatmaps over layers (y; the embeddings at the bottom, the last block — the model's own output — at
// the top) × prompt positions (x; the token texts as tick labels), for the run's base model and the
// model after the document's selected step, side by side or one at a time. What is coloured: P(target_true),
// P(target_new) (fixed 0..1 scale) or the rank of either (1 = top token, log scale 1..vocabulary), the
// same scale for both models so their colours compare. Hovering a cell tells layer, token, both ranks
// and probabilities and the top token there. By default the prompt is the selected edit's rewrite prompt
// and its targets (follows the selection until the user types their own).
//
// Computed on a BackgroundTask (base, then step, one model at a time); a newer request cancels the
// running one and results of superseded requests are dropped. Recomputed on selection changes only
// while visible (otherwise when next shown). Export: PNG at a DPI, PDF, SVG (the shown figures side by
// side, each with title, axes and colour scale) and a CSV of every cell with all quantities
// (in logit_lens_view_export.cpp).
//
// Ownership: the document is not owned and must outlive the view; the model source is shared.
// GUI thread only; the destructor cancels and waits for the job.
#pragma once

#include "core/probe/logit_lens.h"

#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace editscope {

class BackgroundTask;
class HeatmapFigure;
class RunDocument;
class StepModelSource;

class LogitLensView : public QWidget {
    Q_OBJECT
public:
    enum Pane { BasePane = 0, StepPane = 1 };
    static constexpr int kPanes = 2;
    enum class Quantity { TrueProbability, NewProbability, TrueRank, NewRank };
    enum class Arrangement { SideBySide, BaseOnly, StepOnly };

    LogitLensView(RunDocument* document, std::shared_ptr<StepModelSource> models, QWidget* parent = nullptr);
    ~LogitLensView() override;

    // Sets the fields (and stops following the selection); run() computes.
    void setPrompt(const QString& prompt, const QString& targetTrue, const QString& targetNew);
    QString prompt() const;
    QString targetTrue() const;
    QString targetNew() const;
    void setFollowSelection(bool follow);    // true: the selected edit's rewrite prompt and targets
    bool followSelection() const;

    void run();
    void cancel();
    bool isBusy() const;

    void setQuantity(Quantity quantity);
    Quantity quantity() const { return quantity_; }
    void setArrangement(Arrangement arrangement);
    Arrangement arrangement() const { return arrangement_; }

    std::optional<LogitLensResult> result(int pane) const;
    int64_t paneStep(int pane) const;        // the step the shown result belongs to (−1: none)
    QString paneError(int pane) const;
    HeatmapFigure* figure(int pane) const;
    // The value the quantity gives a cell (ranks as rank + 1, so the top token is 1 on the log scale).
    static double cellValue(const LensCell& cell, Quantity quantity);
    // The value drawn for (layer, position) in a pane's heatmap (NaN: none).
    double shownValue(int pane, int layer, int position) const;

    // "png" | "pdf" | "svg": the visible panes side by side. False + *error when nothing is shown or
    // the file cannot be written.
    bool exportFigure(const QString& path, const QString& format, int dpi = 150, QString* error = nullptr) const;
    // One line per pane, layer and position: pane,step,layer,layer_name,position,token,true_rank,
    // true_probability,new_rank,new_probability,top_token,top_probability (ranks 0 = top).
    QString csv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    // Exactly one per completed request; a cancelled or superseded request emits neither.
    void finished();
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct PaneState {
        std::optional<LogitLensResult> result;
        QString error;
        int64_t step = -1;
    };

    void start();
    void onTaskFinished(uint64_t generation);
    void deliver(uint64_t generation, int pane, const LogitLensResult& result, int64_t step);
    void deliverError(uint64_t generation, int pane, const QString& message);
    void onSelectionChanged();
    bool fillFromSelection();
    void redraw();
    void redrawPane(int pane);
    void showMessage(const QString& text);
    void exportWithDialog(const QString& format);

    RunDocument* doc_;
    std::shared_ptr<StepModelSource> models_;
    QLineEdit* promptEdit_ = nullptr;
    QLineEdit* trueEdit_ = nullptr;
    QLineEdit* newEdit_ = nullptr;
    QCheckBox* followBox_ = nullptr;
    QComboBox* quantityBox_ = nullptr;
    QComboBox* arrangementBox_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QToolButton* exportButton_ = nullptr;
    QLabel* message_ = nullptr;
    std::array<HeatmapFigure*, kPanes> figures_{};
    std::array<PaneState, kPanes> panes_;
    Quantity quantity_ = Quantity::NewProbability;
    Arrangement arrangement_ = Arrangement::SideBySide;

    std::unique_ptr<BackgroundTask> task_;
    uint64_t generation_ = 0;
    bool pending_ = false;       // a request waits for the running task to stop
    bool dirty_ = false;         // the selection moved while hidden
    bool filling_ = false;       // fields set by code, not typed
    QStringList runErrors_;
};

} // namespace editscope
