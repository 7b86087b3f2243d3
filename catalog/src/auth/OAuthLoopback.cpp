// OAuthLoopback over Poco's HTTPServer on 127.0.0.1 (see OAuthLoopback.h).
#include "tingdu/catalog/OAuthLoopback.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <condition_variable>
#include <mutex>
#include <optional>

#include "tingdu/catalog/CatalogSession.h"

namespace tingdu::catalog {

namespace {

constexpr const char* kCallbackPage =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tingdu sign-in</title></head>"
    "<body><p id=\"m\" role=\"status\">Finishing sign-in…</p><script>"
    "fetch('/token?' + location.hash.substring(1)).then(function(){document.getElementById('m').textContent="
    "'You are signed in. You can close this window and return to Tingdu.';});</script></body></html>";

struct Mailbox {
    std::mutex mutex;
    std::condition_variable arrived;
    std::optional<std::string> query;
};

class Handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(Mailbox& box) : m_box(box) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override
    {
        const Poco::URI uri(req.getURI());
        resp.setContentType("text/html; charset=utf-8");
        resp.set("Cache-Control", "no-store");
        if (uri.getPath() == "/token") {
            {
                std::lock_guard lock(m_box.mutex);
                m_box.query = uri.getRawQuery();
            }
            m_box.arrived.notify_all();
            resp.send() << "ok";
            return;
        }
        if (uri.getPath() != "/callback") {
            resp.setStatus(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
            resp.send() << "not found";
            return;
        }
        resp.send() << kCallbackPage;
    }

private:
    Mailbox& m_box;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Factory(Mailbox& box) : m_box(box) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_box);
    }

private:
    Mailbox& m_box;
};

}  // namespace

struct OAuthLoopback::Impl {
    Mailbox box;
    int port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> server;
};

OAuthLoopback::OAuthLoopback(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

OAuthLoopback::~OAuthLoopback()
{
    if (m_impl && m_impl->server) m_impl->server->stopAll(true);
}

Result<std::unique_ptr<OAuthLoopback>> OAuthLoopback::start()
{
    auto impl = std::make_unique<Impl>();
    try {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        impl->port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(2);
        impl->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(impl->box), socket, params);
        impl->server->start();
    } catch (const Poco::Exception& e) {
        return makeError(ErrorCode::Io, "Tingdu could not listen for the sign-in answer: " + e.displayText() + ".");
    }
    return std::unique_ptr<OAuthLoopback>(new OAuthLoopback(std::move(impl)));
}

std::string OAuthLoopback::redirectUri() const
{
    return "http://127.0.0.1:" + std::to_string(m_impl->port) + "/callback";
}

Result<Credentials> OAuthLoopback::wait(const std::string& expectedState, std::chrono::milliseconds timeout,
                                        CancelToken* cancel)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(m_impl->box.mutex);
    while (!m_impl->box.query) {
        if (cancel && cancel->cancelled()) return makeError(ErrorCode::Cancelled, "Sign-in cancelled.");
        if (std::chrono::steady_clock::now() >= deadline)
            return makeError(ErrorCode::Timeout, "The sign-in in the browser was not finished in time.");
        m_impl->box.arrived.wait_for(lock, std::chrono::milliseconds(100));
    }
    const std::string query = *m_impl->box.query;
    m_impl->box.query.reset();
    return CatalogSession::parseOAuthCallback(redirectUri() + "#" + query, expectedState);
}

}  // namespace tingdu::catalog
