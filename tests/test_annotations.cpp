// Notes on steps (RunStore::setAnnotation / annotations, schema 2): the migration 1 → 2 of a real
// schema-1 file (read-only: read as it is, without writing; writable: migrated, every row kept, the schema
// then equal to a new file's), adding, editing and removing notes, a note going with its step, a newer
// schema refused, and `editscope-cli export --csv` writing annotations.csv.
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

using namespace editscope;
using namespace editscope::test;

namespace {

template <typename F>
std::string inputErrorOf(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("(not an InputError) ") + e.what();
    }
    return "(no error)";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

int64_t scalar(const std::string& path, const std::string& sql)
{
    Database db(path, Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

// Every table and index of the file with its SQL, sorted: two files with equal results have one schema.
std::set<std::string> schemaOf(const std::string& path)
{
    Database db(path, Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                         "WHERE name NOT LIKE 'sqlite_%'");
    std::set<std::string> out;
    while (st.step())
        out.insert(st.columnText(0));
    return out;
}

std::string fileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Everything a reader can get of a run, as text (NaN-safe through std::to_string of each field).
std::string everything(RunStore& store, int64_t run)
{
    std::string out;
    for (const auto& r : store.runs())
        out += "run " + std::to_string(r.id) + " " + r.name + " " + std::to_string(r.steps) + " " + r.updatedAt + "\n";
    out += store.runSpec(run).toJson().dump() + "\n";
    for (int64_t k = 0; k <= store.lastStep(run); ++k) {
        const auto s = store.step(run, k);
        const auto expected = k == 0 ? s : makeStep(k);
        out += "step " + std::to_string(k) + (k > 0 ? " diff[" + stepDifference(s, expected) + "]" : "") + "\n";
    }
    for (const auto& name : store.availableSeries(run)) {
        out += name + ":";
        for (const auto& p : store.series(run, name))
            out += " (" + std::to_string(p.step) + "," + std::to_string(p.edits) + "," + std::to_string(p.value) + ","
                + std::to_string(p.caseId) + ")";
        out += "\n";
    }
    for (const auto& s : store.stepSummaries(run))
        out += "summary " + std::to_string(s.step) + " " + std::to_string(s.updateNorm) + " " + std::to_string(s.flags.size()) + "\n";
    for (const auto& f : store.forgetting(run))
        out += "forgot " + std::to_string(f.caseId) + " " + (f.forgottenAt ? std::to_string(*f.forgottenAt) : "-") + "\n";
    return out;
}

// The nine tables of schema 1 (git: storage/run_store_schema.cpp, kSchemaV1).
const std::set<std::string> kV1Tables = {"runs", "steps", "updates", "layer_norms", "record_evals", "flags",
                                         "downstream", "generations", "metric_definitions"};

std::set<std::string> tablesOf(const std::string& path)
{
    Database db(path, Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    std::set<std::string> out;
    while (st.step())
        out.insert(st.columnText(0));
    return out;
}

} // namespace

class TestAnnotations : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    std::string freshPath() { return dir_.filePath(QString("run%1.sqlite").arg(++counter_)).toStdString(); }

    // A run of `steps` synthetic steps with its baseline; returns the run id.
    static int64_t fill(RunStore& store, int64_t steps, int64_t batch = 1)
    {
        const int64_t run = store.createRun(makeSpec("notes", batch));
        store.appendBaseline(run, {{"sst2", 200, 1, 0.5, 0.4, 0.1, nullptr}}, {{"The capital of", "text", 3.5}});
        for (int64_t k = 1; k <= steps; ++k) {
            auto s = makeStep(k);
            if (batch == 2)
                s.caseIds = {100 + k, 200 + k};
            store.appendStep(run, s);
        }
        return run;
    }

    // A schema-1 file: this build's file without the table schema 2 added, at user_version 1. The
    // schema-1 DDL (kSchemaV1) is unchanged in this build, so this is byte for byte what schema 1 wrote.
    std::string versionOneFile(int64_t* run)
    {
        const std::string path = freshPath();
        {
            RunStore store(path);
            *run = fill(store, 6);
        }
        Database raw(path);
        raw.exec("DROP TABLE annotations; VACUUM;");
        raw.setUserVersion(1);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void newFileHasSchemaTwo()
    {
        const std::string path = freshPath();
        { RunStore store(path); fill(store, 1); }
        QCOMPARE(RunStore::kSchemaVersion, 2);
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{2});
        auto tables = kV1Tables;
        tables.insert("annotations");
        QCOMPARE(tablesOf(path), tables);
    }

    void versionOneFileOpensReadOnlyWithoutWriting()
    {
        int64_t run = 0;
        const std::string path = versionOneFile(&run);
        QCOMPARE(tablesOf(path), kV1Tables);
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{1});
        const std::string before = fileBytes(path);
        {
            RunStore reader(path, true);
            QCOMPARE(reader.lastStep(run), int64_t{6});
            QVERIFY(reader.annotations(run).empty());
            QVERIFY(stepDifference(reader.step(run, 3), makeStep(3)).empty());
            QCOMPARE(reader.series(run, "es").size(), size_t{6});
            QCOMPARE(inputErrorOf([&] { reader.setAnnotation(run, 1, "x"); }), path + ": store: opened read-only; cannot write");
            QVERIFY(contains(inputErrorOf([&] { reader.annotations(99); }), "no run with id 99"));
        }
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{1});
        QCOMPARE(tablesOf(path), kV1Tables);
        QVERIFY(fileBytes(path) == before);   // not one byte written
    }

