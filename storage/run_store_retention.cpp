// RunStore::retentionMatrix: the facts × retention-evaluations grid behind the retention map, read in one
// snapshot together with RunStore::forgetting, so that the cells and the forget indices agree.
#include "storage/run_store.h"
#include "storage/run_store_util.h"

#include "core/util/error.h"

#include <cmath>
#include <limits>
#include <map>

namespace editscope {

using namespace run_store_detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<int64_t> caseIdsOf(const nlohmann::json& json, const std::string& file)
{
    try {
        return json.is_null() ? std::vector<int64_t>{} : json.get<std::vector<int64_t>>();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, "steps.case_ids_json", std::string("not a list of integers: ") + e.what());
    }
}

std::string subjectOf(const nlohmann::json& requests, size_t index)
{
    if (!requests.is_array() || index >= requests.size() || !requests[index].is_object())
        return {};
    const auto it = requests[index].find("subject");
    return it != requests[index].end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

RetentionMatrix RunStore::retentionMatrix(int64_t run, ForgettingCriterion criterion)
{
    const std::string column = criterion == ForgettingCriterion::Efficacy ? "es" : "rewrite_acc";   // fixed names, no user data
    ReadSnapshot snapshot(db_);
    requireRun(run);
    const std::string& file = db_.path();
    RetentionMatrix m;
    m.criterion = criterion;
    m.batchSize = batchSizeOf(run);

    // Rows: every case of every step, in edit order; a case edited twice has two rows.
    std::map<int64_t, std::vector<size_t>> rowsOfCase;   // case id -> rows, in edit order
    {
        auto st = db_.prepare("SELECT step, case_ids_json, requests_json FROM steps WHERE run_id = ? ORDER BY step");
        st.bind(1, run);
        while (st.step()) {
            const int64_t step = st.columnInt(0);
            const auto ids = caseIdsOf(columnJson(st, 1, file, "steps.case_ids_json"), file);
            const auto requests = columnJson(st, 2, file, "steps.requests_json");
            for (size_t i = 0; i < ids.size(); ++i) {
                RetentionFact f;
                f.caseId = ids[i];
                f.subject = subjectOf(requests, i);
                f.stepEdited = step;
                f.editNumber = (step - 1) * m.batchSize + static_cast<int64_t>(i) + 1;
                rowsOfCase[f.caseId].push_back(m.facts.size());
                m.facts.push_back(std::move(f));
            }
        }
    }
    // Same snapshot (the ReadSnapshot above is reused by the nested call), same order.
    const auto forgotten = forgetting(run, criterion);
    if (forgotten.size() != m.facts.size())
        throw InputError(file, "steps", "forgetting and retention rows disagree on the edited facts");
    for (size_t i = 0; i < forgotten.size(); ++i) {
        m.facts[i].postValue = forgotten[i].postValue;
        m.facts[i].forgottenAt = forgotten[i].forgottenAt;
    }

    {
        auto st = db_.prepare("SELECT DISTINCT step FROM record_evals WHERE run_id = ? AND phase = 'retention' ORDER BY step");
        st.bind(1, run);
        while (st.step())
            m.steps.push_back(st.columnInt(0));
    }
    const size_t columns = m.steps.size();
    m.values.assign(m.facts.size() * columns, kNaN);
    m.states.assign(m.facts.size() * columns, RetentionState::NotEvaluated);
    for (size_t r = 0; r < m.facts.size(); ++r)
        for (size_t c = 0; c < columns; ++c)
            if (m.steps[c] < m.facts[r].stepEdited)
                m.states[m.index(r, c)] = RetentionState::NotYetEdited;

    auto st = db_.prepare("SELECT step, case_id, " + column
                          + " FROM record_evals WHERE run_id = ? AND phase = 'retention' ORDER BY step, ordinal");
    st.bind(1, run);
    size_t c = 0;
    while (st.step()) {
        const int64_t step = st.columnInt(0);
        while (c < columns && m.steps[c] < step)
            ++c;
        const auto rows = rowsOfCase.find(st.columnInt(1));
        if (c == columns || rows == rowsOfCase.end())
            continue;   // a record that was never edited in this run: not a fact of the map
        // A case edited twice is one fact asked twice: its value belongs to every edit of it made by
        // then (as RunStore::forgetting counts it for each of them).
        const double value = columnReal(st, 2);
        const auto state = std::isnan(value) ? RetentionState::NotEvaluated
                                             : value >= 1.0 ? RetentionState::Recalled : RetentionState::Forgotten;
        for (size_t row : rows->second)
            if (m.facts[row].stepEdited <= step) {
                m.values[m.index(row, c)] = value;
                m.states[m.index(row, c)] = state;
            }
    }
    return m;
}

} // namespace editscope
