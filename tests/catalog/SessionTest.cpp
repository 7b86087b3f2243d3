// CatalogSession against the catalog test server: OPDS 1 and 2 browsing, pagination, facets,
// search, sign-in discovered from a 401 (body and Link header), cache and offline, faults.
#include <gtest/gtest.h>

#include "CatalogTestServer.h"
#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/ShelfDatabase.h"

using namespace tingdu::catalog;
using tingdu::testing::CatalogServerOptions;
using tingdu::testing::CatalogTestServer;

namespace {

HttpsOptions trusting()
{
    HttpsOptions o;
    o.caFile = CatalogTestServer::caFile();
    o.readTimeout = std::chrono::milliseconds(1000);
    return o;
}

struct Fixture {
    CatalogTestServer server;
    HttpsClient client{trusting()};
    MemoryCredentialStore credentials;
    std::unique_ptr<ShelfDatabase> shelf = std::move(ShelfDatabase::open(":memory:").value());
    CatalogSession session{client, &credentials, shelf.get()};
    explicit Fixture(CatalogServerOptions o = {}) : server(o) {}
    void signInFromEnvironment() { credentials.setDefault({CatalogTestServer::kCard, CatalogTestServer::kPin, {}, {}}); }
};

}  // namespace

TEST(CatalogSession, BrowsesOpds1NavigationPaginationAndFacets)
{
    Fixture f;
    auto root = f.session.openFeed(f.server.url("/opds1/root.xml"));
    ASSERT_TRUE(root.ok()) << root.error().describe();
    EXPECT_EQ(root->kind, Feed::Kind::Navigation);
    EXPECT_EQ(root->title, "Zhejiang Test Library");
    ASSERT_EQ(root->navigation.size(), 2u);
    EXPECT_EQ(root->navigation[0].title, "All books");
    EXPECT_EQ(root->navigation[0].href, f.server.url("/opds1/all.xml"));  // resolved against the feed URL

    auto page1 = f.session.openFeed(root->navigation[0].href);
    ASSERT_TRUE(page1.ok()) << page1.error().describe();
    EXPECT_EQ(page1->kind, Feed::Kind::Acquisition);
    EXPECT_EQ(page1->entries.size(), 3u);
    EXPECT_EQ(page1->totalResults, 7);
    EXPECT_EQ(page1->entries[0].title, "Braille Nights");  // sorted by title
    EXPECT_TRUE(page1->previous().empty());
    ASSERT_FALSE(page1->next().empty());
    EXPECT_FALSE(page1->first().empty());
    EXPECT_FALSE(page1->last().empty());
    ASSERT_EQ(page1->facetGroups.size(), 1u);
    ASSERT_NE(page1->facetGroups[0].active(), nullptr);
    EXPECT_EQ(page1->facetGroups[0].active()->title, "Title");

    std::size_t seen = page1->entries.size();
    std::string next = page1->next();
    while (!next.empty()) {
        auto page = f.session.openFeed(next);
        ASSERT_TRUE(page.ok()) << page.error().describe();
        EXPECT_FALSE(page->previous().empty());
        seen += page->entries.size();
        next = page->next();
    }
    EXPECT_EQ(seen, 7u);

    const Entry& e = page1->entries[0];
    EXPECT_EQ(e.authors.at(0).name, "Zhou Li");
    EXPECT_EQ(e.language, "zh");
    EXPECT_EQ(e.accessibility.accessModes, std::vector<std::string>{"textual"});
    EXPECT_EQ(e.images.size(), 1u);
    EXPECT_EQ(e.availability().state, Availability::State::Available);
    EXPECT_EQ(e.availability().copiesTotal, 3);
}

TEST(CatalogSession, SearchesThroughOpenSearchAndOpds2Templates)
{
    Fixture f;
    auto root = f.session.openFeed(f.server.url("/opds1/root.xml"));
    ASSERT_TRUE(root.ok());
    auto found = f.session.search(*root, "Tea");
    ASSERT_TRUE(found.ok()) << found.error().describe();
    ASSERT_EQ(found->entries.size(), 1u);
    EXPECT_EQ(found->entries[0].title, "Tea and Thunder");
    EXPECT_EQ(f.server.hits("/opds1/search.xml"), 1);

    auto root2 = f.session.openFeed(f.server.url("/opds2/root.json"));
    ASSERT_TRUE(root2.ok()) << root2.error().describe();
    EXPECT_EQ(root2->format, Feed::Format::Opds2);
    ASSERT_NE(root2->search(), nullptr);
    EXPECT_TRUE(root2->search()->templated);
    auto found2 = f.session.search(*root2, "River");
    ASSERT_TRUE(found2.ok()) << found2.error().describe();
    ASSERT_EQ(found2->entries.size(), 1u);
    EXPECT_EQ(found2->entries[0].title, "Rivers of Hangzhou");
}

