// The hparams a "use this layer" click writes: ROME edits exactly the picked layer, MEMIT keeps its
// window length and ends it at the picked layer (the reference's GPT-2 XL files: ROME 17, MEMIT 13..17,
// so picking 17 on the MEMIT file gives its own window back), clamped at 0; every other key and the key
// order stay; the result loads with the real hparams loader; bad files name file and field.
#include "core/editing/hparams.h"
#include "core/editing/hparams_layers.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace editscope;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string resource(const char* relative)
{
    return std::string(EDITSCOPE_SOURCE_DIR) + "/resources/hparams/" + relative;
}

} // namespace

class TestHparamsLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void romeEditsThePickedLayer()
    {
        const std::string file = resource("ROME/gpt2-xl.json");
        const std::string text = readFile(file);
        QCOMPARE(layersForPickedLayer(text, "rome", 9, file), std::vector<int64_t>{9});
        QCOMPARE(layersForPickedLayer(text, "r-rome", 0, file), std::vector<int64_t>{0});

        const std::string out = hparamsWithPickedLayer(text, "rome", 9, file);
        const auto before = nlohmann::ordered_json::parse(text);
        const auto after = nlohmann::ordered_json::parse(out);
        QVERIFY(after["layers"] == nlohmann::ordered_json::array({9}));
        // Same keys in the same order, same values except layers.
        QCOMPARE(after.size(), before.size());
        auto a = after.begin();
        for (auto b = before.begin(); b != before.end(); ++b, ++a) {
            QVERIFY2(a.key() == b.key(), b.key().c_str());
            if (b.key() != "layers") QVERIFY2(a.value() == b.value(), b.key().c_str());
        }
        // The real loader takes it.
        QTemporaryDir dir;
        const std::string path = dir.filePath("rome.json").toStdString();
        std::ofstream(path) << out;
        QCOMPARE(loadRomeHparams(path).layers, std::vector<int64_t>{9});
    }

    void memitKeepsItsWindowEndingAtThePick()
    {
        const std::string file = resource("MEMIT/gpt2-xl.json");
        const std::string text = readFile(file);
        QCOMPARE(layersForPickedLayer(text, "memit", 17, file), (std::vector<int64_t>{13, 14, 15, 16, 17}));
        QCOMPARE(layersForPickedLayer(text, "memit", 8, file), (std::vector<int64_t>{4, 5, 6, 7, 8}));
        QCOMPARE(layersForPickedLayer(text, "memit", 2, file), (std::vector<int64_t>{0, 1, 2}));
        QTemporaryDir dir;
        const std::string path = dir.filePath("memit.json").toStdString();
        std::ofstream(path) << hparamsWithPickedLayer(text, "memit", 8, file);
        QCOMPARE(loadMemitHparams(path).layers, (std::vector<int64_t>{4, 5, 6, 7, 8}));
    }

    void badInputNamesFileAndField()
    {
        auto fails = [](const std::string& text, int64_t layer, const char* field) {
            try {
                hparamsWithPickedLayer(text, "rome", layer, "h.json");
            } catch (const InputError& e) {
                const std::string what = e.what();
                return what.find("h.json") != std::string::npos && what.find(field) != std::string::npos;
            }
            return false;
        };
        QVERIFY(fails("{", 1, ""));
        QVERIFY(fails("[1]", 1, ""));
        QVERIFY(fails("{\"v_lr\": 0.5}", 1, "layers"));
        QVERIFY(fails("{\"layers\": []}", 1, "layers"));
        QVERIFY(fails("{\"layers\": [\"x\"]}", 1, "layers"));
        QVERIFY(fails("{\"layers\": [3]}", -1, "layers"));
    }
};

EDITSCOPE_TEST_MAIN(TestHparamsLayers)
#include "test_hparams_layers.moc"
