#pragma once
// Hrefs inside an EPUB are URLs relative to the document that holds them; the reader works
// with normalised paths from the publication root ("OEBPS/text/ch1.xhtml").
#include <string>
#include <string_view>

namespace tingdu::media::epub {

/// The folder part of PATH with its trailing slash ("OEBPS/" for "OEBPS/content.opf").
std::string folderOf(std::string_view path);
/// Decodes %XX escapes (hrefs in OPF and XHTML are URL-encoded).
std::string percentDecode(std::string_view s);
/// Resolves HREF (may hold "#fragment") against the document BASE. Returns the normalised
/// "path#fragment" from the root, "" for external URLs or paths climbing above the root.
std::string resolveHref(std::string_view base, std::string_view href);
/// Splits "path#fragment".
std::string pathPart(std::string_view href);
std::string fragmentPart(std::string_view href);
bool isExternalUrl(std::string_view href);

} // namespace tingdu::media::epub
