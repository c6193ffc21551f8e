// Layer-statistics files in the reference's npz layout (spec/rome_memit.md §2.6): members
// `mom2.mom2` (the SUM Σ k kᵀ, [4d, 4d], float32 or float64), `mom2.count` (tokens, int64 0-d),
// `mom2.constructor` ("util.runningstats.SecondMoment()", a 0-d '<U' string) and `sample_size`
// (documents requested, int64 0-d). Files published by the reference load unchanged.
//
// Loading validates against the model (shape [inner, inner]), count > 0, finite values and symmetry,
// and reports C's smallest eigenvalue (the conditioning that decides ROME's C⁻¹; spec §9.2). A missing
// file is an error that says how to make it: statistics are never recomputed silently (users.md §1.1).
#pragma once

#include "core/editing/layer_stats.h"

#include <string>

namespace editscope {

void saveSecondMoment(const std::string& path, const SecondMoment& moment);

struct LoadedSecondMoment {
    SecondMoment moment;
    std::string dtypeName;          // "float32" or "float64", as stored
    double minEigenvalue = 0.0;     // of C = M / count, computed in float64
    double maxEigenvalue = 0.0;
};

// `innerDim` is the model's MLP width (4d); `layer` is recorded in the result.
LoadedSecondMoment loadSecondMoment(const std::string& path, int64_t innerDim, int64_t layer);

} // namespace editscope
