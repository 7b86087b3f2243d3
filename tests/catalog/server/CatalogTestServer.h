#pragma once
// The catalog test server: a real HTTPS server (tingdu_test_support) that speaks what library
// servers speak — OPDS 1.2 and 2.0 feeds, an auth document, Basic and token sign-in, a lending
// state machine kept in SQLite, the provincial profile — and fails on demand.
//
// Paths: /opds1/root.xml /opds1/all.xml?page=N&sort=title|author /opds1/search.xml (OpenSearch)
// /opds1/search?q= /opds1/book/ID  /opds2/root.json /opds2/all.json?page=N /opds2/search?query=
// /auth (document) /auth/token (POST, basic → bearer) /loans /borrow/ID /revoke/ID /fulfil/ID
// /holdings/ID /libraries /delivery/ID (POST) /delivery-status/N /events
// /fault/{slow,drop,500,malformed-xml,malformed-json,to-http,gzip,etag}
#include <memory>
#include <string>

#include "HttpsTestServer.h"

namespace tingdu::testing {

inline constexpr const char* kTestCard = "23330001";
inline constexpr const char* kTestPin = "1234";

struct CatalogServerOptions {
    HttpsTestServer::Certificate certificate = HttpsTestServer::Certificate::Valid;
    bool tokenAuth = true;  ///< the auth document offers basic-token (else Basic only)
    int loanLimit = 3;
    int slowMs = 2000;      ///< how long /fault/slow stalls
    std::string card = kTestCard;  ///< the one patron's library card
    std::string pin = kTestPin;    ///< and PIN (the auth document's maximum length follows it)
    /// When set, every bearer token issued is appended to this file, one a line, as it is issued
    /// (end-to-end tests grep a session's files for it).
    std::string tokenLog;
};

class CatalogTestServer {
public:
    static constexpr const char* kCard = kTestCard;
    static constexpr const char* kPin = kTestPin;

    explicit CatalogTestServer(CatalogServerOptions options = {});
    ~CatalogTestServer();
    CatalogTestServer(const CatalogTestServer&) = delete;
    CatalogTestServer& operator=(const CatalogTestServer&) = delete;

    std::string url(const std::string& path) const;
    static std::string caFile() { return HttpsTestServer::caFile(); }
    /// The bytes /fulfil/ID serves (a generated EPUB 3 with the book's title and author).
    std::string bookBytes(const std::string& id) const;
    /// Requests seen so far on a path prefix (to assert what the client sent).
    int hits(const std::string& pathPrefix) const;

    /// Makes another patron take book ID's last copy or join its queue (server-side events).
    void otherPatronBorrows(const std::string& id);

    struct State;  // the handler's world: books, SQLite lending state
private:
    std::unique_ptr<State> m_state;
    std::unique_ptr<HttpsTestServer> m_server;
};

}  // namespace tingdu::testing
