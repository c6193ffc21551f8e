// CounterFact records in the exact JSON format of the ROME/MEMIT data (spec/rome_memit.md §6.2).
//
// Loading validates every field and names file, record and field in errors; unknown extra fields
// are kept in `extra` so a file round-trips. Plain value types.
//
// Validation beyond types: the rewrite prompt must contain exactly one "{}" and the text before it
// must be empty or end with a space (ROME/MEMIT assert this when they locate the subject, spec §2.2;
// we reject such a record at load time instead of failing in the middle of a run); case ids must be
// unique within a file.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

struct TargetRef {
    std::string str;   // e.g. "English"; no leading space in the file
    std::string id;    // Wikidata-style id, e.g. "Q1860"
};

struct RewriteRequest {
    std::string prompt;       // exactly one "{}" for the subject
    std::string relationId;   // e.g. "P103"
    TargetRef targetNew;
    TargetRef targetTrue;
    std::string subject;
    // Unknown keys of "requested_rewrite", kept verbatim. Unknown keys inside "target_new" /
    // "target_true" are kept here under those names ({"target_new": {...}}), merged back on save.
    nlohmann::json extra = nlohmann::json::object();

    std::string filledPrompt() const;   // prompt with the subject substituted
};

// `prompt` with its single "{}" replaced by `subject` (first occurrence; Python's str.format
// semantics for the one-placeholder prompts of CounterFact).
std::string fillPrompt(const std::string& prompt, const std::string& subject);

// Checks the rules a rewrite prompt must satisfy (see above); returns an empty string when it is
// valid, otherwise the reason.
std::string checkRewritePrompt(const std::string& prompt);

struct CounterFactRecord {
    int64_t caseId = 0;
    int64_t pararelIdx = 0;
    RewriteRequest rewrite;
    std::vector<std::string> paraphrasePrompts;
    std::vector<std::string> neighborhoodPrompts;
    std::vector<std::string> attributePrompts;
    std::vector<std::string> generationPrompts;
    nlohmann::json extra = nlohmann::json::object();   // fields we do not interpret, kept verbatim

    static CounterFactRecord fromJson(const nlohmann::json& json, const std::string& file, size_t index);
    nlohmann::json toJson() const;
};

// Reads a JSON array of records. Errors: InputError(path, "record <i> (case_id <id>): <field>", reason).
std::vector<CounterFactRecord> loadCounterFact(const std::string& path);
// Parses text already in memory; `file` only names the source in errors.
std::vector<CounterFactRecord> parseCounterFact(const std::string& text, const std::string& file);
// Writes a JSON array (2-space indent, keys sorted, trailing newline): byte-identical for equal input.
void saveCounterFact(const std::string& path, const std::vector<CounterFactRecord>& records);
std::string counterFactToString(const std::vector<CounterFactRecord>& records);

} // namespace editscope
