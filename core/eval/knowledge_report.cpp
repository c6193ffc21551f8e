#include "core/eval/knowledge_report.h"

#include "core/dataset/glue_prompt.h"
#include "core/eval/downstream.h"
#include "core/eval/target_scoring.h"
#include "core/tokenizer/gpt2_tokenizer.h"

#include <algorithm>

namespace editscope {

FactKnowledge measureFactKnowledge(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer,
                                   std::span<const CounterFactRecord> records, int64_t maxBatch)
{
    // One flat list of (prefix, target) pairs: for each prompt, target_true then target_new.
    std::vector<ScoringItem> items;
    for (const auto& r : records) {
        auto add = [&](const std::string& prefix) {
            items.push_back({prefix, r.rewrite.targetTrue.str});
            items.push_back({prefix, r.rewrite.targetNew.str});
        };
        add(r.rewrite.filledPrompt());
        for (const auto& p : r.paraphrasePrompts)
            add(p);
        for (const auto& p : r.neighborhoodPrompts)
            add(p);
    }
    const auto scores = scoreTargets(model, tokenizer, items, maxBatch);

    FactKnowledge k;
    k.records = static_cast<int64_t>(records.size());
    size_t i = 0;
    int64_t withParaphrases = 0, withNeighbors = 0;
    auto knows = [&](size_t at) { return scores[at].meanNll < scores[at + 1].meanNll; };
    for (const auto& r : records) {
        k.rewriteSuccess += knows(i) ? 1.0 : 0.0;
        k.rewriteTop1 += scores[i].argmaxCorrect ? 1.0 : 0.0;
        k.meanRewriteNllTrue += scores[i].meanNll;
        k.meanRewriteNllNew += scores[i + 1].meanNll;
        i += 2;
        if (!r.paraphrasePrompts.empty()) {
            double s = 0;
            for (size_t p = 0; p < r.paraphrasePrompts.size(); ++p, i += 2)
                s += knows(i) ? 1.0 : 0.0;
            k.paraphraseSuccess += s / static_cast<double>(r.paraphrasePrompts.size());
            ++withParaphrases;
        }
        if (!r.neighborhoodPrompts.empty()) {
            double s = 0;
            for (size_t p = 0; p < r.neighborhoodPrompts.size(); ++p, i += 2)
                s += knows(i) ? 1.0 : 0.0;
            k.neighborhoodSuccess += s / static_cast<double>(r.neighborhoodPrompts.size());
            ++withNeighbors;
        }
    }
    const double n = std::max<double>(1.0, static_cast<double>(records.size()));
    k.rewriteSuccess /= n;
    k.rewriteTop1 /= n;
    k.meanRewriteNllTrue /= n;
    k.meanRewriteNllNew /= n;
    k.paraphraseSuccess /= std::max<double>(1.0, static_cast<double>(withParaphrases));
    k.neighborhoodSuccess /= std::max<double>(1.0, static_cast<double>(withNeighbors));
    return k;
}

SkillAccuracy measureSkill(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const SkillEvalSet& skill,
                           int64_t answerTokens, int64_t maxBatch)
{
    SkillAccuracy result;
    result.name = skill.name;
    const auto answers = generateGlueAnswers(model, tokenizer, skill.format, skill.shots, skill.queries, answerTokens, maxBatch);
    for (size_t q = 0; q < skill.queries.size(); ++q) {
        const int label = parseGlueAnswer(skill.format, tokenizer.decode(answers[q]));
        if (label == skill.queries[q].label)
            ++result.correct;
        else
            ++result.incorrect;
        if (label < 0)
            ++result.invalid;
    }
    return result;
}

nlohmann::json toJson(const FactKnowledge& f)
{
    return {{"records", f.records},
            {"rewrite_success", f.rewriteSuccess},
            {"paraphrase_success", f.paraphraseSuccess},
            {"neighborhood_success", f.neighborhoodSuccess},
            {"rewrite_top1_recall", f.rewriteTop1},
            {"mean_rewrite_nll_true", f.meanRewriteNllTrue},
            {"mean_rewrite_nll_new", f.meanRewriteNllNew}};
}

nlohmann::json toJson(const SkillAccuracy& s)
{
    return {{"task", s.name}, {"correct", s.correct}, {"incorrect", s.incorrect}, {"invalid", s.invalid},
            {"accuracy", s.accuracy()}};
}

} // namespace editscope
