#include "storage/sqlite_db.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace editscope {

namespace {

// What a person can do about the codes that come from the file system rather than from us.
std::string hintFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR: return "; check free space, quotas and file-size limits (nothing written in this transaction was kept)";
    case SQLITE_READONLY: return "; the file or its folder is read-only";
    case SQLITE_BUSY: return "; another process holds the write lock";
    default: return "";
    }
}

} // namespace

SqliteError::SqliteError(const std::string& file, int code, int extendedCode, const std::string& message)
    : std::runtime_error(file + ": " + message + " (SQLite code " + std::to_string(code) + "/"
                         + std::to_string(extendedCode) + ")" + hintFor(code))
    , code_(code & 0xff)   // primary code; with extended result codes on, calls return the extended one
    , extendedCode_(extendedCode)
{
}

Database::Database(const std::string& path, Mode mode)
    : path_(path)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : "cannot open";
        const int extended = db_ ? sqlite3_extended_errcode(db_) : rc;
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(path, rc, extended, message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);   // a writer in another process holds the lock only for one step
    if (mode != Mode::ReadOnly && path != ":memory:")
        exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA foreign_keys=ON");
}

Database::~Database()
{
    if (db_)
        sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr))
    , path_(std::move(other.path_))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (db_)
            sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

void Database::fail(int code, const std::string& context) const
{
    throw SqliteError(path_, code, sqlite3_extended_errcode(db_), context + ": " + sqlite3_errmsg(db_));
}

void Database::exec(const std::string& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(path_, rc, sqlite3_extended_errcode(db_), message);
    }
}

Statement Database::prepare(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "cannot prepare \"" + sql + "\"");
    return Statement(*this, stmt);
}

int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.columnInt(0));
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, not user text.
    exec("PRAGMA user_version=" + std::to_string(version));
}

Statement::Statement(const Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)) {}
Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(stmt_);
        db_ = o.db_;
        stmt_ = std::exchange(o.stmt_, nullptr);
    }
    return *this;
}
Statement::~Statement() { sqlite3_finalize(stmt_); }

#define ES_CHECK_BIND(call)                                   \
    do {                                                      \
        const int rc_ = (call);                               \
        if (rc_ != SQLITE_OK)                                 \
            db_->fail(rc_, "cannot bind parameter " + std::to_string(index)); \
    } while (0)

Statement& Statement::bind(int index, int64_t value) { ES_CHECK_BIND(sqlite3_bind_int64(stmt_, index, value)); return *this; }
Statement& Statement::bind(int index, double value) { ES_CHECK_BIND(sqlite3_bind_double(stmt_, index, value)); return *this; }
Statement& Statement::bind(int index, std::string_view text)
{
    ES_CHECK_BIND(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, size_t size)
{
    ES_CHECK_BIND(sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT));
    return *this;
}
Statement& Statement::bindNull(int index) { ES_CHECK_BIND(sqlite3_bind_null(stmt_, index)); return *this; }
#undef ES_CHECK_BIND

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_->fail(rc, "cannot execute \"" + std::string(sqlite3_sql(stmt_)) + "\"");
}

void Statement::run()
{
    if (step())
        throw SqliteError(db_->path(), SQLITE_MISUSE, SQLITE_MISUSE, "statement returned rows where none were expected");
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
}
std::vector<std::byte> Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const std::byte*>(sqlite3_column_blob(stmt_, column));
    const auto size = static_cast<size_t>(sqlite3_column_bytes(stmt_, column));
    return data ? std::vector<std::byte>(data, data + size) : std::vector<std::byte>();
}
bool Statement::columnIsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!done_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);   // never throws from a destructor
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace editscope
