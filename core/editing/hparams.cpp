#include "core/editing/hparams.h"

#include "core/formats/file_io.h"
#include "core/model/gpt2_config.h"
#include "core/util/error.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <set>
#include <type_traits>

namespace editscope {
namespace {

using nlohmann::json;

enum class Method { Rome, Memit };

// The keys each reference dataclass declares (rome/rome_hparams.py, memit/memit_hparams.py), plus the
// forks' fields we type. Used to route each key and to explain a key that belongs to the other method.
const std::set<std::string> kRomeKeys = {
    "layers", "fact_token", "v_num_grad_steps", "v_lr", "v_loss_layer", "v_weight_decay",
    "clamp_norm_factor", "kl_factor", "mom2_adjustment", "context_template_length_params",
    "rewrite_module_tmp", "layer_module_tmp", "mlp_module_tmp", "attn_module_tmp", "ln_f_module",
    "lm_head_module", "mom2_dataset", "mom2_n_samples", "mom2_dtype",
    "enable_prompt_keys", "enable_random_prefix_keys", "original_implementation"};
const std::set<std::string> kMemitKeys = {
    "layers", "layer_selection", "fact_token", "v_num_grad_steps", "v_lr", "v_loss_layer", "v_weight_decay",
    "clamp_norm_factor", "kl_factor", "mom2_adjustment", "mom2_update_weight",
    "rewrite_module_tmp", "layer_module_tmp", "mlp_module_tmp", "attn_module_tmp", "ln_f_module",
    "lm_head_module", "mom2_dataset", "mom2_n_samples", "mom2_dtype",
    "calculate_objective_value", "update_norm_lambda", "emmet_lambda", "nullspace_threshold", "L2"};

// EasyEdit's YAML-only runtime settings (spec §3.1; users.md §2.3).
const std::set<std::string> kEasyEditKeys = {"alg_name", "model_name", "stats_dir", "device",
                                             "model_parallel", "fp16", "max_length", "batch_size"};

std::string factTokenName(FactToken t)
{
    switch (t) {
    case FactToken::SubjectLast: return "subject_last";
    case FactToken::SubjectFirst: return "subject_first";
    case FactToken::SubjectFirstAfterLast: return "subject_first_after_last";
    case FactToken::Last: return "last";
    }
    return "subject_last";
}

// Reads typed fields out of one JSON object, naming the file and the field in every error, and
// remembers which keys it consumed so the rest can go to `extra`.
class FieldReader {
public:
    FieldReader(const json& object, std::string file, std::string prefix = "")
        : object_(object), file_(std::move(file)), prefix_(std::move(prefix)) {}

    [[noreturn]] void fail(const std::string& key, const std::string& reason) const
    {
        throw InputError(file_, prefix_ + key, reason);
    }

    const json* find(const std::string& key)
    {
        const auto it = object_.find(key);
        if (it == object_.end())
            return nullptr;
        consumed_.insert(key);
        return &*it;
    }

    const json& require(const std::string& key, const char* what)
    {
        if (const json* v = find(key))
            return *v;
        fail(key, std::string("missing (the reference requires it: ") + what + ")");
    }

    int64_t integer(const std::string& key, const json& v, int64_t min, const char* what)
    {
        const bool isInt = v.is_number_integer()
            && !(v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()));
        if (!isInt || v.get<int64_t>() < min)
            fail(key, std::string("must be ") + what + ", found " + v.dump());
        return v.get<int64_t>();
    }

    int64_t requireInteger(const std::string& key, int64_t min, const char* what)
    {
        return integer(key, require(key, what), min, what);
    }

    // A finite number; `positive` excludes zero, otherwise zero is allowed. Negative is never allowed.
    double number(const std::string& key, const json& v, bool positive)
    {
        const char* what = positive ? "a positive number" : "a number >= 0";
        if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0
            || (positive && v.get<double>() == 0))
            fail(key, std::string("must be ") + what + ", found " + v.dump());
        return v.get<double>();
    }

    double requireNumber(const std::string& key, bool positive)
    {
        return number(key, require(key, positive ? "a positive number" : "a number >= 0"), positive);
    }

