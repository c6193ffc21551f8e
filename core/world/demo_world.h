// The demo world, text side: a small, self-consistent fictional world of facts generated
// deterministically from a seed (same seed -> byte-identical output on every platform), its
// CounterFact records, downstream skill tasks, filler text, and the sampler of training documents
// that the demo GPT-2 is trained on (design/demo_world.md has the recipe and the lessons behind it).
//
// Shape of the world (DemoWorldShape): R relations (CounterFact's Wikidata properties) x O objects
// per relation x S subjects per object = R*O*S facts. Every subject has exactly one fact, so facts
// never contradict each other, and every object of a relation has the same number of subjects
// (balance: lesson 1 of the design note; an unbalanced world reads ~85% before training).
// A record is one fact: target_new is another object of the relation (balanced over objects),
// paraphrase prompts are "<filler sentence> <another template>", neighbourhood prompts name other
// subjects with the same relation and true object, attribute prompts subjects whose true object is
// target_new. Every subject named in any prompt is itself a fact, so the model can learn it.
//
// Ownership: DemoWorld is a value holding everything it generated. const methods are thread-safe;
// sampleTrainingDocument draws from the caller's Rng (one Rng per thread).
#pragma once

#include "core/dataset/counterfact.h"
#include "core/util/rng.h"
#include "core/world/skill_task.h"
#include "core/world/world_catalog.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

enum class DemoWorldSize { Test, Default };

// Percentages of sampleTrainingDocument's document kinds; they must sum to 100.
struct DocumentMix {
    int bareFact = 30;         // one fact sentence, random template: "The mother tongue of X is French."
    int fillerThenFact = 30;   // one or two filler sentences, then a fact sentence
    int paragraph = 12;        // 3-5 filler sentences with one or two fact sentences inside
    int fillerOnly = 12;       // 2-5 filler sentences
    int skill = 16;            // a skill prompt with 0..shots answered shots + a query + its answer
};

struct DemoWorldShape {
    int relations = 16;           // the first N of relationCatalog()
    int objectsPerRelation = 8;
    int subjectsPerObject = 7;
    int records = 512;            // CounterFact records (a subset of the facts)
    int neighbours = 6;           // neighbourhood prompts per record (at most subjectsPerObject - 1)
    int attributes = 7;           // attribute prompts per record (at most subjectsPerObject)
    int paraphrases = 2;
    int generationPrompts = 10;
    int skillTrain = 400;         // training examples per skill
    int skillHeldOut = 200;       // held-out (dev) examples per skill
    int skillShots = 2;           // shots in a skill's evaluation prompt
    int sentimentWords = 0;       // adjectives per polarity in the sentiment skill (0 = all 18)
    int statsDocuments = 300;     // documents in statsCorpus()
    DocumentMix mix;

    // Test: 8 relations x 3 objects x 3 subjects = 72 facts, 24 records (trains in about 70 s; with
    // 4 layers and a 1,024-token vocabulary its layer-0 MLP stores facts, so ROME edits take on 21 of
    // 24 records). Default: 16 x 8 x 7 = 896 facts, 512 records.
    static DemoWorldShape forSize(DemoWorldSize size);
    int factCount() const { return relations * objectsPerRelation * subjectsPerObject; }
    // Throws InputError("", "shape.<field>", reason) for an impossible shape.
    void validate() const;
    nlohmann::json toJson() const;
};

struct Relation {
    std::string id;                                 // "P103"
    std::string name;                               // "native language"
    SubjectKind subjectKind = SubjectKind::Person;
    std::vector<std::string> templates;             // fact templates, see world_catalog.h
    std::vector<std::string> generationTemplates;
    std::vector<TargetRef> objects;                 // this world's objects of the relation
};

struct Fact {
    std::string subject;
    int relation = 0;   // index into DemoWorld::relations()
    int object = 0;     // index into that relation's objects
};

class DemoWorld {
public:
    static DemoWorld generate(uint64_t seed, DemoWorldSize size);
    static DemoWorld generate(uint64_t seed, const DemoWorldShape& shape);

    uint64_t seed() const { return seed_; }
    const DemoWorldShape& shape() const { return shape_; }
    const std::vector<Relation>& relations() const { return relations_; }
    const std::vector<Fact>& facts() const { return facts_; }
    const std::vector<CounterFactRecord>& records() const { return records_; }
    const std::vector<SkillTask>& skills() const { return skills_; }

    // Indexes into facts() of the subjects with (relation, object).
    const std::vector<int>& factsWith(int relation, int object) const;
    const TargetRef& objectOf(const Fact& fact) const;

    // "<template filled with the subject> <object>." — the sentence that teaches a fact.
    std::string factSentence(const Fact& fact, size_t templateIndex) const;
    std::string factSentence(const Fact& fact, Rng& rng) const;   // random template

    // One training document (design/demo_world.md recipe plus skills; shape().mix). Never contains
    // "<|endoftext|>"; the trainer inserts the separators.
    std::string sampleTrainingDocument(Rng& rng) const;

    // Documents for corpus.txt (layer statistics): filler paragraphs with facts mixed in, one line
    // each (no blank lines inside a document). Deterministic in the seed.
    std::vector<std::string> statsCorpus() const;

    // Texts for training the BPE tokenizer: every fact in every template, every generation prompt,
    // every record prompt with both targets, every skill example rendered with each answer word plus
    // some whole few-shot documents, every filler phrase plus sampled filler sentences, and the
    // stats corpus. ~34k strings, ~1.6 MB for the Default world.
    std::vector<std::string> tokenizerTrainingTexts() const;

    // world.json content: seed, shape, relations with objects, facts, skills, document mix.
    nlohmann::json worldJson() const;

    // Writes dir/counterfact.json, dir/skills/<task>/{train,dev}.tsv, dir/corpus.txt (documents
    // separated by a blank line) and dir/world.json; creates directories as needed.
    void writeTextFiles(const std::string& dir) const;

private:
    DemoWorld() = default;
    void buildFacts(Rng& rng);
    void buildRecords(Rng& rng);

    uint64_t seed_ = 0;
    DemoWorldShape shape_;
    std::vector<Relation> relations_;
    std::vector<Fact> facts_;
    std::vector<std::vector<std::vector<int>>> factsByRelationObject_;   // [relation][object] -> fact indexes
    std::vector<CounterFactRecord> records_;
    std::vector<SkillTask> skills_;
};

} // namespace editscope
