#pragma once
// Readium audiobook manifests (application/audiobook+json) and W3C LPF publication.json.
#include <functional>
#include <string>

#include "AudiobookPublication.h"

namespace tingdu::media::audio {

/// Turns a relative href into a playable source (a local path or an absolute URL).
using HrefResolver = std::function<std::string(const std::string& href)>;

/// Parses `json` into `data` (metadata, tracks, TOC with #t= times). Errors: Corrupt (not JSON,
/// no readingOrder, a readingOrder that is not a list), Empty (an empty readingOrder).
/// Reads a resource the manifest names (`href` as written there) as text, bounded.
using ResourceLoader = std::function<Result<std::string>(const std::string& href)>;

/// Remote tracks without a duration are probed with `remote` when given. Without a JSON "toc",
/// the W3C HTML table of contents (rel "contents") is read through `load` when given.
Result<void> readManifest(const std::string& json, const HrefResolver& resolve, AudiobookData& data,
                          const std::string& subject, const AudioSourceOptions* remote = nullptr,
                          const ResourceLoader& load = {});

/// Resolves `href` against `base` (a URL or a local folder); absolute hrefs are kept.
std::string resolveHref(const std::string& base, const std::string& href);

}  // namespace tingdu::media::audio
