#pragma once
// HTTPS for catalogs: verification always on, no https→http redirects, time-outs, gzip,
// conditional requests, cancellation. Every failure is a distinct Error.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

struct HttpsOptions {
    std::string caFile;  ///< extra trusted CA (PEM) a library configures; the system store is always used too
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds readTimeout{30000};  ///< longest silence while waiting for bytes
    int maxRedirects = 5;
    std::size_t maxBodyBytes = 64u << 20;  ///< in-memory bodies only; streamed downloads are not capped
    std::string userAgent;                 ///< default "Tingdu/<version>"
};

/// Cancels a running request from any thread: sets a flag checked between the stages of a request
/// and shuts its socket down, so a blocked connect, TLS handshake, send or read returns at once
/// (a name lookup in progress is abandoned). One token may serve several requests in turn.
class CancelToken {
public:
    CancelToken() = default;
    ~CancelToken();
    CancelToken(const CancelToken&) = delete;
    CancelToken& operator=(const CancelToken&) = delete;
    void cancel();
    bool cancelled() const { return m_cancelled.load(); }

private:
    friend class HttpsClient;
    void attach(int socketFd);
    void detach();
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    int m_fd = -1;  ///< the token's own duplicate of the running request's socket, -1 between requests
};

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;  ///< e.g. Accept
    std::string authorization;    ///< full header value ("Basic ...", "Bearer ..."); dropped on cross-host redirects
    std::string body;
    std::string contentType;
    std::string ifNoneMatch;      ///< a stored ETag
    std::string ifModifiedSince;  ///< a stored Last-Modified value
    std::optional<std::uint64_t> rangeFrom;  ///< resume a download from this byte
};

struct HttpResponse {
    int status = 0;
    std::string reason;
    std::string url;  ///< the final URL after redirects
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;  ///< decoded (gunzipped); empty when streamed to a sink
    std::string header(const std::string& name) const;  ///< case-insensitive, "" if absent
    std::string contentType() const { return header("Content-Type"); }
    bool notModified() const { return status == 304; }
};

/// Receives a streamed body chunk by chunk (on the requesting thread); an Error stops the transfer.
using BodySink = std::function<Result<void>(const char* data, std::size_t size)>;
/// Sees a 2xx response's status and headers before its body goes to the sink (e.g. 200 vs 206).
using HeadersSeen = std::function<Result<void>(const HttpResponse& head)>;

class HttpsClient {
public:
    explicit HttpsClient(HttpsOptions options = {});
    ~HttpsClient();
    HttpsClient(const HttpsClient&) = delete;
    HttpsClient& operator=(const HttpsClient&) = delete;

    /// Sends a request, following https redirects. Any received HTTP status is a response (the
    /// caller decides: a 401 carries the auth document); transport failures are Errors.
    /// Thread-safe: one client may serve several worker threads at once.
    Result<HttpResponse> send(const HttpRequest& request, CancelToken* cancel = nullptr) const;
    /// Same, but a 2xx body goes to sink instead of memory (downloads); other bodies stay in memory.
    Result<HttpResponse> send(const HttpRequest& request, const BodySink& sink, CancelToken* cancel = nullptr,
                              const HeadersSeen& onHeaders = {}) const;

    /// GET that treats every non-2xx (and 304 unless conditional) as an Error (see errorForStatus).
    Result<HttpResponse> get(const std::string& url, const std::string& authorization = {},
                             CancelToken* cancel = nullptr) const;

    const HttpsOptions& options() const { return m_options; }

private:
    struct Impl;
    HttpsOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

/// The Error a non-success response stands for: 401 Unauthorized, 403, 404, 5xx Server, an
/// RFC 7807 problem document → Problem with its sentence, others HttpStatus.
Error errorForStatus(const HttpResponse& response);

}  // namespace tingdu::catalog
