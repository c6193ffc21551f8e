#include "core/world/skill_generators.h"

#include "core/util/error.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

namespace editscope {
namespace {

// --- sentiment lexicon (SST-2 style: lower case, spaced punctuation) ------------------------------

const std::vector<std::string> kPositive = {"wonderful", "excellent", "delightful", "brilliant", "superb",
    "charming", "lovely", "fantastic", "marvelous", "splendid", "enjoyable", "beautiful", "pleasant", "terrific",
    "gorgeous", "perfect", "touching", "memorable"};
const std::vector<std::string> kNegative = {"terrible", "awful", "dreadful", "boring", "horrible", "dull",
    "tedious", "miserable", "painful", "clumsy", "disappointing", "ugly", "unpleasant", "lousy", "bland",
    "annoying", "mediocre", "forgettable"};
const std::vector<std::string> kReviewNouns = {"film", "movie", "book", "show", "concert", "album", "meal",
    "hotel", "story", "game", "novel", "series", "performance", "soundtrack", "restaurant"};
// {n} noun, {a} adjective, {art} "a"/"an" for the adjective. Carriers carry no sentiment of their own.
const std::vector<std::string> kReviewCarriers = {"the {n} was {a}", "{art} {a} {n} from start to finish",
    "what {art} {a} {n}", "i thought the {n} was {a}", "the {n} felt {a} to me", "this {n} is simply {a}",
    "we tried the {n} last week and it was {a}", "all in all , {art} {a} {n}", "the {n} is {a} in every way",
    "my friends found the {n} {a}", "honestly , the {n} was {a}", "it is {art} {a} {n}"};

// --- entailment lexicon -------------------------------------------------------------------------

// Antonym pairs per kind of noun, so the sentences stay sensible ("the kettle was hot", "the
// farmer was happy"). A word may appear under both kinds only with the same antonym.
using Pairs = std::vector<std::pair<std::string, std::string>>;
const Pairs kThingPairs = {{"hot", "cold"}, {"big", "small"}, {"bright", "dark"}, {"wet", "dry"},
    {"heavy", "light"}, {"clean", "dirty"}, {"full", "empty"}, {"open", "closed"}, {"soft", "hard"},
    {"warm", "cool"}, {"thick", "thin"}, {"safe", "dangerous"}, {"quiet", "loud"}};
const Pairs kBeingPairs = {{"happy", "sad"}, {"young", "old"}, {"tall", "short"}, {"quiet", "loud"},
    {"fast", "slow"}, {"rich", "poor"}, {"early", "late"}, {"calm", "angry"}, {"strong", "weak"}};
const std::vector<std::string> kThings = {"room", "river", "street", "kettle", "box", "car", "garden", "bottle",
    "road", "market", "train", "coat", "lamp", "door", "bag", "bench", "soup", "bridge"};
const std::vector<std::string> kBeings = {"dog", "cat", "boy", "girl", "farmer", "baby", "horse", "sailor",
    "child"};
const std::vector<std::string> kPairPlaces = {"station", "school", "harbour", "library", "park", "bakery",
    "village"};
// {n} noun, {p} place, {a} adjective.
const std::vector<std::string> kPremiseCarriers = {"The {n} in the {p} was {a} this morning.",
    "After the long trip, the {n} near the {p} was {a}.", "Everyone agreed that the {n} by the {p} was {a}.",
    "The {n} behind the {p} looked {a} yesterday.", "According to the guide, the {n} at the {p} was {a}.",
    "On Monday the {n} outside the {p} was {a}."};
const std::string kHypothesis = "The {n} was {a}.";
const std::string kNegatedHypothesis = "The {n} was not {a}.";

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

std::string article(const std::string& word)
{
    return std::string("aeiou").find(word.at(0)) != std::string::npos ? "an" : "a";
}

bool inPairs(const Pairs& pairs, const std::string& word)
{
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const auto& p) { return p.first == word || p.second == word; });
}

// Every adjective of both kinds, each once.
std::vector<std::string> allPairWords()
{
    std::vector<std::string> out;
    for (const Pairs* pairs : {&kThingPairs, &kBeingPairs}) {
        for (const auto& [a, b] : *pairs) {
            for (const std::string& w : {a, b}) {
                if (std::find(out.begin(), out.end(), w) == out.end())
                    out.push_back(w);
            }
        }
    }
    return out;
}