    std::optional<double> optionalNumber(const std::string& key, bool positive)
    {
        if (const json* v = find(key))
            return number(key, *v, positive);
        return std::nullopt;
    }

    bool boolean(const std::string& key, const json& v)
    {
        if (!v.is_boolean())
            fail(key, "must be true or false, found " + v.dump());
        return v.get<bool>();
    }

    bool requireBool(const std::string& key) { return boolean(key, require(key, "true or false")); }

    std::optional<bool> optionalBool(const std::string& key)
    {
        if (const json* v = find(key))
            return boolean(key, *v);
        return std::nullopt;
    }

    std::string string(const std::string& key, const json& v)
    {
        if (!v.is_string() || v.get<std::string>().empty())
            fail(key, "must be a non-empty string, found " + v.dump());
        return v.get<std::string>();
    }

    std::string requireString(const std::string& key) { return string(key, require(key, "a string")); }

    std::vector<int64_t> layers()
    {
        const json& v = require("layers", "a list of layer indices");
        if (!v.is_array())
            fail("layers", "must be a list of layer indices, e.g. [17], found " + v.dump());
        if (v.empty())
            fail("layers", "is empty: at least one layer to edit is required");
        std::vector<int64_t> out;
        for (const auto& e : v) {
            const int64_t layer = integer("layers", e, 0, "a list of layer indices >= 0");
            if (std::find(out.begin(), out.end(), layer) != out.end())
                fail("layers", "lists layer " + std::to_string(layer) + " twice");
            out.push_back(layer);
        }
        return out;
    }

    FactToken factToken()
    {
        const std::string name = requireString("fact_token");
        try {
            return parseFactToken(name);
        } catch (const InputError& e) {
            fail("fact_token", e.reason());
        }
    }

    HparamsDtype dtype(const std::string& key, const json& v)
    {
        const std::string name = string(key, v);
        if (name == "float32")
            return HparamsDtype::Float32;
        if (name == "float64")
            return HparamsDtype::Float64;
        if (name == "float16")
            fail(key, "float16 is not supported: the statistics accumulate sums of k·kᵀ over tens of millions "
                      "of tokens in this dtype, which overflow float16 (largest value 65504); EasyEdit issue "
                      "#436 reports this failure. Use \"float32\" (the reference) or \"float64\"");
        fail(key, "unknown dtype \"" + name + "\" (expected \"float32\" or \"float64\")");
    }

    const std::set<std::string>& consumed() const { return consumed_; }
    const std::string& file() const { return file_; }

private:
    const json& object_;
    std::string file_;
    std::string prefix_;
    std::set<std::string> consumed_;
};

// The fields both methods share, read in place (the two structs have the same member names).
template <class H>
void readCommon(FieldReader& r, H& h)
{
    h.layers = r.layers();
    h.factToken = r.factToken();
    h.vNumGradSteps = r.requireInteger("v_num_grad_steps", 1, "a positive integer (optimisation iterations)");
    h.vLr = r.requireNumber("v_lr", true);
    h.vLossLayer = r.requireInteger("v_loss_layer", 0, "a layer index >= 0");
    h.vWeightDecay = r.requireNumber("v_weight_decay", false);
    h.clampNormFactor = r.requireNumber("clamp_norm_factor", true);
    h.klFactor = r.requireNumber("kl_factor", false);
    h.mom2Adjustment = r.requireBool("mom2_adjustment");
    h.rewriteModuleTmp = r.requireString("rewrite_module_tmp");
    h.layerModuleTmp = r.requireString("layer_module_tmp");
    h.mlpModuleTmp = r.requireString("mlp_module_tmp");
    h.attnModuleTmp = r.requireString("attn_module_tmp");
    h.lnFModule = r.requireString("ln_f_module");
    h.lmHeadModule = r.requireString("lm_head_module");
    h.mom2Dataset = r.requireString("mom2_dataset");
    h.mom2NSamples = r.requireInteger("mom2_n_samples", 1, "a positive integer (number of documents)");
    h.mom2Dtype = r.dtype("mom2_dtype", r.require("mom2_dtype", "\"float32\" or \"float64\""));
    if (h.vNumGradSteps == 1)
        h.warnings.push_back({"v_num_grad_steps", "1 iteration performs no optimisation step: the reference "
                                                  "stops before the update in its last iteration"});
}

