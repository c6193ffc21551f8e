// ROME and MEMIT hyperparameters: the JSON files of the reference repositories, loaded as they are
// (kmeng01/rome, kmeng01/memit and their forks: r-ROME's key flags, EMMET's and AlphaEdit's extra
// fields), plus EditScope's own named options. Field meanings: spec/rome_memit.md §3.1, §4.1, §8.3, §8.4.
//
// File layout. Every reference field is a top-level key, exactly as in the reference files; every
// field the reference's dataclass requires is required here too (the reference's `cls(**data)` fails
// without it). EditScope's deliberate deviations live under one top-level object `"editscope"`, so a
// reference file stays byte-for-byte untouched, our options cannot collide with a future reference
// field, and a typo inside "editscope" is an error (it is our namespace) instead of a warning:
//   { ...reference fields..., "editscope": {"key_mode": "consistent_template", "seed": 7} }
// Every option is optional; absent means the reference behaviour (see RomeOptions / MemitOptions).
//
// Fields we do not implement are never dropped: they are kept verbatim in `extra` (and written back by
// toJson) and each one is listed in `warnings`, with what we know about it (EasyEdit runtime settings,
// ume's ROME variants, or "unknown"). Values that would silently change the algorithm in a way we
// cannot reproduce (ume's `bias_update: true`, `dynamic: true`) are errors instead.
//
// Decisions (why):
// - mom2_dtype "float16" is an error: the reference accumulates Σ k kᵀ over tens of millions of tokens
//   in that dtype, which overflows float16 (max 65504); EasyEdit issue #436 reports the failure and the
//   maintainers' answer ("should not"). "float32" (every official file) and "float64" load.
// - MEMIT with fact_token "last" is an error at load time; the reference raises only when editing.
// - Stricter than the reference where a value is meaningless: duplicate layers, zero v_lr,
//   clamp_norm_factor or mom2_update_weight, and [max_out_len, n_gen] pairs with a zero are errors.
// - Module templates must be the GPT2LMHeadModel names the reference hooks ("transformer.h.{}.mlp.c_proj").
//   The GPT2Model names without the "transformer." prefix are rejected with a "did you mean" message:
//   the reference itself would fail on them, and a stored run should record the names that were used.
//   `lm_head_module` may be "transformer.wte" (official files) or "lm_head" (AlphaEdit's gpt2-xl.json):
//   in GPT-2 both name the same tied matrix, and the reference finds no bias on either.
//
// Thread-safety: plain value types; the free functions are stateless.
#pragma once

#include "core/eval/subject_index.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

struct Gpt2Config;

enum class HparamsDtype { Float32, Float64 };

// r-ROME's key modes (spec §8.3). Reference: u from the template-averaged key k̄, the residual and the
// denominator from the bare-prompt key k_p (the mismatch behind "disabling edits"). ConsistentTemplate:
// k̄ everywhere (r-ROME's random-prefix keys). ConsistentPrompt: k_p everywhere (r-ROME's prompt keys).
enum class RomeKeyMode { Reference, ConsistentTemplate, ConsistentPrompt };

const char* dtypeName(HparamsDtype dtype);          // "float32", "float64"
const char* keyModeName(RomeKeyMode mode);          // "reference", "consistent_template", "consistent_prompt"

// One finding about a field: a load warning, or a problem against a checkpoint (shown inline by the GUI).
struct HparamsIssue {
    std::string field;     // JSON key, e.g. "layers", "editscope.seed"
    std::string message;
    bool operator==(const HparamsIssue&) const = default;
};

// `template` with every "{}" replaced by `layer`, for messages: ("transformer.h.{}.mlp.c_proj", 17)
// → "transformer.h.17.mlp.c_proj". A template without "{}" comes back unchanged (like Python's format).
std::string resolveModule(std::string_view moduleTemplate, int64_t layer);

// The module templates of a GPT-2 checkpoint (HF GPT2LMHeadModel names), for messages and pickers.
const std::vector<std::string>& gpt2ModuleTemplates();

// One [max_out_len, n_gen] pair of ROME's context_template_length_params: n_gen samples, each with
// max_out_len tokens in total including the one-token "<|endoftext|>" prompt (spec §2.5).
struct ContextTemplateLength {
    int64_t maxOutLen = 0;
    int64_t count = 0;
    bool operator==(const ContextTemplateLength&) const = default;
};

// EditScope's options shared by ROME and MEMIT (JSON object "editscope"; all optional).
struct CommonOptions {
    // Dtype in which Σ k kᵀ is accumulated. Absent: mom2_dtype (the reference). float64 is the spec's
    // §9.1 recommendation: it removes fp32 summation error over ~10^7 tokens.
    std::optional<HparamsDtype> mom2AccumulateDtype;
    // Dtype of ROME's C⁻¹ / MEMIT's solve. Absent: the reference (ROME float32, MEMIT float64).
    std::optional<HparamsDtype> solveDtype;
    // A file of context templates to use instead of sampling them (spec §9.5); absent: sample.
    std::optional<std::string> templatesFile;
    // Seed of the template sampler; absent: unseeded, as in the reference.
    std::optional<uint64_t> seed;
    bool operator==(const CommonOptions&) const = default;
};

