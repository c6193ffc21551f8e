// StepFilter: the steps table's filter language, parsed once per edit of the filter field and matched
// against each StepSummary. Terms are separated by spaces ("double quotes" keep a phrase together); a
// step is shown when every term matches:
//   word            case-insensitive substring of a subject, prompt, target_true, target_new, relation
//                   id, case id or flag criterion name
//   flag:           flagged steps only (a detector flag or a non-finite update); "flagged" is the same
//   flag:NAME       a flag whose criterion contains NAME ("flag:norm"); "flag:non-finite" for NaN/Inf
//   case:N          the step edited case id N
//   step:N  step:A-B   the step number, or a range (inclusive)
//   -TERM           any term negated ("-flag:" = unflagged steps)
// A malformed number ("case:x") matches nothing rather than everything, so a typo is visible.
// Plain value; any thread.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace editscope {

struct StepSummary;

class StepFilter {
public:
    static StepFilter parse(const QString& text);
    bool isEmpty() const { return terms_.empty(); }
    bool matches(const StepSummary& step) const;
    // The syntax above in one translated paragraph (the filter field's tool tip).
    static QString syntaxHelp();

private:
    enum class Kind { Text, Flagged, FlagName, Case, StepRange, Invalid };
    struct Term {
        Kind kind = Kind::Text;
        bool negated = false;
        QString text;          // lower case
        int64_t low = 0, high = 0;
    };
    static Term parseTerm(QString token);
    static bool matchesTerm(const Term& term, const StepSummary& step);

    std::vector<Term> terms_;
};

} // namespace editscope
