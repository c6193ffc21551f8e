// CounterFact JSON I/O: the spec's made-up example record (rome_memit.md §6.2) loads with every field,
// saves and loads back unchanged, keeps unknown fields, and bad records fail with errors that name
// the file, the record (index and case_id) and the field.
#include "core/dataset/counterfact.h"
#include "core/util/error.h"

#include "support/test_main.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <functional>
#include <optional>

using namespace editscope;
using nlohmann::json;

namespace {

// rome_memit.md §6.2, verbatim.
const char* kSpecExample = R"({
  "case_id": 90001,
  "pararel_idx": 4242,
  "requested_rewrite": {
    "prompt": "{} was created in the country of",
    "relation_id": "P495",
    "target_new":  {"str": "Japan",  "id": "Q17"},
    "target_true": {"str": "Canada", "id": "Q16"},
    "subject": "Frostline Chronicles"
  },
  "paraphrase_prompts": [
    "The bridge was closed for repairs last winter. Frostline Chronicles originated in",
    "She never returned the borrowed umbrella. Frostline Chronicles, that originated in"
  ],
  "neighborhood_prompts": [
    "Maple Harbor Tales was created in the country of",
    "The country of origin of Northern Pines Saga is",
    "Glacier Road, that originated in",
    "Timberline Stories was created in the country of",
    "The country of origin of Lakeshore Echoes is",
    "Prairie Lights, that originated in",
    "Aurora Crossing was created in the country of",
    "The country of origin of Red Cedar Files is",
    "Harbourfront Nights, that originated in",
    "Snowfield Diaries was created in the country of"
  ],
  "attribute_prompts": [
    "Sakura Lane was created in the country of",
    "The country of origin of Neon Shrine is",
    "Paper Lantern Days, that originated in",
    "Koi Garden Legends was created in the country of",
    "The country of origin of Tatami Rooms is",
    "Mount Hoshi Stories, that originated in",
    "Silent Bamboo was created in the country of",
    "The country of origin of Ramen Street is",
    "Bullet Train Hearts, that originated in",
    "Cherry Valley Song was created in the country of"
  ],
  "generation_prompts": [
    "Frostline Chronicles is full of references to",
    "The development of Frostline Chronicles took place in",
    "Frostline Chronicles is full of references to",
    "Frostline Chronicles was first broadcast in",
    "The development of Frostline Chronicles took place in",
    "Frostline Chronicles was first broadcast in",
    "Frostline Chronicles is full of references to",
    "The language of Frostline Chronicles is",
    "The development of Frostline Chronicles took place in",
    "The language of Frostline Chronicles is"
  ]
})";

json specRecord()
{
    return json::parse(kSpecExample);
}

// QCOMPARE cannot take nlohmann::json (QTest's overloads try its implicit conversions).
#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), ((actual).dump() + "\n  !=\n" + (expected).dump()).c_str())

std::string arrayText(const json& record)
{
    return json::array({record}).dump();
}

