// The paper's smoothing of per-edit scores (arXiv 2401.07453; gcf downstream_eval/current_edit_scores.py):
// the per-edit values in edit order are cut into buckets of `bucketSize` edits, only whole buckets are
// kept (the script's range(ceil(n // b)) drops a partial last bucket), each bucket is plotted at x = its
// first edit's 0-based index (i · b) with its mean, and a trailing moving average over `window` buckets
// (shorter at the start: window[max(i − w + 1, 0) .. i]) gives the solid line.
//
// One deliberate deviation, needed because our runs store NaN for a record without prompts (the script
// would divide by zero): a bucket's mean is over its finite values; a bucket with none is NaN, and the
// moving average skips NaN buckets (NaN where its window has no finite bucket).
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace editscope {

struct SmoothedSeries {
    std::vector<double> x;        // bucket start, in edits (0, b, 2b, ...)
    std::vector<double> bucket;   // bucket means (the paper's dashed line), same scale as the input
    std::vector<double> average;  // trailing moving average of `bucket` (the paper's solid line)
};

// `values` are per-edit values in edit order. bucketSize ≥ 1 and window ≥ 1 (smaller values are
// treated as 1).
SmoothedSeries paperSmoothing(const std::vector<double>& values, int64_t bucketSize, int64_t window);

// The script's moving_average on its own (NaN-skipping as above).
std::vector<double> trailingMovingAverage(const std::vector<double>& values, int64_t window);

} // namespace editscope
