// GPT-2's byte-level BPE tokenizer, exact: the same ids as openai/gpt-2's encoder.py and HF's
// GPT2TokenizerFast for ordinary text (see gpt2_pretokenizer.h for the few whitespace code points
// where engines disagree).
//
// Pipeline: pre-tokenize with GPT-2's pattern; spell each piece's bytes as byte symbols; apply the
// merges of merges.txt by rank exactly like encoder.py's bpe(): take the lowest-ranked adjacent pair
// present, merge all its occurrences left to right, repeat until no adjacent pair has a rank.
// (Implemented with a heap over pair positions, O(n log n) per piece, so long pieces cannot stall.)
//
// Files: vocab.json (object: byte-level spelling -> id) + merges.txt (optional "#version" first
// line, then one "left right" pair per line, best first). OpenAI's encoder.json + vocab.bpe are the
// same formats. Malformed files throw InputError naming the file and the line or key.
//
// Ownership and threads: a Gpt2Tokenizer is a cheap-to-copy value; copies share the immutable
// tables and a mutex-sharded cache of encoded pieces, so one instance (or its copies) may be used
// from many threads at once. Moving copies too, so a moved-from tokenizer stays usable.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

class Gpt2Tokenizer {
public:
    static constexpr std::string_view kEndOfText = "<|endoftext|>";

    static Gpt2Tokenizer load(const std::string& vocabJsonPath, const std::string& mergesPath);
    // dir/vocab.json + dir/merges.txt (HF), else dir/encoder.json + dir/vocab.bpe (OpenAI).
    static Gpt2Tokenizer loadFromDir(const std::string& dir);

    Gpt2Tokenizer(const Gpt2Tokenizer&) = default;
    Gpt2Tokenizer& operator=(const Gpt2Tokenizer&) = default;
    Gpt2Tokenizer(Gpt2Tokenizer&& other) noexcept;
    Gpt2Tokenizer& operator=(Gpt2Tokenizer&& other) noexcept;
    ~Gpt2Tokenizer();

    // "<|endoftext|>" anywhere in the text becomes its single id; the text between occurrences is
    // encoded ordinarily (HF GPT2TokenizerFast, whose added token has no lstrip/rstrip).
    std::vector<int32_t> encode(std::string_view text) const;
    // Every byte is ordinary text, "<|endoftext|>" included (openai/gpt-2, npm gpt-3-encoder).
    std::vector<int32_t> encodeOrdinary(std::string_view text) const;

    // Concatenated raw bytes of the tokens (may be invalid UTF-8 if ids split a character).
    // Throws InputError for an id that is not in the vocabulary.
    std::string decode(std::span<const int32_t> ids) const;
    // Raw bytes of one token, e.g. 262 -> " the". Throws InputError for an unknown id.
    std::string tokenString(int32_t id) const;
    // Id of a vocab.json key (byte-level spelling, e.g. "Ġthe"), or nullopt.
    std::optional<int32_t> tokenId(std::string_view bpeTokenText) const;

    int32_t eosTokenId() const;
    int32_t vocabSize() const; // max id + 1
    int32_t mergeCount() const;

private:
    struct Tables;
    struct Cache;
    Gpt2Tokenizer(std::shared_ptr<const Tables> tables, std::shared_ptr<Cache> cache);
    void encodePiece(std::string_view piece, std::vector<int32_t>& out) const;

    std::shared_ptr<const Tables> tables_;
    std::shared_ptr<Cache> cache_;
};

} // namespace editscope
