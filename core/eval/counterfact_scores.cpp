#include "core/eval/counterfact_scores.h"

#include "core/eval/target_scoring.h"

namespace editscope {

std::vector<RecordScores> scoreCounterFact(const Gpt2Model& model, const Gpt2Tokenizer& tok,
                                           const std::vector<CounterFactRecord>& records,
                                           const CounterFactScoreOptions& options)
{
    // Items in the order record → list → prompt → (new, true); scored together, then split back.
    std::vector<ScoringItem> items;
    std::vector<RecordScores> out(records.size());
    const auto lists = [&](const CounterFactRecord& r, RecordScores& s) {
        std::vector<std::pair<std::vector<std::string>, std::vector<PromptScore>*>> l;
        l.push_back({{r.rewrite.filledPrompt()}, &s.rewrite});
        l.push_back({r.paraphrasePrompts, &s.paraphrase});
        l.push_back({r.neighborhoodPrompts, &s.neighborhood});
        if (options.attributePrompts)
            l.push_back({r.attributePrompts, &s.attribute});
        return l;
    };
    for (size_t i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        out[i].caseId = r.caseId;
        for (auto& [prompts, target] : lists(r, out[i]))
            for (const auto& p : prompts) {
                items.push_back({p, r.rewrite.targetNew.str});
                items.push_back({p, r.rewrite.targetTrue.str});
            }
    }
    const auto scores = scoreTargets(model, tok, items, options.maxBatch, options.cancelled);
    size_t k = 0;
    for (size_t i = 0; i < records.size(); ++i)
        for (auto& [prompts, target] : lists(records[i], out[i]))
            for (const auto& p : prompts) {
                const auto& n = scores[k++];
                const auto& t = scores[k++];
                target->push_back({p, n.meanNll, t.meanNll, n.argmaxCorrect, t.argmaxCorrect});
            }
    return out;
}

} // namespace editscope
