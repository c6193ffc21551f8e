#include "storage/run_store_util.h"

#include "core/util/error.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace editscope::run_store_detail {

void bindReal(Statement& st, int index, double value)
{
    if (std::isnan(value))
        st.bindNull(index);
    else
        st.bind(index, value);
}

double columnReal(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::numeric_limits<double>::quiet_NaN() : st.columnDouble(column);
}

void bindJson(Statement& st, int index, const nlohmann::json& value)
{
    if (value.is_null())
        st.bindNull(index);
    else
        st.bind(index, value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

nlohmann::json columnJson(const Statement& st, int column, const std::string& file, const std::string& field)
{
    if (st.columnIsNull(column))
        return nullptr;
    try {
        return nlohmann::json::parse(st.columnText(column));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, field, std::string("stored JSON does not parse: ") + e.what());
    }
}

std::string dumpJsonStrict(const nlohmann::json& value, const std::string& file, const std::string& field)
{
    try {
        return value.dump();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, field, std::string("cannot be stored as JSON: ") + e.what());
    }
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db)
{
    if (sqlite3_get_autocommit(db_.handle())) {
        db_.exec("BEGIN");
        owns_ = true;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction left open would pin this connection to an old snapshot: never see new steps.
    if (owns_ && sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace editscope::run_store_detail
