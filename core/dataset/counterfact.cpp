#include "core/dataset/counterfact.h"

#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <fstream>
#include <set>
#include <sstream>

namespace editscope {
namespace {

using nlohmann::json;

// Names one record in error messages: "record 3 (case_id 17)".
struct RecordContext {
    const std::string& file;
    std::string where;

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const
    {
        throw InputError(file, where + ": " + field, reason);
    }
};

std::string typeName(const json& value)
{
    return value.type_name();   // "null", "object", "array", "string", "boolean", "number"
}

const json& requireField(const json& object, const std::string& key, const std::string& path,
                         const RecordContext& ctx)
{
    auto it = object.find(key);
    if (it == object.end())
        ctx.fail(path, "missing field");
    return *it;
}

int64_t requireInt(const json& object, const std::string& key, const std::string& path,
                   const RecordContext& ctx)
{
    const json& value = requireField(object, key, path, ctx);
    if (value.is_number_unsigned()) {
        if (value.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))
            ctx.fail(path, "integer out of range");
        return static_cast<int64_t>(value.get<uint64_t>());
    }
    if (!value.is_number_integer())
        ctx.fail(path, "expected an integer, got " + typeName(value));
    return value.get<int64_t>();
}

std::string requireString(const json& object, const std::string& key, const std::string& path,
                          const RecordContext& ctx)
{
    const json& value = requireField(object, key, path, ctx);
    if (!value.is_string())
        ctx.fail(path, "expected a string, got " + typeName(value));
    return value.get<std::string>();
}

std::vector<std::string> requireStringList(const json& object, const std::string& key,
                                           const RecordContext& ctx)
{
    const json& value = requireField(object, key, key, ctx);
    if (!value.is_array())
        ctx.fail(key, "expected an array of strings, got " + typeName(value));
    std::vector<std::string> out;
    out.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            ctx.fail(key + "[" + std::to_string(i) + "]", "expected a string, got " + typeName(value[i]));
        out.push_back(value[i].get<std::string>());
    }
    return out;
}

const json& requireObject(const json& object, const std::string& key, const std::string& path,
                          const RecordContext& ctx)
{
    const json& value = requireField(object, key, path, ctx);
    if (!value.is_object())
        ctx.fail(path, "expected an object, got " + typeName(value));
    return value;
}

TargetRef readTarget(const json& rewrite, const std::string& key, const RecordContext& ctx,
                     json& rewriteExtra)
{
    const std::string path = "requested_rewrite." + key;
    const json& target = requireObject(rewrite, key, path, ctx);
    TargetRef ref;
    ref.str = requireString(target, "str", path + ".str", ctx);
    ref.id = requireString(target, "id", path + ".id", ctx);
    if (ref.str.empty())
        ctx.fail(path + ".str", "empty target string");
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (it.key() != "str" && it.key() != "id")
            rewriteExtra[key][it.key()] = it.value();
    }
    return ref;
}

json targetToJson(const TargetRef& ref, const json& rewriteExtra, const char* key)
{
    json out = json::object();
    if (auto it = rewriteExtra.find(key); it != rewriteExtra.end() && it->is_object())
        out = *it;
    out["str"] = ref.str;
    out["id"] = ref.id;
    return out;
}

} // namespace

std::string fillPrompt(const std::string& prompt, const std::string& subject)
{
    const size_t at = prompt.find("{}");
    if (at == std::string::npos)
        return prompt;
    return prompt.substr(0, at) + subject + prompt.substr(at + 2);
}

std::string RewriteRequest::filledPrompt() const
{
    return fillPrompt(prompt, subject);
}

std::string checkRewritePrompt(const std::string& prompt)
{
    size_t count = 0;
    for (size_t at = prompt.find("{}"); at != std::string::npos; at = prompt.find("{}", at + 2))
        ++count;
    if (count != 1)
        return "prompt must contain exactly one \"{}\" for the subject, found " + std::to_string(count);
    const size_t at = prompt.find("{}");
    if (at > 0 && prompt[at - 1] != ' ')
        return "the text before \"{}\" must be empty or end with a space (ROME/MEMIT locate the "
               "subject by tokenizing the prefix separately)";
    return {};
}

