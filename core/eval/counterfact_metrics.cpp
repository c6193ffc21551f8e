#include "core/eval/counterfact_metrics.h"

#include <cmath>
#include <limits>

namespace editscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename F>
double meanOver(const std::vector<PromptScore>& prompts, F value)
{
    if (prompts.empty())
        return kNaN;
    double sum = 0;
    for (const auto& p : prompts)
        sum += value(p);
    return sum / static_cast<double>(prompts.size());
}

MetricSummary summarize(const std::vector<RecordMetrics>& records, double RecordMetrics::*field)
{
    MetricSummary s;
    double sum = 0;
    for (const auto& r : records)
        if (!std::isnan(r.*field)) {
            sum += r.*field;
            ++s.count;
        }
    if (s.count == 0)
        return {kNaN, kNaN, 0};
    s.mean = sum / static_cast<double>(s.count);
    double sq = 0;
    for (const auto& r : records)
        if (!std::isnan(r.*field))
            sq += (r.*field - s.mean) * (r.*field - s.mean);
    s.std = std::sqrt(sq / static_cast<double>(s.count));   // numpy's std: population (ddof 0)
    return s;
}

nlohmann::json percent(double v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(100.0 * v); }

nlohmann::json promptList(const std::vector<PromptScore>& prompts)
{
    auto list = nlohmann::json::array();
    for (const auto& p : prompts)
        list.push_back({{"prompt", p.prompt}, {"target_new", p.nllNew}, {"target_true", p.nllTrue},
                        {"target_new_correct", p.newCorrect}, {"target_true_correct", p.trueCorrect}});
    return list;
}

} // namespace

nlohmann::json RecordScores::toJson() const
{
    return {{"case_id", caseId}, {"rewrite_prompts_probs", promptList(rewrite)},
            {"paraphrase_prompts_probs", promptList(paraphrase)},
            {"neighborhood_prompts_probs", promptList(neighborhood)},
            {"attribute_prompts_probs", promptList(attribute)}};
}

RecordMetrics recordMetrics(const RecordScores& s)
{
    RecordMetrics m;
    const auto success = [](const PromptScore& p) { return p.nllTrue > p.nllNew ? 1.0 : 0.0; };
    const auto diff = [](const PromptScore& p) { return std::exp(-p.nllNew) - std::exp(-p.nllTrue); };
    m.es = meanOver(s.rewrite, success);
    m.em = meanOver(s.rewrite, diff);
    m.ps = meanOver(s.paraphrase, success);
    m.pm = meanOver(s.paraphrase, diff);
    m.ns = meanOver(s.neighborhood, [](const PromptScore& p) { return p.nllTrue < p.nllNew ? 1.0 : 0.0; });
    m.nm = meanOver(s.neighborhood, [](const PromptScore& p) { return std::exp(-p.nllTrue) - std::exp(-p.nllNew); });
    m.rewriteAcc = meanOver(s.rewrite, [](const PromptScore& p) { return p.newCorrect ? 1.0 : 0.0; });
    m.paraphraseAcc = meanOver(s.paraphrase, [](const PromptScore& p) { return p.newCorrect ? 1.0 : 0.0; });
    m.neighborhoodAcc = meanOver(s.neighborhood, [](const PromptScore& p) { return p.trueCorrect ? 1.0 : 0.0; });
    return m;
}

nlohmann::json RecordMetrics::toJson() const
{
    return {{"rewrite_success", percent(es)}, {"rewrite_diff", percent(em)},
            {"paraphrase_success", percent(ps)}, {"paraphrase_diff", percent(pm)},
            {"neighborhood_success", percent(ns)}, {"neighborhood_diff", percent(nm)},
            {"rewrite_acc", percent(rewriteAcc)}, {"paraphrase_acc", percent(paraphraseAcc)},
            {"neighborhood_acc", percent(neighborhoodAcc)}};
}

double harmonicMean(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    double inv = 0;
    for (double v : values) {
        if (std::isnan(v))
            return kNaN;
        if (v <= 0)
            return 0.0;
        inv += 1.0 / v;
    }
    return static_cast<double>(values.size()) / inv;
}

MetricsSummary summarizeMetrics(const std::vector<RecordMetrics>& records)
{
    MetricsSummary s;
    s.es = summarize(records, &RecordMetrics::es);
    s.em = summarize(records, &RecordMetrics::em);
    s.ps = summarize(records, &RecordMetrics::ps);
    s.pm = summarize(records, &RecordMetrics::pm);
    s.ns = summarize(records, &RecordMetrics::ns);
    s.nm = summarize(records, &RecordMetrics::nm);
    s.rewriteAcc = summarize(records, &RecordMetrics::rewriteAcc);
    s.paraphraseAcc = summarize(records, &RecordMetrics::paraphraseAcc);
    s.neighborhoodAcc = summarize(records, &RecordMetrics::neighborhoodAcc);
    s.score = harmonicMean({s.es.mean, s.ps.mean, s.ns.mean});
    return s;
}

nlohmann::json MetricsSummary::toJson() const
{
    const auto pair = [](const MetricSummary& m) {
        return nlohmann::json::array({percent(m.mean), percent(m.std)});
    };
    return {{"rewrite_success", pair(es)}, {"rewrite_diff", pair(em)}, {"paraphrase_success", pair(ps)},
            {"paraphrase_diff", pair(pm)}, {"neighborhood_success", pair(ns)}, {"neighborhood_diff", pair(nm)},
            {"rewrite_acc", pair(rewriteAcc)}, {"paraphrase_acc", pair(paraphraseAcc)},
            {"neighborhood_acc", pair(neighborhoodAcc)}, {"score", percent(score)},
            {"num_cases", es.count}};
}

} // namespace editscope
