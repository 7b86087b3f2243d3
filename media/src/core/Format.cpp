#include "tingdu/media/Format.h"
#include "AsciiCase.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "ZipArchive.h"

namespace fs = std::filesystem;

namespace tingdu::media {

namespace {

bool endsWith(const std::string& s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isAudioExtension(const std::string& lowerName)
{
    static constexpr std::array kExt = {".mp3", ".m4a", ".m4b", ".aac", ".ogg", ".oga", ".opus",
                                        ".flac", ".wav", ".wma", ".mp4", ".mka", ".webm"};
    return std::any_of(kExt.begin(), kExt.end(), [&](std::string_view e) { return endsWith(lowerName, e); });
}

// Audio by magic bytes: the content decides, so a lying extension does not fool us.
bool looksLikeAudio(const unsigned char* b, std::size_t n)
{
    if (n >= 3 && std::memcmp(b, "ID3", 3) == 0)
        return true;
    if (n >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0)  // MPEG/ADTS frame
        return true;
    if (n >= 8 && std::memcmp(b + 4, "ftyp", 4) == 0)
        return true;
    if (n >= 4 && (std::memcmp(b, "OggS", 4) == 0 || std::memcmp(b, "fLaC", 4) == 0))
        return true;
    if (n >= 12 && std::memcmp(b, "RIFF", 4) == 0 && std::memcmp(b + 8, "WAVE", 4) == 0)
        return true;
    if (n >= 4 && std::memcmp(b, "\x1A\x45\xDF\xA3", 4) == 0)  // Matroska / WebM
        return true;
    return false;
}

std::string readHead(const fs::path& p, std::size_t max)
{
    std::ifstream in(p, std::ios::binary);
    std::string head(max, '\0');
    in.read(head.data(), static_cast<std::streamsize>(max));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

bool isAudiobookJson(const std::string& text)
{
    // A manifest or LPF publication.json: a JSON object with a readingOrder (or, in older
    // Readium manifests still served by Feedbooks and others, a "spine").
    const auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string::npos && text[first] == '{' &&
           (text.find("\"readingOrder\"") != std::string::npos || text.find("\"spine\"") != std::string::npos);
}

// What a library hands out for an LCP loan (.lcpl): a JSON license naming its profile.
bool isLcpLicense(const std::string& text)
{
    return text.find("\"encryption\"") != std::string::npos && text.find("readium.org/lcp") != std::string::npos;
}

bool isDaisy3Opf(const std::string& text)
{
    return text.find("dtb:multimediaType") != std::string::npos ||
           text.find("x-dtbncx+xml") != std::string::npos || text.find("Z39.86") != std::string::npos;
}

Result<Format> sniffZip(const std::string& path)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    const auto& archive = **zip;
    if (auto m = archive.find("mimetype")) {
        auto text = archive.read("mimetype", 256);
        if (text && text->find("application/epub+zip") != std::string::npos)
            return Format::Epub;
    }
    if (archive.find("META-INF/container.xml"))
        return Format::Epub;
    bool hasOpf = false;
    bool hasNcx = false;
    for (const auto& e : archive.entries()) {
        const std::string name = lower(fs::path(e.name).filename().string());
        if (name == "ncc.html" || name == "ncc.htm")
            return Format::Daisy202;
        if (name == "manifest.json" || name == "publication.json")
            return Format::AudiobookPackage;
        hasOpf |= endsWith(name, ".opf");
        hasNcx |= endsWith(name, ".ncx");
    }
    if (hasOpf && hasNcx)
        return Format::Daisy3;
    // A packaged audiobook without a manifest (Readium .zab files may be just the tracks).
    const bool anyAudio = std::any_of(archive.entries().begin(), archive.entries().end(),
                                      [](const auto& e) { return isAudioExtension(lower(e.name)); });
    if (anyAudio)
        return Format::AudiobookPackage;
    return makeError(ErrorCode::Unsupported, "a zip archive that holds no book Tingdu can read", path);
}

Result<Format> sniffFolder(const fs::path& dir)
{
    std::error_code ec;
    bool hasAudio = false;
    bool hasAnything = false;
    bool hasDaisyOpf = false;
    for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec)) {
        hasAnything = true;
        const std::string name = lower(entry.path().filename().string());
        if (!entry.is_regular_file(ec))
            continue;
        if (name == "ncc.html" || name == "ncc.htm")
            return Format::Daisy202;
        if (name == "mimetype" && fs::exists(dir / "META-INF" / "container.xml", ec))
            return Format::Epub;
        if (name == "manifest.json" || name == "publication.json")
            if (isAudiobookJson(readHead(entry.path(), 1 << 20)))
                return Format::AudiobookManifest;
        if (endsWith(name, ".opf") && isDaisy3Opf(readHead(entry.path(), 1 << 16)))
            hasDaisyOpf = true;
        if (isAudioExtension(name))
            hasAudio = true;
    }
    if (ec)
        return makeError(ErrorCode::PermissionDenied, "the folder cannot be read", dir.string());
    if (hasDaisyOpf)
        return Format::Daisy3;
    if (hasAudio)
        return Format::AudioFolder;
    // A folder that only wraps folders of tracks (multi-disc rips, "Book/Test Audiobook/").
    for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.front() == '.' || !entry.is_directory(ec))
            continue;
        std::error_code inner;
        for (const auto& sub : fs::directory_iterator(entry.path(), fs::directory_options::skip_permission_denied, inner))
            if (sub.is_regular_file(inner) && isAudioExtension(lower(sub.path().filename().string())))
                return Format::AudioFolder;
    }
    if (!hasAnything)
        return makeError(ErrorCode::Empty, "the folder is empty", dir.string());
    return makeError(ErrorCode::Unsupported, "the folder holds no book or audio Tingdu can read",
                     dir.string());
}

}  // namespace

