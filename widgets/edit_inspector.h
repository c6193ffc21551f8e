// EditInspector: everything stored about one step of the document's run, read-only, in one scrollable
// column: the request(s) with the rewrite prompt filled in; the per-prompt NLLs of target_true and
// target_new before/after the edit (table + NllChart) for the rewrite, paraphrase and neighborhood
// prompts; the v*/z optimisation (LossCurveChart, ‖δ‖, the initial ‖v‖, clamping, ROME's denominator
// and key mismatch); the update's size against the running median of the earlier edits (ratio
// highlighted when it reaches the detector's factor); per-layer norms before (the previous step's, or
// the base model's at the first edit: drift 0) and after; generation samples at this step, or at the
// latest sampled step before it, beside step 0's; the detector's flags with value and threshold.
//
// It shows the document's selected step (followSelection, the default) or a step set with setStep
// (DisablingEditsView sets a flagged and a typical step side by side). The step's record is read once
// per setStep (RunDocument::loadStep); step 0's generations once per run.
//
// Ownership: the document is not owned and must outlive the inspector. GUI thread only.
#pragma once

#include "core/run/run_records.h"
#include "widgets/compact_table.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace editscope {

class LossCurveChart;
class NllChart;
class RunDocument;

class EditInspector : public QWidget {
    Q_OBJECT
public:
    explicit EditInspector(RunDocument* document, QWidget* parent = nullptr);
    ~EditInspector() override;

    // Shows `step` (0: nothing). While following the selection, the next selection change replaces it.
    void setStep(int64_t step);
    int64_t step() const { return step_; }
    bool hasRecord() const { return record_.has_value(); }

    void setFollowSelection(bool follow);   // true: show the document's selected step (now and on change)
    bool followSelection() const { return follow_; }

    // A heading above the scroll area ("Flagged edit", ...); empty hides it.
    void setTitle(const QString& title);
    QString title() const;

    // Σ‖ΔW‖ of the shown step over the running median of the earlier steps' (NaN: first step, none shown).
    double updateNormRatio() const { return ratio_; }

    // The parts, for tests and for the main window's "copy".
    NllChart* nllChart() const { return nllChart_; }
    LossCurveChart* lossChart() const { return lossChart_; }
    CompactTable* promptsTable() const { return prompts_; }
    CompactTable* optimisationTable() const { return optimisation_; }
    CompactTable* updateTable() const { return update_; }
    CompactTable* normsTable() const { return norms_; }
    CompactTable* flagsTable() const { return flags_; }
    QString toPlainText() const;    // every section as text, tables tab-separated

    QSize sizeHint() const override { return {520, 700}; }

Q_SIGNALS:
    void stepShown(int64_t step);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void render();
    void renderRequests();
    void renderPrompts();
    void renderOptimisation();
    void renderUpdate();
    void renderNorms();
    void renderGenerations();
    void renderFlags();
    const std::vector<GenerationRecord>& baseGenerations();
    QLabel* addSection(const QString& heading, bool withBody = true);   // the body label, or the heading
    void onSelectionChanged(int64_t step);

    RunDocument* doc_;
    int64_t step_ = 0;
    bool follow_ = true;
    double ratio_;
    std::optional<StepRecord> record_;
    std::optional<std::vector<GenerationRecord>> baseGenerations_;
    int64_t generationStep_ = -1;                 // the step whose samples are shown beside step 0
    std::vector<GenerationRecord> generations_;

    QLabel* title_;
    QScrollArea* scroll_;
    QWidget* content_;
    QVBoxLayout* contentLayout_;
    QLabel* placeholder_;
    QLabel* header_;
    QLabel* requests_;
    CompactTable* prompts_;
    QLabel* promptsNote_;
    NllChart* nllChart_;
    LossCurveChart* lossChart_;
    CompactTable* optimisation_;
    CompactTable* update_;
    CompactTable* norms_;
    QLabel* generationsLabel_;
    CompactTable* flags_;
    QLabel* flagsNote_;
    std::vector<QWidget*> sections_;              // hidden together when no step is shown
};

} // namespace editscope
