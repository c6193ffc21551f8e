// Made-up but plausible subject names for the demo world ("Talira Venwood", "Frostline Chronicles",
// "Veltra Nova", "Neon Orchard", "Lake Tervano", "Kelmar Province", "Dorvik Systems"), built from
// syllables and name parts.
//
// SubjectNamePool guarantees what the world needs: every name is distinct, no name is a string prefix
// of another (so a prompt never names two subjects at once), and no name contains a word that is
// also an object or another reserved word (a subject "Port Rome" would leak a fact). Value type; not
// thread-safe.
#pragma once

#include "core/util/rng.h"
#include "core/world/world_catalog.h"

#include <set>
#include <string>
#include <vector>

namespace editscope {

// One candidate name of the kind; may collide with earlier names (the pool rejects those).
std::string proposeSubjectName(SubjectKind kind, Rng& rng);

class SubjectNamePool {
public:
    // `reservedWords`: whole words a name may not contain (object strings and their words).
    explicit SubjectNamePool(std::vector<std::string> reservedWords);

    // Draws a new name of `kind`. Throws InputError("", "shape", ...) if no new name is found after
    // many attempts (the name space of the kind is exhausted).
    std::string draw(SubjectKind kind, Rng& rng);

    // Would `name` be accepted now?
    bool acceptable(const std::string& name) const;

private:
    std::set<std::string> names_;
    std::set<std::string> reserved_;
};

} // namespace editscope
