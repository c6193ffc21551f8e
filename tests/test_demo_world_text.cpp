// The text side of the demo world: the RNG against an independent implementation, determinism, the
// world's shape and invariants (balance, prompt subjects are facts, neighbourhood/attribute prompts
// name the right objects, template and subject-name rules), skills, training documents, filler,
// written files, and GLUE TSV reading/writing/errors.
#include "core/dataset/counterfact.h"
#include "core/dataset/glue_prompt.h"
#include "core/dataset/glue_tsv.h"
#include "core/util/error.h"
#include "core/util/rng.h"
#include "core/world/demo_world.h"
#include "core/world/filler_grammar.h"

#include "support/test_main.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

using namespace editscope;

namespace {

// Generated once per process: the Default world takes a fraction of a second, but many tests read it.
const DemoWorld& defaultWorld()
{
    static const DemoWorld world = DemoWorld::generate(2024, DemoWorldSize::Default);
    return world;
}

const DemoWorld& testWorld()
{
    static const DemoWorld world = DemoWorld::generate(2024, DemoWorldSize::Test);
    return world;
}

// If `prompt` is `tmpl` with some subject substituted, that subject.
std::optional<std::string> matchTemplate(const std::string& prompt, const std::string& tmpl)
{
    const size_t at = tmpl.find("{}");
    const std::string prefix = tmpl.substr(0, at);
    const std::string suffix = tmpl.substr(at + 2);
    if (prompt.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    if (prompt.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    if (prompt.compare(prompt.size() - suffix.size(), suffix.size(), suffix) != 0)
        return std::nullopt;
    return prompt.substr(prefix.size(), prompt.size() - prefix.size() - suffix.size());
}

// All (template, subject) readings of a prompt under a relation's templates.
std::vector<std::string> subjectsIn(const std::string& prompt, const Relation& rel)
{
    std::vector<std::string> out;
    for (const std::string& t : rel.templates) {
        if (auto s = matchTemplate(prompt, t))
            out.push_back(*s);
    }
    return out;
}

bool containsWord(const std::string& text, const std::string& word)
{
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool leftOk = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const size_t end = at + word.size();
        const bool rightOk = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (leftOk && rightOk)
            return true;
    }
    return false;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<InputError> tsvError(GlueFormat format, const std::string& text)
{
    try {
        parseGlueTsv(format, text, "dev.tsv");
    } catch (const InputError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class TestDemoWorldText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- RNG ------------------------------------------------------------------------------------

    void rngMatchesIndependentImplementation()
    {
        // Reference values from a separate Python (big-integer) implementation of splitmix64 and
        // xoshiro256** written from the published algorithms.
        uint64_t x = 0;
        QCOMPARE(Rng::splitmix64(x), 0xe220a8397b1dcdafULL);   // the well-known first splitmix64 output
        Rng zero(0);
        QCOMPARE(zero.next(), 0x99ec5f36cb75f2b4ULL);
        QCOMPARE(zero.next(), 0xbf6e1f784956452aULL);
        QCOMPARE(zero.next(), 0x1a5f849d4933e6e0ULL);
        Rng r42(42);
        QCOMPARE(r42.next(), 0x15780b2e0c2ec716ULL);
        QCOMPARE(r42.next(), 0x6104d9866d113a7eULL);
        QCOMPARE(r42.next(), 0xae17533239e499a1ULL);

        Rng b(42);
        const std::vector<uint64_t> expected = {2, 2, 9, 3, 6, 4, 4, 7};
        for (uint64_t e : expected)
            QCOMPARE(b.below(10), e);

        Rng u(7);
        QCOMPARE(u.uniform(), 0.7005764821796896);
        QCOMPARE(u.uniform(), 0.2787512294737843);

        Rng derived = Rng(42).derive("facts");
        QCOMPARE(derived.seed(), 0x2b4f6e074fae6561ULL);
        QCOMPARE(derived.next(), 0x9631f6f22c0f37a2ULL);
    }

    void rngHelpersBehave()
    {
        Rng rng(5);
        std::vector<int> counts(6, 0);
        for (int i = 0; i < 60000; ++i)
            ++counts[static_cast<size_t>(rng.below(6))];
        for (int c : counts)   // expected 10000 each, sd ~91
            QVERIFY(c > 9500 && c < 10500);
        std::vector<int> v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        rng.shuffle(v);
        std::vector<int> sorted = v;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QVERIFY(v != sorted);   // 1 in 3.6 million to be the identity for this fixed seed
        for (int i = 0; i < 1000; ++i) {
            const int64_t r = rng.range(-3, 3);
            QVERIFY(r >= -3 && r <= 3);
            const double d = rng.uniform();
            QVERIFY(d >= 0.0 && d < 1.0);
        }
        bool threw = false;
        try {
            rng.below(0);
        } catch (const std::invalid_argument&) {
            threw = true;
        }
        QVERIFY(threw);
        // derive depends on the seed and the tag only, not on the draws so far.
        Rng a(9), c(9);
        a.next();
        QCOMPARE(a.derive("x").next(), c.derive("x").next());
        QVERIFY(c.derive("x").next() != c.derive("y").next());
    }

    // --- determinism and shape ------------------------------------------------------------------

    void sameSeedIsIdenticalDifferentSeedDiffers()
    {
        const DemoWorld a = DemoWorld::generate(11, DemoWorldSize::Default);
        const DemoWorld b = DemoWorld::generate(11, DemoWorldSize::Default);
        const DemoWorld c = DemoWorld::generate(12, DemoWorldSize::Default);
        QCOMPARE(counterFactToString(a.records()), counterFactToString(b.records()));
        QCOMPARE(a.worldJson().dump(), b.worldJson().dump());
        QCOMPARE(a.statsCorpus(), b.statsCorpus());
        QCOMPARE(a.tokenizerTrainingTexts(), b.tokenizerTrainingTexts());
        Rng ra(3), rb(3);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(a.sampleTrainingDocument(ra), b.sampleTrainingDocument(rb));
        QVERIFY(counterFactToString(a.records()) != counterFactToString(c.records()));
        QVERIFY(a.facts()[0].subject != c.facts()[0].subject);
        QVERIFY(a.skills()[0].train[0].sentence1 != c.skills()[0].train[0].sentence1
                || a.skills()[0].train[1].sentence1 != c.skills()[0].train[1].sentence1);
    }

    void sizes()
    {
        const DemoWorld& t = testWorld();
        QCOMPARE(t.relations().size(), size_t(8));
        QCOMPARE(t.facts().size(), size_t(8 * 3 * 3));
        QCOMPARE(t.records().size(), size_t(24));
        QCOMPARE(t.skills().size(), size_t(2));
        QCOMPARE(t.skills()[0].train.size(), size_t(400));
        QCOMPARE(t.skills()[0].heldOut.size(), size_t(40));
        QCOMPARE(t.statsCorpus().size(), size_t(40));

        const DemoWorld& d = defaultWorld();
        QCOMPARE(d.facts().size(), size_t(16 * 8 * 7));
        QVERIFY(d.facts().size() >= 800 && d.facts().size() <= 1000);
        QVERIFY(d.records().size() >= 500);
        QCOMPARE(d.records().size(), size_t(512));
        QCOMPARE(d.statsCorpus().size(), size_t(300));
        for (size_t i = 0; i < d.records().size(); ++i) {
            const CounterFactRecord& r = d.records()[i];
            QCOMPARE(r.caseId, int64_t(i));
            QCOMPARE(r.paraphrasePrompts.size(), size_t(2));
            QCOMPARE(r.neighborhoodPrompts.size(), size_t(6));
            QCOMPARE(r.attributePrompts.size(), size_t(7));
            QCOMPARE(r.generationPrompts.size(), size_t(10));
            QVERIFY(r.pararelIdx >= 0 && r.pararelIdx < int64_t(d.facts().size()));
            QCOMPARE(d.facts()[size_t(r.pararelIdx)].subject, r.rewrite.subject);
        }
    }

    void defaultHasCounterFactRelations()
    {
        std::set<std::string> ids;
        for (const Relation& rel : defaultWorld().relations())
            ids.insert(rel.id);
        QVERIFY(ids.size() >= 15);
        for (const char* id : {"P17", "P19", "P27", "P37", "P103", "P106", "P136", "P140", "P176", "P264", "P413",
                               "P449", "P495", "P740", "P1412"})
            QVERIFY2(ids.count(id), id);
    }

    void shapeValidation()
    {
        DemoWorldShape s = DemoWorldShape::forSize(DemoWorldSize::Test);
        s.objectsPerRelation = 1;
        bool threw = false;
        try {
            DemoWorld::generate(1, s);
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.field(), std::string("shape.objectsPerRelation"));
        }
        QVERIFY(threw);
        s = DemoWorldShape::forSize(DemoWorldSize::Test);
        s.mix.skill = 20;
        threw = false;
        try {
            DemoWorld::generate(1, s);
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.field(), std::string("shape.mix"));
        }
        QVERIFY(threw);
    }

    // --- world invariants -----------------------------------------------------------------------

    void balancedPerRelation()
    {
        for (const DemoWorld* w : {&testWorld(), &defaultWorld()}) {
            std::map<std::pair<int, int>, int> count;
            for (const Fact& f : w->facts())
                ++count[{f.relation, f.object}];
            for (int r = 0; r < int(w->relations().size()); ++r) {
                for (int o = 0; o < int(w->relations()[size_t(r)].objects.size()); ++o)
                    QCOMPARE(count[std::make_pair(r, o)], w->shape().subjectsPerObject);
            }
            // target_new is spread evenly too: per relation, every object is the new target of
            // about records/objects records (the greedy assignment stays within 1 of the mean here).
            std::map<std::pair<std::string, std::string>, int> asNew;
            std::map<std::string, int> perRelation;
            for (const CounterFactRecord& r : w->records()) {
                ++asNew[{r.rewrite.relationId, r.rewrite.targetNew.str}];
                ++perRelation[r.rewrite.relationId];
            }
            for (const Relation& rel : w->relations()) {
                const double mean = double(perRelation[rel.id]) / w->shape().objectsPerRelation;
                for (const TargetRef& o : rel.objects) {
                    const int n = asNew[{rel.id, o.str}];
                    QVERIFY2(std::abs(n - mean) <= 1.0, (rel.id + " " + o.str).c_str());
                }
            }
        }
    }

    void recordPromptsNameTheRightFacts()
    {
        for (const DemoWorld* w : {&testWorld(), &defaultWorld()}) {
            std::map<std::string, const Fact*> factOf;
            for (const Fact& f : w->facts())
                factOf[f.subject] = &f;
            std::map<std::string, int> relIndex;
            for (size_t r = 0; r < w->relations().size(); ++r)
                relIndex[w->relations()[r].id] = int(r);

            for (const CounterFactRecord& rec : w->records()) {
                const RewriteRequest& rr = rec.rewrite;
                QVERIFY(relIndex.count(rr.relationId));
                const Relation& rel = w->relations()[size_t(relIndex[rr.relationId])];
                QVERIFY(factOf.count(rr.subject));
                const Fact& fact = *factOf[rr.subject];
                QCOMPARE(w->relations()[size_t(fact.relation)].id, rr.relationId);
                QCOMPARE(rr.targetTrue.str, rel.objects[size_t(fact.object)].str);
                QCOMPARE(rr.targetTrue.id, rel.objects[size_t(fact.object)].id);
                QVERIFY(rr.targetNew.str != rr.targetTrue.str);
                QVERIFY(std::any_of(rel.objects.begin(), rel.objects.end(), [&](const TargetRef& o) {
                    return o.str == rr.targetNew.str && o.id == rr.targetNew.id;
                }));
                QVERIFY(std::find(rel.templates.begin(), rel.templates.end(), rr.prompt) != rel.templates.end());
                QCOMPARE(checkRewritePrompt(rr.prompt), std::string());

                // Paraphrases: "<filler sentence>. <another template with the subject>".
                for (const std::string& p : rec.paraphrasePrompts) {
                    bool found = false;
                    for (const std::string& t : rel.templates) {
                        const std::string tail = fillPrompt(t, rr.subject);
                        if (t != rr.prompt && p.size() > tail.size() + 2
                            && p.compare(p.size() - tail.size(), tail.size(), tail) == 0
                            && p.compare(p.size() - tail.size() - 2, 2, ". ") == 0)
                            found = true;
                    }
                    QVERIFY2(found, p.c_str());
                }
                // Neighbours: other subjects with the same relation and the same true object.
                std::set<std::string> seenNeighbours;
                for (const std::string& p : rec.neighborhoodPrompts) {
                    bool ok = false;
                    for (const std::string& s : subjectsIn(p, rel)) {
                        if (factOf.count(s) && s != rr.subject && factOf[s]->relation == fact.relation
                            && factOf[s]->object == fact.object) {
                            ok = true;
                            seenNeighbours.insert(s);
                        }
                    }
                    QVERIFY2(ok, p.c_str());
                }
                QCOMPARE(seenNeighbours.size(), rec.neighborhoodPrompts.size());
                // Attributes: subjects whose true object is target_new.
                for (const std::string& p : rec.attributePrompts) {
                    bool ok = false;
                    for (const std::string& s : subjectsIn(p, rel)) {
                        if (factOf.count(s) && factOf[s]->relation == fact.relation
                            && rel.objects[size_t(factOf[s]->object)].str == rr.targetNew.str)
                            ok = true;
                    }
                    QVERIFY2(ok, p.c_str());
                }
                for (const std::string& p : rec.generationPrompts)
                    QVERIFY2(p.find(rr.subject) != std::string::npos, p.c_str());
            }
        }
    }

    void templatesFollowThePrefixRule()
    {
        for (const Relation& rel : defaultWorld().relations()) {
            QVERIFY(rel.templates.size() >= 3);
            for (const std::string& t : rel.templates) {
                QVERIFY2(checkRewritePrompt(t).empty(), t.c_str());
                QVERIFY2(!t.empty() && t.back() != ' ' && t.find("{}") + 2 < t.size(), t.c_str());
            }
            for (const std::string& t : rel.generationTemplates)
                QVERIFY2(checkRewritePrompt(t).empty(), t.c_str());
        }
    }

    void subjectsDistinctNoPrefixNoObjectWords()
    {
        const DemoWorld& w = defaultWorld();
        std::vector<std::string> subjects;
        for (const Fact& f : w.facts())
            subjects.push_back(f.subject);
        std::set<std::string> objects;
        for (const Relation& rel : w.relations()) {
            for (const TargetRef& o : rel.objects)
                objects.insert(o.str);
        }
        for (size_t i = 0; i < subjects.size(); ++i) {
            for (size_t j = 0; j < subjects.size(); ++j) {
                if (i == j)
                    continue;
                QVERIFY2(subjects[i] != subjects[j], subjects[i].c_str());
                QVERIFY2(subjects[j].compare(0, subjects[i].size(), subjects[i]) != 0,
                         (subjects[i] + " / " + subjects[j]).c_str());
            }
            for (const std::string& o : objects)
                QVERIFY2(!containsWord(subjects[i], o), (subjects[i] + " / " + o).c_str());
        }
    }

    void objectIdsAreConsistent()
    {
        std::map<std::string, std::string> idOf, strOf;
        for (const Relation& rel : defaultWorld().relations()) {
            std::set<std::string> inRelation;
            for (const TargetRef& o : rel.objects) {
                QVERIFY(inRelation.insert(o.str).second);
                QVERIFY(o.id.size() > 1 && o.id[0] == 'Q');
                auto [it, fresh] = idOf.emplace(o.str, o.id);
                QCOMPARE(it->second, o.id);
                auto [it2, fresh2] = strOf.emplace(o.id, o.str);
                QCOMPARE(it2->second, o.str);
            }
        }
        // Languages are shared by P103, P37 and P1412 in the default world: at least one overlap.
        QVERIFY(idOf.size() < 16 * 8);
    }

    // --- skills ---------------------------------------------------------------------------------

    void skillsHeldOutAreNewAndBalanced()
    {
        for (const DemoWorld* w : {&testWorld(), &defaultWorld()}) {
            QCOMPARE(w->skills().size(), size_t(2));
            for (const SkillTask& task : w->skills()) {
                std::set<std::string> train;
                int trainPositive = 0, heldPositive = 0;
                for (const GlueExample& ex : task.train) {
                    train.insert(ex.sentence1);
                    trainPositive += ex.label;
                }
                QCOMPARE(train.size(), task.train.size());   // no duplicates either
                for (const GlueExample& ex : task.heldOut) {
                    QVERIFY2(!train.count(ex.sentence1), ex.sentence1.c_str());
                    heldPositive += ex.label;
                }
                QCOMPARE(trainPositive * 2, int(task.train.size()));
                QCOMPARE(heldPositive * 2, int(task.heldOut.size()));
                // Held-out examples use only words seen in training.
                std::set<std::string> trainWords;
                auto words = [](const std::string& s) {
                    std::vector<std::string> out;
                    std::istringstream in(s);
                    for (std::string x; in >> x;)
                        out.push_back(x);
                    return out;
                };
                for (const GlueExample& ex : task.train) {
                    for (const std::string& x : words(ex.sentence1 + " " + ex.sentence2))
                        trainWords.insert(x);
                }
                if (w == &defaultWorld()) {
                    for (const GlueExample& ex : task.heldOut) {
                        for (const std::string& x : words(ex.sentence1 + " " + ex.sentence2))
                            QVERIFY2(trainWords.count(x), x.c_str());
                    }
                }
            }
        }
        const SkillTask& sentiment = defaultWorld().skills()[0];
        QCOMPARE(sentiment.format, GlueFormat::Sst2);
        QCOMPARE(sentiment.labelWords, (std::vector<std::string>{"negative", "positive"}));
        const SkillTask& entail = defaultWorld().skills()[1];
        QCOMPARE(entail.format, GlueFormat::Rte);
        // The pair task's cue: True iff the hypothesis is not negated; it always restates the
        // premise's adjective.
        for (const GlueExample& ex : entail.heldOut) {
            const std::string adj = ex.sentence2.substr(ex.sentence2.rfind(' ') + 1, std::string::npos);
            const std::string bare = adj.substr(0, adj.size() - 1);   // drop the "."
            QVERIFY(containsWord(ex.sentence1, bare));
            QCOMPARE(!containsWord(ex.sentence2, "not"), ex.label == 1);
        }
    }

    void promptFormatsMatchThePaper()
    {
        const GlueExample review{"the film was superb", "", 1};
        QCOMPARE(renderGlueExample(GlueFormat::Sst2, review, true),
                 std::string("Review : the film was superb\nSentiment : positive"));
        const GlueExample bad{"a dull meal", "", 0};
        QCOMPARE(glueFewShotPrompt(GlueFormat::Sst2, std::vector<GlueExample>{bad}, review),
                 std::string("Review : a dull meal\nSentiment : negative\n\nReview : the film was superb\nSentiment :"));
        const GlueExample pair{"The box was hot.", "The box was cold.", 0};
        QCOMPARE(renderGlueExample(GlueFormat::Rte, pair, true),
                 std::string("The box was hot.\nquestion: The box was cold. True or False?\nanswer: False"));
        QCOMPARE(renderGlueExample(GlueFormat::Mrpc, GlueExample{"A b.", "B a.", 1}, false),
                 std::string("Are the sentences paraphrases of each other.\nSentence 1: A b.\nSentence 2: B a.\nAnswer:"));
        QCOMPARE(renderGlueExample(GlueFormat::Cola, GlueExample{"You will Bob believe.", "", 0}, true),
                 std::string("Is this sentence linguistically acceptable?\nSentence : You will Bob believe.\nAnswer : No"));

        QCOMPARE(parseGlueAnswer(GlueFormat::Sst2, " positive\n\n"), 1);
        QCOMPARE(parseGlueAnswer(GlueFormat::Sst2, "Review : x\nSentiment : negative"), 0);
        QCOMPARE(parseGlueAnswer(GlueFormat::Sst2, " neutral"), -1);
        QCOMPARE(parseGlueAnswer(GlueFormat::Rte, " True False"), 0);   // the reference tests "False" first
        QCOMPARE(parseGlueAnswer(GlueFormat::Rte, " True."), 1);
        QCOMPARE(parseGlueAnswer(GlueFormat::Mrpc, " Yes No"), 1);
        QCOMPARE(parseGlueAnswer(GlueFormat::Cola, " No\n"), 0);

        // The world's skills: evaluation shots alternate labels; prompts stay short.
        for (const SkillTask& task : defaultWorld().skills()) {
            const std::vector<GlueExample> shots = task.evalShots();
            QCOMPARE(shots.size(), size_t(2));
            QCOMPARE(shots[0].label, 0);
            QCOMPARE(shots[1].label, 1);
            for (const GlueExample& q : task.heldOut) {
                const std::string prompt = task.fewShotPrompt(shots, q);
                std::istringstream in(prompt);
                int words = 0;
                for (std::string x; in >> x;)
                    ++words;
                QVERIFY2(words < 90, prompt.c_str());
                QCOMPARE(task.document(shots, q), prompt + " " + task.labelWords[size_t(q.label)]);
                QCOMPARE(task.parseAnswer(" " + task.labelWords[size_t(q.label)]), q.label);
            }
        }
    }

    // --- documents and filler -------------------------------------------------------------------

    void trainingDocumentMix()
    {
        const DemoWorld& w = defaultWorld();
        std::set<std::string> factSentences;
        std::map<std::string, std::string> trueObject;   // subject -> object
        for (const Fact& f : w.facts()) {
            for (size_t t = 0; t < w.relations()[size_t(f.relation)].templates.size(); ++t)
                factSentences.insert(w.factSentence(f, t));
            trueObject[f.subject] = w.objectOf(f).str;
        }
        Rng rng(123);
        const int n = 5000;
        int bare = 0, skill = 0, withNewline = 0;
        for (int i = 0; i < n; ++i) {
            const std::string doc = w.sampleTrainingDocument(rng);
            QVERIFY(!doc.empty());
            QVERIFY(doc.find("<|endoftext|>") == std::string::npos);
            if (factSentences.count(doc))
                ++bare;
            if (doc.find("\nSentiment : ") != std::string::npos || doc.find("\nanswer: ") != std::string::npos)
                ++skill;
            if (doc.find('\n') != std::string::npos)
                ++withNewline;
        }
        // Expected 30% and 16%; binomial sd at n = 5000 is < 0.7 percentage points.
        QVERIFY2(std::abs(100.0 * bare / n - 30.0) < 3.0, std::to_string(bare).c_str());
        QVERIFY2(std::abs(100.0 * skill / n - 16.0) < 3.0, std::to_string(skill).c_str());
        QCOMPARE(withNewline, skill);   // only skill documents span lines
        QCOMPARE(w.factSentence(w.facts()[0], 0),
                 fillPrompt(w.relations()[0].templates[0], w.facts()[0].subject) + " "
                     + w.relations()[0].objects[size_t(w.facts()[0].object)].str + ".");
    }

    void fillerStatesNoFacts()
    {
        const DemoWorld& w = defaultWorld();
        std::set<std::string> objects;
        for (const Relation& rel : w.relations()) {
            for (const TargetRef& o : rel.objects)
                objects.insert(o.str);
        }
        Rng rng(77);
        std::set<std::string> distinct;
        for (int i = 0; i < 3000; ++i) {
            const std::string s = fillerSentence(rng);
            distinct.insert(s);
            QVERIFY(std::isupper(static_cast<unsigned char>(s[0])));
            QCOMPARE(s.back(), '.');
            QVERIFY(s.find('\n') == std::string::npos);
            for (const std::string& o : objects)
                QVERIFY2(!containsWord(s, o), (s + " / " + o).c_str());
        }
        QVERIFY(distinct.size() > 2000);   // varied
        for (const std::string& phrase : fillerVocabulary()) {
            for (const std::string& o : objects)
                QVERIFY2(!containsWord(phrase, o), (phrase + " / " + o).c_str());
            for (const Fact& f : w.facts())
                QVERIFY(phrase.find(f.subject) == std::string::npos);
        }
    }

    void statsCorpusAndTokenizerTexts()
    {
        const DemoWorld& w = testWorld();
        const std::vector<std::string> corpus = w.statsCorpus();
        QCOMPARE(corpus, w.statsCorpus());
        for (const std::string& doc : corpus) {
            QVERIFY(!doc.empty());
            QVERIFY(doc.find('\n') == std::string::npos);
        }
        const std::vector<std::string> texts = w.tokenizerTrainingTexts();
        const std::set<std::string> set(texts.begin(), texts.end());
        for (const Fact& f : w.facts())
            QVERIFY(set.count(w.factSentence(f, 0)));
        for (const CounterFactRecord& r : w.records())
            QVERIFY(set.count(r.rewrite.filledPrompt() + " " + r.rewrite.targetNew.str));
        std::string all;
        for (const std::string& t : texts)
            all += t + "\n";
        for (const SkillTask& task : w.skills()) {
            for (const std::string& word : task.labelWords)
                QVERIFY(all.find(" " + word) != std::string::npos);
        }
    }

    // --- files ----------------------------------------------------------------------------------

    void writtenFilesLoadBack()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string dir = tmp.filePath("world").toStdString();
        const DemoWorld& w = testWorld();
        w.writeTextFiles(dir);

        const std::vector<CounterFactRecord> records = loadCounterFact(dir + "/counterfact.json");
        QCOMPARE(records.size(), w.records().size());
        for (size_t i = 0; i < records.size(); ++i)
            QVERIFY(records[i].toJson() == w.records()[i].toJson());

        for (const SkillTask& task : w.skills()) {
            QCOMPARE(loadGlueTsv(dir + "/skills/" + task.name + "/train.tsv", task.format), task.train);
            QCOMPARE(loadGlueTsv(dir + "/skills/" + task.name + "/dev.tsv", task.format), task.heldOut);
        }
        const std::vector<SkillTask> loaded = loadSkillTasks(dir);
        QCOMPARE(loaded.size(), w.skills().size());
        for (size_t i = 0; i < loaded.size(); ++i) {
            QCOMPARE(loaded[i].name, w.skills()[i].name);
            QCOMPARE(loaded[i].format, w.skills()[i].format);
            QCOMPARE(loaded[i].labelWords, w.skills()[i].labelWords);
            QCOMPARE(loaded[i].shots, w.skills()[i].shots);
            QCOMPARE(loaded[i].heldOut, w.skills()[i].heldOut);
        }

        std::string corpus = readFile(dir + "/corpus.txt");
        std::string joined;
        for (const std::string& doc : w.statsCorpus())
            joined += (joined.empty() ? "" : "\n\n") + doc;
        QCOMPARE(corpus, joined + "\n");

        const nlohmann::json world = nlohmann::json::parse(readFile(dir + "/world.json"));
        QCOMPARE(world["facts"].size(), w.facts().size());
        QCOMPARE(world["relations"].size(), w.relations().size());
        QCOMPARE(world["seed"].get<uint64_t>(), uint64_t(2024));
        QCOMPARE(world["facts"][0]["subject"].get<std::string>(), w.facts()[0].subject);

        // Writing twice gives byte-identical files.
        const std::string dir2 = tmp.filePath("world2").toStdString();
        DemoWorld::generate(2024, DemoWorldSize::Test).writeTextFiles(dir2);
        for (const char* f : {"/counterfact.json", "/world.json", "/corpus.txt", "/skills/sentiment/dev.tsv",
                              "/skills/entailment/train.tsv"})
            QCOMPARE(readFile(dir2 + f), readFile(dir + f));
    }

    // --- GLUE TSV ---------------------------------------------------------------------------------

    void glueTsvExactColumns()
    {
        const std::vector<GlueExample> single = {{"it 's a charming journey . ", "", 1}, {"dull", "", 0}};
        QCOMPARE(formatGlueTsv(GlueFormat::Sst2, single),
                 std::string("sentence\tlabel\nit 's a charming journey . \t1\ndull\t0\n"));
        QCOMPARE(formatGlueTsv(GlueFormat::Cola, single),
                 std::string("demo\t1\t\tit 's a charming journey . \ndemo\t0\t*\tdull\n"));
        const std::vector<GlueExample> pairs = {{"A is hot.", "A is hot.", 1}, {"B is big.", "B is small.", 0}};
        QCOMPARE(formatGlueTsv(GlueFormat::Rte, pairs),
                 std::string("index\tsentence1\tsentence2\tlabel\n0\tA is hot.\tA is hot.\tentailment\n"
                             "1\tB is big.\tB is small.\tnot_entailment\n"));
        QCOMPARE(formatGlueTsv(GlueFormat::Mrpc, pairs),
                 std::string("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA is hot.\tA is hot.\n"
                             "0\t3\t4\tB is big.\tB is small.\n"));
        for (GlueFormat f : {GlueFormat::Sst2, GlueFormat::Cola})
            QCOMPARE(parseGlueTsv(f, formatGlueTsv(f, single), "x"), single);
        for (GlueFormat f : {GlueFormat::Rte, GlueFormat::Mrpc})
            QCOMPARE(parseGlueTsv(f, formatGlueTsv(f, pairs), "x"), pairs);
        // A byte-order mark and CRLF line ends (as in GLUE's MRPC files) are accepted.
        const auto mrpc = parseGlueTsv(GlueFormat::Mrpc,
            "\xEF\xBB\xBFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n1\t702876\t702977\tAmrozi said .\tHe said .\r\n",
            "msr.tsv");
        QCOMPARE(mrpc.size(), size_t(1));
        QCOMPARE(mrpc[0], (GlueExample{"Amrozi said .", "He said .", 1}));
        QCOMPARE(glueFormatFromName("SST-2"), GlueFormat::Sst2);
        QCOMPARE(glueFormatName(GlueFormat::Rte), std::string("rte"));
    }

    void glueTsvErrors()
    {
        auto err = tsvError(GlueFormat::Sst2, "text\tlabel\na\t1\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->file(), std::string("dev.tsv"));
        QCOMPARE(err->field(), std::string("line 1"));
        QVERIFY(err->reason().find("header") != std::string::npos);

        err = tsvError(GlueFormat::Sst2, "sentence\tlabel\na\t1\nb\t2\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 3: label"));
        QCOMPARE(err->reason(), std::string("expected label 0 or 1, got \"2\""));

        err = tsvError(GlueFormat::Sst2, "sentence\tlabel\na\t1\textra\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 2"));
        QCOMPARE(err->reason(), std::string("expected 2 tab-separated fields, got 3"));

        err = tsvError(GlueFormat::Rte, "index\tsentence1\tsentence2\tlabel\n0\ta\tb\tmaybe\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 2: label"));

