// Text corpora for layer statistics: plain text (documents separated by one or more blank lines,
// as the demo world's corpus.txt) or JSON Lines with a "text" field per line (the shape of a
// Hugging Face dataset export). Chosen by extension: .jsonl / .json-lines, else plain text. Empty
// documents are dropped, as the reference's collate step does. Errors name the file and line.
#pragma once

#include <string>
#include <vector>

namespace editscope {

std::vector<std::string> loadTextCorpus(const std::string& path);
std::vector<std::string> parsePlainTextCorpus(const std::string& text);
std::vector<std::string> parseJsonLinesCorpus(const std::string& text, const std::string& file);

} // namespace editscope
