#include "core/checkpoint/hf_gpt2_folder.h"

#include "core/checkpoint/sha256.h"
#include "core/formats/file_io.h"
#include "core/formats/safetensors.h"
#include "core/tensor/safetensors_torch.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace editscope {
namespace fs = std::filesystem;

namespace {

constexpr const char* kConfigName = "config.json";
constexpr const char* kSingleName = "model.safetensors";
constexpr const char* kIndexName = "model.safetensors.index.json";
constexpr const char* kPrefix = "transformer.";
constexpr const char* kLmHead = "lm_head.weight";

std::string join(const fs::path& dir, const std::string& name) { return (dir / name).string(); }

std::string shapeString(at::IntArrayRef shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

// fs::exists without the exception on permission problems: those surface when the file is opened.
bool pathExists(const fs::path& path)
{
    std::error_code ec;
    return fs::exists(path, ec);
}

bool startsWith(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// "h.<L>.attn.bias" / "h.<L>.attn.masked_bias": causal-mask buffers older transformers saved; not weights.
bool isMaskBuffer(const std::string& name)
{
    if (!startsWith(name, "h."))
        return false;
    std::size_t i = 2;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])))
        ++i;
    if (i == 2)
        return false;
    const std::string rest = name.substr(i);
    return rest == ".attn.bias" || rest == ".attn.masked_bias";
}

// Shapes HF's GPT2LMHeadModel gives each tensor, in Gpt2Weights::namedTensors() order.
std::vector<std::pair<std::string, std::vector<int64_t>>> expectedTensors(const Gpt2Config& c)
{
    const int64_t d = c.nEmbd, inner = c.innerDim();
    Gpt2Weights layout;
    layout.blocks.resize(static_cast<std::size_t>(c.nLayer));
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    for (const auto& entry : layout.namedTensors()) {
        const std::string& name = entry.first;
        std::vector<int64_t> shape{d};
        if (name == "wte.weight")
            shape = {c.vocabSize, d};
        else if (name == "wpe.weight")
            shape = {c.nPositions, d};
        else if (name.ends_with("attn.c_attn.weight"))
            shape = {d, 3 * d};
        else if (name.ends_with("attn.c_attn.bias"))
            shape = {3 * d};
        else if (name.ends_with("attn.c_proj.weight"))
            shape = {d, d};
        else if (name.ends_with("mlp.c_fc.weight"))
            shape = {d, inner};
        else if (name.ends_with("mlp.c_fc.bias"))
            shape = {inner};
        else if (name.ends_with("mlp.c_proj.weight"))
            shape = {inner, d};
        out.emplace_back(name, std::move(shape));
    }
    return out;
}

bool isFloating(at::ScalarType t)
{
    return t == at::kDouble || t == at::kFloat || t == at::kHalf || t == at::kBFloat16;
}

// Counts elements whose exponent bits are all ones (NaN or +-Inf), straight from the bits, so it works
// for every float type on every libtorch version. `t` is a contiguous CPU tensor.
std::pair<int64_t, int64_t> nonFinite(const at::Tensor& t)
{
    const auto* p = static_cast<const std::byte*>(t.data_ptr());
    const int64_t n = t.numel();
    int64_t count = 0, first = -1;
    auto scan = [&](auto zero, auto mask) {
        using Bits = decltype(zero);
        for (int64_t i = 0; i < n; ++i) {
            Bits bits;
            std::memcpy(&bits, p + i * static_cast<int64_t>(sizeof(Bits)), sizeof(Bits));
            if ((bits & mask) == mask) {
                if (count++ == 0)
                    first = i;
            }
        }
    };
    switch (t.scalar_type()) {
    case at::kDouble: scan(uint64_t{0}, uint64_t{0x7ff0000000000000ULL}); break;
    case at::kFloat: scan(uint32_t{0}, uint32_t{0x7f800000U}); break;
    case at::kHalf: scan(uint16_t{0}, uint16_t{0x7c00U}); break;
    case at::kBFloat16: scan(uint16_t{0}, uint16_t{0x7f80U}); break;
    default: break;
    }
    return {count, first};
}

