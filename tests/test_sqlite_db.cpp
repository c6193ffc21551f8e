// The SQLite RAII layer: binding and reading every type, transactions committing and rolling back
// (at scope end and on exception), errors carrying SQLite's codes, WAL on file databases.
#include "storage/sqlite_db.h"
#include "support/test_main.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace editscope;

class TestSqliteDb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bindsAndReadsEveryType()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n INTEGER)");
        const std::byte blob[3] = {std::byte{0}, std::byte{255}, std::byte{7}};
        db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            .bind(1, int64_t{1} << 40).bind(2, 0.125).bind(3, std::string_view("héllo\0x", 8)).bindBlob(4, blob, 3).bindNull(5)
            .run();
        auto st = db.prepare("SELECT i, d, s, b, n FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), int64_t{1} << 40);
        QCOMPARE(st.columnDouble(1), 0.125);
        QCOMPARE(st.columnText(2), std::string("héllo\0x", 8));
        QCOMPARE(st.columnBlob(3), std::vector<std::byte>(blob, blob + 3));
        QVERIFY(st.columnIsNull(4));
        QVERIFY(!st.step());
    }

    void transactionCommitsOrRollsBack()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (x INTEGER)");
        {
            Transaction tx(db);
            db.prepare("INSERT INTO t VALUES (1)").run();
            tx.commit();
        }
        {
            Transaction tx(db);
            db.prepare("INSERT INTO t VALUES (2)").run();
        }   // no commit: rolled back
        try {
            Transaction tx(db);
            db.prepare("INSERT INTO t VALUES (3)").run();
            throw std::runtime_error("boom");
        } catch (const std::runtime_error&) {
        }
        auto st = db.prepare("SELECT group_concat(x) FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), std::string("1"));
    }

    void errorsCarryCodesAndFile()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t (x INTEGER PRIMARY KEY)");
        db.prepare("INSERT INTO t VALUES (1)").run();
        try {
            db.prepare("INSERT INTO t VALUES (1)").run();
            QFAIL("duplicate key accepted");
        } catch (const SqliteError& e) {
            QCOMPARE(e.code(), SQLITE_CONSTRAINT);
            QCOMPARE(e.extendedCode(), SQLITE_CONSTRAINT_PRIMARYKEY);
            QVERIFY(QString(e.what()).startsWith(":memory:"));
        }
        QVERIFY_THROWS_EXCEPTION(SqliteError, db.prepare("SELEC nonsense"));
        QVERIFY_THROWS_EXCEPTION(SqliteError, Database("/nonexistent-dir/x.db"));
    }

    void fileDatabasesUseWalAndUserVersion()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.db").toStdString();
        {
            Database db(path);
            auto st = db.prepare("PRAGMA journal_mode");
            QVERIFY(st.step());
            QCOMPARE(st.columnText(0), std::string("wal"));
            QCOMPARE(db.userVersion(), 0);
            db.setUserVersion(3);
        }
        Database reader(path, Database::Mode::ReadOnly);
        QCOMPARE(reader.userVersion(), 3);
        QVERIFY_THROWS_EXCEPTION(SqliteError, reader.exec("CREATE TABLE t (x)"));
    }
};

EDITSCOPE_TEST_MAIN(TestSqliteDb)
#include "test_sqlite_db.moc"
