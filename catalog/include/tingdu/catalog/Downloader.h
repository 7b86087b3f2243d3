#pragma once
// Downloads to the local shelf: into "<dest>.part", resumed with Range, checked for size and
// SHA-256, flushed and atomically renamed into place. The destination is either absent or
// complete: a cancel, a dropped connection or a full disk never leaves a half-written book.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "tingdu/catalog/HttpsClient.h"

namespace tingdu::catalog {

struct DownloadOptions {
    std::string authorization;                 ///< header value for the library, if needed
    std::optional<std::uint64_t> expectedSize;  ///< refuse a different size
    std::string sha256;                         ///< hex; refuse a different checksum
    bool resume = true;                         ///< continue an existing .part with Range
};

struct DownloadResult {
    std::string path;
    std::uint64_t size = 0;
    std::string sha256;        ///< of the whole file
    std::string contentType;
    bool resumed = false;      ///< the server honoured a Range request
};

/// Called on the downloading thread after each chunk; total is 0 when the size is unknown.
using DownloadProgress = std::function<void(std::uint64_t received, std::uint64_t total)>;

/// Downloads url to destPath (its folder must exist). Errors: the transfer's (Cancelled,
/// ConnectionLost, Timeout, Tls, ...), Checksum for a size or hash mismatch, Io for disk failures
/// (the .part file is then deleted so a full disk is not left fuller).
Result<DownloadResult> download(const HttpsClient& client, const std::string& url, const std::string& destPath,
                                const DownloadOptions& options = {}, const DownloadProgress& progress = {},
                                CancelToken* cancel = nullptr);

/// Hex SHA-256 of a file.
Result<std::string> sha256File(const std::string& path);

}  // namespace tingdu::catalog
