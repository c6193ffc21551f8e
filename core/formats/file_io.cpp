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

void writeAll(const std::string& path, const char* data, size_t size)
{
    const std::string temp = path + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(path, "", std::string("cannot create: ") + std::strerror(errno));
    auto fail = [&](const char* what) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string(what) + ": " + std::strerror(err));
    };
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("cannot write");
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 && errno != EINVAL)   // EINVAL: special files such as /dev/full
        fail("cannot flush");
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string("cannot close: ") + std::strerror(err));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        throw InputError(path, "", std::string("cannot rename into place: ") + std::strerror(err));
    }
}

} // namespace

void writeFileAtomically(const std::string& path, const std::vector<std::byte>& bytes)
{
    writeAll(path, reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

void writeFileAtomically(const std::string& path, std::string_view text)
{
    writeAll(path, text.data(), text.size());
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
