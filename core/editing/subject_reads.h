// Reading the model at a subject's token inside prompt templates: the reference's
// repr_tools.get_reprs_at_word_tokens / get_module_input_output_at_words (spec/rome_memit.md §2.2–2.3).
// Shared by ROME (u, the closing key) and MEMIT (keys per layer, the current z). Stateless.
#pragma once

#include "core/eval/subject_index.h"
#include "core/model/gpt2_model.h"

#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

// Python's str.format with one positional argument, for templates holding one "{}".
// InputError when there is none.
std::string fillSlot(const std::string& text, const std::string& value);

struct SubjectPrompt {
    std::string promptTemplate;   // with "{}" where the subject goes
    std::string subject;
};

// Right-padded forwards of at most `maxRows` prompts, stopping after the deepest requested layer; returns
// one [prompts, dim] tensor per read, at each prompt's subject token chosen by `factToken`.
std::vector<at::Tensor> readAtSubjects(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                       const std::vector<SubjectPrompt>& prompts, FactToken factToken,
                                       const std::vector<std::pair<TapPoint, int64_t>>& reads,
                                       int64_t maxRows = 128);

} // namespace editscope
