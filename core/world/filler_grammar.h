// Filler text for the demo world: fluent, varied, everyday English sentences from a small grammar
// ("The baker forgot the keys after lunch.", "There was a heavy fog near the station on Sunday.").
// Used as the unrelated sentence in paraphrase prompts, around facts in training documents, and in
// the layer-statistics corpus.
//
// The vocabulary deliberately avoids every object word of the world catalog and every relation
// phrase, so filler never states or contradicts a fact (the tests check it). Stateless; thread-safe
// (the caller owns the Rng).
#pragma once

#include "core/util/rng.h"

#include <string>
#include <vector>

namespace editscope {

// One sentence: capitalised, ending with ".", no line breaks.
std::string fillerSentence(Rng& rng);

// `count` filler sentences joined by single spaces.
std::string fillerSentences(Rng& rng, int count);

// Every terminal phrase of the grammar (for tokenizer coverage and vocabulary checks).
std::vector<std::string> fillerVocabulary();

} // namespace editscope