// The "editscope" object: options shared by both methods, then the method's own.
template <class Options>
void readOptions(const json& root, const std::string& file, Method method, Options& o)
{
    const auto it = root.find("editscope");
    if (it == root.end())
        return;
    if (!it->is_object())
        throw InputError(file, "editscope", "must be an object of EditScope options, found " + it->dump());
    FieldReader r(*it, file, "editscope.");
    if (const json* v = r.find("mom2_accumulate_dtype"))
        o.mom2AccumulateDtype = r.dtype("mom2_accumulate_dtype", *v);
    if (const json* v = r.find("solve_dtype"))
        o.solveDtype = r.dtype("solve_dtype", *v);
    if (const json* v = r.find("templates_file"))
        o.templatesFile = r.string("templates_file", *v);
    if (const json* v = r.find("seed")) {
        if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<int64_t>() >= 0))
            r.fail("seed", "must be an integer >= 0, found " + v->dump());
        o.seed = v->get<uint64_t>();
    }
    std::string known = "mom2_accumulate_dtype, solve_dtype, templates_file, seed";
    if constexpr (std::is_same_v<Options, RomeOptions>) {
        known += ", key_mode";
        if (const json* v = r.find("key_mode")) {
            const std::string name = r.string("key_mode", *v);
            if (name == "reference")
                o.keyMode = RomeKeyMode::Reference;
            else if (name == "consistent_template")
                o.keyMode = RomeKeyMode::ConsistentTemplate;
            else if (name == "consistent_prompt")
                o.keyMode = RomeKeyMode::ConsistentPrompt;
            else
                r.fail("key_mode", "unknown key mode \"" + name
                                       + "\" (reference, consistent_template, consistent_prompt)");
        }
    }
    for (const auto& [key, value] : it->items()) {
        if (r.consumed().count(key))
            continue;
        if (key == "key_mode" && method == Method::Memit)
            r.fail(key, "applies to ROME only (r-ROME's key modes); MEMIT has no such option");
        r.fail(key, "unknown EditScope option (known: " + known + ")");
    }
}

// Keys not consumed go to `extra`, each with a warning saying what we know about it.
template <class H>
void keepExtras(const json& root, const FieldReader& r, Method method, H& h)
{
    for (const auto& [key, value] : root.items()) {
        if (key == "editscope" || r.consumed().count(key))
            continue;
        h.extra[key] = value;
        std::string why;
        if (key == "model_name")
            why = "names the model the file was written for; EditScope edits the checkpoint you open";
        else if (key == "fp16")
            why = "an EasyEdit runtime setting; ignored: EditScope runs the model in float32, as the reference does";
        else if (kEasyEditKeys.count(key))
            why = "an EasyEdit runtime setting; ignored";
        else if (key == "bias_update" || key == "dynamic")
            why = "a field of unified-model-editing's ROME; false is the reference behaviour";
        else if (key == "dynamic_multiplier")
            why = "a field of unified-model-editing's ROME, used only with \"dynamic\": true; ignored";
        else if (method == Method::Rome && kMemitKeys.count(key))
            why = "a MEMIT-family field; ROME does not use it";
        else if (method == Method::Memit && kRomeKeys.count(key))
            why = "a ROME field; MEMIT does not use it";
        else
            why = "unknown field; ignored";
        h.warnings.push_back({key, why + " (kept verbatim with the hparams)"});
    }
}

// Common fields back to JSON (the reference's names and types).
template <class H>
void writeCommon(const H& h, json& j)
{
    j["layers"] = h.layers;
    j["fact_token"] = factTokenName(h.factToken);
    j["v_num_grad_steps"] = h.vNumGradSteps;
    j["v_lr"] = h.vLr;
    j["v_loss_layer"] = h.vLossLayer;
    j["v_weight_decay"] = h.vWeightDecay;
    j["clamp_norm_factor"] = h.clampNormFactor;
    j["kl_factor"] = h.klFactor;
    j["mom2_adjustment"] = h.mom2Adjustment;
    j["rewrite_module_tmp"] = h.rewriteModuleTmp;
    j["layer_module_tmp"] = h.layerModuleTmp;
    j["mlp_module_tmp"] = h.mlpModuleTmp;
    j["attn_module_tmp"] = h.attnModuleTmp;
    j["ln_f_module"] = h.lnFModule;
    j["lm_head_module"] = h.lmHeadModule;
    j["mom2_dataset"] = h.mom2Dataset;
    j["mom2_n_samples"] = h.mom2NSamples;
    j["mom2_dtype"] = dtypeName(h.mom2Dtype);
}

