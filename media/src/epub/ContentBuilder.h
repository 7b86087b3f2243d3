#pragma once
// One XHTML (or SVG) content document -> the renderer-neutral blocks of Content.h.
#include "tingdu/media/Content.h"
#include "tingdu/media/Result.h"

#include <string>
#include <string_view>

namespace tingdu::media::epub {

/// Parses BYTES (the document at HREF inside the publication) into blocks. Malformed XHTML is
/// recovered as far as libxml2 can, then retried as HTML. DEFAULT_LANGUAGE applies where the
/// document names none. Errors: TooLarge, UnsafeContent (entity declarations), Corrupt.
Result<Document> buildDocument(std::string_view bytes, const std::string& href,
                               const std::string& defaultLanguage);

} // namespace tingdu::media::epub
