// Format selection, OpenSearch description (OPDS 1 search) and search template expansion.
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/URI.h>

#include <sstream>
#include <streambuf>

#include "opds/Opds2Parser.h"
#include "tingdu/catalog/FeedParser.h"

namespace tingdu::catalog {

namespace {

class OpenSearchHandler : public Poco::XML::DefaultHandler {
public:
    std::string atomTemplate;
    std::string anyTemplate;
    void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& name, const Poco::XML::XMLString&,
                      const Poco::XML::Attributes& attrs) override
    {
        if (name != "Url") return;
        const std::string tpl = attrs.getValue("", "template");
        if (tpl.empty()) return;
        if (atomTemplate.empty() && attrs.getValue("", "type").find("atom+xml") != std::string::npos) atomTemplate = tpl;
        if (anyTemplate.empty()) anyTemplate = tpl;
    }
};

// Reads a body in place: the parsers take streams, and a feed can be megabytes long.
class ViewStreamBuf : public std::streambuf {
public:
    explicit ViewStreamBuf(std::string_view body)
    {
        char* p = const_cast<char*>(body.data());  // only ever read through the get area
        setg(p, p, p + body.size());
    }
};

std::string encodeQuery(const std::string& q)
{
    std::string out;
    Poco::URI::encode(q, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

}  // namespace

Result<Feed> parseFeed(std::string_view body, const std::string& contentType, const std::string& baseUrl)
{
    const auto first = body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string_view::npos)
        return makeError(ErrorCode::MalformedBody, "The feed is empty.", baseUrl);
    const bool jsonType = contentType.find("json") != std::string::npos;
    const bool xmlType = contentType.find("xml") != std::string::npos;
    const bool looksJson = body[first] == '{' || body[first] == '[';
    if ((jsonType && looksJson) || (!xmlType && looksJson)) return opds2::parseBody(body, baseUrl);
    if (body[first] == '<') {
        ViewStreamBuf view(body);
        std::istream in(&view);
        return makeOpds1Parser()->parse(in, baseUrl);
    }
    return makeError(ErrorCode::MalformedBody,
                     "The response is neither an OPDS 1 (Atom) nor an OPDS 2 (JSON) feed" +
                         (contentType.empty() ? std::string(".") : " (it is “" + contentType + "”)."),
                     baseUrl);
}

Result<std::string> parseOpenSearchTemplate(std::string_view body, const std::string& baseUrl)
{
    OpenSearchHandler handler;
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setContentHandler(&handler);
    std::istringstream in{std::string(body)};
    Poco::XML::InputSource source(in);
    try {
        parser.parse(&source);
    } catch (const Poco::Exception& e) {
        return makeError(ErrorCode::MalformedBody, "The search description is not valid XML: " + e.message() + ".",
                         baseUrl);
    }
    std::string tpl = handler.atomTemplate.empty() ? handler.anyTemplate : handler.atomTemplate;
    if (tpl.empty())
        return makeError(ErrorCode::MalformedBody, "The search description has no URL template.", baseUrl);
    return resolveTemplate(baseUrl, tpl);
}

std::string expandSearchTemplate(const std::string& uriTemplate, const std::string& query)
{
    const std::string encoded = encodeQuery(query);
    std::string out;
    std::size_t i = 0;
    while (i < uriTemplate.size()) {
        const auto open = uriTemplate.find('{', i);
        if (open == std::string::npos) {
            out += uriTemplate.substr(i);
            break;
        }
        out += uriTemplate.substr(i, open - i);
        const auto close = uriTemplate.find('}', open);
        if (close == std::string::npos) {
            out += uriTemplate.substr(open);
            break;
        }
        std::string name = uriTemplate.substr(open + 1, close - open - 1);
        if (!name.empty() && (name[0] == '?' || name[0] == '&')) {
            // RFC 6570 form-style query: {?query} or {?query,page}; only "query" gets a value.
            const char lead = name[0] == '?' && out.find('?') == std::string::npos ? '?' : '&';
            std::stringstream vars(name.substr(1));
            std::string var;
            while (std::getline(vars, var, ','))
                if (var == "query" || var == "searchTerms") out += std::string(1, lead) + var + "=" + encoded;
        } else if (name == "searchTerms" || name == "searchTerms?" || name == "query") {
            out += encoded;
        }  // other OpenSearch parameters ({startPage?}, {count?}) are optional: left empty
        i = close + 1;
    }
    return out;
}

}  // namespace tingdu::catalog
