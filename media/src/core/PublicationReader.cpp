#include "tingdu/media/PublicationReader.h"

#include "Readers.h"

namespace tingdu::media {

Result<std::unique_ptr<Publication>> openPublication(const std::string& path)
{
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