std::string_view formatName(Format format)
{
    switch (format) {
    case Format::Epub: return "epub";
    case Format::Daisy202: return "daisy2";
    case Format::Daisy3: return "daisy3";
    case Format::AudiobookManifest: return "audiobook-manifest";
    case Format::AudiobookPackage: return "audiobook-package";
    case Format::AudioFolder: return "audio-folder";
    case Format::Playlist: return "playlist";
    case Format::AudioFile: return "audio";
    }
    return "unknown";
}

Result<Format> detectFormat(const std::string& path)
{
    std::error_code ec;
    const fs::path p(path);
    const auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
        if (ec == std::errc::permission_denied)
            return makeError(ErrorCode::PermissionDenied, "permission denied", path);
        return makeError(ErrorCode::NotFound, "no such file or folder", path);
    }
    if (fs::is_directory(status))
        return sniffFolder(p);
    if (!fs::is_regular_file(status))
        return makeError(ErrorCode::Unsupported, "not a regular file", path);
    if (fs::file_size(p, ec) == 0)
        return makeError(ErrorCode::Empty, "the file is empty (zero bytes)", path);

    std::ifstream probe(p, std::ios::binary);
    if (!probe)
        return makeError(ErrorCode::PermissionDenied, "the file cannot be read", path);
    const std::string head = readHead(p, 4096);
    const auto* bytes = reinterpret_cast<const unsigned char*>(head.data());
    const std::string name = lower(p.filename().string());

    if (head.size() >= 4 && std::memcmp(bytes, "PK\x03\x04", 4) == 0)
        return sniffZip(path);
    if (looksLikeAudio(bytes, head.size()))
        return Format::AudioFile;
    if (head.rfind("#EXTM3U", 0) == 0 || endsWith(name, ".m3u") || endsWith(name, ".m3u8"))
        return Format::Playlist;
    if (name == "ncc.html" || name == "ncc.htm")
        return Format::Daisy202;
    if (endsWith(name, ".opf") && isDaisy3Opf(head))
        return Format::Daisy3;
    if (endsWith(name, ".json") || (!head.empty() && head.find_first_not_of(" \t\r\n") != std::string::npos &&
                                   head[head.find_first_not_of(" \t\r\n")] == '{')) {
        const std::string json = readHead(p, 8 << 20);
        if (isAudiobookJson(json))
            return Format::AudiobookManifest;
        if (isLcpLicense(json))
            return makeError(ErrorCode::DrmProtected,
                             "this is a Readium LCP license: the book it unlocks is protected with DRM, which "
                             "Tingdu cannot open yet; ask the library for a copy without DRM",
                             path);
        return makeError(ErrorCode::Unsupported, "a JSON file that is not an audiobook manifest", path);
    }
    if (isAudioExtension(name))
        return makeError(ErrorCode::Corrupt, "named like an audio file, but its content is not audio", path);
    return makeError(ErrorCode::Unsupported, "not a book or audio format Tingdu can read", path);
}

}  // namespace tingdu::media
