// GLUE-style TSV files with the columns of the real GLUE validation files, so the downstream
// evaluation reads our demo skills and the real GLUE dev sets through one path.
//
//   SST-2  header "sentence\tlabel"; label 0 (negative) / 1 (positive).
//   RTE    header "index\tsentence1\tsentence2\tlabel"; label "entailment" / "not_entailment".
//   MRPC   header "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"; Quality 1 = paraphrase.
//   CoLA   no header; "source\tlabel\tauthor_label\tsentence"; label 1 = acceptable.
//
// Label convention of GlueExample for every format: 1 is the "positive" class (positive /
// entailment / paraphrase / acceptable), 0 the other. This matches the answer parsing of the paper's
// evaluation code (RTE "True" -> 1). Note: Hugging Face `datasets` stores RTE the other way round
// (0 = entailment); the text labels in the TSV are what we read and write.
//
// No quoting (like GLUE's own readers, csv.QUOTE_NONE): a sentence may not contain a tab or a line
// break. A UTF-8 byte-order mark and "\r\n" line ends are accepted when reading. Plain functions and
// value types; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

struct GlueExample {
    std::string sentence1;   // the sentence (single-sentence tasks) or the first/premise sentence
    std::string sentence2;   // second sentence / hypothesis; empty for SST-2 and CoLA
    int label = 0;           // 0 or 1, see the convention above

    bool operator==(const GlueExample&) const = default;
};

enum class GlueFormat { Sst2, Rte, Mrpc, Cola };

// "sst2", "rte", "mrpc", "cola".
std::string glueFormatName(GlueFormat format);
// Inverse of glueFormatName (case-insensitive; also accepts "sst-2"); throws InputError otherwise.
GlueFormat glueFormatFromName(const std::string& name);
// True for the two-sentence formats (RTE, MRPC).
bool glueFormatIsPair(GlueFormat format);

// Serialises to TSV text. `file` names the destination in errors (a sentence with a tab or line
// break, a label other than 0/1, a non-empty sentence2 in a single-sentence format).
std::string formatGlueTsv(GlueFormat format, std::span<const GlueExample> examples,
                          const std::string& file = "");
void saveGlueTsv(const std::string& path, GlueFormat format, std::span<const GlueExample> examples);

// Parses TSV text; errors name the file and the 1-based line number.
std::vector<GlueExample> parseGlueTsv(GlueFormat format, std::string_view text, const std::string& file);
std::vector<GlueExample> loadGlueTsv(const std::string& path, GlueFormat format);

} // namespace editscope
