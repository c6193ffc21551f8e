// Step details: the JSON parts of a stored step (requests, the edit method's diagnostics, the per-prompt
// NLLs of the pre/post evaluations) decoded into plain display values, plus the number formatting that
// the steps table and the edit inspector share. The stored JSON comes from an engine we trust but a file
// we do not: every reader here tolerates missing or mistyped fields (they become NaN / empty) and never
// throws. Pure functions on values; any thread.
#pragma once

#include "core/run/run_records.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace editscope {

// One requested rewrite as text. `prompt` is the template with the subject filled in ("{} premiered on"
// + "Amberward Street" → "Amberward Street premiered on").
struct RequestText {
    int64_t caseId = -1;            // -1 when the step stores fewer case ids than requests
    QString subject;
    QString promptTemplate;
    QString prompt;
    QString targetTrue;
    QString targetNew;
    QString relation;               // e.g. "P449"; empty if not stored
};
std::vector<RequestText> requestTexts(const nlohmann::json& requests, const std::vector<int64_t>& caseIds);
// "Amberward Street: NBC → ABC" (one line per request) for tool tips and headings.
QString requestSummary(const RequestText& request);

// The optimisation of one target vector: ROME's v* (one per request) or one of MEMIT's z (one per request
// of the batch). Per Adam step: total loss = nll + kl + weight decay.
struct LossTrace {
    QString label;                  // the request's subject, or "z 3" when it is not stored
    std::vector<double> loss, nll, kl, weightDecay;
    double deltaNorm = std::numeric_limits<double>::quiet_NaN();   // ‖δ‖ of the optimised delta
    double initNorm = std::numeric_limits<double>::quiet_NaN();    // ‖v‖ before optimisation
    bool clamped = false;           // δ was clamped to clamp_norm_factor · ‖v‖
};

// EditOutcome::diagnostics of ROME / r-ROME (an array, one object per request: v_star, denominator,
// update_norm, key_mismatch) or MEMIT (an object: z[], layers[] with residual and update norms).
struct EditDiagnostics {
    std::vector<LossTrace> traces;
    std::vector<double> denominators;       // ROME: per request (the rank-one update's denominator); MEMIT: none
    std::vector<double> keyMismatches;      // ROME: per request
    std::vector<double> methodUpdateNorms;  // ‖ΔW‖ as the method reported it, per request (ROME) or layer (MEMIT)
};
EditDiagnostics parseDiagnostics(const nlohmann::json& diagnostics);

// The NLLs (nats) of target_true and target_new on one evaluated prompt, before and after the edit.
enum class PromptKind { Rewrite = 0, Paraphrase = 1, Neighborhood = 2 };
QString promptKindName(PromptKind kind);     // translated: "rewrite", "paraphrase", "neighborhood"

struct PromptNll {
    PromptKind kind = PromptKind::Rewrite;
    int64_t caseId = 0;
    QString prompt;
    double trueBefore = std::numeric_limits<double>::quiet_NaN();
    double trueAfter = std::numeric_limits<double>::quiet_NaN();
    double newBefore = std::numeric_limits<double>::quiet_NaN();
    double newAfter = std::numeric_limits<double>::quiet_NaN();
};
// From the `scores` JSON (RecordScores::toJson: {rewrite,paraphrase,neighborhood}_prompts_probs lists of
// {prompt, target_true, target_new} NLLs) of the step's post records, matched to the pre records by case
// id and position. Records without scores contribute nothing; a missing side stays NaN.
std::vector<PromptNll> promptNlls(const std::vector<RecordEvalRecord>& pre, const std::vector<RecordEvalRecord>& post);

// Means per kind over the prompts of that kind (NaNs skipped; NaN if none).
struct KindNllMeans {
    double trueBefore, trueAfter, newBefore, newAfter;
    int count = 0;
};
KindNllMeans meanNlls(const std::vector<PromptNll>& prompts, PromptKind kind);

// Display formatting, locale-aware: about 4 significant digits, scientific outside 1e-3..1e5, "—" for
// NaN (not measured) and "∞" / "−∞" for infinities (a diverged edit).
QString formatNumber(double value);
QString formatPercent(double fraction);      // 0.873 → "87.3 %"; NaN → "—"
QString formatRatio(double ratio);           // 1.172 → "1.17×"

} // namespace editscope
