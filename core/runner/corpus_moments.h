// Layer statistics straight from a model folder and a text corpus: loads the GPT-2 weights (float32,
// whatever the accumulation dtype, as the reference's layer_stats.py runs the model), the tokenizer and
// the corpus, then computeSecondMoments (core/editing/layer_stats.h). Shared by the New-run dialog's
// "compute missing" (run_inputs.h) and the statistics manager (statistics_catalog.h); internal to
// core/runner (torch types). Stateless; InputError for a bad folder, device or corpus.
#pragma once

#include "core/editing/layer_stats.h"

#include <functional>
#include <string>
#include <vector>

namespace editscope {

std::vector<SecondMoment> computeSecondMomentsFromFolder(const std::string& modelDir, const std::string& corpusPath,
                                                         const std::string& device, const SecondMomentOptions& options,
                                                         const std::function<bool(const StatsProgress&)>& progress);

} // namespace editscope
