#include "core/dataset/glue_prompt.h"

namespace editscope {
namespace {

// The text after which the model answers, as split on by the reference's _get_answer.
std::string_view answerMarker(GlueFormat format)
{
    switch (format) {
    case GlueFormat::Sst2: return "Sentiment :";
    case GlueFormat::Rte: return "answer:";
    case GlueFormat::Mrpc: return "Answer:";
    case GlueFormat::Cola: return "Answer :";
    }
    return {};
}

} // namespace

std::vector<std::string> glueLabelWords(GlueFormat format)
{
    switch (format) {
    case GlueFormat::Sst2: return {"negative", "positive"};
    case GlueFormat::Rte: return {"False", "True"};
    case GlueFormat::Mrpc:
    case GlueFormat::Cola: return {"No", "Yes"};
    }
    return {};
}

std::string renderGlueExample(GlueFormat format, const GlueExample& example, bool withAnswer)
{
    std::string out;
    switch (format) {
    case GlueFormat::Sst2:
        out = "Review : " + example.sentence1 + "\n";
        break;
    case GlueFormat::Rte:
        out = example.sentence1 + "\nquestion: " + example.sentence2 + " True or False?\n";
        break;
    case GlueFormat::Mrpc:
        out = "Are the sentences paraphrases of each other.\nSentence 1: " + example.sentence1
            + "\nSentence 2: " + example.sentence2 + "\n";
        break;
    case GlueFormat::Cola:
        out = "Is this sentence linguistically acceptable?\nSentence : " + example.sentence1 + "\n";
        break;
    }
    out += answerMarker(format);
    if (withAnswer) {
        const std::vector<std::string> words = glueLabelWords(format);
        out += " " + words.at(example.label == 1 ? 1 : 0);
    }
    return out;
}

std::string glueFewShotPrompt(GlueFormat format, std::span<const GlueExample> shots, const GlueExample& query)
{
    std::string out;
    for (const GlueExample& shot : shots)
        out += renderGlueExample(format, shot, true) + "\n\n";
    return out + renderGlueExample(format, query, false);
}

int parseGlueAnswer(GlueFormat format, std::string_view generated)
{
    const std::string_view marker = answerMarker(format);
    if (const size_t at = generated.rfind(marker); at != std::string_view::npos)
        generated.remove_prefix(at + marker.size());
    const std::vector<std::string> words = glueLabelWords(format);
    // The reference tests one word first; the order decides outputs that contain both.
    const int firstLabel = format == GlueFormat::Rte ? 0 : 1;
    if (generated.find(words[firstLabel]) != std::string_view::npos)
        return firstLabel;
    if (generated.find(words[1 - firstLabel]) != std::string_view::npos)
        return 1 - firstLabel;
    return -1;
}

} // namespace editscope
