// See Downloader.h. POSIX file calls (not iostreams) so that ENOSPC/EFBIG surface as errors at
// the write that failed, and fsync happens before the rename that publishes the file.
#include "tingdu/catalog/Downloader.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/String.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tingdu::catalog {

namespace {

class File {
public:
    File(const std::string& path, bool append)
        : m_fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0644))
    {
    }
    ~File()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    bool ok() const { return m_fd >= 0; }
    bool write(const char* data, std::size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }
    bool syncAndClose()
    {
        const bool ok = ::fsync(m_fd) == 0;
        const bool closed = ::close(m_fd) == 0;
        m_fd = -1;
        return ok && closed;
    }

private:
    int m_fd;
};

Error ioError(const std::string& what, const std::string& path, int err)
{
    const bool full = err == ENOSPC || err == EFBIG || err == EDQUOT;
    return makeError(ErrorCode::Io,
                     full ? "The disk is full: the book could not be saved." : what + ": " + std::strerror(err) + ".",
                     path);
}

std::uint64_t fileSize(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

Result<std::string> sha256File(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return ioError("The file could not be read", path, errno);
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    char buf[64 * 1024];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) engine.update(buf, static_cast<unsigned>(n));
    const int err = errno;
    ::close(fd);
    if (n < 0) return ioError("The file could not be read", path, err);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

Result<DownloadResult> download(const HttpsClient& client, const std::string& url, const std::string& destPath,
                                const DownloadOptions& options, const DownloadProgress& progress, CancelToken* cancel)
{
    const std::string part = destPath + ".part";
    std::uint64_t already = options.resume ? fileSize(part) : 0;

    HttpRequest req;
    req.url = url;
    req.authorization = options.authorization;
    if (already > 0) req.rangeFrom = already;

    std::optional<File> file;
    std::uint64_t received = 0;
    std::uint64_t total = options.expectedSize.value_or(0);
    bool resumed = false;
    int writeErrno = 0;
    // The sink opens the .part on the first chunk, once the status says whether Range was honoured.
    auto sink = [&](const char* data, std::size_t size) -> Result<void> {
        if (!file) {
            file.emplace(part, resumed);
            if (!file->ok()) {
                writeErrno = errno;
                return ioError("The download could not be started", part, writeErrno);
            }
            if (!resumed) already = 0;
        }
        if (!file->write(data, size)) {
            writeErrno = errno;
            return ioError("The download could not be written", part, writeErrno);
        }
        received += size;
        if (progress) progress(already + received, total);
        return {};
    };
    // Decide resume from the status before the body arrives: 206 appends, 200 starts over.
    auto onHeaders = [&](const HttpResponse& head) -> Result<void> {
        resumed = head.status == 206;
        if (!options.expectedSize) {
            const std::string length = head.header("Content-Length");
            if (!length.empty() && length.find_first_not_of("0123456789") == std::string::npos && length.size() < 19)
                total = (resumed ? already : 0) + std::stoull(length);
        }
        return {};
    };
    auto r = client.send(req, sink, cancel, onHeaders);
    if (!r) {
        if (r.error().code == ErrorCode::Io) std::remove(part.c_str());  // disk full: free what we took
        return r.error();
    }
    if (r->status == 416 && already > 0) {  // the .part is already whole (or stale): start over once
        std::remove(part.c_str());
        DownloadOptions again = options;
        again.resume = false;
        return download(client, url, destPath, again, progress, cancel);
    }
    if (r->status < 200 || r->status >= 300) return errorForStatus(*r);
    if (!file) file.emplace(part, false);  // an empty body still yields an (empty) file
    if (!file->syncAndClose()) return ioError("The download could not be saved", part, errno);

    DownloadResult out;
    out.path = destPath;
    out.contentType = r->contentType();
    out.size = fileSize(part);
    out.resumed = r->status == 206;
    if (options.expectedSize && out.size != *options.expectedSize) {
        std::remove(part.c_str());
        return makeError(ErrorCode::Checksum,
                         "The downloaded file has " + std::to_string(out.size) + " bytes, not the " +
                             std::to_string(*options.expectedSize) + " the library announced.",
                         url);
    }
    auto hash = sha256File(part);
    if (!hash) return hash.error();
    out.sha256 = *hash;
    if (!options.sha256.empty() && Poco::icompare(out.sha256, options.sha256) != 0) {
        std::remove(part.c_str());
        return makeError(ErrorCode::Checksum, "The downloaded file is damaged (its checksum does not match).", url);
    }
    if (std::rename(part.c_str(), destPath.c_str()) != 0) return ioError("The book could not be moved into place", destPath, errno);
    return out;
}

}  // namespace tingdu::catalog
