#pragma once
// Safe XML for untrusted publications: libxml2 never fetches anything from the network,
// never loads external DTDs, never substitutes entities, and refuses documents that declare
// their own entities (the "billion laughs" family) or are larger than the limit.
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tingdu/media/Result.h"

namespace tingdu::media::xml {

struct DocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

struct Options {
    std::size_t maxBytes = 64u << 20;
    bool recover = true;  ///< keep what is readable from malformed XML (real books are often broken)
    /// parseXml: keep whitespace-only text nodes, which separate words in mixed content
    /// ("<em>a</em> <em>b</em>"). parseHtml always keeps them.
    bool keepBlanks = false;
};

/// Parses XML. Errors: TooLarge, UnsafeContent (entity declarations), Corrupt (nothing readable).
/// SUBJECT names the document in error messages.
Result<DocPtr> parseXml(std::string_view bytes, const std::string& subject, Options options = {});
/// Parses HTML leniently (DAISY 2.02 ncc.html and content files are often tag soup).
Result<DocPtr> parseHtml(std::string_view bytes, const std::string& subject, Options options = {});

/// Root element, or nullptr.
xmlNode* root(const DocPtr& doc);
/// The element's local name ("" for non-elements), namespace prefix ignored.
std::string_view localName(const xmlNode* node);
bool isElement(const xmlNode* node, std::string_view local);
/// Attribute by local name, in any namespace (or none); "" when absent.
std::string attribute(const xmlNode* node, std::string_view local);
/// Attribute in namespace NS_URI ("" when absent).
std::string attributeNs(const xmlNode* node, std::string_view local, const char* nsUri);
/// The text of NODE and its descendants, entity references left out, unnormalised.
std::string text(const xmlNode* node);
/// Collapses runs of XML whitespace to one space and trims.
std::string collapseWhitespace(std::string_view s);
/// Element children of NODE (optionally only those named LOCAL).
std::vector<xmlNode*> children(const xmlNode* node, std::string_view local = {});
/// All descendant elements named LOCAL, in document order.
std::vector<xmlNode*> descendants(const xmlNode* node, std::string_view local);

}  // namespace tingdu::media::xml