        err = tsvError(GlueFormat::Rte, "index\tsentence1\tsentence2\tlabel\nx\ta\tb\tentailment\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 2: index"));

        err = tsvError(GlueFormat::Mrpc, "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\ta\t\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->reason(), std::string("empty second sentence"));

        err = tsvError(GlueFormat::Cola, "demo\t1\t\ta\n\ndemo\t0\t*\tb\n");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 2"));
        QCOMPARE(err->reason(), std::string("empty line"));

        err = tsvError(GlueFormat::Rte, "");
        QVERIFY(err.has_value());
        QCOMPARE(err->field(), std::string("line 1"));

        bool threw = false;
        try {
            const std::vector<GlueExample> bad = {{"a\tb", "", 1}};
            formatGlueTsv(GlueFormat::Sst2, bad, "out.tsv");
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.file(), std::string("out.tsv"));
            QCOMPARE(e.field(), std::string("example 0: sentence1"));
        }
        QVERIFY(threw);
        threw = false;
        try {
            const std::vector<GlueExample> bad = {{"a", "", 3}};
            formatGlueTsv(GlueFormat::Sst2, bad, "out.tsv");
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.field(), std::string("example 0: label"));
        }
        QVERIFY(threw);
        threw = false;
        try {
            loadGlueTsv("/nonexistent/dev.tsv", GlueFormat::Sst2);
        } catch (const InputError& e) {
            threw = true;
            QCOMPARE(e.file(), std::string("/nonexistent/dev.tsv"));
        }
        QVERIFY(threw);
    }
};

EDITSCOPE_TEST_MAIN(TestDemoWorldText)
#include "test_demo_world_text.moc"
