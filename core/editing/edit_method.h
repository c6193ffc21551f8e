// One entry point for "edit this model with these requests" whatever the method, so the CLI, the run
// loop and the desktop app share the same preparation (hparams, statistics, context templates) and the
// same result shape (per-layer low-rank factors + diagnostics JSON).
//
//   rome    ROME as the reference (key_mode from the hparams; absent: the reference's QUIRK)
//   r-rome  ROME with r-ROME's consistent keys: key_mode consistent_template unless the hparams name
//           a key mode themselves (then theirs is used and recorded)
//   memit   MEMIT, all requests in one batch
// Several requests with ROME are edited one after the other within the call, each on the model the
// previous one left (the reference's apply_rome_to_model); MEMIT edits them together.
//
// Statistics are looked up at the reference's path ({stats}/{model}/{mom2_dataset}_stats/...); a missing
// file is an error naming the `editscope-cli stats` command that makes it. Not thread-safe.
#pragma once

#include "core/dataset/counterfact.h"
#include "core/editing/context_templates.h"
#include "core/editing/hparams.h"
#include "core/editing/weight_update.h"
#include "core/model/gpt2_model.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

class Gpt2Tokenizer;

enum class EditMethod { Rome, RRome, Memit };

EditMethod parseEditMethod(const std::string& name);   // "rome", "r-rome", "memit"; InputError otherwise
const char* editMethodName(EditMethod method);

struct EditMethodConfig {
    EditMethod method = EditMethod::Rome;
    RomeHparams rome;     // for rome and r-rome
    MemitHparams memit;   // for memit
    std::string hparamsPath;

    const std::vector<int64_t>& layers() const;
    nlohmann::json hparamsJson() const;          // effective settings (r-rome's key mode included)
    std::string hparamsText() const;             // the file's verbatim text
    std::optional<std::string> templatesFile() const;
    std::optional<uint64_t> seed() const;
    std::string mom2Dataset() const;
    int64_t mom2Samples() const;
    HparamsDtype mom2AccumulateDtype() const;
    std::vector<HparamsIssue> warnings() const;
};

// Loads and validates the hparams file against the model config.
EditMethodConfig loadEditMethodConfig(EditMethod method, const std::string& hparamsPath, const Gpt2Config& config);
// The same from hparams already parsed (a stored run's effective settings); `label` names them in errors.
EditMethodConfig editMethodConfigFromJson(EditMethod method, const nlohmann::json& hparams, const std::string& label,
                                          const Gpt2Config& config);

// The name the reference gives a model's statistics folder: config._name_or_path with '/' → '_';
// for a local folder, the folder's own name.
std::string statsModelName(const std::string& modelDir);

struct LayerStatistics {
    std::vector<int64_t> layers;
    std::vector<at::Tensor> matrices;   // ROME: C⁻¹ (float32); MEMIT: C (the stored dtype)
    std::vector<std::string> paths;
    std::vector<double> minEigenvalues;
    std::vector<int64_t> tokenCounts;
    nlohmann::json toJson() const;
};

LayerStatistics loadLayerStatistics(const EditMethodConfig& config, const std::string& statsDir,
                                    const std::string& modelName, const Gpt2Config& modelConfig);

// The templates a method uses: from `templatesFile` if given (else the hparams' templates_file), else
// sampled with `seed` (ROME: context_template_length_params; MEMIT: its five starts).
ContextTemplates contextTemplatesFor(const EditMethodConfig& config, const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                     const std::optional<std::string>& templatesFile, uint64_t seed);

struct LayerNorms {
    int64_t layer = 0;
    double before = 0, after = 0, update = 0;   // ‖W‖_F before/after, ‖ΔW‖_F
};

struct EditOutcome {
    std::vector<LayerUpdate> updates;    // in application order (ROME: one per request)
    std::vector<LayerNorms> norms;       // one per update
    nlohmann::json diagnostics;          // per request (ROME) or per batch (MEMIT)
    double seconds = 0;
};

// Computes the edit and applies it to `model` (in place). `cancelled` is polled before every forward of
// the v*/z loops; when it returns true, editscope::Cancelled is thrown and the model is as before the
// call for MEMIT, and holds the requests finished so far for ROME with several requests.
EditOutcome applyEdit(Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const EditMethodConfig& config,
                      const ContextTemplates& templates, const LayerStatistics& statistics,
                      const std::vector<RewriteRequest>& requests, const std::function<bool()>& cancelled = {});

} // namespace editscope
