#include "core/formats/npy.h"

#include "core/formats/file_io.h"
#include "core/util/error.h"

#include <cstring>

namespace editscope {

std::vector<std::byte> encodeNpy(const std::string& descr, const std::vector<int64_t>& shape,
                                 const void* data, size_t nbytes)
{
    std::string shapeText = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        shapeText += std::to_string(shape[i]) + (shape.size() == 1 ? "," : (i + 1 < shape.size() ? ", " : ""));
    shapeText += ")";
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
    // magic(6) + version(2) + header length(2) + header, padded with spaces to a multiple of 64, '\n' last.
    const size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::vector<std::byte> out(10 + header.size() + nbytes);
    const unsigned char magic[8] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    std::memcpy(out.data(), magic, 8);
    const auto len = static_cast<uint16_t>(header.size());
    out[8] = static_cast<std::byte>(len & 0xff);
    out[9] = static_cast<std::byte>(len >> 8);
    std::memcpy(out.data() + 10, header.data(), header.size());
    if (nbytes)
        std::memcpy(out.data() + 10 + header.size(), data, nbytes);
    return out;
}

void writeNpyFile(const std::string& path, const std::string& descr, const std::vector<int64_t>& shape,
                  const void* data, size_t nbytes)
{
    writeFileAtomically(path, encodeNpy(descr, shape, data, nbytes));
}

} // namespace editscope