struct RomeOptions : CommonOptions {
    std::optional<RomeKeyMode> keyMode;   // "key_mode"; absent: from r-ROME's flags, else Reference
    bool operator==(const RomeOptions&) const = default;
};

using MemitOptions = CommonOptions;

struct RomeHparams {
    std::vector<int64_t> layers;                  // edited layers; one in every official file
    FactToken factToken = FactToken::SubjectLast;
    int64_t vNumGradSteps = 0;                    // loop iterations; at most vNumGradSteps-1 Adam steps
    double vLr = 0;
    int64_t vLossLayer = 0;                       // traced only; the loss uses the model's logits
    double vWeightDecay = 0;
    double clampNormFactor = 0;
    double klFactor = 0;
    bool mom2Adjustment = true;                   // false: u = k̄ without C⁻¹ (EasyEdit's default)
    std::vector<ContextTemplateLength> contextTemplateLengthParams;
    std::string rewriteModuleTmp, layerModuleTmp, mlpModuleTmp, attnModuleTmp, lnFModule, lmHeadModule;
    std::string mom2Dataset;                      // a name only; EditScope's statistics name their source
    int64_t mom2NSamples = 0;                     // documents (articles), not tokens
    HparamsDtype mom2Dtype = HparamsDtype::Float32;

    // r-ROME's flags (rebuilding-rome@4095d04 rome/rome_hparams.py), kept as written when present.
    // When any is present, the missing ones take r-ROME's defaults (prompt keys false, random-prefix
    // keys true, original implementation true) and they decide the key mode (see keyMode()).
    std::optional<bool> enablePromptKeys, enableRandomPrefixKeys, originalImplementation;

    RomeOptions editscope;
    nlohmann::json extra = nlohmann::json::object();   // fields we do not implement, verbatim

    // Not settings (operator== ignores them):
    std::vector<HparamsIssue> warnings;   // one per field in `extra`, plus advisory notes
    nlohmann::json verbatim;              // the JSON as given to fromJson
    std::string verbatimText;             // the file's exact text when loaded from a file, else empty

    static RomeHparams fromJson(const nlohmann::json& json, const std::string& fileForErrors);
    nlohmann::json toJson() const;        // reference fields, r-ROME flags, extra, "editscope" when set

    RomeKeyMode keyMode() const;          // effective: option, else r-ROME flags, else Reference
    HparamsDtype mom2AccumulateDtype() const { return editscope.mom2AccumulateDtype.value_or(mom2Dtype); }
    HparamsDtype solveDtype() const { return editscope.solveDtype.value_or(HparamsDtype::Float32); }

    std::vector<HparamsIssue> problemsForModel(const Gpt2Config& config) const;
    // Throws InputError(file, field, message) naming the first problem (and counting the others).
    void validateForModel(const Gpt2Config& config, const std::string& file) const;

    bool operator==(const RomeHparams& other) const;   // same settings: toJson() equal
};

struct MemitHparams {
    std::vector<int64_t> layers;                  // in the reference's order; the last is the z layer
    std::string layerSelection;                   // "all" | "random"; unused by the reference code
    FactToken factToken = FactToken::SubjectLast; // "last" is rejected (the reference raises)
    int64_t vNumGradSteps = 0;
    double vLr = 0;
    int64_t vLossLayer = 0;                       // layer whose output the z loss decodes
    double vWeightDecay = 0;
    double clampNormFactor = 0;
    double klFactor = 0;
    bool mom2Adjustment = true;                   // unused by the reference: C is always used
    double mom2UpdateWeight = 0;                  // λ in λ·C + K Kᵀ
    std::string rewriteModuleTmp, layerModuleTmp, mlpModuleTmp, attnModuleTmp, lnFModule, lmHeadModule;
    std::string mom2Dataset;
    int64_t mom2NSamples = 0;
    HparamsDtype mom2Dtype = HparamsDtype::Float32;

    // EMMET (unified-model-editing@23d72b5, spec §8.4), kept when present.
    std::optional<bool> calculateObjectiveValue;
    std::optional<double> updateNormLambda, emmetLambda;
    // AlphaEdit (jianghoucheng/AlphaEdit hparams/AlphaEdit/*.json): eigenvalue cut-off of the null-space
    // projection and the ridge added to the solve (JSON "nullspace_threshold", "L2").
    std::optional<double> nullspaceThreshold, l2;

    MemitOptions editscope;
    nlohmann::json extra = nlohmann::json::object();

    std::vector<HparamsIssue> warnings;
    nlohmann::json verbatim;
    std::string verbatimText;

    static MemitHparams fromJson(const nlohmann::json& json, const std::string& fileForErrors);
    nlohmann::json toJson() const;

    HparamsDtype mom2AccumulateDtype() const { return editscope.mom2AccumulateDtype.value_or(mom2Dtype); }
    HparamsDtype solveDtype() const { return editscope.solveDtype.value_or(HparamsDtype::Float64); }

    std::vector<HparamsIssue> problemsForModel(const Gpt2Config& config) const;
    void validateForModel(const Gpt2Config& config, const std::string& file) const;

    bool operator==(const MemitHparams& other) const;
};

// Read, parse and check a file; InputError(path, field, reason) on any problem. verbatimText is set.
RomeHparams loadRomeHparams(const std::string& path);
MemitHparams loadMemitHparams(const std::string& path);

} // namespace editscope
