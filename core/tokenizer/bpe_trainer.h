// Trains a byte-level BPE vocabulary (GPT-2 style) on a text corpus and writes it as GPT-2 files.
//
// Algorithm: split each text at "<|endoftext|>" (a document separator, never learned), pre-tokenize
// with GPT-2's pattern (gpt2_pretokenizer.h), count distinct pieces, start every piece as its bytes,
// then repeatedly merge the adjacent pair with the highest count (summed over piece frequencies).
// Ties go to the pair whose (left bytes, right bytes) is lexicographically smallest (unsigned byte
// order), so the result depends only on the corpus and the options. Stops when the vocabulary
// holds options.vocabSize ids (256 byte symbols + merged tokens + "<|endoftext|>", which is always
// last) or when no pair occurs at least options.minFrequency times.
// Pair counts are updated incrementally: an index from each pair to the pieces containing it means
// a merge only revisits those pieces; a lazy max-heap finds the best pair.
// If two different merges produce the same bytes ("a"+"bc" and "ab"+"c"), both are recorded and
// share one id, as in GPT-2's own files.
//
// Output: ids 0..255 are the bytes in GPT-2's encoder.json order (gpt2ByteOrder()), then merged
// tokens in creation order, then "<|endoftext|>". writeGpt2TokenizerFiles writes vocab.json and
// merges.txt ("#version: 0.2" header) that Gpt2Tokenizer::load reads back.
// Pure functions; the progress callback runs on the caller's thread.
#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace editscope {

struct BpeTrainerOptions {
    int vocabSize = 0;     // total ids including the 256 byte symbols and "<|endoftext|>"; >= 257
    int minFrequency = 2;  // a pair occurring fewer times is never merged; >= 1
    std::function<void(int mergesDone, int mergesWanted)> progress = {}; // optional, after each merge
    std::stop_token stop = {}; // a stop request makes training throw Cancelled
};

struct BpeMerge {
    int32_t left;
    int32_t right;
    int32_t result;
};

struct BpeModel {
    std::vector<std::string> tokens; // raw bytes by id; the last one is "<|endoftext|>"
    std::vector<BpeMerge> merges;    // best (earliest) first
    int32_t eosTokenId() const { return static_cast<int32_t>(tokens.size()) - 1; }
};

BpeModel trainByteLevelBpe(const std::vector<std::string>& texts, const BpeTrainerOptions& options);

// Creates dir if needed and writes dir/vocab.json and dir/merges.txt. Throws InputError naming the
// file if it cannot be written.
void writeGpt2TokenizerFiles(const BpeModel& model, const std::string& dir);

} // namespace editscope
