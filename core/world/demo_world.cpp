#include "core/world/demo_world.h"

#include "core/util/error.h"
#include "core/world/filler_grammar.h"
#include "core/world/skill_generators.h"
#include "core/world/subject_names.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace editscope {
namespace {

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw InputError(path.string(), "", "cannot open file for writing");
    out << text;
    out.flush();
    if (!out)
        throw InputError(path.string(), "", "write error");
}

// Every word of every catalog object: a subject name containing one would read like a fact.
std::vector<std::string> reservedObjectWords()
{
    std::vector<std::string> out;
    for (const RelationSpec& spec : relationCatalog()) {
        for (const TargetRef& ref : objectCatalog(spec.objectCategory)) {
            std::string word;
            for (char c : ref.str + " ") {
                if (c == ' ' || c == '.') {
                    if (!word.empty())
                        out.push_back(word);
                    word.clear();
                } else {
                    word += c;
                }
            }
        }
    }
    return out;
}

std::string joinSentences(const std::vector<std::string>& sentences)
{
    std::string out;
    for (size_t i = 0; i < sentences.size(); ++i) {
        if (i > 0)
            out += ' ';
        out += sentences[i];
    }
    return out;
}

} // namespace

// --- shape ----------------------------------------------------------------------------------------

DemoWorldShape DemoWorldShape::forSize(DemoWorldSize size)
{
    DemoWorldShape s;
    if (size == DemoWorldSize::Test) {
        s.relations = 8;
        s.objectsPerRelation = 3;
        s.subjectsPerObject = 3;
        s.records = 24;
        s.neighbours = 2;
        s.attributes = 3;
        // Skills generalise only from many varied examples, whatever the world's size; with few facts
        // to learn, the test world spends more of its documents on them.
        s.skillTrain = 400;
        s.skillHeldOut = 40;
        s.statsDocuments = 40;
        s.mix = DocumentMix{30, 25, 5, 5, 35};
        s.sentimentWords = 6;
    }
    return s;
}

void DemoWorldShape::validate() const
{
    auto fail = [](const std::string& field, const std::string& reason) {
        throw InputError("", "shape." + field, reason);
    };
    const int catalogRelations = static_cast<int>(relationCatalog().size());
    if (relations < 1 || relations > catalogRelations)
        fail("relations", "must be between 1 and " + std::to_string(catalogRelations));
    int fewestObjects = 1 << 30;
    for (int r = 0; r < relations; ++r) {
        const int n = static_cast<int>(objectCatalog(relationCatalog()[static_cast<size_t>(r)].objectCategory).size());
        fewestObjects = std::min(fewestObjects, n);
    }
    if (objectsPerRelation < 2 || objectsPerRelation > fewestObjects)
        fail("objectsPerRelation", "must be between 2 (target_new needs another object) and "
                                       + std::to_string(fewestObjects) + " for these relations");
    if (subjectsPerObject < 1)
        fail("subjectsPerObject", "must be at least 1");
    if (records < 0 || records > factCount())
        fail("records", "must be between 0 and the number of facts (" + std::to_string(factCount()) + ")");
    if (neighbours < 0 || attributes < 0 || paraphrases < 0 || generationPrompts < 0)
        fail("neighbours", "prompt counts must not be negative");
    if (skillTrain < 0 || skillHeldOut < 0 || skillShots < 0 || statsDocuments < 0 || sentimentWords < 0)
        fail("skillTrain", "counts must not be negative");
    for (int part : {mix.bareFact, mix.fillerThenFact, mix.paragraph, mix.fillerOnly, mix.skill}) {
        if (part < 0)
            fail("mix", "percentages must not be negative");
    }
    if (mix.bareFact + mix.fillerThenFact + mix.paragraph + mix.fillerOnly + mix.skill != 100)
        fail("mix", "percentages must sum to 100");
    if (mix.skill > 0 && skillTrain < 2)
        fail("skillTrain", "skill documents need at least 2 training examples per skill");
}

