#pragma once
// Navigation read with libxml2 (libepub's TOC iterator crashes on real books, see EpubReader.cpp):
// the EPUB 3 navigation document (toc, page-list, landmarks) and the EPUB 2 NCX (navMap, pageList).
#include "EpubSource.h"
#include "tingdu/media/Publication.h"

#include <string>
#include <vector>

namespace tingdu::media::epub {

struct Navigation {
    std::vector<NavPoint> toc;
    std::vector<NavPoint> pageList;
    std::vector<NavPoint> landmarks;
};

/// Reads the EPUB 3 navigation document NAV_HREF. Errors: those of reading and parsing.
Result<Navigation> readNavDocument(const EpubSource& source, const std::string& navHref);
/// Reads the EPUB 2 NCX at NCX_HREF.
Result<Navigation> readNcx(const EpubSource& source, const std::string& ncxHref);

} // namespace tingdu::media::epub
