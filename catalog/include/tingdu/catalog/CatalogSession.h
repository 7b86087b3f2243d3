#pragma once
// A reader's session with catalogs: fetches feeds and documents (https, file:// or a path),
// signs in when a library answers 401 (Authentication for OPDS), keeps browsed feeds in the
// shelf's cache and serves them, marked offline, when the network fails.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "tingdu/catalog/AuthDocument.h"
#include "tingdu/catalog/CredentialStore.h"
#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/HttpsClient.h"

namespace tingdu::catalog {

class ShelfDatabase;

class CatalogSession {
public:
    /// credentials and shelf may be null (no sign-in, no cache). All three must outlive the session.
    /// Thread-safe: several workers may use one session.
    CatalogSession(const HttpsClient& client, CredentialStore* credentials, ShelfDatabase* shelf);

    /// A feed by URL or local path. Uses the cache's ETag/Last-Modified; on Offline/Dns/Timeout
    /// serves the cached copy with Feed::offline set.
    Result<Feed> openFeed(const std::string& urlOrPath, CancelToken* cancel = nullptr);
    /// Runs a search: fetches the OpenSearch description for OPDS 1, fills the template, opens it.
    Result<Feed> search(const Feed& feed, const std::string& query, CancelToken* cancel = nullptr);

    /// Sends a request with the library's credentials; a 401 makes it discover the auth document,
    /// sign in with stored credentials and retry once. Non-2xx answers become Errors.
    Result<HttpResponse> send(HttpRequest request, CancelToken* cancel = nullptr);

    /// The auth document behind a 401 answer: its body, or the Link rel="http://opds-spec.org/auth/document".
    Result<AuthDocument> discoverAuthDocument(const HttpResponse& unauthorized, CancelToken* cancel = nullptr);
    /// Signs in to the library described by doc with the given method and credentials (Basic:
    /// remembered; basic-token: exchanged for a bearer token). Stores them in the CredentialStore.
    Result<void> signIn(const std::string& catalogUrl, const AuthDocument& doc, const AuthMethod& method,
                        const Credentials& credentials, CancelToken* cancel = nullptr);
    /// When a document links its auth document (rel http://opds-spec.org/auth/document), the
    /// session is not yet signed in to that host and credentials are stored: fetches it and
    /// signs in. Returns true when it signed in (the caller then re-fetches for the reader's view).
    Result<bool> signInIfOffered(const std::string& url, const std::vector<Link>& links, CancelToken* cancel = nullptr);
    /// The last auth document seen (to word the sign-in prompt: labels, keyboard hints).
    std::optional<AuthDocument> lastAuthDocument() const;

    /// OAuth implicit grant: the URL to open in the system browser (redirect_uri is a loopback
    /// http://127.0.0.1:PORT/callback or opds://authorize/ the app listens on).
    static std::string oauthAuthorizeUrl(const AuthMethod& method, const std::string& redirectUri,
                                         const std::string& state);
    /// Reads the callback (…#access_token=…&state=…) into credentials; refuses a wrong state.
    static Result<Credentials> parseOAuthCallback(const std::string& callbackUrl, const std::string& expectedState);

    const HttpsClient& client() const { return m_client; }
    ShelfDatabase* shelf() const { return m_shelf; }
    /// The library id credentials are stored under for a URL (its auth document id, or the host).
    std::string libraryIdFor(const std::string& url) const;

private:
    struct SignedIn {
        std::string libraryId;
        std::string authorization;  // header value
    };
    std::optional<SignedIn> signedInFor(const std::string& host) const;
    Result<void> signInFromStore(const std::string& url, const AuthDocument& doc, CancelToken* cancel);
    Result<Feed> openLocal(const std::string& pathOrFileUrl);

    const HttpsClient& m_client;
    CredentialStore* m_credentials;
    ShelfDatabase* m_shelf;
    mutable std::mutex m_mutex;
    std::map<std::string, SignedIn> m_byHost;
    std::optional<AuthDocument> m_lastAuthDocument;
};

/// "Basic base64(login:password)".
std::string basicAuthorization(const std::string& login, const std::string& password);

}  // namespace tingdu::catalog
