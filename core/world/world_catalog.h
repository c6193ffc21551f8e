// The fixed vocabulary of the demo world: relations modelled on CounterFact's (Wikidata property
// ids, prompt templates in CounterFact's style), the kinds of subject each relation takes, and the
// catalog of real-world objects (countries, cities, languages, companies, ...).
//
// Template rules (checked by the tests): exactly one "{}" for the subject; the text before it is
// empty or ends with a space (spec §2.2); the template ends right before the object, which follows
// as " " + object, with no trailing space. Object ids ("Q2003") are fixed per object string across
// every relation that uses it. The catalog is immutable static data; thread-safe.
#pragma once

#include "core/dataset/counterfact.h"

#include <string>
#include <vector>

namespace editscope {

enum class SubjectKind { Person, Work, TvShow, Product, Band, Landmark, Region, Company };

enum class ObjectCategory {
    Country, City, Language, Occupation, Genre, Religion, Manufacturer, RecordLabel, Position,
    Network, Field, Instrument
};

struct RelationSpec {
    std::string id;                                 // Wikidata property id, e.g. "P103"
    std::string name;                               // e.g. "native language"
    SubjectKind subjectKind;
    ObjectCategory objectCategory;
    std::vector<std::string> templates;             // fact templates ("The mother tongue of {} is")
    std::vector<std::string> generationTemplates;   // open-ended prompts about the subject
};

// All relations, in the order the world takes them (a world with R relations uses the first R;
// the first six are varied enough for the tiny test world).
const std::vector<RelationSpec>& relationCatalog();

// All objects of a category, each with its fixed id.
const std::vector<TargetRef>& objectCatalog(ObjectCategory category);

std::string subjectKindName(SubjectKind kind);   // "person", "work", ...
std::string objectCategoryName(ObjectCategory category);

} // namespace editscope