json optionsJson(const CommonOptions& o)
{
    json j = json::object();
    if (o.mom2AccumulateDtype)
        j["mom2_accumulate_dtype"] = dtypeName(*o.mom2AccumulateDtype);
    if (o.solveDtype)
        j["solve_dtype"] = dtypeName(*o.solveDtype);
    if (o.templatesFile)
        j["templates_file"] = *o.templatesFile;
    if (o.seed)
        j["seed"] = *o.seed;
    return j;
}

void finishJson(const json& extra, json options, json& j)
{
    for (const auto& [key, value] : extra.items())
        j[key] = value;
    if (!options.empty())
        j["editscope"] = std::move(options);
}

// --- validation against a GPT-2 checkpoint -------------------------------------------------------

struct ModuleRule {
    const char* field;
    std::vector<std::string> accepted;   // first = the name to suggest
    const char* role;
};

std::string inQuotes(const std::string& s) { return "\"" + s + "\""; }

std::string joinTemplates()
{
    std::string out;
    for (const auto& t : gpt2ModuleTemplates())
        out += (out.empty() ? "" : ", ") + t;
    return out;
}

std::string otherArchitectureHint(const std::string& v)
{
    if (v.find("fc_out") != std::string::npos || v.find("fc_in") != std::string::npos)
        return " (that is a GPT-J module name)";
    if (v.rfind("gpt_neox.", 0) == 0)
        return " (that is a GPT-NeoX module name)";
    if (v.rfind("model.", 0) == 0)
        return " (that is a LLaMA-style module name)";
    return "";
}

void checkModule(const ModuleRule& rule, const std::string& value, std::vector<HparamsIssue>& out)
{
    const auto& acc = rule.accepted;
    if (std::find(acc.begin(), acc.end(), value) != acc.end())
        return;
    const auto& all = gpt2ModuleTemplates();
    std::string msg;
    if (std::find(all.begin(), all.end(), value) != all.end()) {
        msg = inQuotes(value) + " is a module of this checkpoint, but " + rule.field + " names " + rule.role
            + ": for GPT-2 it is " + inQuotes(acc.front());
    } else if (std::find(all.begin(), all.end(), "transformer." + value) != all.end()) {
        msg = inQuotes(value) + " is the GPT2Model name; the reference hooks GPT2LMHeadModel, whose modules "
              "start with \"transformer.\": use " + inQuotes("transformer." + value);
    } else {
        msg = inQuotes(value) + " is not a module of this GPT-2 checkpoint" + otherArchitectureHint(value) + "; "
            + rule.field + " names " + rule.role + ": for GPT-2 it is " + inQuotes(acc.front())
            + ". This checkpoint's module templates are: " + joinTemplates();
    }
    out.push_back({rule.field, msg});
}

std::string layerRange(int64_t nLayer)
{
    return "the model has " + std::to_string(nLayer) + " layers (0.." + std::to_string(nLayer - 1) + ")";
}

