// Authentication for OPDS 1.0 document parsing with strict validation (clear refusals, no guessing).
#include "tingdu/catalog/AuthDocument.h"

#include "util/Json.h"

namespace tingdu::catalog {

namespace {

AuthType typeOf(const std::string& uri)
{
    if (uri == "http://opds-spec.org/auth/basic") return AuthType::Basic;
    if (uri == "http://thepalaceproject.org/authtype/basic-token") return AuthType::BasicToken;
    if (uri == "http://opds-spec.org/auth/oauth/implicit") return AuthType::OAuthImplicit;
    if (uri == "http://librarysimplified.org/authtype/OAuth-with-intermediary") return AuthType::OAuthIntermediary;
    return AuthType::Other;
}

std::vector<Link> toLinks(const json::ArrayPtr& a, const std::string& base)
{
    std::vector<Link> out;
    for (unsigned i = 0; a && i < a->size(); ++i) {
        auto o = json::objectAt(a, i);
        Link l;
        l.href = resolveUrl(base, json::string(o, "href"));
        l.rels = json::strings(o, "rel");
        l.rel = l.rels.empty() ? std::string() : l.rels.front();
        l.type = json::string(o, "type");
        l.title = json::string(o, "title");
        out.push_back(std::move(l));
    }
    return out;
}

Result<std::vector<Link>> validLinks(const json::ObjectPtr& o, const std::string& where, const std::string& subject)
{
    if (!json::has(o, "links")) return std::vector<Link>{};
    auto a = json::array(o, "links");
    if (!a) return makeError(ErrorCode::MalformedBody, where + " “links” is not a list.", subject);
    for (unsigned i = 0; i < a->size(); ++i) {
        auto l = json::objectAt(a, i);
        if (!l) return makeError(ErrorCode::MalformedBody, where + " link " + std::to_string(i + 1) + " is not an object.", subject);
        if (!json::isString(l, "href"))
            return makeError(ErrorCode::MalformedBody, where + " link " + std::to_string(i + 1) + " has no “href”.", subject);
    }
    return toLinks(a, subject);
}

InputHint inputHint(const json::ObjectPtr& input)
{
    InputHint h;
    if (!input) return h;
    if (std::string k = json::string(input, "keyboard"); !k.empty()) h.keyboard = k;
    h.maximumLength = json::integer(input, "maximum_length");
    h.barcodeFormat = json::string(input, "barcode_format");
    return h;
}

Result<AuthMethod> parseMethod(const json::ObjectPtr& o, unsigned index, const std::string& subject)
{
    const std::string where = "Sign-in method " + std::to_string(index + 1);
    if (!o) return makeError(ErrorCode::MalformedBody, where + " is not an object.", subject);
    if (!json::isString(o, "type"))
        return makeError(ErrorCode::MalformedBody, where + " has no “type”.", subject);
    AuthMethod m;
    m.typeUri = json::string(o, "type");
    m.type = typeOf(m.typeUri);
    m.description = json::string(o, "description");
    if (json::has(o, "labels")) {
        auto labels = json::object(o, "labels");
        if (!labels) return makeError(ErrorCode::MalformedBody, where + " has “labels” that are not an object.", subject);
        for (const char* key : {"login", "password"}) {
            if (json::has(labels, key) && !json::isString(labels, key))
                return makeError(ErrorCode::MalformedBody,
                                 where + " has a “" + key + "” label that is not text.", subject);
        }
        if (auto s = json::string(labels, "login"); !s.empty()) m.loginLabel = s;
        if (auto s = json::string(labels, "password"); !s.empty()) m.passwordLabel = s;
    }
    auto inputs = json::object(o, "inputs");
    m.loginInput = inputHint(json::object(inputs, "login"));
    m.passwordInput = inputHint(json::object(inputs, "password"));
    auto links = validLinks(o, where + "’s", subject);
    if (!links) return links.error();
    m.links = std::move(*links);
    return m;
}

}  // namespace

std::string AuthMethod::authenticateUrl() const
{
    for (const auto& l : links)
        if (l.hasRel("authenticate")) return l.href;
    return {};
}

const AuthMethod* AuthDocument::find(AuthType type) const
{
    for (const auto& m : methods)
        if (m.type == type) return &m;
    return nullptr;
}

const AuthMethod* AuthDocument::preferred() const
{
    for (AuthType t : {AuthType::BasicToken, AuthType::Basic, AuthType::OAuthImplicit, AuthType::OAuthIntermediary})
        if (const auto* m = find(t)) return m;
    return nullptr;
}

bool isAuthDocumentType(const std::string& contentType)
{
    return contentType.find("application/vnd.opds.authentication.v1.0+json") != std::string::npos ||
           contentType.find("application/opds-authentication+json") != std::string::npos;
}

Result<AuthDocument> parseAuthDocument(std::string_view body, const std::string& subject)
{
    auto root = json::parseObject(std::string(body), subject);
    if (!root) {
        Error e = root.error();
        e.message = "The sign-in description is unreadable: " + e.message;
        return e;
    }
    const auto& o = *root;
    if (!json::isString(o, "id"))
        return makeError(ErrorCode::MalformedBody, "The sign-in description has no “id”.", subject);
    if (!json::isString(o, "title"))
        return makeError(ErrorCode::MalformedBody, "The sign-in description has no “title”.", subject);
    if (!json::isArray(o, "authentication"))
        return makeError(ErrorCode::MalformedBody, "The sign-in description’s “authentication” is not a list.", subject);
    AuthDocument doc;
    doc.id = json::string(o, "id");
    doc.title = json::string(o, "title");
    doc.description = json::string(o, "description");
    auto links = validLinks(o, "The sign-in description’s", subject);
    if (!links) return links.error();
    doc.links = std::move(*links);
    auto methods = json::array(o, "authentication");
    for (unsigned i = 0; i < methods->size(); ++i) {
        auto m = parseMethod(json::objectAt(methods, i), i, subject);
        if (!m) return m.error();
        doc.methods.push_back(std::move(*m));
    }
    return doc;
}

}  // namespace tingdu::catalog
