#include "cli_args.h"

#include "core/util/error.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace editscope::cli {

CliArgs::CliArgs(const std::string& command, const std::vector<OptionSpec>& specs, int argc, char** argv, int first)
    : command_(command)
{
    for (int i = first; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end())
            throw InputError("", "--" + name, "unknown option for '" + command + "'; valid options:\n" + usage(command, specs));
        if (!spec->takesValue) {
            if (inlineValue)
                throw InputError("", "--" + name, "is a flag and takes no value");
            values_[name].push_back("1");
            continue;
        }
        if (inlineValue) {
            values_[name].push_back(*inlineValue);
        } else {
            if (i + 1 >= argc)
                throw InputError("", "--" + name, "needs a value");
            values_[name].push_back(argv[++i]);
        }
    }
}

std::string CliArgs::get(const std::string& name, const std::string& fallback) const
{
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second.back();
}

std::string CliArgs::required(const std::string& name) const
{
    auto it = values_.find(name);
    if (it == values_.end())
        throw InputError("", "--" + name, "is required for '" + command_ + "'");
    return it->second.back();
}

const std::vector<std::string>& CliArgs::all(const std::string& name) const
{
    static const std::vector<std::string> kEmpty;
    auto it = values_.find(name);
    return it == values_.end() ? kEmpty : it->second;
}

int64_t CliArgs::getInt(const std::string& name, int64_t fallback) const
{
    if (!has(name))
        return fallback;
    const std::string text = get(name);
    int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        throw InputError("", "--" + name, "expected an integer, got '" + text + "'");
    return value;
}

std::vector<int64_t> CliArgs::requiredIntList(const std::string& name, const std::string& items, const std::string& item) const
{
    const std::string text = required(name);
    std::vector<int64_t> values;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        try {
            size_t used = 0;
            values.push_back(std::stoll(part, &used));
            if (used != part.size())
                throw std::invalid_argument(part);
        } catch (const std::exception&) {
            throw InputError("", "--" + name, "expected comma-separated " + items + ", got '" + text + "'");
        }
    }
    if (values.empty())
        throw InputError("", "--" + name, "no " + item + " given");
    return values;
}

double CliArgs::getDouble(const std::string& name, double fallback) const
{
    if (!has(name))
        return fallback;
    const std::string text = get(name);
    try {
        size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    throw InputError("", "--" + name, "expected a number, got '" + text + "'");
}

std::string CliArgs::usage(const std::string& command, const std::vector<OptionSpec>& specs)
{
    std::string text;
    for (const auto& s : specs)
        text += "  --" + s.name + (s.takesValue ? " VALUE" : "") + "  " + s.help + "\n";
    return text;
}

} // namespace editscope::cli
