// Authentication for OPDS 1.0: auth document discovery, Basic, Palace basic-token, OAuth implicit.
#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <sstream>

#include "tingdu/catalog/CatalogSession.h"
#include "util/Json.h"

namespace tingdu::catalog {

namespace {

constexpr const char* kAuthDocumentRel = "http://opds-spec.org/auth/document";

std::string hostOf(const std::string& url)
{
    try {
        Poco::URI u(url);
        return u.getHost() + ":" + std::to_string(u.getPort());
    } catch (const Poco::Exception&) {
        return {};
    }
}

// Link: <https://…/auth>; rel="http://opds-spec.org/auth/document"; type="…"
std::string authDocumentFromLinkHeader(const std::string& header)
{
    std::size_t pos = 0;
    while ((pos = header.find('<', pos)) != std::string::npos) {
        const auto end = header.find('>', pos);
        if (end == std::string::npos) break;
        const std::string target = header.substr(pos + 1, end - pos - 1);
        const auto next = header.find('<', end);
        const std::string params = header.substr(end, next == std::string::npos ? std::string::npos : next - end);
        if (params.find(kAuthDocumentRel) != std::string::npos) return target;
        pos = end;
    }
    return {};
}

std::string urlDecode(const std::string& s)
{
    std::string out;
    Poco::URI::decode(s, out, true);
    return out;
}

}  // namespace

std::string basicAuthorization(const std::string& login, const std::string& password)
{
    std::ostringstream ss;
    Poco::Base64Encoder enc(ss);
    enc.rdbuf()->setLineLength(0);
    enc << login << ':' << password;
    enc.close();
    return "Basic " + ss.str();
}

Result<AuthDocument> CatalogSession::discoverAuthDocument(const HttpResponse& r, CancelToken* cancel)
{
    Result<AuthDocument> doc = makeError(ErrorCode::Unauthorized, "The library asks for sign-in but does not say how.", r.url);
    const bool bodyIsDoc = isAuthDocumentType(r.contentType()) ||
                           (r.contentType().find("json") != std::string::npos && r.body.find("\"authentication\"") != std::string::npos);
    if (bodyIsDoc) {
        doc = parseAuthDocument(r.body, r.url);
    } else if (std::string href = authDocumentFromLinkHeader(r.header("Link")); !href.empty()) {
        HttpRequest req;
        req.url = resolveUrl(r.url, href);
        req.headers.emplace_back("Accept", "application/vnd.opds.authentication.v1.0+json");
        auto fetched = m_client.send(req, cancel);
        if (!fetched) return fetched.error();
        if (fetched->status != 200) return errorForStatus(*fetched);
        doc = parseAuthDocument(fetched->body, fetched->url);
    }
    if (doc) {
        std::lock_guard lock(m_mutex);
        m_lastAuthDocument = *doc;
    }
    return doc;
}

Result<void> CatalogSession::signInFromStore(const std::string& url, const AuthDocument& doc, CancelToken* cancel)
{
    const AuthMethod* method = doc.preferred();
    if (!method)
        return makeError(ErrorCode::Unsupported, "The library uses a sign-in method Tingdu does not support.", url);
    std::optional<Credentials> creds = m_credentials ? m_credentials->load(doc.id) : std::nullopt;
    if (!creds || (creds->login.empty() && creds->bearerToken.empty())) {
        Error e = makeError(ErrorCode::Unauthorized,
                            doc.title + " asks you to sign in with your " + method->loginLabel + " and " +
                                method->passwordLabel + ".",
                            url);
        e.httpStatus = 401;
        return e;
    }
    return signIn(url, doc, *method, *creds, cancel);
}

Result<void> CatalogSession::signIn(const std::string& catalogUrl, const AuthDocument& doc, const AuthMethod& method,
                                    const Credentials& credentials, CancelToken* cancel)
{
    SignedIn s{doc.id, {}};
    Credentials stored = credentials;
    switch (method.type) {
    case AuthType::Basic:
        s.authorization = basicAuthorization(credentials.login, credentials.password);
        break;
    case AuthType::BasicToken: {
        const std::string url = method.authenticateUrl();
        if (url.empty())
            return makeError(ErrorCode::MalformedBody, "The library's token sign-in has no “authenticate” link.", catalogUrl);
        HttpRequest req;
        req.method = "POST";
        req.url = resolveUrl(catalogUrl, url);
        req.authorization = basicAuthorization(credentials.login, credentials.password);
        auto r = m_client.send(req, cancel);
        if (!r) return r.error();
        if (r->status != 200 && r->status != 201) {
            Error e = errorForStatus(*r);
            if (r->status == 401) e.message = "The library did not accept that " + method.loginLabel + " and " + method.passwordLabel + ".";
            return e;
        }
        auto body = json::parseObject(r->body, r->url);
        if (!body) return body.error();
        const std::string token = json::string(*body, "access_token");
        if (token.empty())
            return makeError(ErrorCode::MalformedBody, "The library's sign-in answer contains no access token.", r->url);
        s.authorization = "Bearer " + token;
        stored.bearerToken = token;
        break;
    }
    case AuthType::OAuthImplicit:
    case AuthType::OAuthIntermediary:
        if (credentials.bearerToken.empty())
            return makeError(ErrorCode::Unauthorized, "Sign in with the library in your browser first.", catalogUrl);
        s.authorization = "Bearer " + credentials.bearerToken;
        break;
    case AuthType::Other:
        return makeError(ErrorCode::Unsupported, "The library uses a sign-in method Tingdu does not support.", catalogUrl);
    }
    if (m_credentials)
        if (auto saved = m_credentials->save(doc.id, stored); !saved) return saved.error();
    std::lock_guard lock(m_mutex);
    m_byHost[hostOf(catalogUrl)] = s;
    return {};
}

Result<bool> CatalogSession::signInIfOffered(const std::string& url, const std::vector<Link>& links, CancelToken* cancel)
{
    if (signedInFor(hostOf(url)) || !m_credentials) return false;
    for (const auto& l : links) {
        if (!l.hasRel(kAuthDocumentRel)) continue;
        HttpRequest req;
        req.url = l.href;
        auto r = m_client.send(req, cancel);
        if (!r) return r.error();
        if (r->status != 200) return errorForStatus(*r);
        auto doc = parseAuthDocument(r->body, r->url);
        if (!doc) return doc.error();
        {
            std::lock_guard lock(m_mutex);
            m_lastAuthDocument = *doc;
        }
        const auto stored = m_credentials->load(doc->id);
        if (!stored || (stored->login.empty() && stored->bearerToken.empty())) return false;
        if (auto ok = signInFromStore(url, *doc, cancel); !ok) return ok.error();
        return true;
    }
    return false;
}

std::string CatalogSession::oauthAuthorizeUrl(const AuthMethod& method, const std::string& redirectUri,
                                              const std::string& state)
{
    Poco::URI uri(method.authenticateUrl());
    uri.addQueryParameter("response_type", "token");
    uri.addQueryParameter("redirect_uri", redirectUri);
    uri.addQueryParameter("state", state);
    return uri.toString();
}

Result<Credentials> CatalogSession::parseOAuthCallback(const std::string& callbackUrl, const std::string& expectedState)
{
    const auto hash = callbackUrl.find('#');
    if (hash == std::string::npos)
        return makeError(ErrorCode::MalformedBody, "The sign-in answer carries no token.", callbackUrl);
    std::map<std::string, std::string> params;
    std::stringstream ss(callbackUrl.substr(hash + 1));
    std::string pair;
    while (std::getline(ss, pair, '&')) {
        const auto eq = pair.find('=');
        if (eq != std::string::npos) params[urlDecode(pair.substr(0, eq))] = urlDecode(pair.substr(eq + 1));
    }
    if (params["state"] != expectedState)
        return makeError(ErrorCode::Unauthorized, "The sign-in answer does not match the request (state differs); it was ignored.",
                         callbackUrl);
    if (!params["error"].empty())
        return makeError(ErrorCode::Unauthorized, "The library refused the sign-in: " + params["error"] + ".", callbackUrl);
    if (params["access_token"].empty())
        return makeError(ErrorCode::MalformedBody, "The sign-in answer carries no token.", callbackUrl);
    Credentials c;
    c.bearerToken = params["access_token"];
    return c;
}

}  // namespace tingdu::catalog