// Balanced labels (the odd one out is label 0), shuffled.
std::vector<int> balancedLabels(Rng& rng, int count)
{
    std::vector<int> labels(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        labels[static_cast<size_t>(i)] = i % 2 == 0 ? 0 : 1;
    rng.shuffle(labels);
    return labels;
}

// Draws `count` examples whose keys are not in `used` (and adds them). `lexicon(label)` is the list
// a label's cue word is drawn from; with `cover`, cue words cycle through a shuffled copy of that
// list so every word appears (when count allows). `make(label, cue, rng)` builds an example.
using MakeFn = std::function<GlueExample(int label, const std::string& cue, Rng& rng)>;
using LexiconFn = std::function<const std::vector<std::string>&(int label)>;
using KeyFn = std::function<std::string(const GlueExample&)>;

std::vector<GlueExample> drawExamples(Rng& rng, int count, bool cover, const LexiconFn& lexicon, const MakeFn& make,
                                      const KeyFn& key, std::set<std::string>& used, const std::string& task)
{
    std::vector<GlueExample> out;
    std::vector<std::string> cycle[2] = {lexicon(0), lexicon(1)};
    size_t next[2] = {0, 0};
    for (auto& c : cycle)
        rng.shuffle(c);
    for (int label : balancedLabels(rng, count)) {
        const std::vector<std::string>& words = cycle[label];
        bool fixedCue = cover;
        std::string cue = fixedCue ? words[next[label]++ % words.size()] : rng.pick(words);
        for (int attempt = 0;; ++attempt) {
            if (attempt == 1000)   // this cue word's combinations are used up: take any word
                fixedCue = false;
            if (attempt >= 100000)
                throw InputError("", "shape.skillTrain", "cannot draw enough distinct " + task + " examples");
            if (attempt > 0 && !fixedCue)
                cue = rng.pick(words);
            GlueExample ex = make(label, cue, rng);
            if (used.insert(key(ex)).second) {
                out.push_back(std::move(ex));
                break;
            }
        }
    }
    return out;
}

SkillTask makeTask(Rng& rng, std::string name, GlueFormat format, int trainCount, int heldOutCount, int shots,
                   const LexiconFn& lexicon, const MakeFn& make, const KeyFn& key)
{
    SkillTask task;
    task.name = std::move(name);
    task.format = format;
    task.labelWords = glueLabelWords(format);
    task.shots = shots;
    std::set<std::string> used;
    task.train = drawExamples(rng, trainCount, true, lexicon, make, key, used, task.name);
    task.heldOut = drawExamples(rng, heldOutCount, false, lexicon, make, key, used, task.name);
    return task;
}

} // namespace

SkillTask makeSentimentTask(Rng& rng, int trainCount, int heldOutCount, int shots, int wordsPerLabel)
{
    auto firstWords = [wordsPerLabel](const std::vector<std::string>& all) {
        const size_t n = wordsPerLabel > 0 ? std::min(all.size(), static_cast<size_t>(wordsPerLabel)) : all.size();
        return std::vector<std::string>(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
    };
    const std::vector<std::string> positive = firstWords(kPositive), negative = firstWords(kNegative);
    const LexiconFn lexicon = [&](int label) -> const std::vector<std::string>& {
        return label == 1 ? positive : negative;
    };
    const MakeFn make = [](int label, const std::string& adjective, Rng& r) {
        std::string s = r.pick(kReviewCarriers);
        s = replaceAll(s, "{art}", article(adjective));
        s = replaceAll(s, "{n}", r.pick(kReviewNouns));
        s = replaceAll(s, "{a}", adjective);
        return GlueExample{s, "", label};
    };
    const KeyFn key = [](const GlueExample& ex) { return ex.sentence1; };
    return makeTask(rng, "sentiment", GlueFormat::Sst2, trainCount, heldOutCount, shots, lexicon, make, key);
}

SkillTask makeEntailmentTask(Rng& rng, int trainCount, int heldOutCount, int shots)
{
    static const std::vector<std::string> words = allPairWords();
    // The cue is the premise's adjective, drawn from all adjectives for either label.
    const LexiconFn lexicon = [](int) -> const std::vector<std::string>& { return words; };
    const MakeFn make = [](int label, const std::string& adjective, Rng& r) {
        // A noun of a kind the adjective fits (either kind for words both lists share).
        const bool thing = inPairs(kThingPairs, adjective);
        const bool being = inPairs(kBeingPairs, adjective);
        const bool useThing = thing && (!being || r.percent(50));
        const std::string& noun = r.pick(useThing ? kThings : kBeings);
        std::string premise = r.pick(kPremiseCarriers);
        premise = replaceAll(premise, "{n}", noun);
        premise = replaceAll(premise, "{p}", r.pick(kPairPlaces));
        premise = replaceAll(premise, "{a}", adjective);
        std::string hypothesis = replaceAll(label == 1 ? kHypothesis : kNegatedHypothesis, "{n}", noun);
        hypothesis = replaceAll(hypothesis, "{a}", adjective);
        return GlueExample{premise, hypothesis, label};
    };
    // Keyed by the premise alone: a held-out premise is never seen in training, whatever the hypothesis.
    const KeyFn key = [](const GlueExample& ex) { return ex.sentence1; };
    return makeTask(rng, "entailment", GlueFormat::Rte, trainCount, heldOutCount, shots, lexicon, make, key);
}

std::vector<std::string> skillVocabulary()
{
    std::vector<std::string> out;
    for (const auto* list : {&kPositive, &kNegative, &kReviewNouns, &kReviewCarriers, &kThings, &kBeings,
                             &kPairPlaces, &kPremiseCarriers})
        out.insert(out.end(), list->begin(), list->end());
    for (const std::string& w : allPairWords())
        out.push_back(w);
    out.push_back(kHypothesis);
    out.push_back(kNegatedHypothesis);
    return out;
}

} // namespace editscope
