// HttpsClient over Poco::Net::HTTPClientSession on a TLS socket opened by net/SecureConnection
// (see HttpsClient.h for the contract).
#include "tingdu/catalog/HttpsClient.h"

#include <Poco/Exception.h>
#include <Poco/InflatingStream.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/String.h>
#include <Poco/URI.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "net/SecureConnection.h"
#include "net/SslRuntime.h"
#include "net/TransportErrors.h"

namespace tingdu::catalog {

// The token keeps its own duplicate of the request's socket descriptor. shutdown() on the duplicate
// acts on the same connection, and because only the token closes it (under the mutex), a cancel
// can never hit a descriptor number that Poco has already closed and the process has reused for
// another file or connection.
CancelToken::~CancelToken() { detach(); }

void CancelToken::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_mutex);
    // Wakes a connect, TLS handshake, send or read blocked in the requesting thread.
    if (m_fd >= 0) ::shutdown(m_fd, SHUT_RDWR);
}

void CancelToken::attach(int socketFd)
{
    std::lock_guard lock(m_mutex);
    if (m_fd >= 0) ::close(m_fd);
    m_fd = ::fcntl(socketFd, F_DUPFD_CLOEXEC, 0);  // -1 (out of descriptors): the flag checks still stop it
    if (m_cancelled && m_fd >= 0) ::shutdown(m_fd, SHUT_RDWR);
}

