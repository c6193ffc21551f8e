#include "core/editing/hparams_layers.h"

#include "core/util/error.h"

#include <nlohmann/json.hpp>

namespace editscope {
namespace {

nlohmann::ordered_json parseHparams(const std::string& text, const std::string& file)
{
    nlohmann::ordered_json j;
    try {
        j = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, "", std::string("not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw InputError(file, "", "an hparams file is a JSON object");
    const auto it = j.find("layers");
    if (it == j.end() || !it->is_array() || it->empty())
        throw InputError(file, "layers", "missing or empty; expected a list of layer numbers");
    for (const auto& l : *it)
        if (!l.is_number_integer()) throw InputError(file, "layers", "every entry must be an integer layer number");
    return j;
}

} // namespace

std::vector<int64_t> layersForPickedLayer(const std::string& hparamsText, const std::string& method, int64_t layer,
                                          const std::string& file)
{
    if (layer < 0) throw InputError(file, "layers", "the picked layer " + std::to_string(layer) + " is negative");
    const auto j = parseHparams(hparamsText, file);
    if (method != "memit") return {layer};
    const auto window = static_cast<int64_t>(j["layers"].size());
    std::vector<int64_t> layers;
    for (int64_t l = std::max<int64_t>(0, layer - window + 1); l <= layer; ++l)
        layers.push_back(l);
    return layers;
}

std::string hparamsWithPickedLayer(const std::string& hparamsText, const std::string& method, int64_t layer,
                                   const std::string& file)
{
    auto j = parseHparams(hparamsText, file);
    j["layers"] = layersForPickedLayer(hparamsText, method, layer, file);
    return j.dump(4) + "\n";
}

} // namespace editscope
