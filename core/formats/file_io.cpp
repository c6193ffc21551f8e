#include "core/formats/file_io.h"

#include "core/util/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace editscope {
namespace {

std::string errnoText(int err) { return std::strerror(err); }

} // namespace

// Writes the chunks to `path.tmp`, fsyncs, renames over `path`. Leaves `path` untouched on failure.
void writeFileAtomically(const std::string& path, const std::vector<std::span<const std::byte>>& chunks)
{
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(path, "", "cannot create " + tmp + ": " + errnoText(errno));
    auto fail = [&](const std::string& what, int err) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw InputError(path, "", what + ": " + errnoText(err));
    };
    for (const auto& chunk : chunks) {
        const std::byte* p = chunk.data();
        std::size_t left = chunk.size();
        while (left > 0) {
            const std::size_t step = std::min<std::size_t>(left, std::size_t(1) << 30);
            const ssize_t written = ::write(fd, p, step);
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                fail("write failed", errno);
            }
            if (written == 0)
                fail("write failed", EIO);
            p += written;
            left -= static_cast<std::size_t>(written);
        }
    }
    if (::fsync(fd) != 0)
        fail("fsync failed", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw InputError(path, "", "close failed: " + errnoText(err));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw InputError(path, "", "cannot rename " + tmp + " into place: " + errnoText(err));
    }
    // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}



void writeFileAtomically(const std::string& path, const std::vector<std::byte>& bytes)
{
    writeFileAtomically(path, std::vector<std::span<const std::byte>>{std::span<const std::byte>(bytes)});
}

void writeFileAtomically(const std::string& path, std::string_view text)
{
    const auto* data = reinterpret_cast<const std::byte*>(text.data());
    writeFileAtomically(path, std::vector<std::span<const std::byte>>{std::span<const std::byte>(data, text.size())});
}

std::string readWholeFile(const std::string& path, std::string_view what)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "", "cannot open " + std::string(what) + ": " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw InputError(path, "", "read error");
    return buffer.str();
}

nlohmann::json readJsonFile(const std::string& path, std::string_view what)
{
    const std::string text = readWholeFile(path, what);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(path, "", std::string("not valid JSON: ") + e.what());
    }
}

} // namespace editscope
