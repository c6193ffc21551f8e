#include "core/world/subject_names.h"

#include "core/util/error.h"

#include <array>
#include <cctype>

namespace editscope {
namespace {

constexpr std::array<const char*, 16> kOnsets = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
                                                 "v", "z", "th"};
constexpr std::array<const char*, 5> kVowels = {"a", "e", "i", "o", "u"};
constexpr std::array<const char*, 8> kCodas = {"l", "r", "n", "m", "s", "v", "d", "k"};
constexpr std::array<const char*, 8> kFirstEndings = {"", "n", "l", "r", "s", "na", "ra", "th"};
constexpr std::array<const char*, 17> kSurnameSuffixes = {"ford", "berg", "wood", "ton", "ley", "mere", "vik",
    "holm", "stein", "ridge", "wick", "dale", "ard", "ell", "ino", "ova", "escu"};
constexpr std::array<const char*, 18> kCompoundHeads = {"Frost", "Stone", "Maple", "Silver", "River", "Amber",
    "Iron", "Willow", "Raven", "Cedar", "Ember", "Hollow", "Storm", "Glass", "Copper", "Moon", "Thorn", "Ash"};
constexpr std::array<const char*, 14> kCompoundTails = {"line", "field", "wood", "gate", "fall", "brook", "crest",
    "vale", "hold", "mark", "light", "ward", "shore", "haven"};
constexpr std::array<const char*, 10> kWorkWords = {"Chronicles", "Tales", "Saga", "Diaries", "Stories", "Legends",
    "Letters", "Echoes", "Songs", "Mysteries"};
constexpr std::array<const char*, 10> kShowWords = {"Nights", "Street", "Hospital", "Academy", "Island", "Kitchen",
    "Detectives", "Family", "Hour", "Court"};
constexpr std::array<const char*, 12> kModelWords = {"X5", "Pro", "GT", "Mini", "One", "Nova", "Air", "Max", "S2",
    "Turbo", "Edge", "Lite"};
constexpr std::array<const char*, 18> kBandAdjectives = {"Velvet", "Neon", "Paper", "Silent", "Electric", "Golden",
    "Hollow", "Crimson", "Midnight", "Wild", "Broken", "Lunar", "Rusty", "Static", "Northern", "Glass", "Purple",
    "Frozen"};
constexpr std::array<const char*, 16> kBandNouns = {"Lantern", "Orchard", "Comet", "Engine", "Parade", "Harbor",
    "Circus", "Mirror", "Signal", "Garden", "Machine", "Canyon", "Kingdom", "Theory", "Ritual", "Avenue"};
constexpr std::array<const char*, 5> kRegionEndings = {"ia", "ar", "ova", "en", "is"};
constexpr std::array<const char*, 7> kCompanyWords = {"Systems", "Industries", "Labs", "Group", "Dynamics", "Works",
    "Holdings"};

std::string capitalised(std::string s)
{
    if (!s.empty())
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string syllable(Rng& rng)
{
    return std::string(rng.pick(kOnsets)) + rng.pick(kVowels);
}

// Two open syllables and an optional coda: "Velor", "Kasu".
std::string coinedWord(Rng& rng)
{
    std::string w = syllable(rng) + syllable(rng);
    if (rng.percent(50))
        w += rng.pick(kCodas);
    return capitalised(w);
}

std::string compound(Rng& rng)
{
    return std::string(rng.pick(kCompoundHeads)) + rng.pick(kCompoundTails);
}

std::vector<std::string> words(const std::string& name)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            current += c;
        } else if (!current.empty()) {
            out.push_back(current);
            current.clear();
        }
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

} // namespace

std::string proposeSubjectName(SubjectKind kind, Rng& rng)
{
    switch (kind) {
    case SubjectKind::Person: {
        const std::string first = capitalised(syllable(rng) + syllable(rng) + rng.pick(kFirstEndings));
        const std::string last = capitalised(syllable(rng) + rng.pick(kCodas) + rng.pick(kSurnameSuffixes));
        return first + " " + last;
    }
    case SubjectKind::Work:
        return compound(rng) + " " + rng.pick(kWorkWords);
    case SubjectKind::TvShow:
        return compound(rng) + " " + rng.pick(kShowWords);
    case SubjectKind::Product:
        return coinedWord(rng) + " " + rng.pick(kModelWords);
    case SubjectKind::Band:
        return std::string(rng.pick(kBandAdjectives)) + " " + rng.pick(kBandNouns);
    case SubjectKind::Landmark: {
        const std::string x = rng.percent(50) ? coinedWord(rng) : compound(rng);
        switch (rng.below(8)) {
        case 0: return "Lake " + x;
        case 1: return "Mount " + x;
        case 2: return "Port " + x;
        case 3: return "Fort " + x;
        case 4: return x + " Castle";
        case 5: return x + " Bridge";
        case 6: return x + " Abbey";
        default: return x + " Tower";
        }
    }
    case SubjectKind::Region: {
        const std::string x = capitalised(syllable(rng) + syllable(rng) + rng.pick(kRegionEndings));
        switch (rng.below(4)) {
        case 0: return x + " Province";
        case 1: return x + " Islands";
        case 2: return "Republic of " + x;
        default: return x + " Valley";
        }
    }
    case SubjectKind::Company:
        return coinedWord(rng) + " " + rng.pick(kCompanyWords);
    }
    return "Unnamed";
}

SubjectNamePool::SubjectNamePool(std::vector<std::string> reservedWords)
    : reserved_(reservedWords.begin(), reservedWords.end())
{
}

bool SubjectNamePool::acceptable(const std::string& name) const
{
    if (name.empty() || names_.count(name))
        return false;
    for (const std::string& w : words(name)) {
        if (reserved_.count(w))
            return false;
    }
    // Names with prefix `name` sort right after it, so the first name >= `name` is one if any is.
    // A name P that is a prefix of `name` sorts before it, and every name between P and `name` would
    // start with P; since the pool holds no prefix pairs, P must be the immediate predecessor.
    auto after = names_.lower_bound(name);
    if (after != names_.end() && after->compare(0, name.size(), name) == 0)
        return false;
    if (after != names_.begin()) {
        const std::string& before = *std::prev(after);
        if (name.compare(0, before.size(), before) == 0)
            return false;
    }
    return true;
}

std::string SubjectNamePool::draw(SubjectKind kind, Rng& rng)
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        std::string name = proposeSubjectName(kind, rng);
        if (acceptable(name)) {
            names_.insert(name);
            return name;
        }
    }
    throw InputError("", "shape", "cannot find another distinct " + subjectKindName(kind)
                                      + " name; the world is too large for the name generator");
}

} // namespace editscope