nlohmann::json DemoWorldShape::toJson() const
{
    return {{"relations", relations},
            {"objects_per_relation", objectsPerRelation},
            {"subjects_per_object", subjectsPerObject},
            {"facts", factCount()},
            {"records", records},
            {"neighbours", neighbours},
            {"attributes", attributes},
            {"paraphrases", paraphrases},
            {"generation_prompts", generationPrompts},
            {"skill_train", skillTrain},
            {"skill_held_out", skillHeldOut},
            {"sentiment_words", sentimentWords},
            {"skill_shots", skillShots},
            {"stats_documents", statsDocuments},
            {"document_mix",
             {{"bare_fact", mix.bareFact},
              {"filler_then_fact", mix.fillerThenFact},
              {"paragraph", mix.paragraph},
              {"filler_only", mix.fillerOnly},
              {"skill", mix.skill}}}};
}

// --- generation -----------------------------------------------------------------------------------

DemoWorld DemoWorld::generate(uint64_t seed, DemoWorldSize size)
{
    return generate(seed, DemoWorldShape::forSize(size));
}

DemoWorld DemoWorld::generate(uint64_t seed, const DemoWorldShape& shape)
{
    shape.validate();
    DemoWorld world;
    world.seed_ = seed;
    world.shape_ = shape;
    // Independent named streams: changing one part of the generator leaves the others' numbers alone.
    const Rng root(seed);
    Rng factRng = root.derive("facts");
    world.buildFacts(factRng);
    Rng recordRng = root.derive("records");
    world.buildRecords(recordRng);
    Rng sentimentRng = root.derive("skill/sentiment");
    Rng entailmentRng = root.derive("skill/entailment");
    if (shape.skillTrain > 0 || shape.skillHeldOut > 0) {
        world.skills_.push_back(makeSentimentTask(sentimentRng, shape.skillTrain, shape.skillHeldOut, shape.skillShots, shape.sentimentWords));
        world.skills_.push_back(
            makeEntailmentTask(entailmentRng, shape.skillTrain, shape.skillHeldOut, shape.skillShots));
    }
    return world;
}

void DemoWorld::buildFacts(Rng& rng)
{
    SubjectNamePool names(reservedObjectWords());
    const auto& catalog = relationCatalog();
    factsByRelationObject_.assign(static_cast<size_t>(shape_.relations), {});
    for (int r = 0; r < shape_.relations; ++r) {
        const RelationSpec& spec = catalog[static_cast<size_t>(r)];
        Relation rel;
        rel.id = spec.id;
        rel.name = spec.name;
        rel.subjectKind = spec.subjectKind;
        rel.templates = spec.templates;
        rel.generationTemplates = spec.generationTemplates;
        std::vector<TargetRef> pool = objectCatalog(spec.objectCategory);
        rng.shuffle(pool);
        rel.objects.assign(pool.begin(), pool.begin() + shape_.objectsPerRelation);
        relations_.push_back(std::move(rel));

        auto& byObject = factsByRelationObject_[static_cast<size_t>(r)];
        byObject.assign(static_cast<size_t>(shape_.objectsPerRelation), {});
        for (int o = 0; o < shape_.objectsPerRelation; ++o) {
            for (int k = 0; k < shape_.subjectsPerObject; ++k) {
                byObject[static_cast<size_t>(o)].push_back(static_cast<int>(facts_.size()));
                facts_.push_back(Fact{names.draw(spec.subjectKind, rng), r, o});
            }
        }
    }
}

