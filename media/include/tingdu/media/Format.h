#pragma once
// Recognises what a path holds by its content first and its name second.
#include <string>
#include <string_view>

#include "tingdu/media/Result.h"

namespace tingdu::media {

enum class Format {
    Epub,               ///< EPUB 2 or 3 (zip with mimetype application/epub+zip, or unpacked)
    Daisy202,           ///< DAISY 2.02 folder or zip (ncc.html)
    Daisy3,             ///< DAISY 3 / Z39.86-2005 folder or zip (OPF + NCX + SMIL)
    AudiobookManifest,  ///< Readium audiobook manifest (JSON) or W3C LPF publication.json
    AudiobookPackage,   ///< .audiobook / .zab / .lpf zip holding a manifest
    AudioFolder,        ///< a folder of audio tracks
    Playlist,           ///< .m3u / .m3u8
    AudioFile,          ///< one audio file (MP3, M4A/M4B, Ogg, FLAC, WAV, ...)
};

/// Stable lower-case name used in JSON and settings ("epub", "daisy2", "daisy3", ...).
std::string_view formatName(Format format);

/// Sniffs PATH (a file or a folder). Errors: NotFound, PermissionDenied, Empty, Unsupported.
Result<Format> detectFormat(const std::string& path);

}  // namespace tingdu::media
