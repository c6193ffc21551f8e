#include "core/tokenizer/gpt2_tokenizer.h"

#include "core/formats/file_io.h"

#include "core/tokenizer/byte_level.h"
#include "core/tokenizer/gpt2_pretokenizer.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <queue>
#include <sstream>
#include <unordered_map>

namespace editscope {
namespace {

// Ids above this are rejected: vocabSize() = max id + 1 sizes tables, so a typo must not allocate GBs.
constexpr int64_t kMaxTokenId = (int64_t{1} << 24) - 1;

uint64_t pairKey(int32_t left, int32_t right)
{
    return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
}


std::string inQuotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

struct MergeRule {
    int32_t rank;
    int32_t result;
};

} // namespace

struct Gpt2Tokenizer::Tables {
    std::string vocabPath;
    std::unordered_map<std::string, int32_t> vocab;   // byte-level spelling -> id
    std::vector<std::optional<std::string>> idBytes;  // id -> raw bytes (nullopt: unused id)
    std::array<int32_t, 256> byteId{};                // id of the single-byte token of each byte
    std::unordered_map<uint64_t, MergeRule> merges;   // (left id, right id) -> rank, merged id
    int32_t eos = -1;
};

// Encoded pieces, keyed by raw bytes. Sharded so concurrent encoders rarely meet on one mutex;
// a full shard is simply cleared (pieces repeat heavily, so it refills with the common ones).
struct Gpt2Tokenizer::Cache {
    static constexpr size_t kShards = 16;
    static constexpr size_t kMaxEntriesPerShard = 8192;
    static constexpr size_t kMaxPieceBytes = 256; // longer pieces are rare: not worth the memory
    struct Shard {
        std::mutex mutex;
        std::unordered_map<std::string, std::vector<int32_t>> map;
    };
    std::array<Shard, kShards> shards;
};

Gpt2Tokenizer::Gpt2Tokenizer(std::shared_ptr<const Tables> tables, std::shared_ptr<Cache> cache)
    : tables_(std::move(tables))
    , cache_(std::move(cache))
{
}

// Moves copy the shared pointers: a moved-from tokenizer must stay a valid tokenizer.
Gpt2Tokenizer::Gpt2Tokenizer(Gpt2Tokenizer&& other) noexcept
    : tables_(other.tables_)
    , cache_(other.cache_)
{
}

Gpt2Tokenizer& Gpt2Tokenizer::operator=(Gpt2Tokenizer&& other) noexcept
{
    tables_ = other.tables_;
    cache_ = other.cache_;
    return *this;
}

Gpt2Tokenizer::~Gpt2Tokenizer() = default;

Gpt2Tokenizer Gpt2Tokenizer::load(const std::string& vocabJsonPath, const std::string& mergesPath)
{
    auto t = std::make_shared<Tables>();
    t->vocabPath = vocabJsonPath;

    // ---- vocab.json
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(readWholeFile(vocabJsonPath));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(vocabJsonPath, "JSON", std::string("not valid JSON: ") + e.what());
    }
    if (!json.is_object())
        throw InputError(vocabJsonPath, "JSON", "expected an object mapping token text to id");
    if (json.empty())
        throw InputError(vocabJsonPath, "JSON", "the vocabulary is empty");

    std::vector<std::pair<int64_t, std::string>> entries;
    entries.reserve(json.size());
    int64_t maxId = -1;
    for (const auto& [key, value] : json.items()) {
        if (!value.is_number_integer())
            throw InputError(vocabJsonPath, "key " + inQuotes(key), "id must be an integer, got " + value.dump());
        const int64_t id = value.get<int64_t>();
        if (id < 0 || id > kMaxTokenId)
            throw InputError(vocabJsonPath, "key " + inQuotes(key),
                             "id " + std::to_string(id) + " is outside 0.." + std::to_string(kMaxTokenId));
        entries.emplace_back(id, key);
        maxId = std::max(maxId, id);
    }
    t->idBytes.resize(static_cast<size_t>(maxId + 1));
    for (const auto& [id, key] : entries) {
        auto& slot = t->idBytes[static_cast<size_t>(id)];
        if (slot)
            throw InputError(vocabJsonPath, "key " + inQuotes(key),
                             "id " + std::to_string(id) + " is used by two keys (also "
                                 + inQuotes(byteLevelEncode(*slot)) + ")");
        auto bytes = byteLevelDecode(key);
        if (!bytes)
            throw InputError(vocabJsonPath, "key " + inQuotes(key),
                             "not spelled in GPT-2's byte-level alphabet (bytes_to_unicode)");
        slot = std::move(*bytes);
        t->vocab.emplace(key, static_cast<int32_t>(id));
    }
    for (int b = 0; b < 256; ++b) {
        const std::string spelled = byteLevelEncode(std::string(1, static_cast<char>(b)));
        const auto it = t->vocab.find(spelled);
        if (it == t->vocab.end())
            throw InputError(vocabJsonPath, "key " + inQuotes(spelled),
                             "missing: a byte-level vocabulary needs all 256 byte symbols (byte "
                                 + std::to_string(b) + ")");
        t->byteId[b] = it->second;
    }
    const auto eos = t->vocab.find(std::string(kEndOfText));
    if (eos == t->vocab.end())
        throw InputError(vocabJsonPath, "key " + inQuotes(kEndOfText), "missing end-of-text token");
    t->eos = eos->second;

