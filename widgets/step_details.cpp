#include "widgets/step_details.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <map>
#include <utility>

namespace editscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// lupdate files these free-function tr() calls under the namespace's context, "editscope".
QString tr(const char* text) { return QCoreApplication::translate("editscope", text); }

QString text(const nlohmann::json& j, const char* key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    if (it == j.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    // CounterFact targets are {"id": "Q...", "str": "..."}; the engine's own echo is a plain string.
    if (it->is_object() && it->contains("str") && (*it)["str"].is_string())
        return QString::fromStdString((*it)["str"].get<std::string>());
    return {};
}

double number(const nlohmann::json& j, const char* key)
{
    if (!j.is_object())
        return kNaN;
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : kNaN;
}

std::vector<double> numbers(const nlohmann::json& j, const char* key)
{
    std::vector<double> out;
    if (!j.is_object())
        return out;
    auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return out;
    out.reserve(it->size());
    for (const auto& v : *it)
        out.push_back(v.is_number() ? v.get<double>() : kNaN);
    return out;
}

LossTrace parseTrace(const nlohmann::json& t)
{
    LossTrace trace;
    trace.loss = numbers(t, "loss");
    trace.nll = numbers(t, "nll");
    trace.kl = numbers(t, "kl");
    trace.weightDecay = numbers(t, "weight_decay");
    trace.deltaNorm = number(t, "delta_norm");
    trace.initNorm = number(t, "init_norm");
    if (t.is_object()) {
        auto it = t.find("clamped");
        trace.clamped = it != t.end() && it->is_boolean() && it->get<bool>();
    }
    return trace;
}

const char* kindKey(PromptKind kind)
{
    switch (kind) {
    case PromptKind::Rewrite: return "rewrite_prompts_probs";
    case PromptKind::Paraphrase: return "paraphrase_prompts_probs";
    case PromptKind::Neighborhood: return "neighborhood_prompts_probs";
    }
    return "";
}

const nlohmann::json* promptList(const nlohmann::json& scores, PromptKind kind)
{
    if (!scores.is_object())
        return nullptr;
    auto it = scores.find(kindKey(kind));
    return it != scores.end() && it->is_array() ? &*it : nullptr;
}

} // namespace

std::vector<RequestText> requestTexts(const nlohmann::json& requests, const std::vector<int64_t>& caseIds)
{
    std::vector<RequestText> out;
    if (!requests.is_array())
        return out;
    for (size_t i = 0; i < requests.size(); ++i) {
        const auto& r = requests[i];
        RequestText t;
        t.caseId = i < caseIds.size() ? caseIds[i] : -1;
        t.subject = text(r, "subject");
        t.promptTemplate = text(r, "prompt");
        t.prompt = t.promptTemplate.contains(QLatin1String("{}")) ? QString(t.promptTemplate).replace(QLatin1String("{}"), t.subject)
                                                                  : t.promptTemplate;
        t.targetTrue = text(r, "target_true");
        t.targetNew = text(r, "target_new");
        t.relation = text(r, "relation_id");
        out.push_back(std::move(t));
    }
    return out;
}

QString requestSummary(const RequestText& r)
{
    return tr("%1: %2 → %3").arg(r.subject, r.targetTrue, r.targetNew);
}