    void writableOpeningMigratesAndKeepsEveryRow()
    {
        int64_t run = 0;
        const std::string path = versionOneFile(&run);
        std::string before;
        {
            RunStore reader(path, true);
            before = everything(reader, run);
        }
        QVERIFY(contains(before, "step 6 diff[]"));
        QVERIFY(contains(before, "retention:"));

        // A reader that opened the schema-1 file before the migration sees the notes written after it.
        RunStore earlyReader(path, true);
        QVERIFY(earlyReader.annotations(run).empty());
        {
            RunStore writer(path);
            QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{2});
            QCOMPARE(everything(writer, run), before);
            writer.setAnnotation(run, 2, "ES drops here");
        }
        QCOMPARE(earlyReader.annotations(run).size(), size_t{1});

        // The migrated file has a new file's schema, and still every row.
        const std::string fresh = freshPath();
        { RunStore store(fresh); }
        QCOMPARE(schemaOf(path), schemaOf(fresh));
        RunStore reader(path, true);
        QCOMPARE(everything(reader, run), before);
        QCOMPARE(scalar(path, "SELECT count(*) FROM metric_definitions"), int64_t{30});
    }

    void notesAreAddedEditedAndRemoved()
    {
        const std::string path = freshPath();
        RunStore store(path);
        const int64_t run = fill(store, 5, 2);
        QVERIFY(store.annotations(run).empty());

        const std::string tricky = "comma, \"quotes\"\nsecond line ✓";
        store.setAnnotation(run, 4, tricky);
        store.setAnnotation(run, 2, "first");
        auto notes = store.annotations(run);
        QCOMPARE(notes.size(), size_t{2});
        QCOMPARE(notes[0].step, int64_t{2});               // step order, not insertion order
        QCOMPARE(notes[0].edits, int64_t{4});              // step · batch 2
        QCOMPARE(notes[0].caseIds, (std::vector<int64_t>{102, 202}));
        QCOMPARE(notes[0].text, std::string("first"));
        QCOMPARE(notes[0].createdAt, notes[0].updatedAt);
        QCOMPARE(notes[0].createdAt.size(), size_t{24});   // 2024-05-01T12:00:00.000Z
        QCOMPARE(notes[1].text, tricky);

        const std::string created = notes[0].createdAt;
        QThread::msleep(5);   // timestamps have millisecond resolution
        store.setAnnotation(run, 2, "edited");
        notes = store.annotations(run);
        QCOMPARE(notes[0].text, std::string("edited"));
        QCOMPARE(notes[0].createdAt, created);
        QVERIFY2(notes[0].updatedAt > notes[0].createdAt, (notes[0].createdAt + " / " + notes[0].updatedAt).c_str());
        const std::string updated = notes[0].updatedAt;
        QThread::msleep(5);
        store.setAnnotation(run, 2, "edited");   // the same text: no change, no new time
        QCOMPARE(store.annotations(run)[0].updatedAt, updated);

        store.setAnnotation(run, 2, "");
        store.setAnnotation(run, 4, " \n\t ");   // blank removes as well
        store.setAnnotation(run, 5, "");         // removing what is not there: nothing happens
        QVERIFY(store.annotations(run).empty());
        QCOMPARE(scalar(path, "SELECT count(*) FROM annotations"), int64_t{0});

        // Refusals: unknown step (the baseline included), unknown run; nothing written.
        QVERIFY(contains(inputErrorOf([&] { store.setAnnotation(run, 9, "x"); }),
                         path + ": step: run 1 has no stored step 9 (notes go on steps 1..5)"));
        QVERIFY(contains(inputErrorOf([&] { store.setAnnotation(run, 0, "x"); }), "no stored step 0"));
        QVERIFY(contains(inputErrorOf([&] { store.setAnnotation(7, 1, "x"); }), "no run with id 7"));
        QVERIFY(store.annotations(run).empty());
    }

    void noteGoesWithItsStep()
    {
        const std::string path = freshPath();
        RunStore store(path);
        const int64_t run = fill(store, 4);
        const int64_t other = fill(store, 4);
        store.setAnnotation(run, 2, "kept");
        store.setAnnotation(run, 4, "removed with step 4");
        store.setAnnotation(other, 4, "another run's");
        store.truncateAfter(run, 3);
        const auto notes = store.annotations(run);
        QCOMPARE(notes.size(), size_t{1});
        QCOMPARE(notes[0].text, std::string("kept"));
        QCOMPARE(store.annotations(other).size(), size_t{1});
        // A new step 4 starts without a note.
        store.appendStep(run, makeStep(4));
        QCOMPARE(store.annotations(run).size(), size_t{1});
    }

    void newerSchemaIsRefused()
    {
        const std::string path = freshPath();
        { RunStore store(path); fill(store, 1); }
        { Database raw(path); raw.setUserVersion(3); }
        for (bool readOnly : {false, true}) {
            const std::string error = inputErrorOf([&] { RunStore store(path, readOnly); });
            QVERIFY2(contains(error, path + ": schema: written by a newer EditScope (schema 3, this build reads up to 2)"),
                     error.c_str());
        }
        QCOMPARE(scalar(path, "PRAGMA user_version"), int64_t{3});   // untouched
    }

    void cliExportWritesTheNotes()
    {
        const std::string path = freshPath();
        {
            RunStore store(path);
            const int64_t run = fill(store, 3, 2);
            store.setAnnotation(run, 3, "comma, \"quoted\"\nline 2");
            store.setAnnotation(run, 1, "plain");
        }
        const QString out = dir_.filePath("export");
        const auto r = editscope::testing::runCli({"export", "--db", QString::fromStdString(path), "--run", "1", "--csv", out, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto files = nlohmann::json::parse(r.out.toStdString()).at("files");
        QVERIFY2(std::find(files.begin(), files.end(), (out + "/annotations.csv").toStdString()) != files.end(), qPrintable(r.out));
        QFile file(out + "/annotations.csv");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        RunStore reader(path, true);
        const auto notes = reader.annotations(1);
        QCOMPARE(notes.size(), size_t{2});
        const QString expected = QStringLiteral("# notes on steps: the step, its edits and case ids, the note, when it last changed (UTC)\n"
                                                "step,edits,case_id,note,updated\n")
            + QStringLiteral("1,2,101 201,plain,%1\n").arg(QString::fromStdString(notes[0].updatedAt))
            + QStringLiteral("3,6,103 203,\"comma, \"\"quoted\"\"\nline 2\",%1\n").arg(QString::fromStdString(notes[1].updatedAt));
        QCOMPARE(csv, expected);
        QVERIFY(QFile::exists(out + "/es.csv"));   // the series CSVs are still there

        // A schema-1 file exports a header-only annotations.csv and stays at schema 1.
        int64_t run = 0;
        const std::string old = versionOneFile(&run);
        const QString outOld = dir_.filePath("export-old");
        const auto r1 = editscope::testing::runCli({"export", "--db", QString::fromStdString(old), "--run", "1", "--csv", outOld});
        QVERIFY2(r1.exitCode == 0, qPrintable(r1.err));
        QFile oldFile(outOld + "/annotations.csv");
        QVERIFY(oldFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(oldFile.readAll()).count(QLatin1Char('\n')), 2);
        QCOMPARE(scalar(old, "PRAGMA user_version"), int64_t{1});
    }
};

EDITSCOPE_TEST_MAIN(TestAnnotations)
#include "test_annotations.moc"