struct Source {
    const SafetensorsFile* file = nullptr;
    const SafetensorsTensorInfo* info = nullptr;
    std::string storedName;   // as written in the file (possibly with the prefix)
};

// The weight files of a folder, opened and cross-checked.
struct WeightFiles {
    std::vector<std::unique_ptr<SafetensorsFile>> files;
    std::string listing;                   // model.safetensors or the index: where "missing" errors point
    std::map<std::string, Source> byName;  // stored name -> where it lives
};

std::vector<std::string> shardNamesFromIndex(const std::string& indexPath, nlohmann::json& weightMap)
{
    nlohmann::json index = readJsonFile(indexPath, "the shard index");
    if (!index.is_object() || !index.contains("weight_map") || !index["weight_map"].is_object())
        throw InputError(indexPath, "weight_map", "missing or not a JSON object");
    weightMap = index["weight_map"];
    std::set<std::string> shards;
    for (const auto& [name, file] : weightMap.items()) {
        if (!file.is_string())
            throw InputError(indexPath, "weight_map." + name, "shard file name is not a string");
        const auto& shard = file.get_ref<const std::string&>();
        if (shard.empty() || shard.find('/') != std::string::npos || shard == "." || shard == "..")
            throw InputError(indexPath, "weight_map." + name,
                             "shard \"" + shard + "\" is not a plain file name in the model folder");
        shards.insert(shard);
    }
    return {shards.begin(), shards.end()};
}

// Where a folder's weights are: model.safetensors, or the index and its shards (sorted). Throws the
// "pickle is not supported" / "no weights" errors.
struct WeightListing {
    std::string listing;              // model.safetensors or the index file
    bool sharded = false;
    std::vector<std::string> shards;  // file names, sorted (sharded only)
    nlohmann::json weightMap;         // sharded only
};

WeightListing findWeights(const fs::path& dir)
{
    WeightListing w;
    const std::string single = join(dir, kSingleName);
    const std::string indexPath = join(dir, kIndexName);
    if (pathExists(single)) {
        w.listing = single;
        return w;
    }
    if (pathExists(indexPath)) {
        w.listing = indexPath;
        w.sharded = true;
        w.shards = shardNamesFromIndex(indexPath, w.weightMap);
        for (const auto& shard : w.shards)
            if (!pathExists(dir / shard))
                throw InputError(indexPath, shard, "shard file listed in weight_map does not exist");
        return w;
    }
    for (const char* pickle : {"pytorch_model.bin", "pytorch_model.bin.index.json"})
        if (pathExists(dir / pickle))
            throw InputError(join(dir, pickle), "",
                             "pickle checkpoints (pytorch_model.bin) are not supported; convert the folder to "
                             "safetensors first, e.g. in Python: GPT2LMHeadModel.from_pretrained(dir)"
                             ".save_pretrained(dir, safe_serialization=True)");
    throw InputError(dir.string(), "", std::string("no ") + kSingleName + " or " + kIndexName + " in the model folder");
}

WeightFiles openWeightFiles(const fs::path& dir)
{
    const WeightListing listing = findWeights(dir);
    WeightFiles w;
    w.listing = listing.listing;
    if (!listing.sharded) {
        w.files.push_back(std::make_unique<SafetensorsFile>(SafetensorsFile::open(listing.listing)));
        for (const auto& info : w.files.back()->tensors())
            w.byName[info.name] = Source{w.files.back().get(), &info, info.name};
        return w;
    }
    std::map<std::string, const SafetensorsFile*> byShard;
    for (const auto& shard : listing.shards) {
        w.files.push_back(std::make_unique<SafetensorsFile>(SafetensorsFile::open(join(dir, shard))));
        byShard[shard] = w.files.back().get();
    }
    for (const auto& [name, shardJson] : listing.weightMap.items()) {
        const SafetensorsFile* file = byShard.at(shardJson.get<std::string>());
        const auto* info = file->find(name);
        if (!info)
            throw InputError(file->path(), name, std::string("listed in ") + kIndexName + " but not in this shard");
        w.byName[name] = Source{file, info, name};
    }
    for (const auto& [shard, file] : byShard)
        for (const auto& info : file->tensors()) {
            const auto it = listing.weightMap.find(info.name);
            if (it == listing.weightMap.end() || *it != shard)
                throw InputError(file->path(), info.name,
                                 std::string("is in this shard but not listed for it in ") + kIndexName);
        }
    return w;
}

