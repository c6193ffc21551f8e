#include "widgets/step_navigation.h"

#include "widgets/run_document.h"

#include <algorithm>

namespace editscope {
namespace {

int64_t firstStep(const RunDocument& d) { return d.steps().empty() ? 0 : d.steps().front().step; }

void select(RunDocument* d, int64_t step)
{
    if (d && step > 0)
        d->selectStep(step);
}

} // namespace

int64_t nextStepFrom(const RunDocument& d, int64_t current)
{
    if (d.steps().empty())
        return 0;
    if (current <= 0)
        return firstStep(d);
    return std::min(current + 1, d.lastStep());
}

int64_t previousStepFrom(const RunDocument& d, int64_t current)
{
    if (d.steps().empty())
        return 0;
    if (current <= 0)
        return d.lastStep();
    return std::max(current - 1, firstStep(d));
}

int64_t nextFlaggedStepFrom(const RunDocument& d, int64_t current)
{
    const auto flagged = d.flaggedSteps();   // ascending
    if (flagged.empty())
        return 0;
    auto it = std::upper_bound(flagged.begin(), flagged.end(), current);
    return it != flagged.end() ? *it : flagged.front();
}

int64_t previousFlaggedStepFrom(const RunDocument& d, int64_t current)
{
    const auto flagged = d.flaggedSteps();
    if (flagged.empty())
        return 0;
    if (current <= 0)
        return flagged.back();
    auto it = std::lower_bound(flagged.begin(), flagged.end(), current);
    return it != flagged.begin() ? *std::prev(it) : flagged.back();
}

void selectNextStep(RunDocument* d) { select(d, d ? nextStepFrom(*d, d->selectedStep()) : 0); }
void selectPreviousStep(RunDocument* d) { select(d, d ? previousStepFrom(*d, d->selectedStep()) : 0); }
void selectFirstStep(RunDocument* d) { select(d, d ? firstStep(*d) : 0); }
void selectLastStep(RunDocument* d) { select(d, d ? d->lastStep() : 0); }
void selectNextFlaggedStep(RunDocument* d) { select(d, d ? nextFlaggedStepFrom(*d, d->selectedStep()) : 0); }
void selectPreviousFlaggedStep(RunDocument* d) { select(d, d ? previousFlaggedStepFrom(*d, d->selectedStep()) : 0); }

} // namespace editscope
