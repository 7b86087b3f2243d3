#pragma once
// One entry point per format reader; PublicationReader.cpp holds the explicit registry.
#include <memory>
#include <string>

#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/Publication.h"

namespace tingdu::media {

Result<std::unique_ptr<Publication>> openEpub(const std::string& path);
Result<std::unique_ptr<Publication>> openDaisy202(const std::string& path);
Result<std::unique_ptr<Publication>> openDaisy3(const std::string& path);
/// Audiobook manifests and packages, folders of tracks, playlists and single audio files.
Result<std::unique_ptr<Publication>> openAudiobook(const std::string& path, Format format);
/// A Readium audiobook manifest or an M3U playlist at an http(s) URL (or one remote audio file).
Result<std::unique_ptr<Publication>> openRemoteAudiobook(const std::string& url, const AudioSourceOptions& options);

}  // namespace tingdu::media
