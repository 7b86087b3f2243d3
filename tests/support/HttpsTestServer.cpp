#include "HttpsTestServer.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/ThreadPool.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>
#include <thread>

using namespace Poco::Net;

namespace tingdu::testing {

namespace {

void initSsl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        initializeSSL();
        std::atexit([] { uninitializeSSL(); });
    });
}

class CallHandler : public HTTPRequestHandler {
public:
    explicit CallHandler(const HttpsTestServer::Handler& h) : m_handler(h) {}
    void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override
    {
        m_handler(request, response);
    }

private:
    const HttpsTestServer::Handler& m_handler;
};

class Factory : public HTTPRequestHandlerFactory {
public:
    explicit Factory(HttpsTestServer::Handler h) : m_handler(std::move(h)) {}
    HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override
    {
        return new CallHandler(m_handler);
    }

private:
    HttpsTestServer::Handler m_handler;
};

}  // namespace

struct HttpsTestServer::Impl {
    // The server's own threads, joined on destruction: a handler still sleeping (a slow-server
    // fault) must not outlive the test and answer after the process has begun to exit.
    Poco::ThreadPool pool{2, 16};
    std::unique_ptr<ServerSocket> socket;
    std::unique_ptr<HTTPServer> server;
    bool tls = true;
};

HttpsTestServer::HttpsTestServer(Handler handler, Certificate certificate) : m_impl(std::make_unique<Impl>())
{
    const SocketAddress address("127.0.0.1", 0);
    if (certificate == Certificate::PlainHttp) {
        m_impl->tls = false;
        m_impl->socket = std::make_unique<ServerSocket>(address);
    } else {
        initSsl();
        const TestPki& pki = testPki();
        const KeyPair& pair = certificate == Certificate::WrongHost ? pki.wrongHost
                              : certificate == Certificate::Expired  ? pki.expired
                              : certificate == Certificate::SelfSigned ? pki.selfSigned
                                                                       : pki.valid;
        Context::Ptr context = new Context(Context::TLS_SERVER_USE, pair.keyFile, pair.certFile, "",
                                           Context::VERIFY_NONE, 9, false, "ALL:!aNULL:!eNULL:@STRENGTH");
        m_impl->socket = std::make_unique<SecureServerSocket>(address, 64, context);
    }
    auto* params = new HTTPServerParams;
    params->setMaxThreads(16);
    params->setMaxQueued(64);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(10, 0));
    m_impl->server = std::make_unique<HTTPServer>(new Factory(std::move(handler)), m_impl->pool, *m_impl->socket, params);
    m_impl->server->start();
}

HttpsTestServer::~HttpsTestServer()
{
    m_impl->server->stopAll(true);
    m_impl->pool.joinAll();
}

int HttpsTestServer::port() const
{
    return m_impl->socket->address().port();
}

std::string HttpsTestServer::url(const std::string& path) const
{
    return std::string(m_impl->tls ? "https" : "http") + "://localhost:" + std::to_string(port()) + path;
}

void serveText(HTTPServerResponse& response, int status, const std::string& type, const std::string& body)
{
    response.setStatus(static_cast<HTTPResponse::HTTPStatus>(status));
    response.setContentType(type);
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    response.send() << body;
}

void dropConnection(HTTPServerRequest& request)
{
    auto& impl = static_cast<HTTPServerRequestImpl&>(request);
    try {
        impl.socket().shutdown();
        impl.socket().close();
    } catch (...) {
        // Already gone: that is the point.
    }
}

void serveFile(HTTPServerRequest& request, HTTPServerResponse& response, const std::string& file,
               const ServeOptions& options)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        serveText(response, 404, "text/plain", "not found");
        return;
    }
    in.seekg(0, std::ios::end);
    const std::size_t size = static_cast<std::size_t>(in.tellg());
    std::size_t first = 0, last = size ? size - 1 : 0;
    bool partial = false;
    if (request.has("Range")) {
        const std::string range = request.get("Range");
        if (range.rfind("bytes=", 0) == 0) {
            const auto dash = range.find('-', 6);
            first = std::stoull(range.substr(6, dash - 6));
            if (dash != std::string::npos && dash + 1 < range.size())
                last = std::min<std::size_t>(std::stoull(range.substr(dash + 1)), size - 1);
            if (first >= size) {
                response.set("Content-Range", "bytes */" + std::to_string(size));
                serveText(response, 416, "text/plain", "range not satisfiable");
                return;
            }
            partial = true;
        }
    }
    const std::size_t length = size ? last - first + 1 : 0;
    response.setStatus(partial ? HTTPResponse::HTTP_PARTIAL_CONTENT : HTTPResponse::HTTP_OK);
    response.setContentType(options.contentType);
    response.set("Accept-Ranges", "bytes");
    if (partial)
        response.set("Content-Range",
                     "bytes " + std::to_string(first) + "-" + std::to_string(last) + "/" + std::to_string(size));
    response.setContentLength(static_cast<std::streamsize>(length));
    std::ostream& out = response.send();
    in.seekg(static_cast<std::streamoff>(first));
    std::size_t sent = 0;
    char buffer[16384];
    while (sent < length && out) {
        std::size_t chunk = std::min(sizeof buffer, length - sent);
        if (options.dropAfterBytes && sent + chunk > *options.dropAfterBytes)
            chunk = *options.dropAfterBytes - sent;
        in.read(buffer, static_cast<std::streamsize>(chunk));
        out.write(buffer, in.gcount());
        sent += static_cast<std::size_t>(in.gcount());
        if (options.dropAfterBytes && sent >= *options.dropAfterBytes) {
            out.flush();
            dropConnection(request);
            return;
        }
        if (options.bytesPerSecond)
            std::this_thread::sleep_for(std::chrono::microseconds(chunk * 1000000 / options.bytesPerSecond));
    }
}

}  // namespace tingdu::testing
