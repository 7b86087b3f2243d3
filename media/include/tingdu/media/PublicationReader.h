#pragma once
// The registry of format readers: one class per format, chosen by sniffing.
#include <memory>
#include <string>

#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/Publication.h"

namespace tingdu::media {

/// Opens PATH with the reader for its sniffed format. Errors: those of detectFormat(),
/// then the reader's own (Corrupt, DrmProtected, TooLarge, UnsafeContent, Unsupported).
/// An http(s) URL opens as a remote audiobook (see the overload below) with default options.
Result<std::unique_ptr<Publication>> openPublication(const std::string& path);

/// Like openPublication(path), and for an http(s) URL: fetches a Readium audiobook manifest
/// (application/audiobook+json) or an M3U/M3U8 playlist with `remote`'s headers, CA file and
/// time-out, certificate verification always on, at most 16 MB; relative track URLs resolve
/// against it and only http(s) tracks are kept. A URL serving audio opens as one track.
/// Pass the same options to makeAudioTimeline() to play it. Errors for URLs: NotFound (404),
/// Unauthorized (401/403), Tls, Network, Cancelled, TooLarge, Unsupported (neither a manifest
/// nor a playlist), Corrupt/Empty (a broken manifest). Blocks the calling thread.
Result<std::unique_ptr<Publication>> openPublication(const std::string& pathOrUrl, const AudioSourceOptions& remote);

}  // namespace tingdu::media
