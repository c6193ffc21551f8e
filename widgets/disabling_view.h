// DisablingEditsView: the run's flagged steps (possible "disabling edits") as a list (step, criterion,
// value / threshold, subject; one row per flag) above two EditInspectors side by side: the flagged step
// and a typical edit of the same run (RunDocument::medianStep: the median Σ‖ΔW‖ among unflagged steps),
// with a line comparing their update sizes against the running median so that what sets the flagged
// edit apart is visible at a glance.
//
// Picking a row selects that step in the document; selecting a flagged step elsewhere (plots, table,
// N / Shift+N) picks its row. Selecting an unflagged step leaves the comparison as it is. Until a flagged
// step is picked, the first one is shown (without changing the document's selection).
//
// Ownership: the document is not owned and must outlive the view. GUI thread only.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QTableWidget;

namespace editscope {

class EditInspector;
class RunDocument;

class DisablingEditsView : public QWidget {
    Q_OBJECT
public:
    explicit DisablingEditsView(RunDocument* document, QWidget* parent = nullptr);
    ~DisablingEditsView() override;

    // Compares `flaggedStep` (any stored step, in fact) with the typical edit; does not select it.
    void showStep(int64_t flaggedStep);
    int64_t shownStep() const { return shown_; }
    int64_t typicalStep() const { return typical_; }

    QTableWidget* flagList() const { return list_; }
    EditInspector* flaggedInspector() const { return flagged_; }
    EditInspector* typicalInspector() const { return typicalInspector_; }
    QString comparisonText() const;   // the comparison line as plain text

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildList();
    void selectRowOf(int64_t step);
    void onListSelectionChanged();
    void onDocumentSelection(int64_t step);
    void updateComparison();
    void shareScales();

    RunDocument* doc_;
    int64_t shown_ = 0;
    int64_t typical_ = 0;
    bool syncing_ = false;
    std::vector<int64_t> listed_;   // the flagged steps the list shows (rebuilt only when they change)
    QLabel* summary_;
    QTableWidget* list_;
    QLabel* comparison_;
    EditInspector* flagged_;
    EditInspector* typicalInspector_;
};

} // namespace editscope