CounterFactRecord CounterFactRecord::fromJson(const json& record, const std::string& file, size_t index)
{
    RecordContext ctx{file, "record " + std::to_string(index)};
    if (!record.is_object())
        throw InputError(file, ctx.where, "expected a JSON object, got " + typeName(record));

    CounterFactRecord out;
    out.caseId = requireInt(record, "case_id", "case_id", ctx);
    ctx.where += " (case_id " + std::to_string(out.caseId) + ")";
    out.pararelIdx = requireInt(record, "pararel_idx", "pararel_idx", ctx);

    const json& rewrite = requireObject(record, "requested_rewrite", "requested_rewrite", ctx);
    RewriteRequest& rr = out.rewrite;
    rr.prompt = requireString(rewrite, "prompt", "requested_rewrite.prompt", ctx);
    if (std::string reason = checkRewritePrompt(rr.prompt); !reason.empty())
        ctx.fail("requested_rewrite.prompt", reason + ": \"" + rr.prompt + "\"");
    rr.relationId = requireString(rewrite, "relation_id", "requested_rewrite.relation_id", ctx);
    rr.targetNew = readTarget(rewrite, "target_new", ctx, rr.extra);
    rr.targetTrue = readTarget(rewrite, "target_true", ctx, rr.extra);
    rr.subject = requireString(rewrite, "subject", "requested_rewrite.subject", ctx);
    if (rr.subject.empty())
        ctx.fail("requested_rewrite.subject", "empty subject");
    for (auto it = rewrite.begin(); it != rewrite.end(); ++it) {
        static const std::set<std::string> known{"prompt", "relation_id", "target_new", "target_true",
                                                 "subject"};
        if (!known.count(it.key()))
            rr.extra[it.key()] = it.value();
    }

    out.paraphrasePrompts = requireStringList(record, "paraphrase_prompts", ctx);
    out.neighborhoodPrompts = requireStringList(record, "neighborhood_prompts", ctx);
    out.attributePrompts = requireStringList(record, "attribute_prompts", ctx);
    out.generationPrompts = requireStringList(record, "generation_prompts", ctx);

    static const std::set<std::string> knownTop{"case_id", "pararel_idx", "requested_rewrite",
        "paraphrase_prompts", "neighborhood_prompts", "attribute_prompts", "generation_prompts"};
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!knownTop.count(it.key()))
            out.extra[it.key()] = it.value();
    }
    return out;
}

json CounterFactRecord::toJson() const
{
    json rewriteJson = json::object();
    for (auto it = rewrite.extra.begin(); it != rewrite.extra.end(); ++it) {
        if (it.key() != "target_new" && it.key() != "target_true")
            rewriteJson[it.key()] = it.value();
    }
    rewriteJson["prompt"] = rewrite.prompt;
    rewriteJson["relation_id"] = rewrite.relationId;
    rewriteJson["target_new"] = targetToJson(rewrite.targetNew, rewrite.extra, "target_new");
    rewriteJson["target_true"] = targetToJson(rewrite.targetTrue, rewrite.extra, "target_true");
    rewriteJson["subject"] = rewrite.subject;

    json out = extra.is_object() ? extra : json::object();
    out["case_id"] = caseId;
    out["pararel_idx"] = pararelIdx;
    out["requested_rewrite"] = std::move(rewriteJson);
    out["paraphrase_prompts"] = paraphrasePrompts;
    out["neighborhood_prompts"] = neighborhoodPrompts;
    out["attribute_prompts"] = attributePrompts;
    out["generation_prompts"] = generationPrompts;
    return out;
}

std::vector<CounterFactRecord> parseCounterFact(const std::string& text, const std::string& file)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InputError(file, "", std::string("invalid JSON: ") + e.what());
    }
    if (!root.is_array())
        throw InputError(file, "", "expected a JSON array of CounterFact records, got " + typeName(root));

    std::vector<CounterFactRecord> records;
    records.reserve(root.size());
    std::set<int64_t> seen;
    for (size_t i = 0; i < root.size(); ++i) {
        records.push_back(CounterFactRecord::fromJson(root[i], file, i));
        if (!seen.insert(records.back().caseId).second)
            throw InputError(file, "record " + std::to_string(i) + ": case_id",
                             "duplicate case_id " + std::to_string(records.back().caseId));
    }
    return records;
}

std::vector<CounterFactRecord> loadCounterFact(const std::string& path)
{
    return parseCounterFact(readWholeFile(path, "the dataset"), path);
}

std::string counterFactToString(const std::vector<CounterFactRecord>& records)
{
    json root = json::array();
    for (const CounterFactRecord& r : records)
        root.push_back(r.toJson());
    try {
        return root.dump(2) + "\n";
    } catch (const json::type_error& e) {
        throw InputError("", "counterfact", std::string("cannot serialise (invalid UTF-8?): ") + e.what());
    }
}

void saveCounterFact(const std::string& path, const std::vector<CounterFactRecord>& records)
{
    writeFileAtomically(path, counterFactToString(records));
}

} // namespace editscope
