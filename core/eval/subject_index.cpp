#include "core/eval/subject_index.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

namespace editscope {
namespace {

std::string strip(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\n\r\f\v");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\n\r\f\v");
    return s.substr(first, last - first + 1);
}

} // namespace

FactToken parseFactToken(const std::string& name)
{
    if (name == "subject_last")
        return FactToken::SubjectLast;
    if (name == "subject_first")
        return FactToken::SubjectFirst;
    if (name == "subject_first_after_last")
        return FactToken::SubjectFirstAfterLast;
    if (name == "last")
        return FactToken::Last;
    throw InputError("", "fact_token", "unknown strategy '" + name
                                           + "' (subject_last, subject_first, subject_first_after_last, last)");
}

int64_t subjectTokenIndex(const Gpt2Tokenizer& tokenizer, const std::string& templateWithBraces,
                          const std::string& subject, FactToken strategy)
{
    const auto at = templateWithBraces.find("{}");
    if (at == std::string::npos || templateWithBraces.find("{}", at + 2) != std::string::npos)
        throw InputError("", "prompt", "\"" + templateWithBraces + "\" must contain exactly one {}");
    if (strategy == FactToken::Last)
        return -1;
    std::string prefix = templateWithBraces.substr(0, at);
    const std::string suffix = templateWithBraces.substr(at + 2);
    std::string word = subject;
    if (!prefix.empty()) {
        if (prefix.back() != ' ')
            throw InputError("", "prompt", "the text before {} must end with a space: \"" + templateWithBraces + "\"");
        prefix.pop_back();
        word = " " + strip(subject);
    }
    const auto p = static_cast<int64_t>(tokenizer.encode(prefix).size());
    const auto s = static_cast<int64_t>(tokenizer.encode(word).size());
    switch (strategy) {
    case FactToken::SubjectLast:
        return p + s - 1;
    case FactToken::SubjectFirst:
        return p;
    case FactToken::SubjectFirstAfterLast:
        return tokenizer.encode(suffix).empty() ? p + s - 1 : p + s;
    case FactToken::Last:
        break;
    }
    return -1;
}

} // namespace editscope
