// RAII over SQLite's C API, in the manner of SQLiteCpp: a Database owns one connection, a
// Statement one prepared statement, a Transaction rolls back in its destructor unless committed (and
// never throws there). Errors are SqliteError carrying the primary and extended result codes and the
// file name. Only bound parameters, never SQL assembled from user data.
//
// Thread-safety: one Database per thread (SQLite's own rule for a connection used without locking).
// Opening turns on WAL (readers and one writer in different processes work together) and foreign keys.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace editscope {

class SqliteError : public std::runtime_error {
public:
    SqliteError(const std::string& file, int code, int extendedCode, const std::string& message);
    int code() const noexcept { return code_; }
    int extendedCode() const noexcept { return extendedCode_; }

private:
    int code_;
    int extendedCode_;
};

class Statement;

class Database {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // ":memory:" opens a private in-memory database (tests).
    explicit Database(const std::string& path, Mode mode = Mode::ReadWriteCreate);
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);       // one or more statements without parameters
    Statement prepare(const std::string& sql);
    int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

private:
    [[noreturn]] void fail(int code, const std::string& context) const;
    sqlite3* db_ = nullptr;
    std::string path_;
    friend class Statement;
};

class Statement {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, const void* data, size_t size);
    Statement& bindNull(int index);

    bool step();       // true while a row is available
    void run();        // step once, expecting no row
    void reset();      // rewind and clear bindings for reuse

    int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<std::byte> columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    Statement(const Database& db, sqlite3_stmt* stmt);
    const Database* db_;
    sqlite3_stmt* stmt_;
    friend class Database;
};

class Transaction {
public:
    explicit Transaction(Database& db);   // BEGIN IMMEDIATE: takes the write lock up front
    ~Transaction();                       // rolls back unless committed; never throws
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace editscope
