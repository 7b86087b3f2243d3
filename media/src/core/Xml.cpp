#include "Xml.h"

#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/hash.h>
#include <libxml/parser.h>

#include <functional>

namespace tingdu::media::xml {

namespace {

// libxml2 prints parse errors to stderr by default; a library must stay quiet.
void silence(void*, const char*, ...) {}

struct QuietErrors {
    QuietErrors() { xmlSetGenericErrorFunc(nullptr, silence); }
};

bool declaresEntities(const xmlDoc* doc)
{
    const xmlDtd* dtd = doc->intSubset;
    return dtd && dtd->entities && xmlHashSize(static_cast<xmlHashTablePtr>(dtd->entities)) > 0;
}

}  // namespace

Result<DocPtr> parseXml(std::string_view bytes, const std::string& subject, Options options)
{
    static QuietErrors quiet;
    if (bytes.size() > options.maxBytes)
        return makeError(ErrorCode::TooLarge, "the XML document is too large", subject);
    int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    if (!options.keepBlanks)
        flags |= XML_PARSE_NOBLANKS;
    if (options.recover)
        flags |= XML_PARSE_RECOVER;
    DocPtr doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), subject.c_str(), nullptr, flags));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return makeError(ErrorCode::Corrupt, "the XML document cannot be read", subject);
    if (declaresEntities(doc.get()))
        return makeError(ErrorCode::UnsafeContent, "the XML document declares its own entities", subject);
    return doc;
}

Result<DocPtr> parseHtml(std::string_view bytes, const std::string& subject, Options options)
{
    static QuietErrors quiet;
    if (bytes.size() > options.maxBytes)
        return makeError(ErrorCode::TooLarge, "the HTML document is too large", subject);
    const int flags = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
    DocPtr doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), subject.c_str(), nullptr, flags));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return makeError(ErrorCode::Corrupt, "the HTML document cannot be read", subject);
    if (declaresEntities(doc.get()))
        return makeError(ErrorCode::UnsafeContent, "the HTML document declares its own entities", subject);
    return doc;
}

xmlNode* root(const DocPtr& doc)
{
    return doc ? xmlDocGetRootElement(doc.get()) : nullptr;
}

std::string_view localName(const xmlNode* node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name)
        return {};
    return reinterpret_cast<const char*>(node->name);
}

bool isElement(const xmlNode* node, std::string_view local)
{
    return localName(node) == local;
}

std::string attribute(const xmlNode* node, std::string_view local)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        if (a->name && std::string_view(reinterpret_cast<const char*>(a->name)) == local) {
            xmlChar* v = xmlNodeListGetString(node->doc, a->children, 1);
            std::string out = v ? reinterpret_cast<const char*>(v) : "";
            xmlFree(v);
            return out;
        }
    }
    return {};
}

std::string attributeNs(const xmlNode* node, std::string_view local, const char* nsUri)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    const std::string name(local);
    xmlChar* v = xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name.c_str()),
                              reinterpret_cast<const xmlChar*>(nsUri));
    std::string out = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return out;
}

std::string text(const xmlNode* node)
{
    std::string out;
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
        for (; n; n = n->next) {
            if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
                out += reinterpret_cast<const char*>(n->content);
            else if (n->type == XML_ELEMENT_NODE)
                walk(n->children);
        }
    };
    if (node)
        walk(node->type == XML_ELEMENT_NODE ? node->children : node);
    return out;
}

std::string collapseWhitespace(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
        } else {
            if (space)
                out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

std::vector<xmlNode*> children(const xmlNode* node, std::string_view local)
{
    std::vector<xmlNode*> out;
    if (!node)
        return out;
    for (xmlNode* c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (local.empty() || localName(c) == local))
            out.push_back(c);
    return out;
}

std::vector<xmlNode*> descendants(const xmlNode* node, std::string_view local)
{
    std::vector<xmlNode*> out;
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
        for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (localName(c) == local)
                out.push_back(c);
            walk(c);
        }
    };
    walk(node);
    return out;
}

}  // namespace tingdu::media::xml
