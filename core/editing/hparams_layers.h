// A method's hparams with the edited layers moved to a layer the user picked (a causal-trace cell:
// "use this layer in a new run"). ROME and r-ROME edit [layer]; MEMIT keeps the length of its window
// and ends it at `layer`, the way the reference's windows end at the causally critical layer (GPT-2 XL:
// ROME edits 17, MEMIT 13..17), clamped at layer 0 (a shorter window then). Every other key, and the
// keys' order, stay as in the file. Torch-free; stateless.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace editscope {

// The layers the new file edits (see above). InputError(file, "layers", …) for a missing/invalid
// "layers" array or a negative layer.
std::vector<int64_t> layersForPickedLayer(const std::string& hparamsText, const std::string& method, int64_t layer,
                                          const std::string& file);

// The file's text with "layers" replaced (pretty-printed, 4 spaces, key order kept).
std::string hparamsWithPickedLayer(const std::string& hparamsText, const std::string& method, int64_t layer,
                                   const std::string& file);

} // namespace editscope
