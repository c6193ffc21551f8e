#include "core/probe/step_model.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/checkpoint/sha256.h"
#include "core/editing/weight_update.h"
#include "core/model/gpt2_model.h"
#include "core/runner/stored_tensor.h"
#include "core/util/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <list>
#include <map>
#include <mutex>
#include <optional>

namespace editscope {
namespace {

using Digest = std::array<uint8_t, 32>;

// SHA-256 of everything that defines an update's effect: layer, dtype, shapes and factor bytes.
Digest digestOf(const StoredUpdate& u)
{
    Sha256 h;
    auto addInt = [&h](int64_t v) {
        std::array<std::byte, 8> b;
        for (int i = 0; i < 8; ++i)
            b[static_cast<size_t>(i)] = static_cast<std::byte>((static_cast<uint64_t>(v) >> (8 * i)) & 0xff);
        h.update(std::span<const std::byte>(b));
    };
    addInt(u.layer);
    for (const auto* a : {&u.left, &u.right}) {
        h.update(a->dtype);
        addInt(static_cast<int64_t>(a->shape.size()));
        for (auto d : a->shape)
            addInt(d);
        addInt(static_cast<int64_t>(a->data.size()));
        h.update(std::span<const std::byte>(a->data));
    }
    return h.digest();
}

} // namespace

struct StepModelCache::Impl {
    struct Base {
        ProbeModelPtr model;
        std::optional<std::string> hash;   // hashGpt2Folder, computed when a run first asks
    };
    struct Entry {
        std::string dir;
        std::vector<Digest> applied;
        ProbeModelPtr model;
    };

    StepModelOptions options;
    mutable std::mutex mutex;
    std::map<std::string, Base> bases;
    std::list<Entry> entries;   // most recently used first
    StepModelCacheStats stats;

    Base& base(const std::string& dir)
    {
        auto it = bases.find(dir);
        if (it == bases.end()) {
            it = bases.emplace(dir, Base{loadProbeModel(dir, options.load), std::nullopt}).first;
            ++stats.baseLoads;
        }
        return it->second;
    }

    Base& checkedBase(const RunSpec& spec)
    {
        if (spec.modelDir.empty())
            throw InputError("", "model_dir", "the run names no base model folder");
        // Hash before loading: a folder that fails the check is never kept.
        auto it = bases.find(spec.modelDir);
        const std::string hash = it != bases.end() && it->second.hash ? *it->second.hash : hashGpt2Folder(spec.modelDir);
        if (hash != spec.modelHash)
            throw InputError(spec.modelDir, "model hash", "the folder's weights changed since the run began (run: "
                                                              + spec.modelHash + ", folder: " + hash + ")");
        auto& b = base(spec.modelDir);
        b.hash = hash;
        return b;
    }

    void touch(std::list<Entry>::iterator it) { entries.splice(entries.begin(), entries, it); }

    void insert(Entry entry)
    {
        if (options.capacity == 0)
            return;
        entries.push_front(std::move(entry));
        while (entries.size() > options.capacity)
            entries.pop_back();
    }

    // `from`'s weights plus updates[first..]: untouched tensors are shared with `from`; each edited
    // c_proj weight is copied once, then the updates are added in order as applyStoredUpdates does.
    ProbeModelPtr rebuild(const ProbeModel& from, const std::vector<StoredUpdate>& updates, size_t first)
    {
        at::NoGradGuard noGrad;
        Gpt2Model model(from.model->config(), from.model->weights());   // shallow: tensor handles shared
        const int64_t layers = model.config().nLayer;
        std::vector<bool> owned(static_cast<size_t>(layers), false);
        for (size_t i = first; i < updates.size(); ++i) {
            const auto& u = updates[i];
            if (u.layer < 0 || u.layer >= layers)
                throw InputError("", "update.layer", "update " + std::to_string(i) + " edits layer " + std::to_string(u.layer)
                                                         + "; the model has layers 0.." + std::to_string(layers - 1));
            auto& w = model.weights().blocks[static_cast<size_t>(u.layer)].mlpCProjWeight;
            if (!owned[static_cast<size_t>(u.layer)]) {
                w = w.clone();
                owned[static_cast<size_t>(u.layer)] = true;
            }
            // The body of applyStoredUpdates (core/runner/stored_tensor.cpp), one update at a time.
            auto update = fromStoredUpdate(u);
            update.left = update.left.to(model.device());
            update.right = update.right.to(model.device());
            applyLayerUpdate(model, update);
        }
        auto p = std::make_shared<ProbeModel>();
        p->model = std::make_shared<const Gpt2Model>(std::move(model));
        p->tokenizer = from.tokenizer;
        p->modelDir = from.modelDir;
        p->appliedUpdates = static_cast<int64_t>(updates.size());
        return p;
    }
};

StepModelCache::StepModelCache(StepModelOptions options) : impl_(std::make_unique<Impl>())
{
    impl_->options = std::move(options);
}

StepModelCache::~StepModelCache() = default;

ProbeModelPtr StepModelCache::baseModel(const RunSpec& spec)
{
    std::lock_guard lock(impl_->mutex);
    return impl_->checkedBase(spec).model;
}

ProbeModelPtr StepModelCache::folderModel(const std::string& dir)
{
    std::lock_guard lock(impl_->mutex);
    return impl_->base(dir).model;
}

ProbeModelPtr StepModelCache::modelAfter(const RunSpec& spec, const std::vector<StoredUpdate>& updates)
{
    std::lock_guard lock(impl_->mutex);
    auto& im = *impl_;
    const auto& base = im.checkedBase(spec);
    if (updates.empty()) {
        ++im.stats.hits;
        return base.model;
    }
    std::vector<Digest> digests;
    digests.reserve(updates.size());
    for (const auto& u : updates)
        digests.push_back(digestOf(u));

    // The cached model of this base whose applied updates are the longest prefix of the requested ones.
    auto best = im.entries.end();
    for (auto it = im.entries.begin(); it != im.entries.end(); ++it) {
        if (it->dir != spec.modelDir || it->applied.size() > digests.size())
            continue;
        if (!std::equal(it->applied.begin(), it->applied.end(), digests.begin()))
            continue;
        if (best == im.entries.end() || it->applied.size() > best->applied.size())
            best = it;
    }
    if (best != im.entries.end() && best->applied.size() == digests.size()) {
        ++im.stats.hits;
        im.touch(best);
        return best->model;
    }
    const ProbeModel& from = best != im.entries.end() ? *best->model : *base.model;
    const size_t first = best != im.entries.end() ? best->applied.size() : 0;
    const auto start = std::chrono::steady_clock::now();
    auto model = im.rebuild(from, updates, first);
    im.stats.lastRebuildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    im.stats.lastReusedUpdates = static_cast<int64_t>(first);
    im.stats.lastAppliedUpdates = static_cast<int64_t>(updates.size() - first);
    ++im.stats.rebuilds;
    if (best != im.entries.end())
        im.touch(best);   // its prefix is likely to serve again (stepping forward through a run)
    im.insert({spec.modelDir, std::move(digests), model});
    return model;
}

StepModelCacheStats StepModelCache::stats() const
{
    std::lock_guard lock(impl_->mutex);
    auto s = impl_->stats;
    s.cachedModels = impl_->entries.size();
    return s;
}

void StepModelCache::clear()
{
    std::lock_guard lock(impl_->mutex);
    impl_->entries.clear();
    impl_->bases.clear();
}

} // namespace editscope
