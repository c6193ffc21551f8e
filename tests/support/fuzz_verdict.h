// The verdict of one fuzz case, shared by the parser fuzz tests: `check` parses the input and returns
// "" when everything it accepted is consistent (or a description of the problem). An InputError that
// names `file` and gives a reason is a clean rejection; any other exception is a failure.
#pragma once

#include "core/util/error.h"

#include <exception>
#include <string>

namespace editscope::testing {

struct FuzzTally {
    int accepted = 0;
    int rejected = 0;
};

template <class Check>
std::string fuzzVerdict(const std::string& file, FuzzTally& tally, bool* acceptedOut, Check&& check)
{
    try {
        if (std::string problem = check(); !problem.empty())
            return problem;
        ++tally.accepted;
        if (acceptedOut)
            *acceptedOut = true;
        return "";
    } catch (const InputError& e) {
        if (e.file() != file || e.reason().empty())
            return std::string("InputError without file or reason: ") + e.what();
        ++tally.rejected;
        if (acceptedOut)
            *acceptedOut = false;
        return "";
    } catch (const std::exception& e) {
        return std::string("unexpected exception: ") + e.what();
    } catch (...) {
        return "unexpected non-std exception";
    }
}

} // namespace editscope::testing
