#pragma once
// A real HTTPS server on loopback for network tests: Poco's HTTPServer on a port the kernel
// picks, with one of the test PKI's certificates. Tests write a Handler; helpers below serve
// files with Range support and inject faults (drop the connection, stall).
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "TestPki.h"

namespace tingdu::testing {

class HttpsTestServer {
public:
    enum class Certificate { Valid, WrongHost, Expired, SelfSigned, PlainHttp };
    /// Called on a server thread, one call per request; may block (slow-response tests).
    using Handler = std::function<void(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&)>;

    explicit HttpsTestServer(Handler handler, Certificate certificate = Certificate::Valid);
    ~HttpsTestServer();
    HttpsTestServer(const HttpsTestServer&) = delete;
    HttpsTestServer& operator=(const HttpsTestServer&) = delete;

    int port() const;
    /// "https://localhost:PORT" + PATH (PATH starts with '/'); "http://" for PlainHttp.
    std::string url(const std::string& path = "/") const;
    /// The CA file a client must trust to talk to this server (the test CA).
    static std::string caFile() { return testPki().caFile; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct ServeOptions {
    std::optional<std::size_t> dropAfterBytes;  ///< close the connection after sending this many body bytes
    std::size_t bytesPerSecond = 0;             ///< throttle (0 = as fast as possible)
    std::string contentType = "application/octet-stream";
};

/// Serves FILE honouring a single "Range: bytes=a-b" request (206 + Content-Range), 404 when absent.
void serveFile(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
               const std::string& file, const ServeOptions& options = {});

/// Serves BODY with STATUS and TYPE.
void serveText(Poco::Net::HTTPServerResponse& response, int status, const std::string& type,
               const std::string& body);

/// Closes the request's connection without a response (a dropped connection).
void dropConnection(Poco::Net::HTTPServerRequest& request);

}  // namespace tingdu::testing
