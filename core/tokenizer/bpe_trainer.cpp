#include "core/tokenizer/bpe_trainer.h"

#include "core/tokenizer/byte_level.h"
#include "core/tokenizer/gpt2_pretokenizer.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace editscope {
namespace {

uint64_t pairKey(int32_t left, int32_t right)
{
    return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
}
int32_t pairLeft(uint64_t key) { return static_cast<int32_t>(key >> 32); }
int32_t pairRight(uint64_t key) { return static_cast<int32_t>(key & 0xFFFFFFFFu); }

struct Word {
    std::vector<int32_t> symbols;
    int64_t count;
};

// Distinct pre-tokenized pieces with their frequencies, sorted by bytes (a fixed order).
std::vector<Word> countWords(const std::vector<std::string>& texts, const std::array<int32_t, 256>& byteToId)
{
    std::unordered_map<std::string_view, int64_t> counts;
    for (const std::string& text : texts) {
        const std::string_view all(text);
        size_t start = 0;
        while (start <= all.size()) {
            size_t hit = all.find(Gpt2Tokenizer::kEndOfText, start);
            if (hit == std::string_view::npos)
                hit = all.size();
            for (const std::string_view piece : gpt2PreTokenize(all.substr(start, hit - start)))
                ++counts[piece];
            start = hit + Gpt2Tokenizer::kEndOfText.size();
        }
    }
    std::vector<std::pair<std::string_view, int64_t>> sorted(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<Word> words;
    words.reserve(sorted.size());
    for (const auto& [piece, count] : sorted) {
        Word w{{}, count};
        w.symbols.reserve(piece.size());
        for (const char c : piece)
            w.symbols.push_back(byteToId[static_cast<uint8_t>(c)]);
        words.push_back(std::move(w));
    }
    return words;
}

} // namespace

BpeModel trainByteLevelBpe(const std::vector<std::string>& texts, const BpeTrainerOptions& options)
{
    if (options.vocabSize < 257)
        throw InputError("", "vocabSize",
                         "must be at least 257 (256 byte symbols + <|endoftext|>), got "
                             + std::to_string(options.vocabSize));
    if (options.minFrequency < 1)
        throw InputError("", "minFrequency", "must be at least 1, got " + std::to_string(options.minFrequency));

    BpeModel model;
    std::array<int32_t, 256> byteToId{};
    std::unordered_map<std::string, int32_t> idOfBytes;
    for (int id = 0; id < 256; ++id) {
        const uint8_t b = gpt2ByteOrder()[id];
        byteToId[b] = id;
        model.tokens.emplace_back(1, static_cast<char>(b));
        idOfBytes.emplace(model.tokens.back(), id);
    }

    std::vector<Word> words = countWords(texts, byteToId);

    std::unordered_map<uint64_t, int64_t> pairCount;
    std::unordered_map<uint64_t, std::vector<int32_t>> pairWords; // may list stale or repeated words
    for (int32_t w = 0; w < static_cast<int32_t>(words.size()); ++w) {
        const auto& s = words[w].symbols;
        for (size_t i = 0; i + 1 < s.size(); ++i) {
            const uint64_t key = pairKey(s[i], s[i + 1]);
            pairCount[key] += words[w].count;
            auto& list = pairWords[key];
            if (list.empty() || list.back() != w)
                list.push_back(w);
        }
    }

    struct Entry {
        int64_t count;
        uint64_t pair;
    };
    const auto& tokens = model.tokens; // grows during training; compared through the reference
    const auto worse = [&tokens](const Entry& a, const Entry& b) {
        if (a.count != b.count)
            return a.count < b.count;
        const std::string& al = tokens[pairLeft(a.pair)];
        const std::string& bl = tokens[pairLeft(b.pair)];
        if (al != bl)
            return al > bl;
        return tokens[pairRight(a.pair)] > tokens[pairRight(b.pair)];
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(worse)> heap(worse);
    for (const auto& [pair, count] : pairCount)
        heap.push({count, pair});

    std::unordered_set<uint64_t> merged;
    const int mergesWanted = options.vocabSize - 257;
    std::vector<int32_t> next;
    std::unordered_set<uint64_t> touched;
    while (static_cast<int>(model.tokens.size()) + 1 < options.vocabSize) {
        if (options.stop.stop_requested())
            throw Cancelled();
        // Lazy heap: counts of existing pairs only fall (or rise for pairs with a merge result,
        // which are re-pushed), so an entry whose count is current is the true best.
        std::optional<Entry> best;
        while (!heap.empty()) {
            const Entry top = heap.top();
            heap.pop();
            if (merged.contains(top.pair))
                continue;
            const auto it = pairCount.find(top.pair);
            const int64_t actual = it == pairCount.end() ? 0 : it->second;
            if (actual == top.count) {
                best = top;
                break;
            }
            if (actual > 0)
                heap.push({actual, top.pair});
        }
        if (!best || best->count < options.minFrequency)
            break;

        const int32_t left = pairLeft(best->pair);
        const int32_t right = pairRight(best->pair);
        std::string bytes = model.tokens[left] + model.tokens[right];
        int32_t result;
        if (const auto it = idOfBytes.find(bytes); it != idOfBytes.end()) {
            result = it->second;
        } else {
            result = static_cast<int32_t>(model.tokens.size());
            idOfBytes.emplace(bytes, result);
            model.tokens.push_back(std::move(bytes));
        }
        model.merges.push_back({left, right, result});
        merged.insert(best->pair);

        std::vector<int32_t> affected = std::move(pairWords[best->pair]);
        pairWords.erase(best->pair);
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        touched.clear();
        for (const int32_t w : affected) {
            Word& word = words[w];
            const auto& s = word.symbols;
            next.clear();
            for (size_t i = 0; i < s.size();) {
                if (i + 1 < s.size() && s[i] == left && s[i + 1] == right) {
                    next.push_back(result);
                    i += 2;
                } else {
                    next.push_back(s[i]);
                    ++i;
                }
            }
            if (next.size() == s.size())
                continue; // stale index entry
            for (size_t i = 0; i + 1 < s.size(); ++i) {
                const auto it = pairCount.find(pairKey(s[i], s[i + 1]));
                if ((it->second -= word.count) == 0)
                    pairCount.erase(it);
            }
            for (size_t i = 0; i + 1 < next.size(); ++i) {
                const uint64_t key = pairKey(next[i], next[i + 1]);
                pairCount[key] += word.count;
                if (next[i] == result || next[i + 1] == result) {
                    touched.insert(key);
                    auto& list = pairWords[key];
                    if (list.empty() || list.back() != w)
                        list.push_back(w);
                }
            }
            word.symbols.swap(next);
        }
        // Sorted so the heap's insertion order, like everything else, is independent of hashing.
        std::vector<uint64_t> pushed(touched.begin(), touched.end());
        std::sort(pushed.begin(), pushed.end());
        for (const uint64_t key : pushed)
            if (const auto it = pairCount.find(key); it != pairCount.end())
                heap.push({it->second, key});

        if (options.progress)
            options.progress(static_cast<int>(model.merges.size()), mergesWanted);
    }

    model.tokens.emplace_back(Gpt2Tokenizer::kEndOfText);
    return model;
}

void writeGpt2TokenizerFiles(const BpeModel& model, const std::string& dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw InputError(dir, "", "cannot create directory: " + ec.message());

    nlohmann::ordered_json vocab = nlohmann::ordered_json::object();
    for (size_t id = 0; id < model.tokens.size(); ++id) {
        vocab[byteLevelEncode(model.tokens[id])] = id; // "<|endoftext|>" is printable ASCII: spelled as itself
    }
    const auto write = [](const fs::path& path, const std::string& content) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out)
            throw InputError(path.string(), "", "cannot write file");
    };
    write(fs::path(dir) / "vocab.json", vocab.dump() + "\n");

    std::string merges = "#version: 0.2\n";
    for (const BpeMerge& m : model.merges) {
        merges += byteLevelEncode(model.tokens.at(m.left));
        merges += ' ';
        merges += byteLevelEncode(model.tokens.at(m.right));
        merges += '\n';
    }
    write(fs::path(dir) / "merges.txt", merges);
}

} // namespace editscope
