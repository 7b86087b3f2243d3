#pragma once
// Parsing for DAISY text and NCC files. DAISY 2.02 files are XHTML by the spec and tag soup in
// practice: read them as XML when they are well-formed and as HTML otherwise. Text files keep
// their blank text nodes: "<sent>One.</sent> <sent>Two.</sent>" must not become "One.Two."
// (core/Xml's parseXml drops them, which suits package files but not mixed content).
#include "core/Xml.h"

#include <string>
#include <string_view>

namespace tingdu::media::daisy {

/// XML with mixed content kept, under the same safety rules as xml::parseXml (no network, no
/// DTD loading, no entity substitution, no entity declarations, bounded). RECOVER: keep what is
/// readable of malformed XML.
Result<xml::DocPtr> parseTextXml(std::string_view bytes, const std::string& subject, bool recover);

/// XHTML as XML when well-formed, else as HTML (NCCs and DAISY 2.02 content files).
Result<xml::DocPtr> parseMarkup(std::string_view bytes, const std::string& subject);

} // namespace tingdu::media::daisy
