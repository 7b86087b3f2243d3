// CatalogSession: feeds from https or disk, authorized requests with one sign-in retry, the
// offline cache. Sign-in itself lives in SignIn.cpp.
#include "tingdu/catalog/CatalogSession.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <fstream>
#include <sstream>

#include "tingdu/catalog/FeedParser.h"
#include "tingdu/catalog/ShelfDatabase.h"

namespace tingdu::catalog {

namespace {

std::string hostOf(const std::string& url)
{
    try {
        Poco::URI u(url);
        return u.getHost() + ":" + std::to_string(u.getPort());
    } catch (const Poco::Exception&) {
        return {};
    }
}

bool isNetworkFailure(ErrorCode c)
{
    return c == ErrorCode::Offline || c == ErrorCode::Dns || c == ErrorCode::Timeout || c == ErrorCode::ConnectionLost;
}

constexpr const char* kAcceptFeeds =
    "application/opds+json, application/atom+xml;profile=opds-catalog;q=0.9, application/atom+xml;q=0.8, "
    "application/json;q=0.5, */*;q=0.1";

}  // namespace

CatalogSession::CatalogSession(const HttpsClient& client, CredentialStore* credentials, ShelfDatabase* shelf)
    : m_client(client), m_credentials(credentials), m_shelf(shelf)
{
}

std::optional<CatalogSession::SignedIn> CatalogSession::signedInFor(const std::string& host) const
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_byHost.find(host); it != m_byHost.end()) return it->second;
    return std::nullopt;
}

std::optional<AuthDocument> CatalogSession::lastAuthDocument() const
{
    std::lock_guard lock(m_mutex);
    return m_lastAuthDocument;
}

std::string CatalogSession::libraryIdFor(const std::string& url) const
{
    if (auto s = signedInFor(hostOf(url))) return s->libraryId;
    return hostOf(url);
}

Result<HttpResponse> CatalogSession::send(HttpRequest request, CancelToken* cancel)
{
    const std::string host = hostOf(request.url);
    if (request.authorization.empty())
        if (auto s = signedInFor(host)) request.authorization = s->authorization;
    auto r = m_client.send(request, cancel);
    if (!r) return r;
    if (r->status == 401) {
        auto doc = discoverAuthDocument(*r, cancel);
        if (!doc) return errorForStatus(*r);
        auto signedIn = signInFromStore(request.url, *doc, cancel);
        if (!signedIn) return signedIn.error();
        request.authorization = signedInFor(host)->authorization;
        r = m_client.send(request, cancel);
        if (!r) return r;
        if (r->status == 401) {  // refused even with the stored card: forget it for this host
            std::lock_guard lock(m_mutex);
            m_byHost.erase(host);
        }
    }
    if (r->status == 304 && (!request.ifNoneMatch.empty() || !request.ifModifiedSince.empty())) return r;
    if (r->status < 200 || r->status >= 300) return errorForStatus(*r);
    return r;
}

Result<Feed> CatalogSession::openLocal(const std::string& pathOrFileUrl)
{
    std::string path = pathOrFileUrl;
    if (path.rfind("file://", 0) == 0) {
        try {
            path = Poco::URI(pathOrFileUrl).getPath();
        } catch (const Poco::Exception&) {
            return makeError(ErrorCode::InvalidArgument, "The file address is not valid.", pathOrFileUrl);
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorCode::NotFound, "The feed file does not exist or cannot be read.", path);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string type = path.size() > 5 && path.substr(path.size() - 5) == ".json" ? "application/opds+json" : "";
    return parseFeed(ss.str(), type, "file://" + (path.front() == '/' ? path : std::string("/") + path));
}

Result<Feed> CatalogSession::openFeed(const std::string& urlOrPath, CancelToken* cancel)
{
    if (urlOrPath.rfind("https://", 0) != 0 && urlOrPath.rfind("http://", 0) != 0) return openLocal(urlOrPath);
    std::optional<CachedFeed> cached;
    if (m_shelf)
        if (auto c = m_shelf->cachedFeed(urlOrPath); c) cached = *c;
    HttpRequest req;
    req.url = urlOrPath;
    req.headers.emplace_back("Accept", kAcceptFeeds);
    if (cached) {
        req.ifNoneMatch = cached->etag;
        req.ifModifiedSince = cached->lastModified;
    }
    auto r = send(req, cancel);
    if (!r) {
        if (cached && isNetworkFailure(r.error().code)) {
            auto feed = parseFeed(cached->body, cached->contentType, urlOrPath);
            if (feed) {
                feed->offline = true;
                feed->cachedAt = cached->fetchedAt;
                return feed;
            }
        }
        return r.error();
    }
    if (r->notModified() && cached) return parseFeed(cached->body, cached->contentType, urlOrPath);
    auto feed = parseFeed(r->body, r->contentType(), r->url);
    if (feed && m_shelf)
        (void)m_shelf->cacheFeed({urlOrPath, r->body, r->contentType(), r->header("ETag"), r->header("Last-Modified"), {}});
    return feed;
}

Result<Feed> CatalogSession::search(const Feed& feed, const std::string& query, CancelToken* cancel)
{
    const Link* link = feed.search();
    if (!link) return makeError(ErrorCode::Unsupported, "This catalog offers no search.", feed.url);
    std::string tpl = link->href;
    if (!link->templated && link->type.find("opensearchdescription") != std::string::npos) {
        HttpRequest req;
        req.url = link->href;
        if (link->href.rfind("https://", 0) != 0)
            return makeError(ErrorCode::Unsupported, "Search needs the catalog online.", link->href);
        auto r = send(req, cancel);
        if (!r) return r.error();
        auto t = parseOpenSearchTemplate(r->body, r->url);
        if (!t) return t.error();
        tpl = *t;
    }
    return openFeed(expandSearchTemplate(tpl, query), cancel);
}

}  // namespace tingdu::catalog
