#include "core/editing/context_templates.h"

#include "core/formats/file_io.h"
#include "core/model/generation.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace editscope {
namespace {

bool hasOneSlot(const std::string& t)
{
    const auto at = t.find("{}");
    return at != std::string::npos && t.find("{}", at + 2) == std::string::npos;
}

std::string bracesToSpaces(std::string s)
{
    std::replace(s.begin(), s.end(), '{', ' ');
    std::replace(s.begin(), s.end(), '}', ' ');
    return s;
}

} // namespace

std::vector<std::string> ContextTemplates::flat() const
{
    std::vector<std::string> all;
    for (const auto& g : groups)
        all.insert(all.end(), g.begin(), g.end());
    return all;
}

size_t ContextTemplates::size() const
{
    size_t n = 0;
    for (const auto& g : groups)
        n += g.size();
    return n;
}

ContextTemplates romeContextTemplates(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                      const std::vector<std::pair<int64_t, int64_t>>& lengthParams, uint64_t seed,
                                      bool removeBraces)
{
    std::vector<std::string> templates = {"{}"};
    uint64_t draw = seed;
    for (const auto& [length, count] : lengthParams) {
        GenerationOptions options;
        options.maxOutLen = length;
        options.topK = 5;
        options.seed = draw++;   // one stream per [length, n] pair, so editing the list shifts nothing else
        for (std::string text : generateFast(model, tokenizer, {"<|endoftext|>"}, count, options)) {
            if (text.find_first_of("{}") != std::string::npos) {
                if (!removeBraces)
                    throw InputError("", "context templates",
                                     "the sampled text \"" + text + "\" holds a brace, which breaks the reference's "
                                     "str.format; use another seed or the named option remove_braces");
                text = bracesToSpaces(text);
            }
            templates.push_back(text + ". {}");
        }
    }
    return ContextTemplates{{std::move(templates)}};
}

ContextTemplates memitContextTemplates(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, uint64_t seed)
{
    GenerationOptions options;
    options.maxOutLen = 10;
    options.topK = 5;
    options.seed = seed;
    std::vector<std::string> sampled;
    for (const auto& text : generateFast(model, tokenizer, {"The", "Therefore", "Because", "I", "You"}, 1, options))
        sampled.push_back(bracesToSpaces(text) + ". {}");
    return ContextTemplates{{{"{}"}, std::move(sampled)}};
}

ContextTemplates loadContextTemplates(const std::string& path)
{
    const auto json = readJsonFile(path, "the context templates");
    if (!json.is_array() || json.empty())
        throw InputError(path, "", "expected a non-empty JSON list of templates (or of lists of templates)");
    ContextTemplates t;
    auto take = [&](const nlohmann::json& item, std::vector<std::string>& into, const std::string& where) {
        if (!item.is_string())
            throw InputError(path, where, "expected a string");
        const auto s = item.get<std::string>();
        if (!hasOneSlot(s))
            throw InputError(path, where, "\"" + s + "\" must contain exactly one {}");
        into.push_back(s);
    };
    if (json.front().is_array()) {
        for (size_t g = 0; g < json.size(); ++g) {
            if (!json[g].is_array())
                throw InputError(path, "[" + std::to_string(g) + "]", "mixes lists and strings");
            t.groups.emplace_back();
            for (size_t i = 0; i < json[g].size(); ++i)
                take(json[g][i], t.groups.back(), "[" + std::to_string(g) + "][" + std::to_string(i) + "]");
        }
    } else {
        t.groups.emplace_back();
        for (size_t i = 0; i < json.size(); ++i)
            take(json[i], t.groups.back(), "[" + std::to_string(i) + "]");
    }
    return t;
}

void saveContextTemplates(const std::string& path, const ContextTemplates& templates)
{
    nlohmann::json json = nlohmann::json::array();
    if (templates.groups.size() == 1)
        json = templates.groups.front();
    else
        for (const auto& g : templates.groups)
            json.push_back(g);
    writeFileAtomically(path, json.dump(2) + "\n");
}

} // namespace editscope