fs::path requireFolder(const std::string& dir)
{
    const fs::path path(dir);
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        throw InputError(dir, "", "not a directory (expected a Hugging Face model folder)");
    return path;
}

} // namespace

Gpt2Checkpoint loadGpt2Folder(const std::string& dir, const Gpt2LoadOptions& options)
{
    const fs::path folder = requireFolder(dir);
    if (options.dtype && !isFloating(*options.dtype))
        throw InputError("", "dtype", std::string("must be a floating-point type, not ") + c10::toString(*options.dtype));
    const std::string configPath = join(folder, kConfigName);
    if (!pathExists(configPath))
        throw InputError(configPath, "", "missing: a model folder needs config.json");

    Gpt2Checkpoint ck;
    ck.dir = dir;
    ck.config = Gpt2Config::load(configPath);
    WeightFiles files = openWeightFiles(folder);
    if (!files.files.empty())
        ck.metadata = files.files.front()->metadata();

    // Name style: all with "transformer." or none (lm_head.weight is outside the transformer in both).
    const std::string* prefixed = nullptr;
    const std::string* plain = nullptr;
    for (const auto& [name, src] : files.byName) {
        if (name == kLmHead)
            continue;
        (startsWith(name, kPrefix) ? prefixed : plain) = &name;
    }
    if (prefixed && plain)
        throw InputError(files.byName.at(*plain).file->path(), *plain,
                         "the checkpoint mixes names with and without the \"transformer.\" prefix (\"" + *prefixed
                             + "\" and \"" + *plain + "\")");
    ck.transformerPrefix = prefixed != nullptr;
    const std::string prefix = ck.transformerPrefix ? kPrefix : "";

    const auto expected = expectedTensors(ck.config);
    std::set<std::string> expectedNames;
    for (const auto& e : expected)
        expectedNames.insert(prefix + e.first);
    for (const auto& [name, src] : files.byName) {
        if (name == kLmHead || expectedNames.count(name) || isMaskBuffer(name.substr(prefix.size())))
            continue;
        throw InputError(src.file->path(), name,
                         "unexpected tensor for a GPT-2 with n_layer=" + std::to_string(ck.config.nLayer)
                             + " (config.json)");
    }

    // Check names, shapes and dtypes of everything before copying any data.
    std::vector<const Source*> sources;
    for (const auto& [name, shape] : expected) {
        const auto it = files.byName.find(prefix + name);
        if (it == files.byName.end())
            throw InputError(files.listing, prefix + name,
                             "missing tensor (config.json asks for n_layer=" + std::to_string(ck.config.nLayer) + ")");
        const Source& src = it->second;
        if (src.info->shape != shape)
            throw InputError(src.file->path(), src.storedName,
                             "expected shape " + shapeString(shape) + ", found " + shapeString(src.info->shape));
        const at::ScalarType stored = toScalarType(src.info->dtype);
        if (!isFloating(stored))
            throw InputError(src.file->path(), src.storedName,
                             "dtype " + std::string(dtypeName(src.info->dtype)) + " is not a floating-point type");
        if (sources.empty())
            ck.storedDtype = stored;
        else if (stored != ck.storedDtype && !options.dtype)
            throw InputError(src.file->path(), src.storedName,
                             "dtype " + std::string(dtypeName(src.info->dtype)) + " differs from the "
                                 + std::string(dtypeName(toStDtype(ck.storedDtype)))
                                 + " of the other weights; load with an explicit dtype to convert them");
        sources.push_back(&src);
    }

    if (const auto lm = files.byName.find(kLmHead); lm != files.byName.end()) {
        const Source& wteSrc = *sources.front();
        const Source& lmSrc = lm->second;
        bool tied = lmSrc.info->shape == wteSrc.info->shape;
        if (tied && lmSrc.info->dtype == wteSrc.info->dtype) {
            const auto a = lmSrc.file->bytes(*lmSrc.info), b = wteSrc.file->bytes(*wteSrc.info);
            tied = std::memcmp(a.data(), b.data(), a.size()) == 0;
        } else if (tied) {
            tied = at::equal(readTensor(*lmSrc.file, *lmSrc.info).to(toScalarType(wteSrc.info->dtype)),
                             readTensor(*wteSrc.file, *wteSrc.info));
        }
        if (!tied)
            throw InputError(lmSrc.file->path(), kLmHead,
                             "untied lm_head is not supported (it differs from " + wteSrc.storedName + ")");
    }

    ck.weights.blocks.resize(static_cast<std::size_t>(ck.config.nLayer));
    auto targets = ck.weights.namedTensors();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source& src = *sources[i];
        at::Tensor t = readTensor(*src.file, *src.info);
        const bool converted = options.dtype && *options.dtype != t.scalar_type();
        if (converted)
            t = t.to(*options.dtype);
        if (const auto [count, first] = nonFinite(t); count > 0)
            throw InputError(src.file->path(), src.storedName,
                             std::to_string(count) + " non-finite value(s) (NaN or Inf), the first at flat index "
                                 + std::to_string(first)
                                 + (converted ? std::string(" after conversion to ") + c10::toString(*options.dtype) : ""));
        if (options.device != t.device())
            t = t.to(options.device);
        *targets[i].second = std::move(t);
    }
    return ck;
}

