#pragma once
// Text of DAISY books as blocks: DTBook (DAISY 3) and the XHTML content files of DAISY 2.02.
// Besides the blocks, every element id is kept with the byte range it covers, because SMIL text
// references point at sentences inside paragraphs and the reader highlights exactly those.
#include "tingdu/media/Content.h"
#include "tingdu/media/Result.h"

#include <map>
#include <string>
#include <string_view>

namespace tingdu::media::daisy {

struct TextAnchor {
    std::size_t block = 0; ///< index into Document::blocks
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct ParsedText {
    Document document;
    std::map<std::string, TextAnchor, std::less<>> anchors; ///< element id → where its text is
};

/// Parses a DTBook file (DAISY 3). Errors: those of the XML parser, Corrupt when not DTBook.
Result<ParsedText> parseDtbook(std::string_view bytes, const std::string& href);
/// Parses an XHTML content file or an NCC (DAISY 2.02), leniently (tag soup is common).
Result<ParsedText> parseXhtmlContent(std::string_view bytes, const std::string& href);

} // namespace tingdu::media::daisy
