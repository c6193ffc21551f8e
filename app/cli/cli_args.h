// Minimal declarative argument parsing for editscope-cli: each command declares its options, so an
// unknown or malformed option is reported with the list of valid ones instead of being ignored.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace editscope::cli {

struct OptionSpec {
    std::string name;        // without the leading "--"
    bool takesValue = true;  // false: a flag
    std::string help;
};

class CliArgs {
public:
    // Throws editscope::InputError("", "--name", reason) on unknown options or missing values.
    CliArgs(const std::string& command, const std::vector<OptionSpec>& specs, int argc, char** argv, int first);

    bool has(const std::string& name) const { return values_.count(name) > 0; }
    bool flag(const std::string& name) const { return has(name); }
    std::string get(const std::string& name, const std::string& fallback = "") const;
    std::string required(const std::string& name) const;
    int64_t getInt(const std::string& name, int64_t fallback) const;
    // A required comma-separated list of integers ("13,14,15"); errors name the option and say what the
    // items are ("layer numbers"; "no layer given" uses `item`, the singular).
    std::vector<int64_t> requiredIntList(const std::string& name, const std::string& items, const std::string& item) const;
    double getDouble(const std::string& name, double fallback) const;
    const std::vector<std::string>& positional() const { return positional_; }
    const std::vector<std::string>& all(const std::string& name) const;

    static std::string usage(const std::string& command, const std::vector<OptionSpec>& specs);

private:
    std::string command_;
    std::map<std::string, std::vector<std::string>> values_;
    std::vector<std::string> positional_;
};

} // namespace editscope::cli