void saveGpt2Folder(const std::string& dir, const Gpt2Config& config, const Gpt2Weights& weights,
                    const Gpt2SaveOptions& options)
{
    const fs::path folder(dir);
    const std::string configPath = join(folder, kConfigName);
    // A config built in code gets the same validation as one read from disk.
    const Gpt2Config checked = Gpt2Config::fromJson(config.toJson(), configPath);

    if (weights.blocks.size() != static_cast<std::size_t>(checked.nLayer))
        throw InputError(dir, "weights", "have " + std::to_string(weights.blocks.size()) + " blocks but config n_layer is "
                                             + std::to_string(checked.nLayer));
    const auto expected = expectedTensors(checked);
    const auto named = weights.namedTensors();
    const std::string prefix = options.transformerPrefix ? kPrefix : "";
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const at::Tensor& t = *named[i].second;
        if (!t.defined())
            throw InputError(dir, named[i].first, "tensor is undefined");
        if (t.sizes() != at::IntArrayRef(expected[i].second))
            throw InputError(dir, named[i].first,
                             "expected shape " + shapeString(expected[i].second) + ", found " + shapeString(t.sizes()));
        if (!isFloating(t.scalar_type()))
            throw InputError(dir, named[i].first, std::string("dtype ") + c10::toString(t.scalar_type())
                                                      + " is not a floating-point type");
        tensors.emplace_back(prefix + named[i].first, t);
    }

    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw InputError(dir, "", "cannot create the folder: " + ec.message());

    // Shards of a previous checkpoint here; whatever this save does not rewrite is removed at the end.
    std::set<std::string> stale;
    const std::string indexPath = join(folder, kIndexName);
    if (pathExists(indexPath)) {
        stale.insert(kIndexName);
        try {
            nlohmann::json ignored;
            for (const auto& shard : shardNamesFromIndex(indexPath, ignored))
                stale.insert(shard);
        } catch (const InputError&) {
            // An unreadable old index: remove only the index itself.
        }
    }
    if (pathExists(join(folder, kSingleName)))
        stale.insert(kSingleName);

    if (options.maxShardBytes == 0) {
        saveTensors(join(folder, kSingleName), tensors, options.metadata);
        stale.erase(kSingleName);
    } else {
        // transformers' shard_checkpoint: fill in order, start a new shard when the next tensor would
        // overflow a non-empty one.
        std::vector<std::vector<std::size_t>> shards(1);
        uint64_t current = 0, total = 0;
        for (std::size_t i = 0; i < tensors.size(); ++i) {
            const auto bytes = static_cast<uint64_t>(tensors[i].second.nbytes());
            if (!shards.back().empty() && current + bytes > options.maxShardBytes) {
                shards.emplace_back();
                current = 0;
            }
            shards.back().push_back(i);
            current += bytes;
            total += bytes;
        }
        nlohmann::json weightMap = nlohmann::json::object();
        for (std::size_t s = 0; s < shards.size(); ++s) {
            char name[64];
            std::snprintf(name, sizeof name, "model-%05zu-of-%05zu.safetensors", s + 1, shards.size());
            std::vector<std::pair<std::string, at::Tensor>> part;
            for (std::size_t i : shards[s]) {
                part.push_back(tensors[i]);
                weightMap[tensors[i].first] = name;
            }
            saveTensors(join(folder, name), part, options.metadata);
            stale.erase(name);
        }
        const nlohmann::json index = {{"metadata", {{"total_size", total}}}, {"weight_map", weightMap}};
        writeFileAtomically(indexPath, index.dump(2) + "\n");
        stale.erase(kIndexName);
    }
    // Like transformers' to_json_string: indent 2, sorted keys (nlohmann's object order), ASCII escapes.
    writeFileAtomically(configPath, config.toJson().dump(2, ' ', true) + "\n");
    for (const auto& name : stale)
        fs::remove(folder / name, ec);
}

