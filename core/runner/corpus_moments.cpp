#include "core/runner/corpus_moments.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/text_corpus.h"
#include "core/model/gpt2_model.h"
#include "core/tensor/device.h"
#include "core/tokenizer/gpt2_tokenizer.h"

namespace editscope {

std::vector<SecondMoment> computeSecondMomentsFromFolder(const std::string& modelDir, const std::string& corpusPath,
                                                         const std::string& device, const SecondMomentOptions& options,
                                                         const std::function<bool(const StatsProgress&)>& progress)
{
    Gpt2LoadOptions load;
    load.device = parseDevice(device.empty() ? "auto" : device);
    load.dtype = at::kFloat;
    auto checkpoint = loadGpt2Folder(modelDir, load);
    const auto tokenizer = Gpt2Tokenizer::loadFromDir(modelDir);
    const Gpt2Model model(std::move(checkpoint.config), std::move(checkpoint.weights));
    const auto corpus = loadTextCorpus(corpusPath);
    return computeSecondMoments(model, tokenizer, corpus, options, progress);
}

} // namespace editscope
