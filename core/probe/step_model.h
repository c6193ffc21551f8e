// The model of a run after any step, rebuilt from the base weights and the stored update factors
// (storage/SCHEMA.md "Rebuilding the model at step N"): W_N = W_0 + Σ float32(left_i · right_iᵀ),
// added in the stored order exactly as the run loop added them (core/runner/stored_tensor.h), so a
// rebuilt model equals the CLI's `checkpoint` of that step bit for bit on the same device.
//
// The caller reads the factors (RunStore::updatesThrough(run, step) and RunStore::runSpec(run);
// storage/ depends on core, so this class never sees a RunStore) and passes them in. The cache:
//   - loads each base model once (per folder, device and dtype), checking RunSpec::modelHash against
//     the folder the first time a run asks for it, as `checkpoint` does;
//   - keeps the last `capacity` rebuilt models (LRU). Cached models are identified by their content,
//     the SHA-256 of every applied update, not by (run, step): a request is answered by the cached
//     model whose applied updates are the longest prefix of the requested ones, and only the rest is
//     applied. So step N after a cached step M < N of the same run (or of a branch's parent chain)
//     applies the updates of steps M+1..N only; the sums are formed in the same order, so the result
//     is bit-identical to a rebuild from the base. A model whose updates are all cached is a hit.
//   - shares untouched tensors between the models it builds: a rebuilt model owns copies of the
//     c_proj weights its updates touch, nothing else (GPT-2 XL with one edited layer: 40 MB, not 6 GB).
//
// Thread-safety: every member locks one mutex, so calls from several threads serialise (a rebuild
// blocks the others). The returned models are immutable and outlive their eviction.
#pragma once

#include "core/probe/probe_model.h"
#include "core/run/run_records.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace editscope {

struct StepModelOptions {
    ProbeLoadOptions load;      // device and dtype of every model (default: the CPU, as stored, like `checkpoint`)
    std::size_t capacity = 3;   // rebuilt models kept (base models are kept besides); 0 keeps none
};

struct StepModelCacheStats {
    int64_t baseLoads = 0;            // base models read from disk
    int64_t hits = 0;                 // requests answered by a cached model as it was
    int64_t rebuilds = 0;             // requests that applied updates
    int64_t lastReusedUpdates = 0;    // of the last rebuild: updates already in the model it started from (0: the base)
    int64_t lastAppliedUpdates = 0;   // of the last rebuild: updates it applied
    double lastRebuildSeconds = 0;    // of the last rebuild: applying the updates (not the base load)
    std::size_t cachedModels = 0;     // rebuilt models held now
};

class StepModelCache {
public:
    explicit StepModelCache(StepModelOptions options = {});
    ~StepModelCache();
    StepModelCache(const StepModelCache&) = delete;
    StepModelCache& operator=(const StepModelCache&) = delete;

    // The run's base model (spec.modelDir). InputError(modelDir, "model hash", ...) when the folder's
    // hash differs from spec.modelHash (the folder changed since the run began).
    ProbeModelPtr baseModel(const RunSpec& spec);

    // The run's model after a step: `updates` = RunStore::updatesThrough(run, step) of the run whose spec
    // is `spec` (the parent chain's updates first). InputError for a hash mismatch, an update of a layer
    // the model lacks or factors of the wrong shape; nothing is cached then.
    ProbeModelPtr modelAfter(const RunSpec& spec, const std::vector<StoredUpdate>& updates);

    // A plain model folder (no run, no hash check), loaded once and kept like a base model.
    ProbeModelPtr folderModel(const std::string& dir);

    StepModelCacheStats stats() const;
    void clear();   // drops every base and rebuilt model (models held by callers stay valid)

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace editscope