TEST(CatalogSession, BrowsesOpds2GroupsFacetsAndAvailability)
{
    Fixture f;
    auto root = f.session.openFeed(f.server.url("/opds2/root.json"));
    ASSERT_TRUE(root.ok()) << root.error().describe();
    EXPECT_EQ(root->kind, Feed::Kind::Acquisition);
    ASSERT_EQ(root->groups.size(), 1u);
    EXPECT_EQ(root->groups[0].title, "Featured");
    EXPECT_EQ(root->groups[0].entries.size(), 2u);
    EXPECT_EQ(root->navigation.size(), 2u);
    auto all = f.session.openFeed(root->navigation[0].href);
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_EQ(all->entries.size(), 3u);
    EXPECT_EQ(all->totalResults, 7);
    ASSERT_EQ(all->facetGroups.size(), 1u);
    EXPECT_EQ(all->facetGroups[0].active()->title, "Title");
    const Entry& e = all->entries[0];
    EXPECT_EQ(e.accessibility.features, std::vector<std::string>{"structuralNavigation"});
    ASSERT_EQ(e.acquisitions().size(), 1u);
    EXPECT_EQ(e.acquisitions()[0]->indirect.at(0).type, "application/epub+zip");
    EXPECT_NE(e.findLink("https://tingdu.zj/opds/rel/holdings"), nullptr);
}

TEST(CatalogSession, LoansWithoutCredentialsAskToSignInWithTheDocumentsLabels)
{
    Fixture f;
    HttpRequest req;
    req.url = f.server.url("/loans");
    auto r = f.session.send(req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Unauthorized);
    EXPECT_NE(r.error().message.find("Library card"), std::string::npos) << r.error().message;
    auto doc = f.session.lastAuthDocument();
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->title, "Zhejiang Test Library");
    ASSERT_NE(doc->find(AuthType::Basic), nullptr);
    EXPECT_EQ(doc->find(AuthType::Basic)->passwordInput.keyboard, "Number pad");
    EXPECT_EQ(doc->find(AuthType::Basic)->passwordInput.maximumLength, 4);
}

TEST(CatalogSession, SignsInWithABearerTokenDiscoveredFromTheBody)
{
    Fixture f;
    f.signInFromEnvironment();
    HttpRequest req;
    req.url = f.server.url("/loans");
    auto r = f.session.send(req);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(f.server.hits("/auth/token"), 1);
    auto stored = f.credentials.load(f.server.url("/auth"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->bearerToken.empty());
    auto again = f.session.send(req);  // the token is reused: no second exchange
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(f.server.hits("/auth/token"), 1);
}

TEST(CatalogSession, SignsInWithBasicDiscoveredFromALinkHeader)
{
    CatalogServerOptions o;
    o.tokenAuth = false;
    Fixture f(o);
    f.signInFromEnvironment();
    HttpRequest req;
    req.url = f.server.url("/borrow/book-1");  // answers 401 with only a Link header
    auto r = f.session.send(req);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->status, 201);
    EXPECT_EQ(f.server.hits("/auth"), 1);
    EXPECT_EQ(f.server.hits("/auth/token"), 0);
}

TEST(CatalogSession, WrongPinIsRefusedWithTheLabels)
{
    Fixture f;
    f.credentials.setDefault({CatalogTestServer::kCard, "0000", {}, {}});
    HttpRequest req;
    req.url = f.server.url("/loans");
    auto r = f.session.send(req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Unauthorized);
    EXPECT_NE(r.error().message.find("PIN"), std::string::npos) << r.error().message;
}