    // ---- merges.txt
    const std::string merges = readWholeFile(mergesPath);
    std::unordered_map<uint64_t, int> firstLine; // for duplicate reports
    int32_t rank = 0;
    size_t lineStart = 0;
    for (int lineNo = 1; lineStart < merges.size(); ++lineNo) {
        size_t lineEnd = merges.find('\n', lineStart);
        if (lineEnd == std::string::npos)
            lineEnd = merges.size();
        std::string_view line(merges.data() + lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || (lineNo == 1 && line.starts_with("#version")))
            continue;
        const std::string where = "line " + std::to_string(lineNo);
        const size_t space = line.find(' ');
        if (space == std::string_view::npos || space == 0 || space + 1 == line.size()
            || line.find(' ', space + 1) != std::string_view::npos)
            throw InputError(mergesPath, where,
                             "expected two tokens separated by one space, got " + inQuotes(line));
        const std::string left(line.substr(0, space));
        const std::string right(line.substr(space + 1));
        const auto l = t->vocab.find(left);
        const auto r = t->vocab.find(right);
        if (l == t->vocab.end() || r == t->vocab.end())
            throw InputError(mergesPath, where,
                             "token " + inQuotes(l == t->vocab.end() ? left : right) + " is not in "
                                 + vocabJsonPath);
        const auto merged = t->vocab.find(left + right);
        if (merged == t->vocab.end())
            throw InputError(mergesPath, where,
                             "merge result " + inQuotes(left + right) + " is not in " + vocabJsonPath);
        const uint64_t key = pairKey(l->second, r->second);
        if (const auto [it, fresh] = firstLine.emplace(key, lineNo); !fresh)
            throw InputError(mergesPath, where,
                             "duplicate merge " + inQuotes(line) + " (first on line "
                                 + std::to_string(it->second) + ")");
        t->merges.emplace(key, MergeRule{rank++, merged->second});
    }
    return Gpt2Tokenizer(std::move(t), std::make_shared<Cache>());
}

Gpt2Tokenizer Gpt2Tokenizer::loadFromDir(const std::string& dir)
{
    namespace fs = std::filesystem;
    const fs::path d(dir);
    std::error_code ec;
    if (fs::exists(d / "vocab.json", ec) && fs::exists(d / "merges.txt", ec))
        return load((d / "vocab.json").string(), (d / "merges.txt").string());
    if (fs::exists(d / "encoder.json", ec) && fs::exists(d / "vocab.bpe", ec))
        return load((d / "encoder.json").string(), (d / "vocab.bpe").string());
    throw InputError(dir, "", "found neither vocab.json + merges.txt nor encoder.json + vocab.bpe");
}

