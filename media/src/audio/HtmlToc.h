#pragma once
// The table of contents of a W3C audiobook (LPF): an HTML document the manifest names with
// rel "contents", whose <nav role="doc-toc"> (or first <nav>) holds nested lists of links
// such as <a href="audio/02.mp3#t=0:01:30">Chapter 2</a>.
#include <string>
#include <vector>

#include "tingdu/media/Result.h"

namespace tingdu::media::audio {

struct HtmlTocEntry {
    std::string title;
    std::string href;  ///< relative to the manifest (the TOC document's folder applied)
    int level = 1;
};

/// Parses the TOC document `html`, which the manifest names as `tocHref`. Errors: TooLarge,
/// UnsafeContent, Corrupt (not readable as HTML); a document without links gives no entries.
Result<std::vector<HtmlTocEntry>> readHtmlToc(const std::string& html, const std::string& tocHref,
                                              const std::string& subject);

}  // namespace tingdu::media::audio
