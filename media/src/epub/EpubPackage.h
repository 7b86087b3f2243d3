#pragma once
// The package document (OPF, EPUB 2 and 3): metadata, manifest, spine, and where the
// navigation, overlays and cover are.
#include "EpubSource.h"
#include "tingdu/media/Publication.h"

#include <string>
#include <vector>

namespace tingdu::media::epub {

struct ManifestItem {
    std::string id;
    std::string href; ///< normalised path from the publication root
    std::string mediaType;
    std::string properties;
    std::string mediaOverlay; ///< manifest id of the SMIL file, if any
};

struct Package {
    std::string opfPath;
    std::string version;          ///< "2.0", "3.0", ...
    std::string uniqueIdentifier; ///< the identifier the package names; keys font obfuscation
    Metadata metadata;
    std::vector<ManifestItem> manifest;
    std::vector<ReadingOrderItem> readingOrder;
    std::vector<std::string> overlayHrefs; ///< per reading-order item: its SMIL path or ""
    std::vector<NavPoint> guide;           ///< EPUB 2 <guide>, used when there are no landmarks
    std::string navHref;                   ///< EPUB 3 navigation document
    std::string ncxHref;                   ///< EPUB 2 NCX
    std::vector<std::string> warnings;

    const ManifestItem* itemById(const std::string& id) const;
    const ManifestItem* itemByHref(const std::string& href) const;
};

/// Reads META-INF/container.xml, then the first OPF it names.
/// Errors: Corrupt (no container, no OPF, no spine), UnsafeContent, TooLarge, and the source's.
Result<Package> readPackage(const EpubSource& source);

} // namespace tingdu::media::epub
