// Context templates (spec §2.5) sampled from the test world's model: structure, lengths, seeding,
// and the JSON file format used to load templates dumped by the Python reference.
#include <ATen/ATen.h>

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/editing/context_templates.h"
#include "core/formats/file_io.h"
#include "core/model/gpt2_model.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "support/cli_runner.h"
#include "support/test_main.h"

#include <QTemporaryDir>

using namespace editscope;
using editscope::testing::testWorldDir;

class TestContextTemplates : public QObject {
    Q_OBJECT
    std::unique_ptr<Gpt2Model> model_;
    std::unique_ptr<Gpt2Tokenizer> tok_;

private Q_SLOTS:
    void initTestCase()
    {
        auto checkpoint = loadGpt2Folder(testWorldDir() + "/model");
        model_ = std::make_unique<Gpt2Model>(checkpoint.config, checkpoint.weights);
        tok_ = std::make_unique<Gpt2Tokenizer>(Gpt2Tokenizer::loadFromDir(testWorldDir() + "/model"));
    }

    void romeTemplatesHaveTheReferenceShape()
    {
        const auto t = romeContextTemplates(*model_, *tok_, {{5, 10}, {10, 10}}, 3);
        QCOMPARE(t.groups.size(), size_t(1));
        const auto all = t.flat();
        QCOMPARE(all.size(), size_t(21));
        QCOMPARE(all[0], std::string("{}"));
        for (size_t i = 1; i < all.size(); ++i) {
            const auto& s = all[i];
            QVERIFY(s.size() > 4 && s.compare(s.size() - 4, 4, ". {}") == 0);
            // max_out_len counts the "<|endoftext|>" prompt token: 4 or 9 sampled tokens.
            const auto sampled = tok_->encode(s.substr(0, s.size() - 4));
            QVERIFY2(sampled.size() <= (i <= 10 ? 4u : 9u), s.c_str());
            QVERIFY(s.find("<|endoftext|>") == std::string::npos);
        }
        QCOMPARE(romeContextTemplates(*model_, *tok_, {{5, 10}, {10, 10}}, 3).flat(), all);
        QVERIFY(romeContextTemplates(*model_, *tok_, {{5, 10}, {10, 10}}, 4).flat() != all);
    }

    void memitTemplatesAreTwoGroupsSeededByFiveWords()
    {
        const auto t = memitContextTemplates(*model_, *tok_, 0);
        QCOMPARE(t.groups.size(), size_t(2));
        QCOMPARE(t.groups[0], std::vector<std::string>{"{}"});
        QCOMPARE(t.groups[1].size(), size_t(5));
        const char* seeds[] = {"The", "Therefore", "Because", "I", "You"};
        for (size_t i = 0; i < 5; ++i) {
            QVERIFY(t.groups[1][i].rfind(seeds[i], 0) == 0);
            QVERIFY(t.groups[1][i].find_first_of("{}") == t.groups[1][i].size() - 2);
        }
    }

    void filesRoundTripAndBadFilesFail()
    {
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/t.json";
        const auto memit = memitContextTemplates(*model_, *tok_, 0);
        saveContextTemplates(path, memit);
        QCOMPARE(loadContextTemplates(path).groups, memit.groups);
        writeFileAtomically(path, std::string_view("[\"{}\", \"Hello. {}\"]"));
        QCOMPARE(loadContextTemplates(path).flat(), (std::vector<std::string>{"{}", "Hello. {}"}));
        writeFileAtomically(path, std::string_view("[\"{}\", \"no slot\"]"));
        try {
            loadContextTemplates(path);
            QFAIL("accepted a template without {}");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), std::string("[1]"));
        }
        writeFileAtomically(path, std::string_view("{\"a\": 1}"));
        QVERIFY_THROWS_EXCEPTION(InputError, loadContextTemplates(path));
    }
};

EDITSCOPE_TEST_MAIN(TestContextTemplates)
#include "test_context_templates.moc"
