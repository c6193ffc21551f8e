// The token index of a subject inside a filled template, as ROME's repr_tools.get_words_idxs_in_templates
// computes it (spec/rome_memit.md §2.2): the prefix before "{}" must be empty or end with a space;
// that space is moved onto the subject (" " + subject.strip()); prefix, subject and suffix are
// tokenized separately, and the index is counted in those pieces. Used by ROME/MEMIT and by the
// demo world's layer-importance measurement. Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string>

namespace editscope {

class Gpt2Tokenizer;

enum class FactToken { SubjectLast, SubjectFirst, SubjectFirstAfterLast, Last };

FactToken parseFactToken(const std::string& name);   // "subject_last", ... ; InputError otherwise

// Index into tok(template with subject) — or -1 for FactToken::Last (the final token).
int64_t subjectTokenIndex(const Gpt2Tokenizer& tokenizer, const std::string& templateWithBraces,
                          const std::string& subject, FactToken strategy);

} // namespace editscope
