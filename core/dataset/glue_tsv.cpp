#include "core/dataset/glue_tsv.h"

#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace editscope {
namespace {

constexpr std::string_view kSst2Header = "sentence\tlabel";
constexpr std::string_view kRteHeader = "index\tsentence1\tsentence2\tlabel";
constexpr std::string_view kMrpcHeader = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String";

std::string_view headerOf(GlueFormat format)
{
    switch (format) {
    case GlueFormat::Sst2: return kSst2Header;
    case GlueFormat::Rte: return kRteHeader;
    case GlueFormat::Mrpc: return kMrpcHeader;
    case GlueFormat::Cola: return {};
    }
    return {};
}

size_t columnsOf(GlueFormat format)
{
    switch (format) {
    case GlueFormat::Sst2: return 2;
    case GlueFormat::Rte: return 4;
    case GlueFormat::Mrpc: return 5;
    case GlueFormat::Cola: return 4;
    }
    return 0;
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    for (;;) {
        const size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

void checkCell(const std::string& text, const std::string& file, size_t index, const char* column)
{
    if (text.find_first_of("\t\r\n") != std::string::npos)
        throw InputError(file, "example " + std::to_string(index) + ": " + column,
                         "contains a tab or line break, which TSV without quoting cannot hold");
}

int parseBinary(std::string_view text, const std::string& file, const std::string& where,
                const char* column)
{
    if (text == "0")
        return 0;
    if (text == "1")
        return 1;
    throw InputError(file, where + ": " + column,
                     "expected label 0 or 1, got \"" + std::string(text) + "\"");
}

void requireInteger(std::string_view text, const std::string& file, const std::string& where,
                    const char* column)
{
    const bool ok = !text.empty()
        && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    if (!ok)
        throw InputError(file, where + ": " + column,
                         "expected a non-negative integer, got \"" + std::string(text) + "\"");
}

} // namespace

std::string glueFormatName(GlueFormat format)
{
    switch (format) {
    case GlueFormat::Sst2: return "sst2";
    case GlueFormat::Rte: return "rte";
    case GlueFormat::Mrpc: return "mrpc";
    case GlueFormat::Cola: return "cola";
    }
    return "unknown";
}

GlueFormat glueFormatFromName(const std::string& name)
{
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "sst2" || lower == "sst-2")
        return GlueFormat::Sst2;
    if (lower == "rte")
        return GlueFormat::Rte;
    if (lower == "mrpc")
        return GlueFormat::Mrpc;
    if (lower == "cola")
        return GlueFormat::Cola;
    throw InputError("", "glue format", "unknown GLUE format \"" + name + "\" (expected sst2, rte, mrpc or cola)");
}

bool glueFormatIsPair(GlueFormat format)
{
    return format == GlueFormat::Rte || format == GlueFormat::Mrpc;
}

std::string formatGlueTsv(GlueFormat format, std::span<const GlueExample> examples, const std::string& file)
{
    std::string out;
    if (!headerOf(format).empty()) {
        out += headerOf(format);
        out += '\n';
    }
    for (size_t i = 0; i < examples.size(); ++i) {
        const GlueExample& ex = examples[i];
        const std::string where = "example " + std::to_string(i);
        if (ex.label != 0 && ex.label != 1)
            throw InputError(file, where + ": label", "label must be 0 or 1, got " + std::to_string(ex.label));
        checkCell(ex.sentence1, file, i, "sentence1");
        checkCell(ex.sentence2, file, i, "sentence2");
        if (ex.sentence1.empty())
            throw InputError(file, where + ": sentence1", "empty sentence");
        if (glueFormatIsPair(format) && ex.sentence2.empty())
            throw InputError(file, where + ": sentence2", "empty second sentence");
        if (!glueFormatIsPair(format) && !ex.sentence2.empty())
            throw InputError(file, where + ": sentence2",
                             glueFormatName(format) + " has one sentence per example, but sentence2 is set");
        const std::string index = std::to_string(i);
        switch (format) {
        case GlueFormat::Sst2:
            out += ex.sentence1 + '\t' + std::to_string(ex.label);
            break;
        case GlueFormat::Rte:
            out += index + '\t' + ex.sentence1 + '\t' + ex.sentence2 + '\t'
                + (ex.label == 1 ? "entailment" : "not_entailment");
            break;
        case GlueFormat::Mrpc:
            // Sentence ids are arbitrary in our files; consecutive integers keep them unique.
            out += std::to_string(ex.label) + '\t' + std::to_string(2 * i + 1) + '\t' + std::to_string(2 * i + 2)
                + '\t' + ex.sentence1 + '\t' + ex.sentence2;
            break;
        case GlueFormat::Cola:
            // CoLA's author_label is "*" where the source marked the sentence unacceptable.
            out += std::string("demo\t") + std::to_string(ex.label) + '\t' + (ex.label == 0 ? "*" : "") + '\t'
                + ex.sentence1;
            break;
        }
        out += '\n';
    }
    return out;
}

void saveGlueTsv(const std::string& path, GlueFormat format, std::span<const GlueExample> examples)
{
    writeFileAtomically(path, formatGlueTsv(format, examples, path));
}

std::vector<GlueExample> parseGlueTsv(GlueFormat format, std::string_view text, const std::string& file)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    // Split into lines; a final line break does not start another line.
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }

    std::vector<GlueExample> examples;
    size_t first = 0;
    const std::string_view header = headerOf(format);
    if (!header.empty()) {
        if (lines.empty())
            throw InputError(file, "line 1", "empty file; expected the header \"" + std::string(header) + "\"");
        if (lines[0] != header) {
            std::string shown(lines[0]);
            std::replace(shown.begin(), shown.end(), '\t', ' ');
            std::string expected(header);
            std::replace(expected.begin(), expected.end(), '\t', ' ');
            throw InputError(file, "line 1",
                             "expected the " + glueFormatName(format) + " header \"" + expected
                                 + "\" (tab-separated), got \"" + shown + "\"");
        }
        first = 1;
    }

    const size_t columns = columnsOf(format);
    for (size_t n = first; n < lines.size(); ++n) {
        const std::string where = "line " + std::to_string(n + 1);
        if (lines[n].empty())
            throw InputError(file, where, "empty line");
        const std::vector<std::string_view> f = splitTabs(lines[n]);
        if (f.size() != columns)
            throw InputError(file, where,
                             "expected " + std::to_string(columns) + " tab-separated fields, got "
                                 + std::to_string(f.size()));
        GlueExample ex;
        switch (format) {
        case GlueFormat::Sst2:
            ex.sentence1 = std::string(f[0]);
            ex.label = parseBinary(f[1], file, where, "label");
            break;
        case GlueFormat::Rte:
            requireInteger(f[0], file, where, "index");
            ex.sentence1 = std::string(f[1]);
            ex.sentence2 = std::string(f[2]);
            if (f[3] == "entailment")
                ex.label = 1;
            else if (f[3] == "not_entailment")
                ex.label = 0;
            else
                throw InputError(file, where + ": label",
                                 "expected \"entailment\" or \"not_entailment\", got \"" + std::string(f[3]) + "\"");
            break;
        case GlueFormat::Mrpc:
            ex.label = parseBinary(f[0], file, where, "Quality");
            requireInteger(f[1], file, where, "#1 ID");
            requireInteger(f[2], file, where, "#2 ID");
            ex.sentence1 = std::string(f[3]);
            ex.sentence2 = std::string(f[4]);
            break;
        case GlueFormat::Cola:
            ex.label = parseBinary(f[1], file, where, "label");
            ex.sentence1 = std::string(f[3]);
            break;
        }
        if (ex.sentence1.empty())
            throw InputError(file, where, "empty sentence");
        if (glueFormatIsPair(format) && ex.sentence2.empty())
            throw InputError(file, where, "empty second sentence");
        examples.push_back(std::move(ex));
    }
    return examples;
}

std::vector<GlueExample> loadGlueTsv(const std::string& path, GlueFormat format)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "", "cannot open file for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseGlueTsv(format, buffer.str(), path);
}

} // namespace editscope
