// The order in which a run edits a dataset's records (spec/rome_memit.md §8.2):
//  - seeded: random.Random(seed).shuffle(list(range(n))) exactly as CPython does it, so an order can be
//    reproduced in Python with two lines;
//  - from an order file in the paper's layout, a JSON object of samples {"0": [i, ...], "1": [...]}
//    (gcf's counterfact_sampled_unique_10_20391.json), or a bare JSON list. Entries are INDICES into the
//    dataset's list of records (as gcf uses them: ds[i]); for CounterFact, index = case_id.
// The result is the case ids in edit order, truncated to `limit` (0: all). Errors name the file, the
// sample key and the offending entry. Stateless.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

std::vector<int64_t> seededEditOrder(const std::vector<int64_t>& caseIds, uint64_t seed, int64_t limit);

// `sampleKey` selects the sample of an object-shaped file ("0" by default in gcf); it must be empty for a
// list-shaped file. Duplicate indices and indices outside [0, caseIds.size()) are errors.
std::vector<int64_t> editOrderFromFile(const std::string& path, const std::string& sampleKey,
                                       const std::vector<int64_t>& caseIds, int64_t limit);

} // namespace editscope
