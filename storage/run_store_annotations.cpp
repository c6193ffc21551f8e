// Annotations: a researcher's note on a stored step (table `annotations`, schema 2; storage/SCHEMA.md).
// One note per (run, step): writing replaces it, an empty text removes it. A schema-1 file opened
// read-only has no table yet and reads as having no notes; opening it writable migrates it first.
#include "storage/run_store.h"
#include "storage/run_store_util.h"

#include "core/util/error.h"

#include <algorithm>
#include <cctype>

namespace editscope {

using namespace run_store_detail;

namespace {

const char* const kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

bool hasAnnotationTable(Database& db)
{
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'annotations'");
    return st.step();
}

} // namespace

void RunStore::setAnnotation(int64_t run, int64_t step, const std::string& text)
{
    requireWritable();
    const std::string& file = db_.path();
    Transaction tx(db_);
    requireRun(run);
    if (blank(text)) {
        db_.prepare("DELETE FROM annotations WHERE run_id = ? AND step = ?").bind(1, run).bind(2, step).run();
        tx.commit();
        return;
    }
    auto exists = db_.prepare("SELECT 1 FROM steps WHERE run_id = ? AND step = ?");
    exists.bind(1, run).bind(2, step);
    if (!exists.step())
        throw InputError(file, "step", "run " + std::to_string(run) + " has no stored step " + std::to_string(step)
                                           + " (notes go on steps 1.." + std::to_string(lastStep(run)) + ")");
    db_.prepare(std::string("INSERT INTO annotations (run_id, step, text, created_at, updated_at) VALUES (?, ?, ?, ")
                + kNow + ", " + kNow + ") ON CONFLICT (run_id, step) DO UPDATE SET text = excluded.text, "
                + "updated_at = excluded.updated_at WHERE text IS NOT excluded.text")
        .bind(1, run)
        .bind(2, step)
        .bind(3, text)
        .run();
    tx.commit();
}

std::vector<AnnotationRecord> RunStore::annotations(int64_t run)
{
    ReadSnapshot snapshot(db_);
    requireRun(run);
    std::vector<AnnotationRecord> out;
    if (!hasAnnotationTable(db_))
        return out;
    const std::string& file = db_.path();
    auto st = db_.prepare(
        "SELECT a.step, s.edits, s.case_ids_json, a.text, a.created_at, a.updated_at FROM annotations a "
        "JOIN steps s ON s.run_id = a.run_id AND s.step = a.step WHERE a.run_id = ? ORDER BY a.step");
    st.bind(1, run);
    while (st.step()) {
        AnnotationRecord a;
        a.step = st.columnInt(0);
        a.edits = st.columnInt(1);
        const auto ids = columnJson(st, 2, file, "steps.case_ids_json");
        try {
            if (!ids.is_null())
                a.caseIds = ids.get<std::vector<int64_t>>();
        } catch (const nlohmann::json::exception& e) {
            throw InputError(file, "steps.case_ids_json", std::string("not a list of integers: ") + e.what());
        }
        a.text = st.columnText(3);
        a.createdAt = st.columnText(4);
        a.updatedAt = st.columnText(5);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace editscope