void DemoWorld::buildRecords(Rng& rng)
{
    struct Pending {
        int fact;
        int newObject;
    };
    const int objects = shape_.objectsPerRelation;
    const int groups = shape_.relations * objects;
    const int base = shape_.records / groups;
    const int extra = shape_.records % groups;
    // Which (relation, object) groups get one record more than the others.
    std::vector<int> order(static_cast<size_t>(groups));
    for (int g = 0; g < groups; ++g)
        order[static_cast<size_t>(g)] = g;
    rng.shuffle(order);
    std::vector<int> perGroup(static_cast<size_t>(groups), base);
    for (int i = 0; i < extra; ++i)
        ++perGroup[static_cast<size_t>(order[static_cast<size_t>(i)])];

    std::vector<Pending> pending;
    for (int r = 0; r < shape_.relations; ++r) {
        std::vector<Pending> ofRelation;
        for (int o = 0; o < objects; ++o) {
            std::vector<int> subjects = factsWith(r, o);
            rng.shuffle(subjects);
            const int count = perGroup[static_cast<size_t>(r * objects + o)];
            for (int j = 0; j < count; ++j)
                ofRelation.push_back({subjects[static_cast<size_t>(j)], -1});
        }
        // target_new: greedily the least-used other object of the relation (ties at random), so
        // every object is a new target about equally often and no object is favoured a priori.
        rng.shuffle(ofRelation);
        std::vector<int> usedAsNew(static_cast<size_t>(objects), 0);
        for (Pending& p : ofRelation) {
            const int trueObject = facts_[static_cast<size_t>(p.fact)].object;
            int fewest = 1 << 30;
            std::vector<int> candidates;
            for (int x = 0; x < objects; ++x) {
                if (x == trueObject)
                    continue;
                const int n = usedAsNew[static_cast<size_t>(x)];
                if (n < fewest) {
                    fewest = n;
                    candidates.clear();
                }
                if (n == fewest)
                    candidates.push_back(x);
            }
            p.newObject = rng.pick(candidates);
            ++usedAsNew[static_cast<size_t>(p.newObject)];
        }
        pending.insert(pending.end(), ofRelation.begin(), ofRelation.end());
    }
    rng.shuffle(pending);   // edit order mixes relations

    for (size_t i = 0; i < pending.size(); ++i) {
        const Fact& fact = facts_[static_cast<size_t>(pending[i].fact)];
        const Relation& rel = relations_[static_cast<size_t>(fact.relation)];
        const std::vector<std::string>& templates = rel.templates;
        auto fillRandom = [&](const std::string& subject) { return fillPrompt(rng.pick(templates), subject); };

        CounterFactRecord rec;
        rec.caseId = static_cast<int64_t>(i);
        rec.pararelIdx = pending[i].fact;   // index into world.json's "facts"
        const size_t promptTemplate = static_cast<size_t>(rng.below(templates.size()));
        rec.rewrite.prompt = templates[promptTemplate];
        rec.rewrite.relationId = rel.id;
        rec.rewrite.subject = fact.subject;
        rec.rewrite.targetTrue = rel.objects[static_cast<size_t>(fact.object)];
        rec.rewrite.targetNew = rel.objects[static_cast<size_t>(pending[i].newObject)];

        std::vector<size_t> otherTemplates;
        for (size_t t = 0; t < templates.size(); ++t) {
            if (t != promptTemplate)
                otherTemplates.push_back(t);
        }
        rng.shuffle(otherTemplates);
        for (int p = 0; p < shape_.paraphrases; ++p) {
            const size_t t = otherTemplates[static_cast<size_t>(p) % otherTemplates.size()];
            rec.paraphrasePrompts.push_back(fillerSentence(rng) + " " + fillPrompt(templates[t], fact.subject));
        }

        std::vector<int> neighbours;
        for (int f : factsWith(fact.relation, fact.object)) {
            if (f != pending[i].fact)
                neighbours.push_back(f);
        }
        rng.shuffle(neighbours);
        neighbours.resize(std::min(neighbours.size(), static_cast<size_t>(shape_.neighbours)));
        for (int f : neighbours)
            rec.neighborhoodPrompts.push_back(fillRandom(facts_[static_cast<size_t>(f)].subject));

        std::vector<int> attributes = factsWith(fact.relation, pending[i].newObject);
        rng.shuffle(attributes);
        attributes.resize(std::min(attributes.size(), static_cast<size_t>(shape_.attributes)));
        for (int f : attributes)
            rec.attributePrompts.push_back(fillRandom(facts_[static_cast<size_t>(f)].subject));

        for (int g = 0; g < shape_.generationPrompts; ++g)
            rec.generationPrompts.push_back(fillPrompt(rng.pick(rel.generationTemplates), fact.subject));
        records_.push_back(std::move(rec));
    }
}

// --- queries --------------------------------------------------------------------------------------

const std::vector<int>& DemoWorld::factsWith(int relation, int object) const
{
    return factsByRelationObject_.at(static_cast<size_t>(relation)).at(static_cast<size_t>(object));
}

