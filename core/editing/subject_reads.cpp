#include "core/editing/subject_reads.h"

#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace editscope {

std::string fillSlot(const std::string& text, const std::string& value)
{
    const auto at = text.find("{}");
    if (at == std::string::npos)
        throw InputError("", "template", "\"" + text + "\" has no {}");
    return text.substr(0, at) + value + text.substr(at + 2);
}

std::vector<at::Tensor> readAtSubjects(const Gpt2Model& model, const Gpt2Tokenizer& tok,
                                       const std::vector<SubjectPrompt>& prompts, FactToken factToken,
                                       const std::vector<std::pair<TapPoint, int64_t>>& reads, int64_t maxRows)
{
    if (static_cast<int64_t>(prompts.size()) > maxRows) {
        std::vector<std::vector<at::Tensor>> parts(reads.size());
        for (size_t begin = 0; begin < prompts.size(); begin += static_cast<size_t>(maxRows)) {
            const auto end = std::min(prompts.size(), begin + static_cast<size_t>(maxRows));
            const std::vector<SubjectPrompt> chunk(prompts.begin() + static_cast<std::ptrdiff_t>(begin),
                                                   prompts.begin() + static_cast<std::ptrdiff_t>(end));
            auto r = readAtSubjects(model, tok, chunk, factToken, reads, maxRows);
            for (size_t i = 0; i < r.size(); ++i)
                parts[i].push_back(std::move(r[i]));
        }
        std::vector<at::Tensor> out;
        for (auto& p : parts)
            out.push_back(at::cat(p, 0));
        return out;
    }
    std::vector<std::vector<int32_t>> sequences;
    std::vector<RowPosition> at;
    for (size_t i = 0; i < prompts.size(); ++i) {
        sequences.push_back(tok.encode(fillSlot(prompts[i].promptTemplate, prompts[i].subject)));
        int64_t idx = subjectTokenIndex(tok, prompts[i].promptTemplate, prompts[i].subject, factToken);
        if (idx < 0)
            idx += static_cast<int64_t>(sequences.back().size());
        at.push_back({static_cast<int64_t>(i), idx});
    }
    ForwardOptions o;
    int64_t deepest = 0;
    for (const auto& [point, layer] : reads) {
        o.reads.push_back({point, layer, at});
        deepest = std::max(deepest, layer);
    }
    o.stopAfterLayer = deepest;
    return model.forward(TokenBatch::fromSequences(sequences, tok.eosTokenId(), model.device()), o).reads;
}

} // namespace editscope
