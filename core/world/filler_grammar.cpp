#include "core/world/filler_grammar.h"

#include <cctype>

namespace editscope {
namespace {

// Singular people and animals: every verb phrase below is past tense, so any pairing agrees.
const std::vector<std::string> kAnimate = {"my neighbour", "the baker", "her brother", "the old farmer",
    "a tired student", "the night guard", "my cousin", "the postman", "a stray cat", "the new manager",
    "our landlord", "an elderly man", "the young nurse", "a quiet boy", "my grandmother", "a curious child",
    "the shopkeeper", "the bus driver", "the museum guide", "a small dog", "the gardener", "his sister",
    "the old fisherman", "a young woman"};

const std::vector<std::string> kAnimateVerbs = {"waited by the door", "painted the fence", "forgot the keys",
    "arrived late", "stayed inside", "fixed the broken window", "walked to the market",
    "returned the borrowed umbrella", "lost an old map", "cleaned the kitchen", "planted tomatoes in the yard",
    "missed the last bus", "wrote a long letter", "counted the coins twice", "fed the ducks by the pond",
    "found a coin under the bench", "carried a heavy basket", "opened the shutters", "ran out of bread",
    "left a note on the table", "slept through the storm", "swept the front steps", "took the long way home",
    "climbed the narrow stairs", "waved at the neighbours", "borrowed a ladder", "mended an old coat",
    "baked a loaf of bread", "watched the boats", "read the morning paper"};

const std::vector<std::string> kThings = {"the old bridge", "the morning train", "the little cafe",
    "the village clock", "the ferry", "the delivery van", "the city library", "the corner shop", "the north road",
    "the town hall", "the school gym", "the last bus", "the market square", "the garden gate",
    "the kitchen window", "the old mill"};

const std::vector<std::string> kThingVerbs = {"was closed for repairs", "was covered in snow", "was painted blue",
    "stood empty", "was crowded", "stayed quiet", "looked different", "needed new paint", "was busy",
    "was late again", "smelled of fresh bread", "was full of people", "was open until midnight",
    "was decorated with lights", "creaked in the wind"};

const std::vector<std::string> kTimes = {"last winter", "on Sunday", "after lunch", "every morning",
    "in the evening", "yesterday", "before dawn", "during the holidays", "on Tuesday", "at noon", "last week",
    "that afternoon", "in the spring"};

const std::vector<std::string> kEvents = {"a long queue", "a strange noise", "a loud party", "a small fire",
    "a heavy fog", "a cold wind", "a crowd of visitors", "a lost umbrella", "a broken bicycle", "a box of apples"};

const std::vector<std::string> kPlaces = {"outside the bakery", "near the station", "behind the school",
    "in the old square", "by the harbour", "on the hill", "at the corner shop", "along the canal",
    "next to the bridge", "in the park"};

const std::vector<std::string> kWeather = {"rained for most of the day", "snowed heavily", "was unusually warm",
    "was windy", "was foggy", "stayed cloudy", "was cold and bright"};

std::string capitalised(std::string s)
{
    if (!s.empty())
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string optionalTime(Rng& rng)
{
    return rng.percent(60) ? " " + rng.pick(kTimes) : std::string();
}

} // namespace

std::string fillerSentence(Rng& rng)
{
    const uint64_t form = rng.below(100);
    std::string s;
    if (form < 30) {
        s = rng.pick(kAnimate) + " " + rng.pick(kAnimateVerbs) + optionalTime(rng);
    } else if (form < 50) {
        s = rng.pick(kThings) + " " + rng.pick(kThingVerbs) + optionalTime(rng);
    } else if (form < 65) {
        s = "there was " + rng.pick(kEvents) + " " + rng.pick(kPlaces) + optionalTime(rng);
    } else if (form < 75) {
        s = "it " + rng.pick(kWeather) + optionalTime(rng);
    } else if (form < 85) {
        s = rng.pick(kTimes) + ", " + rng.pick(kAnimate) + " " + rng.pick(kAnimateVerbs);
    } else if (form < 95) {
        const std::string& first = rng.pick(kAnimateVerbs);
        std::string second = rng.pick(kAnimateVerbs);
        while (second == first)
            second = rng.pick(kAnimateVerbs);
        s = rng.pick(kAnimate) + " " + first + " and then " + second;
    } else {
        s = rng.pick(kAnimate) + " said that " + rng.pick(kThings) + " " + rng.pick(kThingVerbs);
    }
    return capitalised(s) + ".";
}

std::string fillerSentences(Rng& rng, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ' ';
        out += fillerSentence(rng);
    }
    return out;
}

std::vector<std::string> fillerVocabulary()
{
    std::vector<std::string> out;
    for (const auto* list : {&kAnimate, &kAnimateVerbs, &kThings, &kThingVerbs, &kTimes, &kEvents, &kPlaces,
                             &kWeather})
        out.insert(out.end(), list->begin(), list->end());
    out.insert(out.end(), {"There was", "It", "said that", "and then"});
    return out;
}

} // namespace editscope