template <class H>
void checkCommon(const H& h, const Gpt2Config& config, std::vector<HparamsIssue>& out)
{
    const ModuleRule rules[] = {
        {"rewrite_module_tmp", {"transformer.h.{}.mlp.c_proj"},
         "the edited matrix (its input is the key, its output the value)"},
        {"layer_module_tmp", {"transformer.h.{}"}, "the transformer block"},
        {"mlp_module_tmp", {"transformer.h.{}.mlp"}, "the block's MLP"},
        {"attn_module_tmp", {"transformer.h.{}.attn"}, "the block's attention"},
        {"ln_f_module", {"transformer.ln_f"}, "the final layer norm"},
        {"lm_head_module", {"transformer.wte", "lm_head"}, "the unembedding (tied to the token embedding)"},
    };
    const std::string* values[] = {&h.rewriteModuleTmp, &h.layerModuleTmp, &h.mlpModuleTmp,
                                   &h.attnModuleTmp, &h.lnFModule, &h.lmHeadModule};
    for (size_t i = 0; i < std::size(rules); ++i)
        checkModule(rules[i], *values[i], out);

    for (const int64_t layer : h.layers)
        if (layer < 0 || layer >= config.nLayer)
            out.push_back({"layers", "layer " + std::to_string(layer) + " is out of range: " + layerRange(config.nLayer)});
    if (h.vLossLayer < 0 || h.vLossLayer >= config.nLayer)
        out.push_back({"v_loss_layer", "layer " + std::to_string(h.vLossLayer) + " is out of range: "
                                           + layerRange(config.nLayer)});
}

void throwFirst(const std::vector<HparamsIssue>& problems, const std::string& file)
{
    if (problems.empty())
        return;
    std::string reason = problems.front().message;
    for (size_t i = 1; i < problems.size(); ++i)
        reason += "; also " + problems[i].field + ": " + problems[i].message;
    throw InputError(file, problems.front().field, reason);
}

} // namespace

const char* dtypeName(HparamsDtype dtype)
{
    return dtype == HparamsDtype::Float64 ? "float64" : "float32";
}

const char* keyModeName(RomeKeyMode mode)
{
    switch (mode) {
    case RomeKeyMode::Reference: return "reference";
    case RomeKeyMode::ConsistentTemplate: return "consistent_template";
    case RomeKeyMode::ConsistentPrompt: return "consistent_prompt";
    }
    return "reference";
}

std::string resolveModule(std::string_view moduleTemplate, int64_t layer)
{
    std::string out;
    const std::string number = std::to_string(layer);
    size_t from = 0;
    for (size_t at = moduleTemplate.find("{}"); at != std::string_view::npos; at = moduleTemplate.find("{}", from)) {
        out.append(moduleTemplate.substr(from, at - from));
        out += number;
        from = at + 2;
    }
    out.append(moduleTemplate.substr(from));
    return out;
}

const std::vector<std::string>& gpt2ModuleTemplates()
{
    static const std::vector<std::string> kTemplates = {
        "transformer.wte", "transformer.wpe", "transformer.h.{}", "transformer.h.{}.ln_1",
        "transformer.h.{}.attn", "transformer.h.{}.attn.c_attn", "transformer.h.{}.attn.c_proj",
        "transformer.h.{}.ln_2", "transformer.h.{}.mlp", "transformer.h.{}.mlp.c_fc",
        "transformer.h.{}.mlp.c_proj", "transformer.ln_f", "lm_head"};
    return kTemplates;
}

// --- ROME ------------------------------------------------------------------------------------------

namespace {

// The key mode r-ROME's flags select (rebuilding-rome@4095d04), or nullopt when the file has none.
// Random-prefix keys average k and v over the templates in compute_v whatever original_implementation
// says; with prompt keys, original_implementation keeps k̄ in compute_u, which is the reference's
// mismatch (up to r-ROME's target = cur_output + δ instead of v_init + δ, equal up to padding numerics).
std::optional<RomeKeyMode> keyModeFromRRomeFlags(const RomeHparams& h)
{
    if (!h.enablePromptKeys && !h.enableRandomPrefixKeys && !h.originalImplementation)
        return std::nullopt;
    if (h.enableRandomPrefixKeys.value_or(true))
        return RomeKeyMode::ConsistentTemplate;
    return h.originalImplementation.value_or(true) ? RomeKeyMode::Reference : RomeKeyMode::ConsistentPrompt;
}

} // namespace

