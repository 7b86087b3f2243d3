#pragma once
// Fetching a manifest or playlist over http(s) with FFmpeg's avio: the same verification, CA
// file, headers and time-outs as the audio streams (media never uses Poco or the catalog).
#include <cstddef>
#include <string>

#include "tingdu/media/AudioTimeline.h"

namespace tingdu::media::audio {

struct RemoteText {
    std::string body;      ///< the whole body, or its first bytes when `isAudio`
    std::string mimeType;  ///< Content-Type without parameters, lower case; may be empty
    std::string finalUrl;  ///< where the body came from after redirects: the base for its hrefs
    /// The URL is an audio stream, not a text document: reading stopped after its first bytes.
    bool isAudio = false;
};

/// Reads URL (at most `limit` bytes), following redirects but never from https to plain http.
/// Errors: NotFound (404), Unauthorized (401/403), Tls (also for such a downgrade), Network,
/// Cancelled, TooLarge (a body over `limit` that is not audio).
Result<RemoteText> fetchRemoteText(const std::string& url, const AudioSourceOptions& options, std::size_t limit);

}  // namespace tingdu::media::audio
