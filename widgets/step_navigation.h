// Step navigation: the keyboard moves through a run (←/→ previous/next edit, Home/End first/last,
// N / Shift+N next/previous flagged edit) as functions of the document, so that the main window can bind
// them to QActions and the steps view to its keys alike. They move in the document's step order, not in
// a view's sorted order. Without a selection, "next" goes to the first step and "previous" to the last.
// Flagged navigation wraps around (after the last flagged step comes the first, like "find next"); with no
// flagged step it does nothing. GUI thread (RunDocument).
#pragma once

#include <cstdint>

namespace editscope {

class RunDocument;

// The step each move would select (0: none, e.g. an empty run); pure, for tests and enabling actions.
int64_t nextStepFrom(const RunDocument& document, int64_t current);
int64_t previousStepFrom(const RunDocument& document, int64_t current);
int64_t nextFlaggedStepFrom(const RunDocument& document, int64_t current);
int64_t previousFlaggedStepFrom(const RunDocument& document, int64_t current);

// The same applied to the document's selection (RunDocument::selectStep).
void selectNextStep(RunDocument* document);
void selectPreviousStep(RunDocument* document);
void selectFirstStep(RunDocument* document);
void selectLastStep(RunDocument* document);
void selectNextFlaggedStep(RunDocument* document);
void selectPreviousFlaggedStep(RunDocument* document);

} // namespace editscope