void Gpt2Tokenizer::encodePiece(std::string_view piece, std::vector<int32_t>& out) const
{
    const Tables& t = *tables_;
    Cache::Shard* shard = nullptr;
    if (piece.size() <= Cache::kMaxPieceBytes) {
        shard = &cache_->shards[std::hash<std::string_view>{}(piece) % Cache::kShards];
        std::lock_guard lock(shard->mutex);
        if (const auto it = shard->map.find(std::string(piece)); it != shard->map.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }

    // Symbols form a doubly linked list over the piece's bytes; a merge keeps the left symbol.
    struct Symbol {
        int32_t id;
        int32_t prev;
        int32_t next;
    };
    const auto n = static_cast<int32_t>(piece.size());
    std::vector<Symbol> sym(piece.size());
    for (int32_t i = 0; i < n; ++i)
        sym[i] = {t.byteId[static_cast<uint8_t>(piece[i])], i - 1, i + 1 < n ? i + 1 : -1};

    struct Candidate {
        int32_t rank;
        int32_t pos; // left symbol
        int32_t left;
        int32_t right;
        int32_t result;
        bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap;
    const auto consider = [&](int32_t pos, std::vector<Candidate>& into) {
        if (pos < 0 || sym[pos].next < 0)
            return;
        const int32_t l = sym[pos].id, r = sym[sym[pos].next].id;
        if (const auto it = t.merges.find(pairKey(l, r)); it != t.merges.end())
            into.push_back({it->second.rank, pos, l, r, it->second.result});
    };
    std::vector<Candidate> fresh;
    for (int32_t i = 0; i + 1 < n; ++i)
        consider(i, fresh);
    for (const auto& c : fresh)
        heap.push(c);

    // One round = one rank: every occurrence of that pair, left to right, like encoder.py's inner
    // loop. Pairs created during the round join the heap only after it, as encoder.py recomputes
    // its pairs only after the round (this matters only for merge files whose ranks are not in
    // creation order, but then it is what GPT-2 does).
    while (!heap.empty()) {
        const int32_t rank = heap.top().rank;
        fresh.clear();
        while (!heap.empty() && heap.top().rank == rank) {
            const Candidate c = heap.top();
            heap.pop();
            Symbol& s = sym[c.pos];
            if (s.id != c.left || s.next < 0 || sym[s.next].id != c.right)
                continue; // stale: a symbol of this pair already merged with something else
            const int32_t gone = s.next;
            s.id = c.result;
            s.next = sym[gone].next;
            if (s.next >= 0)
                sym[s.next].prev = c.pos;
            sym[gone].id = -1;
            consider(s.prev, fresh);
            consider(c.pos, fresh);
        }
        for (const auto& c : fresh)
            heap.push(c);
    }

    const size_t before = out.size();
    for (int32_t i = n > 0 ? 0 : -1; i >= 0; i = sym[i].next)
        out.push_back(sym[i].id);
    if (shard) {
        std::lock_guard lock(shard->mutex);
        if (shard->map.size() >= Cache::kMaxEntriesPerShard)
            shard->map.clear();
        shard->map.emplace(std::string(piece), std::vector<int32_t>(out.begin() + before, out.end()));
    }
}

std::vector<int32_t> Gpt2Tokenizer::encodeOrdinary(std::string_view text) const
{
    std::vector<int32_t> ids;
    ids.reserve(text.size() / 3 + 1);
    for (const std::string_view piece : gpt2PreTokenize(text))
        encodePiece(piece, ids);
    return ids;
}

std::vector<int32_t> Gpt2Tokenizer::encode(std::string_view text) const
{
    std::vector<int32_t> ids;
    size_t start = 0;
    while (true) {
        const size_t hit = text.find(kEndOfText, start);
        const std::string_view segment = text.substr(start, hit == std::string_view::npos ? text.npos : hit - start);
        for (const std::string_view piece : gpt2PreTokenize(segment))
            encodePiece(piece, ids);
        if (hit == std::string_view::npos)
            return ids;
        ids.push_back(tables_->eos);
        start = hit + kEndOfText.size();
    }
}

std::string Gpt2Tokenizer::tokenString(int32_t id) const
{
    const Tables& t = *tables_;
    if (id < 0 || static_cast<size_t>(id) >= t.idBytes.size() || !t.idBytes[id])
        throw InputError(t.vocabPath, "token id",
                         "id " + std::to_string(id) + " is not in the vocabulary (ids 0.."
                             + std::to_string(t.idBytes.size() - 1) + ")");
    return *t.idBytes[id];
}

std::string Gpt2Tokenizer::decode(std::span<const int32_t> ids) const
{
    std::string text;
    for (const int32_t id : ids)
        text += tokenString(id);
    return text;
}

std::optional<int32_t> Gpt2Tokenizer::tokenId(std::string_view bpeTokenText) const
{
    const auto it = tables_->vocab.find(std::string(bpeTokenText));
    if (it == tables_->vocab.end())
        return std::nullopt;
    return it->second;
}

int32_t Gpt2Tokenizer::eosTokenId() const { return tables_->eos; }

int32_t Gpt2Tokenizer::vocabSize() const { return static_cast<int32_t>(tables_->idBytes.size()); }

int32_t Gpt2Tokenizer::mergeCount() const { return static_cast<int32_t>(tables_->merges.size()); }

} // namespace editscope