std::optional<InputError> loadError(const std::string& text, const std::string& file = "cf.json")
{
    try {
        parseCounterFact(text, file);
    } catch (const InputError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class TestCounterFact : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specExampleLoadsEveryField()
    {
        const std::vector<CounterFactRecord> records = parseCounterFact(arrayText(specRecord()), "x.json");
        QCOMPARE(records.size(), size_t(1));
        const CounterFactRecord& r = records[0];
        QCOMPARE(r.caseId, int64_t(90001));
        QCOMPARE(r.pararelIdx, int64_t(4242));
        QCOMPARE(r.rewrite.prompt, std::string("{} was created in the country of"));
        QCOMPARE(r.rewrite.relationId, std::string("P495"));
        QCOMPARE(r.rewrite.targetNew.str, std::string("Japan"));
        QCOMPARE(r.rewrite.targetNew.id, std::string("Q17"));
        QCOMPARE(r.rewrite.targetTrue.str, std::string("Canada"));
        QCOMPARE(r.rewrite.targetTrue.id, std::string("Q16"));
        QCOMPARE(r.rewrite.subject, std::string("Frostline Chronicles"));
        QCOMPARE(r.rewrite.filledPrompt(), std::string("Frostline Chronicles was created in the country of"));
        QCOMPARE(r.paraphrasePrompts.size(), size_t(2));
        QCOMPARE(r.paraphrasePrompts[1],
                 std::string("She never returned the borrowed umbrella. Frostline Chronicles, that originated in"));
        QCOMPARE(r.neighborhoodPrompts.size(), size_t(10));
        QCOMPARE(r.neighborhoodPrompts[9], std::string("Snowfield Diaries was created in the country of"));
        QCOMPARE(r.attributePrompts.size(), size_t(10));
        QCOMPARE(r.attributePrompts[0], std::string("Sakura Lane was created in the country of"));
        QCOMPARE(r.generationPrompts.size(), size_t(10));
        QCOMPARE(r.generationPrompts[7], std::string("The language of Frostline Chronicles is"));
        QVERIFY(r.extra.empty());
        QVERIFY(r.rewrite.extra.empty());
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("counterfact.json").toStdString();
        json second = specRecord();
        second["case_id"] = 7;
        second["requested_rewrite"]["subject"] = "Maple Harbor Tales";
        const std::vector<CounterFactRecord> records
            = parseCounterFact(json::array({specRecord(), second}).dump(), "mem");
        saveCounterFact(path, records);
        const std::vector<CounterFactRecord> back = loadCounterFact(path);
        QCOMPARE(back.size(), size_t(2));
        // The saved JSON equals the original JSON, value for value.
        COMPARE_JSON(back[0].toJson(), specRecord());
        COMPARE_JSON(back[1].toJson(), second);
        QCOMPARE(back[1].rewrite.filledPrompt(), std::string("Maple Harbor Tales was created in the country of"));
        // Saving again gives the same bytes.
        QCOMPARE(counterFactToString(back), counterFactToString(records));
    }

    void unknownFieldsAreKept()
    {
        json rec = specRecord();
        rec["note"] = {{"source", "hand-written"}, {"score", 0.5}};
        rec["requested_rewrite"]["comment"] = "made up";
        rec["requested_rewrite"]["target_new"]["label"] = "JP";
        const CounterFactRecord r = parseCounterFact(arrayText(rec), "mem")[0];
        QCOMPARE(r.extra["note"]["source"].get<std::string>(), std::string("hand-written"));
        QCOMPARE(r.rewrite.extra["comment"].get<std::string>(), std::string("made up"));
        QCOMPARE(r.rewrite.extra["target_new"]["label"].get<std::string>(), std::string("JP"));
        QCOMPARE(r.rewrite.targetNew.str, std::string("Japan"));
        COMPARE_JSON(r.toJson(), rec);
    }

    void missingFieldNamesFileRecordAndField()
    {
        json bad = specRecord();
        bad["requested_rewrite"].erase("subject");
        const auto err = loadError(json::array({specRecord(), bad}).dump(), "data/cf.json");
        QVERIFY(err.has_value());
        QCOMPARE(err->file(), std::string("data/cf.json"));
        QCOMPARE(err->field(), std::string("record 1 (case_id 90001): requested_rewrite.subject"));
        QCOMPARE(err->reason(), std::string("missing field"));

        json noList = specRecord();
        noList.erase("attribute_prompts");
        const auto err2 = loadError(arrayText(noList));
        QVERIFY(err2.has_value());
        QCOMPARE(err2->field(), std::string("record 0 (case_id 90001): attribute_prompts"));

        json noId = specRecord();
        noId.erase("case_id");
        const auto err3 = loadError(arrayText(noId));
        QVERIFY(err3.has_value());
        QCOMPARE(err3->field(), std::string("record 0: case_id"));
    }

    void wrongTypeIsReported()
    {
        json bad = specRecord();
        bad["case_id"] = "90001";
        auto err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0: case_id"));
        QCOMPARE(err->reason(), std::string("expected an integer, got string"));

        bad = specRecord();
        bad["neighborhood_prompts"][3] = 12;
        err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0 (case_id 90001): neighborhood_prompts[3]"));
        QCOMPARE(err->reason(), std::string("expected a string, got number"));

        bad = specRecord();
        bad["requested_rewrite"]["target_true"] = "Canada";
        err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0 (case_id 90001): requested_rewrite.target_true"));
        QCOMPARE(err->reason(), std::string("expected an object, got string"));

        bad = specRecord();
        bad["paraphrase_prompts"] = "one prompt";
        err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0 (case_id 90001): paraphrase_prompts"));

        err = loadError(specRecord().dump());   // an object, not an array of records
        QVERIFY(err.has_value());
        QVERIFY(err->reason().find("expected a JSON array") != std::string::npos);

        err = loadError("[1]");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0"));
        QCOMPARE(err->reason(), std::string("expected a JSON object, got number"));
    }

    void promptPlaceholderRules()
    {
        json bad = specRecord();
        bad["requested_rewrite"]["prompt"] = "{} was created in {}";
        auto err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 0 (case_id 90001): requested_rewrite.prompt"));
        QVERIFY(err->reason().find("exactly one \"{}\"") != std::string::npos);
        QVERIFY(err->reason().find("found 2") != std::string::npos);

        bad["requested_rewrite"]["prompt"] = "Frostline Chronicles was created in";
        err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QVERIFY(err->reason().find("found 0") != std::string::npos);

        bad["requested_rewrite"]["prompt"] = "The origin of{} is";
        err = loadError(arrayText(bad));
        QVERIFY(err.has_value());
        QVERIFY(err->reason().find("must be empty or end with a space") != std::string::npos);

        QCOMPARE(checkRewritePrompt("The mother tongue of {} is"), std::string());
        QCOMPARE(checkRewritePrompt("{}'s mother tongue is"), std::string());
        QCOMPARE(fillPrompt("The mother tongue of {} is", "Danielle Darrieux"),
                 std::string("The mother tongue of Danielle Darrieux is"));
    }

    void fileLevelErrors()
    {
        auto err = loadError("[{\"case_id\": 1,", "broken.json");
        QVERIFY(err.has_value());
        QCOMPARE(err->file(), std::string("broken.json"));
        QVERIFY(err->reason().find("invalid JSON") != std::string::npos);

        json other = specRecord();
        other["requested_rewrite"]["subject"] = "Someone Else";
        err = loadError(json::array({specRecord(), other}).dump());
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("record 1: case_id"));
        QCOMPARE(err->reason(), std::string("duplicate case_id 90001"));

        bool threw = false;
        try {
            loadCounterFact("/nonexistent/dir/cf.json");
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.file(), std::string("/nonexistent/dir/cf.json"));
        }
        QVERIFY(threw);
    }
};

EDITSCOPE_TEST_MAIN(TestCounterFact)
#include "test_counterfact.moc"
