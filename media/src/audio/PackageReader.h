#pragma once
// Packaged audiobooks: Readium .audiobook / .zab zips and W3C .lpf packages.
#include <memory>
#include <string>

#include "tingdu/media/Publication.h"

namespace tingdu::media::audio {

/// Opens a zip holding a manifest.json / publication.json and its tracks, or (Readium .zab)
/// just tracks. Audio entries are extracted, within ZipArchive's bounds, to a private folder
/// (mode 0700) that lives as long as the publication. Errors: ZipArchive's, Empty (no audio),
/// the manifest's errors, Io (cannot write the extracted tracks).
Result<std::unique_ptr<Publication>> openPackage(const std::string& path);

}  // namespace tingdu::media::audio