void CancelToken::detach()
{
    std::lock_guard lock(m_mutex);
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

std::string HttpResponse::header(const std::string& name) const
{
    for (const auto& [k, v] : headers)
        if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return v;
    return {};
}

struct HttpsClient::Impl {
    Poco::Net::Context::Ptr context;
    std::optional<Error> contextError;
};

namespace {

bool isRedirect(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

}  // namespace

HttpsClient::HttpsClient(HttpsOptions options) : m_options(std::move(options)), m_impl(std::make_unique<Impl>())
{
    if (m_options.userAgent.empty()) m_options.userAgent = std::string("Tingdu/") + TINGDU_CATALOG_VERSION;
    net::ensureSslRuntime();
    try {
        m_impl->context = net::makeClientContext(m_options.caFile);
    } catch (const Poco::Exception& e) {
        m_impl->contextError = makeError(ErrorCode::Tls, "The certificate file could not be loaded: " + e.message() + ".",
                                         m_options.caFile);
        m_impl->contextError->tlsReason = "ca-file";
    }
}

HttpsClient::~HttpsClient() = default;

Result<HttpResponse> HttpsClient::send(const HttpRequest& request, CancelToken* cancel) const
{
    return send(request, BodySink{}, cancel);
}

Result<HttpResponse> HttpsClient::send(const HttpRequest& original, const BodySink& sink, CancelToken* cancel,
                                       const HeadersSeen& onHeaders) const
{
    if (m_impl->contextError) return *m_impl->contextError;
    HttpRequest req = original;
    for (int hop = 0; hop <= m_options.maxRedirects; ++hop) {
        Poco::URI uri;
        try {
            uri = Poco::URI(req.url);
        } catch (const Poco::Exception&) {
            return makeError(ErrorCode::InvalidArgument, "The address is not a valid URL.", req.url);
        }
        if (uri.getScheme() != "https") {
            if (hop > 0 && uri.getScheme() == "http")
                return makeError(ErrorCode::InsecureRedirect,
                                 "The server redirected a secure request to an insecure (http) address; Tingdu refused to follow.",
                                 req.url);
            return makeError(ErrorCode::InvalidArgument, "Tingdu only talks to catalogs over https.", req.url);
        }
        if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);

        std::string target = uri.getPathEtc();
        if (target.empty()) target = "/";
        Poco::Net::HTTPRequest pr(req.method, target, Poco::Net::HTTPMessage::HTTP_1_1);
        pr.setHost(uri.getHost(), uri.getPort());
        pr.set("User-Agent", m_options.userAgent);
        pr.set("Accept-Encoding", "gzip");
        for (const auto& [k, v] : req.headers) pr.set(k, v);
        if (!req.authorization.empty()) pr.set("Authorization", req.authorization);
        if (!req.ifNoneMatch.empty()) pr.set("If-None-Match", req.ifNoneMatch);
        if (!req.ifModifiedSince.empty()) pr.set("If-Modified-Since", req.ifModifiedSince);
        if (req.rangeFrom) pr.set("Range", "bytes=" + std::to_string(*req.rangeFrom) + "-");
        if (!req.body.empty() || req.method == "POST" || req.method == "PUT") {
            pr.setContentLength(static_cast<std::streamsize>(req.body.size()));
            if (!req.contentType.empty()) pr.setContentType(req.contentType);
        }

        net::clearCertificateFailure();
        HttpResponse out;
        out.url = req.url;
        // Detaches the token from this attempt's socket however the attempt ends. (The guard this
        // replaces was assigned from a temporary whose destructor detached at once, so cancel()
        // found no socket to shut down; GCC 12 without UBSan happened to skip that destructor.)
        const auto detachToken = [](CancelToken* t) { t->detach(); };
        std::unique_ptr<CancelToken, void (*)(CancelToken*)> registration{nullptr, detachToken};
        bool headersReceived = false;
        bool inflating = false;  // zlib "data error" then means a corrupt body, not a dropped link
        try {
            // The socket is registered with the token before it connects, so a cancel ends any
            // stage at once: connect, TLS handshake, sending, waiting for the status line, the body.
            const net::ConnectTimeouts timeouts{m_options.connectTimeout, m_options.readTimeout};
            auto socket = net::connectSecure(uri.getHost(), uri.getPort(), m_impl->context, timeouts, cancel,
                [&](int fd) {
                    if (!cancel) return;
                    cancel->attach(fd);
                    registration.reset(cancel);
                });
            if (!socket) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
            // The plain session class over the verified TLS socket: HTTPSClientSession's socket
            // constructor refuses a socket that is already connected.
            Poco::Net::HTTPClientSession session(*socket);
            session.setKeepAlive(false);
            std::ostream& os = session.sendRequest(pr);
            os << req.body;
            os.flush();
            if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
            Poco::Net::HTTPResponse resp;
            std::istream& rs = session.receiveResponse(resp);
            headersReceived = true;
            rs.exceptions(std::ios::badbit);  // rethrow Poco's own exception (timeout, reset) from reads
            out.status = static_cast<int>(resp.getStatus());
            out.reason = resp.getReason();
            for (const auto& [k, v] : resp) out.headers.emplace_back(k, v);

            if (isRedirect(out.status) && !resp.get("Location", "").empty()) {
                Poco::URI next(uri);
                next.resolve(resp.get("Location"));
                if (next.getScheme() == "http")
                    return makeError(ErrorCode::InsecureRedirect,
                                     "The server redirected a secure request to an insecure (http) address; Tingdu refused to follow.",
                                     req.url);
                if (next.getHost() != uri.getHost()) req.authorization.clear();  // credentials stay with their host
                if (out.status == 303) {
                    req.method = "GET";
                    req.body.clear();
                }
                req.url = next.toString();
                continue;
            }

            const bool gzip = Poco::icompare(resp.get("Content-Encoding", ""), "gzip") == 0;
            const bool streamed = sink && out.status >= 200 && out.status < 300;
            if (streamed && onHeaders)
                if (auto ok = onHeaders(out); !ok) return ok.error();
            std::unique_ptr<Poco::InflatingInputStream> inflater;
            std::istream* in = &rs;
            if (gzip) {
                inflater = std::make_unique<Poco::InflatingInputStream>(rs, Poco::InflatingStreamBuf::STREAM_GZIP);
                inflater->exceptions(std::ios::badbit);
                in = inflater.get();
                inflating = true;
            }
            std::vector<char> buf(64 * 1024);
            std::uint64_t received = 0;
            while (true) {
                if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
                in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
                const auto n = static_cast<std::size_t>(in->gcount());
                if (n == 0) break;
                received += n;
                if (streamed) {
                    if (auto r = sink(buf.data(), n); !r) return r.error();
                } else {
                    if (out.body.size() + n > m_options.maxBodyBytes)
                        return makeError(ErrorCode::TooLarge, "The server's answer is larger than Tingdu accepts.", req.url);
                    out.body.append(buf.data(), n);
                }
            }
            if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
            // A fixed-length body that ends early is a dropped connection, not a short document.
            if (!gzip && resp.hasContentLength() && req.method != "HEAD" &&
                received < static_cast<std::uint64_t>(resp.getContentLength64()))
                return makeError(ErrorCode::ConnectionLost, "The connection dropped before the whole answer arrived.",
                                 req.url);
            return out;
        } catch (const Poco::Exception& e) {
            if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
            if (inflating && dynamic_cast<const Poco::IOException*>(&e) && !dynamic_cast<const Poco::Net::NetException*>(&e) &&
                e.message().find("data error") != std::string::npos)
                return makeError(ErrorCode::MalformedBody, "The server's compressed answer is corrupt.", req.url);
            return net::transportError(e, req.url, headersReceived);
        } catch (const std::exception& e) {
            if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Cancelled.", req.url);
            return makeError(ErrorCode::ConnectionLost, std::string("The connection failed: ") + e.what() + ".", req.url);
        }
    }
    return makeError(ErrorCode::TooManyRedirects, "The server redirected too many times.", original.url);
}

Result<HttpResponse> HttpsClient::get(const std::string& url, const std::string& authorization,
                                      CancelToken* cancel) const
{
    HttpRequest req;
    req.url = url;
    req.authorization = authorization;
    auto r = send(req, cancel);
    if (!r) return r;
    if (r->status < 200 || r->status >= 300) return errorForStatus(*r);
    return r;
}

}  // namespace tingdu::catalog
