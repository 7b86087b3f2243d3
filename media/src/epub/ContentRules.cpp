#include "ContentRules.h"

#include "core/Xml.h"

#include <cctype>
#include <unordered_set>

namespace tingdu::media::epub {

namespace {

std::string lowerNoSpace(std::string_view s)
{
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// Stylesheets are not evaluated (that would need a CSS engine for a small gain).
bool isHidden(const xmlNode* node)
{
    if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")))
        return true;
    if (xml::attribute(node, "aria-hidden") == "true")
        return true;
    const std::string style = lowerNoSpace(xml::attribute(node, "style"));
    return contains(style, "display:none") || contains(style, "visibility:hidden");
}

bool isBlockElement(std::string_view n)
{
    static const std::unordered_set<std::string_view> names = {
        "p",       "div",     "h1",         "h2",      "h3",       "h4",      "h5",   "h6",     "li",
        "td",      "th",      "blockquote", "aside",   "section",  "article", "nav",  "header", "footer",
        "main",    "figure",  "figcaption", "caption", "pre",      "ul",      "ol",   "dl",     "dt",
        "dd",      "table",   "tr",         "thead",   "tbody",    "tfoot",   "body", "hr",     "address",
        "details", "summary", "hgroup",     "center",  "fieldset", "legend",  "form"};
    return names.count(n) > 0;
}

std::string noteRole(const std::string& types)
{
    for (const char* role : {"footnote", "endnote", "rearnote", "note"})
        if (contains(types, role) && !contains(types, std::string(role) + "s") && !contains(types, "noteref"))
            return role;
    return {};
}

bool hasInlineTextBesides(const xmlNode* ancestor, const xmlNode* node)
{
    for (const xmlNode* c = ancestor->children; c; c = c->next) {
        if (c == node)
            continue;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const xmlChar* p = c->content; p && *p; ++p)
                if (!std::isspace(*p))
                    return true;
        } else if (c->type == XML_ELEMENT_NODE && !isBlockElement(xml::localName(c)) &&
                   hasInlineTextBesides(c, node)) {
            return true;
        }
    }
    return false;
}

} // namespace tingdu::media::epub
