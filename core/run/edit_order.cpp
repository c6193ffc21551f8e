#include "core/run/edit_order.h"

#include "core/formats/file_io.h"
#include "core/util/error.h"
#include "core/util/python_random.h"

#include <nlohmann/json.hpp>

#include <unordered_set>

namespace editscope {
namespace {

std::vector<int64_t> truncated(std::vector<int64_t> v, int64_t limit)
{
    if (limit > 0 && static_cast<int64_t>(v.size()) > limit)
        v.resize(static_cast<size_t>(limit));
    return v;
}

} // namespace

std::vector<int64_t> seededEditOrder(const std::vector<int64_t>& caseIds, uint64_t seed, int64_t limit)
{
    std::vector<int64_t> order;
    for (auto i : pythonShuffledPrefix(seed, static_cast<int64_t>(caseIds.size()), static_cast<int64_t>(caseIds.size())))
        order.push_back(caseIds[static_cast<size_t>(i)]);
    return truncated(std::move(order), limit);
}

std::vector<int64_t> editOrderFromFile(const std::string& path, const std::string& sampleKey,
                                       const std::vector<int64_t>& caseIds, int64_t limit)
{
    const nlohmann::json j = readJsonFile(path, "edit order");
    const nlohmann::json* list = &j;
    std::string field = "(list)";
    if (j.is_object()) {
        const std::string key = sampleKey.empty() ? "0" : sampleKey;
        if (!j.contains(key)) {
            std::string keys;
            for (const auto& [k, v] : j.items())
                keys += (keys.empty() ? "" : ", ") + k;
            throw InputError(path, "sample", "no sample \"" + key + "\" (the file has: " + keys + ")");
        }
        list = &j.at(key);
        field = "\"" + key + "\"";
    } else if (!sampleKey.empty()) {
        throw InputError(path, "sample", "the file is a plain list; it has no samples to choose from");
    }
    if (!list->is_array())
        throw InputError(path, field, "expected a list of record indices");
    std::vector<int64_t> order;
    std::unordered_set<int64_t> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        const auto& e = (*list)[i];
        if (!e.is_number_integer())
            throw InputError(path, field + "[" + std::to_string(i) + "]", "not an integer: " + e.dump());
        const auto index = e.get<int64_t>();
        if (index < 0 || index >= static_cast<int64_t>(caseIds.size()))
            throw InputError(path, field + "[" + std::to_string(i) + "]",
                             "index " + std::to_string(index) + " outside the dataset's 0.." + std::to_string(caseIds.size() - 1));
        if (!seen.insert(index).second)
            throw InputError(path, field + "[" + std::to_string(i) + "]", "index " + std::to_string(index) + " appears twice");
        order.push_back(caseIds[static_cast<size_t>(index)]);
        if (limit > 0 && static_cast<int64_t>(order.size()) == limit)
            break;
    }
    if (order.empty())
        throw InputError(path, field, "empty order");
    return order;
}

} // namespace editscope
