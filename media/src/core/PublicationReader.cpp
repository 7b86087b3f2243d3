#include "tingdu/media/PublicationReader.h"

#include "Readers.h"

namespace tingdu::media {

Result<std::unique_ptr<Publication>> openPublication(const std::string& path)
{
    return openPublication(path, AudioSourceOptions{});
}

Result<std::unique_ptr<Publication>> openPublication(const std::string& path, const AudioSourceOptions& remote)
{
    // Remote books are audiobooks only: their manifest or playlist is fetched, not sniffed.
    if (path.rfind("https://", 0) == 0 || path.rfind("http://", 0) == 0)
        return openRemoteAudiobook(path, remote);
    auto format = detectFormat(path);
    if (!format)
        return format.error();
    switch (*format) {
    case Format::Epub:
        return openEpub(path);
    case Format::Daisy202:
        return openDaisy202(path);
    case Format::Daisy3:
        return openDaisy3(path);
    case Format::AudiobookManifest:
    case Format::AudiobookPackage:
    case Format::AudioFolder:
    case Format::Playlist:
    case Format::AudioFile:
        return openAudiobook(path, *format);
    }
    return makeError(ErrorCode::Internal, "unknown format", path);
}

}  // namespace tingdu::media
