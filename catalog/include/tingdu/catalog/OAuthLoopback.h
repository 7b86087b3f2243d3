#pragma once
// The loopback half of OAuth implicit sign-in: the app opens CatalogSession::oauthAuthorizeUrl()
// in the system browser with redirectUri() and waits here. The token arrives in the URL fragment,
// which browsers never send to a server, so the callback page is a tiny script that forwards the
// fragment to /token as a query string, which this class reads. Listens on 127.0.0.1 only.
#include <chrono>
#include <memory>
#include <string>

#include "tingdu/catalog/CredentialStore.h"
#include "tingdu/catalog/HttpsClient.h"

namespace tingdu::catalog {

class OAuthLoopback {
public:
    /// Starts listening on a free port of 127.0.0.1.
    static Result<std::unique_ptr<OAuthLoopback>> start();
    ~OAuthLoopback();
    OAuthLoopback(const OAuthLoopback&) = delete;
    OAuthLoopback& operator=(const OAuthLoopback&) = delete;

    /// http://127.0.0.1:PORT/callback
    std::string redirectUri() const;
    /// Blocks until the browser delivers the callback (or timeout / cancel); checks the state.
    Result<Credentials> wait(const std::string& expectedState, std::chrono::milliseconds timeout,
                             CancelToken* cancel = nullptr);

private:
    struct Impl;
    explicit OAuthLoopback(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tingdu::catalog