RomeHparams RomeHparams::fromJson(const json& root, const std::string& file)
{
    if (!root.is_object())
        throw InputError(file, "", "ROME hparams must be a JSON object, found " + std::string(root.type_name()));
    RomeHparams h;
    h.verbatim = root;
    FieldReader r(root, file);
    readCommon(r, h);

    const json& params = r.require("context_template_length_params", "a list of [max_out_len, n_gen] pairs");
    if (!params.is_array())
        r.fail("context_template_length_params", "must be a list of [max_out_len, n_gen] pairs, found " + params.dump());
    for (const auto& p : params) {
        if (!p.is_array() || p.size() != 2)
            r.fail("context_template_length_params", "each entry must be a pair [max_out_len, n_gen], found " + p.dump());
        h.contextTemplateLengthParams.push_back(
            {r.integer("context_template_length_params", p[0], 1, "pairs of positive integers [max_out_len, n_gen]"),
             r.integer("context_template_length_params", p[1], 1, "pairs of positive integers [max_out_len, n_gen]")});
    }

    h.enablePromptKeys = r.optionalBool("enable_prompt_keys");
    h.enableRandomPrefixKeys = r.optionalBool("enable_random_prefix_keys");
    h.originalImplementation = r.optionalBool("original_implementation");

    // unified-model-editing's ROME variants: harmless when off, not implemented when on.
    for (const char* key : {"bias_update", "dynamic"}) {
        if (const auto it = root.find(key); it != root.end() && !(it->is_boolean() && !it->get<bool>()))
            r.fail(key, std::string("unified-model-editing's \"") + key + "\" ROME variant is not implemented by "
                        "EditScope; set it to false or remove it (found " + it->dump() + ")");
    }
    keepExtras(root, r, Method::Rome, h);
    readOptions(root, file, Method::Rome, h.editscope);

    // r-ROME asserts that exactly one key flag is on (missing flags at rebuilding-rome's defaults).
    const bool anyFlag = h.enablePromptKeys.has_value() || h.enableRandomPrefixKeys.has_value()
        || h.originalImplementation.has_value();
    if (anyFlag && h.enablePromptKeys.value_or(false) == h.enableRandomPrefixKeys.value_or(true))
        r.fail(h.enablePromptKeys.has_value() ? "enable_prompt_keys" : "enable_random_prefix_keys",
               std::string("r-ROME requires exactly one of enable_prompt_keys and enable_random_prefix_keys to be "
                           "true (a missing one takes rebuilding-rome's default: false and true); here both are ")
                   + (h.enablePromptKeys.value_or(false) ? "true" : "false"));
    const auto fromFlags = keyModeFromRRomeFlags(h);
    if (h.editscope.keyMode && fromFlags && *fromFlags != *h.editscope.keyMode)
        throw InputError(file, "editscope.key_mode",
                         std::string("\"") + keyModeName(*h.editscope.keyMode) + "\" contradicts the r-ROME flags "
                             "of this file, which select \"" + keyModeName(*fromFlags) + "\"");
    if (h.keyMode() == RomeKeyMode::ConsistentPrompt && h.factToken == FactToken::Last)
        r.fail("fact_token", "\"last\" cannot be combined with prompt keys (key_mode consistent_prompt); "
                             "r-ROME raises for this combination. Use subject_last");
    return h;
}

RomeKeyMode RomeHparams::keyMode() const
{
    if (editscope.keyMode)
        return *editscope.keyMode;
    return keyModeFromRRomeFlags(*this).value_or(RomeKeyMode::Reference);
}

json RomeHparams::toJson() const
{
    json j = json::object();
    writeCommon(*this, j);
    json params = json::array();
    for (const auto& p : contextTemplateLengthParams)
        params.push_back({p.maxOutLen, p.count});
    j["context_template_length_params"] = params;
    if (enablePromptKeys)
        j["enable_prompt_keys"] = *enablePromptKeys;
    if (enableRandomPrefixKeys)
        j["enable_random_prefix_keys"] = *enableRandomPrefixKeys;
    if (originalImplementation)
        j["original_implementation"] = *originalImplementation;
    json options = optionsJson(editscope);
    if (editscope.keyMode)
        options["key_mode"] = keyModeName(*editscope.keyMode);
    finishJson(extra, std::move(options), j);
    return j;
}

std::vector<HparamsIssue> RomeHparams::problemsForModel(const Gpt2Config& config) const
{
    std::vector<HparamsIssue> out;
    checkCommon(*this, config, out);
    for (const auto& p : contextTemplateLengthParams)
        if (p.maxOutLen > config.nPositions)
            out.push_back({"context_template_length_params",
                           "max_out_len " + std::to_string(p.maxOutLen) + " exceeds the model's context of "
                               + std::to_string(config.nPositions) + " tokens"});
    return out;
}