EditDiagnostics parseDiagnostics(const nlohmann::json& d)
{
    EditDiagnostics out;
    if (d.is_array()) {   // ROME / r-ROME: one object per request
        for (const auto& r : d) {
            if (!r.is_object())
                continue;
            LossTrace trace = parseTrace(r.contains("v_star") ? r["v_star"] : nlohmann::json());
            trace.label = r.contains("request") ? text(r["request"], "subject") : QString();
            if (trace.label.isEmpty())
                trace.label = tr("v* %1").arg(out.traces.size() + 1);
            out.traces.push_back(std::move(trace));
            out.denominators.push_back(number(r, "denominator"));
            out.keyMismatches.push_back(number(r, "key_mismatch"));
            out.methodUpdateNorms.push_back(number(r, "update_norm"));
        }
    } else if (d.is_object()) {   // MEMIT: z per request, then the layer solves
        const auto requests = d.contains("requests") && d["requests"].is_array() ? d["requests"] : nlohmann::json::array();
        if (d.contains("z") && d["z"].is_array()) {
            for (size_t i = 0; i < d["z"].size(); ++i) {
                LossTrace trace = parseTrace(d["z"][i]);
                trace.label = i < requests.size() ? text(requests[i], "subject") : QString();
                if (trace.label.isEmpty())
                    trace.label = tr("z %1").arg(i + 1);
                out.traces.push_back(std::move(trace));
            }
        }
        if (d.contains("layers") && d["layers"].is_array())
            for (const auto& l : d["layers"])
                out.methodUpdateNorms.push_back(number(l, "update_norm"));
    }
    return out;
}

QString promptKindName(PromptKind kind)
{
    switch (kind) {
    case PromptKind::Rewrite: return tr("rewrite");
    case PromptKind::Paraphrase: return tr("paraphrase");
    case PromptKind::Neighborhood: return tr("neighborhood");
    }
    return {};
}

std::vector<PromptNll> promptNlls(const std::vector<RecordEvalRecord>& pre, const std::vector<RecordEvalRecord>& post)
{
    std::map<int64_t, const nlohmann::json*> preScores;
    for (const auto& r : pre)
        if (r.scores.is_object())
            preScores[r.caseId] = &r.scores;
    std::vector<PromptNll> out;
    for (const auto& r : post) {
        if (!r.scores.is_object())
            continue;
        auto before = preScores.find(r.caseId);
        for (auto kind : {PromptKind::Rewrite, PromptKind::Paraphrase, PromptKind::Neighborhood}) {
            const auto* after = promptList(r.scores, kind);
            if (!after)
                continue;
            const auto* prior = before == preScores.end() ? nullptr : promptList(*before->second, kind);
            for (size_t i = 0; i < after->size(); ++i) {
                PromptNll p;
                p.kind = kind;
                p.caseId = r.caseId;
                p.prompt = text((*after)[i], "prompt");
                p.trueAfter = number((*after)[i], "target_true");
                p.newAfter = number((*after)[i], "target_new");
                if (prior && i < prior->size()) {
                    p.trueBefore = number((*prior)[i], "target_true");
                    p.newBefore = number((*prior)[i], "target_new");
                }
                out.push_back(std::move(p));
            }
        }
    }
    return out;
}

KindNllMeans meanNlls(const std::vector<PromptNll>& prompts, PromptKind kind)
{
    double sums[4] = {0, 0, 0, 0};
    int counts[4] = {0, 0, 0, 0};
    KindNllMeans m{kNaN, kNaN, kNaN, kNaN, 0};
    for (const auto& p : prompts) {
        if (p.kind != kind)
            continue;
        ++m.count;
        const double v[4] = {p.trueBefore, p.trueAfter, p.newBefore, p.newAfter};
        for (int i = 0; i < 4; ++i)
            if (!std::isnan(v[i])) {
                sums[i] += v[i];
                ++counts[i];
            }
    }
    double* fields[4] = {&m.trueBefore, &m.trueAfter, &m.newBefore, &m.newAfter};
    for (int i = 0; i < 4; ++i)
        if (counts[i] > 0)
            *fields[i] = sums[i] / counts[i];
    return m;
}

QString formatNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const QLocale locale;
    const double a = std::fabs(v);
    if (a == 0)
        return locale.toString(0.0, 'f', 0);
    if (a >= 1e5 || a < 1e-3)
        return locale.toString(v, 'e', 2);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
    return locale.toString(v, 'f', decimals);
}

QString formatPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return formatNumber(fraction);
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString formatRatio(double ratio)
{
    if (!std::isfinite(ratio))
        return formatNumber(ratio);
    return tr("%1×").arg(QLocale().toString(ratio, 'f', 2));
}

} // namespace editscope