const TargetRef& DemoWorld::objectOf(const Fact& fact) const
{
    return relations_.at(static_cast<size_t>(fact.relation)).objects.at(static_cast<size_t>(fact.object));
}

std::string DemoWorld::factSentence(const Fact& fact, size_t templateIndex) const
{
    const Relation& rel = relations_.at(static_cast<size_t>(fact.relation));
    return fillPrompt(rel.templates.at(templateIndex), fact.subject) + " " + objectOf(fact).str + ".";
}

std::string DemoWorld::factSentence(const Fact& fact, Rng& rng) const
{
    const Relation& rel = relations_.at(static_cast<size_t>(fact.relation));
    return factSentence(fact, static_cast<size_t>(rng.below(rel.templates.size())));
}

std::string DemoWorld::sampleTrainingDocument(Rng& rng) const
{
    const DocumentMix& mix = shape_.mix;
    auto randomFact = [&]() -> const Fact& { return facts_[static_cast<size_t>(rng.below(facts_.size()))]; };
    int roll = static_cast<int>(rng.below(100));

    if ((roll -= mix.bareFact) < 0)
        return factSentence(randomFact(), rng);

    if ((roll -= mix.fillerThenFact) < 0) {
        const int fillers = 1 + static_cast<int>(rng.below(2));
        std::string doc = fillerSentences(rng, fillers);
        return doc + " " + factSentence(randomFact(), rng);
    }

    if ((roll -= mix.paragraph) < 0) {
        std::vector<std::string> sentences;
        const int fillers = 3 + static_cast<int>(rng.below(3));
        for (int i = 0; i < fillers; ++i)
            sentences.push_back(fillerSentence(rng));
        const int factsInside = 1 + static_cast<int>(rng.below(2));
        for (int i = 0; i < factsInside; ++i) {
            const size_t at = static_cast<size_t>(rng.below(sentences.size() + 1));
            sentences.insert(sentences.begin() + static_cast<std::ptrdiff_t>(at), factSentence(randomFact(), rng));
        }
        return joinSentences(sentences);
    }

    if ((roll -= mix.fillerOnly) < 0 || skills_.empty())
        return fillerSentences(rng, 2 + static_cast<int>(rng.below(4)));

    const SkillTask& task = rng.pick(skills_);
    const int shots = static_cast<int>(rng.below(static_cast<uint64_t>(task.shots) + 1));
    std::vector<GlueExample> shotExamples;
    for (int i = 0; i < shots; ++i)
        shotExamples.push_back(rng.pick(task.train));
    return task.document(shotExamples, rng.pick(task.train));
}

std::vector<std::string> DemoWorld::statsCorpus() const
{
    Rng rng = Rng(seed_).derive("stats");
    std::vector<std::string> docs;
    for (int d = 0; d < shape_.statsDocuments; ++d) {
        std::vector<std::string> sentences;
        const int length = 3 + static_cast<int>(rng.below(5));
        for (int i = 0; i < length; ++i) {
            if (rng.percent(40))
                sentences.push_back(factSentence(facts_[static_cast<size_t>(rng.below(facts_.size()))], rng));
            else
                sentences.push_back(fillerSentence(rng));
        }
        docs.push_back(joinSentences(sentences));
    }
    return docs;
}