void RomeHparams::validateForModel(const Gpt2Config& config, const std::string& file) const
{
    throwFirst(problemsForModel(config), file);
}

bool RomeHparams::operator==(const RomeHparams& other) const { return toJson() == other.toJson(); }

// --- MEMIT -----------------------------------------------------------------------------------------

MemitHparams MemitHparams::fromJson(const json& root, const std::string& file)
{
    if (!root.is_object())
        throw InputError(file, "", "MEMIT hparams must be a JSON object, found " + std::string(root.type_name()));
    MemitHparams h;
    h.verbatim = root;
    FieldReader r(root, file);
    readCommon(r, h);
    if (h.factToken == FactToken::Last)
        r.fail("fact_token", "MEMIT does not support \"last\" (the reference raises in compute_z); use subject_last");

    h.layerSelection = r.requireString("layer_selection");
    if (h.layerSelection != "all" && h.layerSelection != "random")
        r.fail("layer_selection", "must be \"all\" or \"random\", found " + inQuotes(h.layerSelection));
    if (h.layerSelection == "random")
        h.warnings.push_back({"layer_selection", "\"random\" is not used by the reference MEMIT code: the layers "
                                                 "listed in \"layers\" are edited"});
    h.mom2UpdateWeight = r.requireNumber("mom2_update_weight", true);
    if (!h.mom2Adjustment)
        h.warnings.push_back({"mom2_adjustment", "false is ignored: the reference MEMIT always uses the "
                                                 "second-moment statistics (λ·C + K·Kᵀ)"});

    h.calculateObjectiveValue = r.optionalBool("calculate_objective_value");
    h.updateNormLambda = r.optionalNumber("update_norm_lambda", false);
    h.emmetLambda = r.optionalNumber("emmet_lambda", false);
    h.nullspaceThreshold = r.optionalNumber("nullspace_threshold", false);
    h.l2 = r.optionalNumber("L2", false);

    keepExtras(root, r, Method::Memit, h);
    readOptions(root, file, Method::Memit, h.editscope);
    return h;
}

json MemitHparams::toJson() const
{
    json j = json::object();
    writeCommon(*this, j);
    j["layer_selection"] = layerSelection;
    j["mom2_update_weight"] = mom2UpdateWeight;
    if (calculateObjectiveValue)
        j["calculate_objective_value"] = *calculateObjectiveValue;
    if (updateNormLambda)
        j["update_norm_lambda"] = *updateNormLambda;
    if (emmetLambda)
        j["emmet_lambda"] = *emmetLambda;
    if (nullspaceThreshold)
        j["nullspace_threshold"] = *nullspaceThreshold;
    if (l2)
        j["L2"] = *l2;
    finishJson(extra, optionsJson(editscope), j);
    return j;
}

std::vector<HparamsIssue> MemitHparams::problemsForModel(const Gpt2Config& config) const
{
    std::vector<HparamsIssue> out;
    checkCommon(*this, config, out);
    return out;
}

void MemitHparams::validateForModel(const Gpt2Config& config, const std::string& file) const
{
    throwFirst(problemsForModel(config), file);
}

bool MemitHparams::operator==(const MemitHparams& other) const { return toJson() == other.toJson(); }

// --- files -----------------------------------------------------------------------------------------

namespace {

template <class H>
H loadHparams(const std::string& path, std::string_view what)
{
    // Parsed here rather than through readJsonFile so the exact text can be kept with the edit.
    const std::string text = readWholeFile(path, what);
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        throw InputError(path, "", std::string("not valid JSON: ") + e.what());
    }
    H h = H::fromJson(j, path);
    h.verbatimText = text;
    return h;
}

} // namespace

RomeHparams loadRomeHparams(const std::string& path) { return loadHparams<RomeHparams>(path, "ROME hparams"); }

MemitHparams loadMemitHparams(const std::string& path) { return loadHparams<MemitHparams>(path, "MEMIT hparams"); }

} // namespace editscope