TEST(CatalogSession, CachedFeedsAreRevalidatedAndServedOfflineMarked)
{
    auto shelf = std::move(ShelfDatabase::open(":memory:").value());
    HttpsClient client(trusting());
    std::string url;
    {
        CatalogTestServer server;
        CatalogSession session(client, nullptr, shelf.get());
        url = server.url("/opds1/root.xml");
        auto first = session.openFeed(url);
        ASSERT_TRUE(first.ok());
        EXPECT_FALSE(first->offline);
        auto second = session.openFeed(url);  // If-None-Match → 304 → the cached copy
        ASSERT_TRUE(second.ok()) << second.error().describe();
        EXPECT_FALSE(second->offline);
        EXPECT_EQ(second->title, "Zhejiang Test Library");
    }
    CatalogSession session(client, nullptr, shelf.get());  // the server is gone now
    auto offline = session.openFeed(url);
    ASSERT_TRUE(offline.ok()) << offline.error().describe();
    EXPECT_TRUE(offline->offline);
    EXPECT_FALSE(offline->cachedAt.empty());
    EXPECT_EQ(offline->navigation.size(), 2u);
}

TEST(CatalogSession, FaultsBecomeDistinctErrors)
{
    CatalogServerOptions o;
    o.slowMs = 2500;
    Fixture f(o);
    struct Case {
        const char* path;
        ErrorCode code;
    };
    for (const Case& c : {Case{"/fault/500", ErrorCode::Server}, Case{"/fault/drop", ErrorCode::ConnectionLost},
                          Case{"/fault/slow", ErrorCode::Timeout}, Case{"/fault/malformed-xml", ErrorCode::MalformedBody},
                          Case{"/fault/malformed-json", ErrorCode::MalformedBody},
                          Case{"/fault/to-http", ErrorCode::InsecureRedirect}, Case{"/nowhere", ErrorCode::NotFound}}) {
        SCOPED_TRACE(c.path);
        auto feed = f.session.openFeed(f.server.url(c.path));
        ASSERT_FALSE(feed.ok());
        EXPECT_EQ(feed.error().code, c.code) << feed.error().describe();
    }
}

TEST(CatalogSession, ExternalEntitiesAreNeverResolved)
{
    Fixture f;
    auto feed = f.session.openFeed(f.server.url("/fault/xxe"));
    // Either refused or parsed without the file's content: never /etc/passwd in the title.
    if (feed.ok()) {
        EXPECT_EQ(feed->title.find("root:"), std::string::npos);
    } else {
        EXPECT_EQ(feed.error().code, ErrorCode::MalformedBody);
    }
}

TEST(CatalogSession, CertificateFaultsOnTheCatalogServer)
{
    for (auto cert : {tingdu::testing::HttpsTestServer::Certificate::WrongHost,
                      tingdu::testing::HttpsTestServer::Certificate::Expired}) {
        CatalogServerOptions o;
        o.certificate = cert;
        Fixture f(o);
        auto feed = f.session.openFeed(f.server.url("/opds1/root.xml"));
        ASSERT_FALSE(feed.ok());
        EXPECT_EQ(feed.error().code, ErrorCode::Tls);
        EXPECT_EQ(feed.error().tlsReason, cert == tingdu::testing::HttpsTestServer::Certificate::Expired ? "expired" : "wrong-host");
    }
}

TEST(CatalogSession, OAuthImplicitAuthorizeUrlAndCallback)
{
    AuthMethod m;
    m.type = AuthType::OAuthImplicit;
    Link l;
    l.rel = "authenticate";
    l.rels = {"authenticate"};
    l.href = "https://library.example/oauth/authorize";
    m.links = {l};
    const std::string url = CatalogSession::oauthAuthorizeUrl(m, "http://127.0.0.1:40123/callback", "s3");
    EXPECT_EQ(url.rfind("https://library.example/oauth/authorize?", 0), 0u) << url;
    EXPECT_NE(url.find("response_type=token"), std::string::npos);
    EXPECT_NE(url.find("redirect_uri=http%3A%2F%2F127.0.0.1%3A40123%2Fcallback"), std::string::npos) << url;
    auto ok = CatalogSession::parseOAuthCallback("http://127.0.0.1:40123/callback#access_token=abc%2B1&state=s3", "s3");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->bearerToken, "abc+1");
    EXPECT_FALSE(CatalogSession::parseOAuthCallback("http://127.0.0.1/callback#access_token=abc&state=evil", "s3").ok());
    EXPECT_FALSE(CatalogSession::parseOAuthCallback("http://127.0.0.1/callback#error=access_denied&state=s3", "s3").ok());
}