std::vector<std::string> DemoWorld::tokenizerTrainingTexts() const
{
    std::vector<std::string> texts;
    for (const Fact& fact : facts_) {
        const Relation& rel = relations_[static_cast<size_t>(fact.relation)];
        for (size_t t = 0; t < rel.templates.size(); ++t)
            texts.push_back(factSentence(fact, t));
        for (const std::string& g : rel.generationTemplates)
            texts.push_back(fillPrompt(g, fact.subject));
    }
    for (const Relation& rel : relations_) {
        for (const TargetRef& obj : rel.objects)
            texts.push_back(obj.str);
    }
    for (const CounterFactRecord& rec : records_) {
        const std::string& newTarget = rec.rewrite.targetNew.str;
        const std::string& trueTarget = rec.rewrite.targetTrue.str;
        texts.push_back(rec.rewrite.filledPrompt() + " " + newTarget);
        texts.push_back(rec.rewrite.filledPrompt() + " " + trueTarget);
        for (const auto* list : {&rec.paraphrasePrompts, &rec.neighborhoodPrompts, &rec.attributePrompts}) {
            for (const std::string& p : *list) {
                texts.push_back(p + " " + newTarget);
                texts.push_back(p + " " + trueTarget);
            }
        }
        for (const std::string& p : rec.generationPrompts)
            texts.push_back(p);
    }
    for (const SkillTask& task : skills_) {
        for (const auto* list : {&task.train, &task.heldOut}) {
            for (const GlueExample& ex : *list) {
                texts.push_back(task.render(ex, true));
                GlueExample flipped = ex;   // the other answer word after the same prompt
                flipped.label = 1 - ex.label;
                texts.push_back(task.render(flipped, true));
            }
        }
        // Whole few-shot documents, so the "\n\n" between shots is seen too.
        const std::vector<GlueExample> shots = task.evalShots();
        for (size_t i = 0; i < std::min<size_t>(task.train.size(), 50); ++i)
            texts.push_back(task.document(shots, task.train[i]));
    }
    for (const std::string& phrase : fillerVocabulary())
        texts.push_back(phrase);
    for (const std::string& phrase : skillVocabulary())
        texts.push_back(phrase);
    Rng rng = Rng(seed_).derive("tokenizer");
    for (int i = 0; i < 2000; ++i)
        texts.push_back(fillerSentence(rng));
    for (std::string& doc : statsCorpus())
        texts.push_back(std::move(doc));
    return texts;
}

// --- files ----------------------------------------------------------------------------------------

nlohmann::json DemoWorld::worldJson() const
{
    nlohmann::json relations = nlohmann::json::array();
    for (const Relation& rel : relations_) {
        nlohmann::json objects = nlohmann::json::array();
        for (const TargetRef& obj : rel.objects)
            objects.push_back({{"str", obj.str}, {"id", obj.id}});
        relations.push_back({{"id", rel.id},
                             {"name", rel.name},
                             {"subject_kind", subjectKindName(rel.subjectKind)},
                             {"templates", rel.templates},
                             {"generation_templates", rel.generationTemplates},
                             {"objects", std::move(objects)}});
    }
    nlohmann::json facts = nlohmann::json::array();
    for (const Fact& fact : facts_) {
        const TargetRef& obj = objectOf(fact);
        facts.push_back({{"subject", fact.subject},
                         {"relation", fact.relation},
                         {"relation_id", relations_[static_cast<size_t>(fact.relation)].id},
                         {"object", fact.object},
                         {"object_str", obj.str},
                         {"object_id", obj.id}});
    }
    nlohmann::json skills = nlohmann::json::array();
    for (const SkillTask& task : skills_)
        skills.push_back(task.describe());
    return {{"format", "editscope-demo-world"},
            {"version", 1},
            {"seed", seed_},
            {"shape", shape_.toJson()},
            {"relations", std::move(relations)},
            {"facts", std::move(facts)},
            {"skills", std::move(skills)}};
}

void DemoWorld::writeTextFiles(const std::string& dir) const
{
    namespace fs = std::filesystem;
    const fs::path root(dir);
    std::error_code ec;
    fs::create_directories(root, ec);
    if (ec)
        throw InputError(dir, "", "cannot create directory: " + ec.message());

    saveCounterFact((root / "counterfact.json").string(), records_);
    for (const SkillTask& task : skills_) {
        const fs::path taskDir = root / "skills" / task.name;
        fs::create_directories(taskDir, ec);
        if (ec)
            throw InputError(taskDir.string(), "", "cannot create directory: " + ec.message());
        saveGlueTsv((taskDir / "train.tsv").string(), task.format, task.train);
        saveGlueTsv((taskDir / "dev.tsv").string(), task.format, task.heldOut);
    }

    std::string corpus;
    for (const std::string& doc : statsCorpus()) {
        if (!corpus.empty())
            corpus += "\n\n";
        corpus += doc;
    }
    writeText(root / "corpus.txt", corpus + "\n");
    writeText(root / "world.json", worldJson().dump(2) + "\n");
}

} // namespace editscope
