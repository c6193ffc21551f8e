// The few-shot prompt formats of the paper's downstream evaluation (gradual-catastrophic-forgetting,
// glue_eval/*_eval.py; literature.md §1.3), and its answer parsing.
//
// One example, rendered with its answer:
//   SST-2  "Review : <s>\nSentiment : positive"
//   RTE    "<s1>\nquestion: <s2> True or False?\nanswer: True"
//   MRPC   "Are the sentences paraphrases of each other.\nSentence 1: <s1>\nSentence 2: <s2>\nAnswer: Yes"
//   CoLA   "Is this sentence linguistically acceptable?\nSentence : <s>\nAnswer : Yes"
// Without the answer, the text stops right after the colon ("...Sentiment :"); the model's greedy
// continuation (3 tokens in the paper) is the answer. A few-shot prompt is each shot with its answer
// followed by "\n\n", then the query without its answer — exactly the reference's string layout.
// Plain functions; thread-safe.
#pragma once

#include "core/dataset/glue_tsv.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

// Answer words indexed by GlueExample::label: SST-2 {"negative", "positive"}, RTE {"False", "True"},
// MRPC and CoLA {"No", "Yes"}.
std::vector<std::string> glueLabelWords(GlueFormat format);

std::string renderGlueExample(GlueFormat format, const GlueExample& example, bool withAnswer);
std::string glueFewShotPrompt(GlueFormat format, std::span<const GlueExample> shots, const GlueExample& query);

// The reference's parse of generated text: take the text after the last answer marker (if present),
// then test for the label words by substring, in the reference's order (SST-2: "positive" first;
// RTE: "False" first; MRPC/CoLA: "Yes" first). Returns the label, or -1 when no word is found.
int parseGlueAnswer(GlueFormat format, std::string_view generated);

} // namespace editscope
