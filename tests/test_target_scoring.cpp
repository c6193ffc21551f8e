// ROME's target scoring (spec/rome_memit.md §6.3) on the test world's trained model, against a
// direct computation from full-sequence logits, one item at a time.
#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/dataset/counterfact.h"
#include "core/eval/target_scoring.h"
#include "core/model/gpt2_model.h"
#include "core/util/error.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

using namespace editscope;
using editscope::testing::testWorldDir;

class TestTargetScoring : public QObject {
    Q_OBJECT
    std::unique_ptr<Gpt2Model> model_;
    std::unique_ptr<Gpt2Tokenizer> tok_;
    std::vector<ScoringItem> items_;

private Q_SLOTS:
    void initTestCase()
    {
        auto checkpoint = loadGpt2Folder(testWorldDir() + "/model");
        model_ = std::make_unique<Gpt2Model>(checkpoint.config, checkpoint.weights);
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(testWorldDir() + "/model"));
        for (const auto& r : loadCounterFact(testWorldDir() + "/counterfact.json")) {
            items_.push_back({r.rewrite.filledPrompt(), r.rewrite.targetTrue.str});
            items_.push_back({r.paraphrasePrompts.front(), r.rewrite.targetNew.str});
        }
    }

    void meanNllEqualsDirectComputation()
    {
        const auto scores = scoreTargets(*model_, *tok_, items_, 7);
        at::NoGradGuard g;
        int multiToken = 0;
        for (size_t i = 0; i < items_.size(); ++i) {
            const auto& it = items_[i];
            const auto full = tok_->encode(it.prefix + " " + it.target);
            const auto target = tok_->encode(" " + it.target);
            const auto prefixLen = static_cast<int64_t>(tok_->encode(it.prefix).size());
            const auto logProbs = at::log_softmax(model_->forward(TokenBatch::fromSequences({full}, 0, at::kCPU)).logits[0], -1);
            double sum = 0;
            bool argmax = true;
            for (size_t j = 0; j < target.size(); ++j) {
                const auto row = logProbs[prefixLen + static_cast<int64_t>(j) - 1];
                sum -= row[target[j]].item<double>();
                argmax = argmax && row.argmax().item<int64_t>() == target[j];
            }
            multiToken += target.size() > 1;
            QVERIFY2(std::abs(scores[i].meanNll - sum / static_cast<double>(target.size())) < 1e-5,
                     qPrintable(QString::fromStdString(it.prefix + " | " + it.target)));
            QCOMPARE(scores[i].argmaxCorrect, argmax);
            QCOMPARE(scores[i].targetTokens, static_cast<int64_t>(target.size()));
        }
        QVERIFY(multiToken > 0);   // the mean over several target tokens is exercised
    }

    void batchingDoesNotChangeScores()
    {
        const auto one = scoreTargets(*model_, *tok_, items_, 1);
        const auto all = scoreTargets(*model_, *tok_, items_, 1000);
        for (size_t i = 0; i < items_.size(); ++i)
            QVERIFY(std::abs(one[i].meanNll - all[i].meanNll) < 1e-5);
    }

    void emptyPrefixIsAnError()
    {
        // The first target token would have to be read at position -1.
        QVERIFY_THROWS_EXCEPTION(InputError, scoreTargets(*model_, *tok_, {{"", "France"}}));
        // An empty target is still " " (one token), exactly as the reference scores it.
        QCOMPARE(scoreTargets(*model_, *tok_, {{"The", ""}})[0].targetTokens, int64_t{1});
    }
};

EDITSCOPE_TEST_MAIN(TestTargetScoring)
#include "test_target_scoring.moc"
