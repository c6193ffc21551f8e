// Helpers shared by the run store's translation units (run_store_*.cpp); not a public API.
// NaN ↔ NULL for REAL columns (SQLite stores a NaN as NULL anyway; we make that explicit), JSON ↔ TEXT,
// and a read snapshot so that one reading call sees one committed state of the file.
// Thread-safety: as the Database they are used with.
#pragma once

#include "storage/sqlite_db.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace editscope::run_store_detail {

void bindReal(Statement& st, int index, double value);           // NaN -> NULL
double columnReal(const Statement& st, int column);              // NULL -> NaN
// Invalid UTF-8 inside strings (model output cut inside a character) becomes U+FFFD instead of failing
// the step; null JSON is stored as NULL.
void bindJson(Statement& st, int index, const nlohmann::json& value);
nlohmann::json columnJson(const Statement& st, int column, const std::string& file, const std::string& field);
std::string dumpJsonStrict(const nlohmann::json& value, const std::string& file, const std::string& field);

// Opens a read transaction unless one is already open on the connection (a nested reading call, or a
// write transaction), and ends it in the destructor. In WAL mode the snapshot is taken at the first read.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& db_;
    bool owns_ = false;
};

} // namespace editscope::run_store_detail
