#include "core/dataset/text_corpus.h"

#include "core/formats/file_io.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace editscope {
namespace {

bool isBlank(const std::string& line)
{
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::vector<std::string> parsePlainTextCorpus(const std::string& text)
{
    std::vector<std::string> documents;
    std::string current;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (isBlank(line)) {
            if (!current.empty())
                documents.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (!current.empty())
            current += '\n';
        current += line;
    }
    if (!current.empty())
        documents.push_back(std::move(current));
    return documents;
}

std::vector<std::string> parseJsonLinesCorpus(const std::string& text, const std::string& file)
{
    std::vector<std::string> documents;
    std::istringstream in(text);
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
        if (isBlank(line))
            continue;
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception& e) {
            throw InputError(file, "line " + std::to_string(number), std::string("not valid JSON: ") + e.what());
        }
        if (!json.is_object() || !json.contains("text") || !json["text"].is_string())
            throw InputError(file, "line " + std::to_string(number), "expected an object with a string \"text\" field");
        std::string doc = json["text"].get<std::string>();
        if (!doc.empty())
            documents.push_back(std::move(doc));
    }
    return documents;
}

std::vector<std::string> loadTextCorpus(const std::string& path)
{
    const std::string text = readWholeFile(path, "the corpus");
    auto documents = endsWith(path, ".jsonl") || endsWith(path, ".json-lines") ? parseJsonLinesCorpus(text, path)
                                                                                : parsePlainTextCorpus(text);
    if (documents.empty())
        throw InputError(path, "", "the corpus holds no documents");
    return documents;
}

} // namespace editscope