std::string hashGpt2Folder(const std::string& dir)
{
    const fs::path folder = requireFolder(dir);
    // Hashes bytes as they are (no parsing), so a folder is identified even before it is validated.
    const WeightListing listing = findWeights(folder);
    std::vector<std::string> paths{join(folder, kConfigName), listing.listing};
    for (const auto& shard : listing.shards)
        paths.push_back(join(folder, shard));

    Sha256 sha;
    std::vector<char> buffer(1 << 20);
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw InputError(path, "", "cannot open for hashing");
        const std::string name = fs::path(path).filename().string();
        std::error_code ec;
        const uint64_t size = fs::file_size(path, ec);
        sha.update(name);
        sha.update(std::string_view("\0", 1));
        sha.update(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
        uint64_t seen = 0;
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            const auto got = static_cast<std::size_t>(in.gcount());
            sha.update(std::string_view(buffer.data(), got));
            seen += got;
        }
        if (seen != size)
            throw InputError(path, "", "read " + std::to_string(seen) + " of " + std::to_string(size) + " bytes while hashing");
    }
    return "sha256:" + sha.hexDigest();
}

std::vector<std::string> copyTokenizerFiles(const std::string& fromDir, const std::string& toDir)
{
    const fs::path from = requireFolder(fromDir);
    const fs::path to(toDir);
    std::error_code ec;
    fs::create_directories(to, ec);
    if (ec)
        throw InputError(toDir, "", "cannot create the folder: " + ec.message());
    if (fs::equivalent(from, to, ec))
        return {};
    std::vector<std::string> copied;
    for (const char* name : {"vocab.json", "merges.txt", "tokenizer.json", "tokenizer_config.json",
                             "special_tokens_map.json", "added_tokens.json"}) {
        if (!pathExists(from / name))
            continue;
        fs::copy_file(from / name, to / name, fs::copy_options::overwrite_existing, ec);
        if (ec)
            throw InputError(join(to, name), "", "cannot copy from " + join(from, name) + ": " + ec.message());
        copied.emplace_back(name);
    }
    return copied;
}

} // namespace editscope
