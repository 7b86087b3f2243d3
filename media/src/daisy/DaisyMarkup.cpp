#include "DaisyMarkup.h"

#include <libxml/hash.h>
#include <libxml/parser.h>

namespace tingdu::media::daisy {

namespace {

constexpr std::size_t kMaxBytes = 64u << 20;

bool declaresEntities(const xmlDoc* doc)
{
    const xmlDtd* dtd = doc->intSubset;
    return dtd && dtd->entities && xmlHashSize(static_cast<xmlHashTablePtr>(dtd->entities)) > 0;
}

} // namespace

Result<xml::DocPtr> parseTextXml(std::string_view bytes, const std::string& subject, bool recover)
{
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::TooLarge, "the XML document is too large", subject);
    // Deliberately without XML_PARSE_NOENT, XML_PARSE_DTDLOAD and XML_PARSE_NOBLANKS.
    int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    if (recover)
        flags |= XML_PARSE_RECOVER;
    xml::DocPtr doc(
        xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), subject.c_str(), nullptr, flags));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return makeError(ErrorCode::Corrupt, "the XML document cannot be read", subject);
    if (declaresEntities(doc.get()))
        return makeError(ErrorCode::UnsafeContent, "the XML document declares its own entities", subject);
    return doc;
}

Result<xml::DocPtr> parseMarkup(std::string_view bytes, const std::string& subject)
{
    auto asXml = parseTextXml(bytes, subject, false);
    if (asXml || asXml.error().code == ErrorCode::TooLarge || asXml.error().code == ErrorCode::UnsafeContent)
        return asXml;
    return xml::parseHtml(bytes, subject);
}

} // namespace tingdu::media::daisy
