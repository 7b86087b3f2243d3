// openAudiobook(): one reader per way an audiobook arrives, all filling one AudiobookPublication.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../core/Readers.h"
#include "AudioInput.h"
#include "AudiobookPublication.h"
#include "ManifestReader.h"
#include "PackageReader.h"
#include "RemoteText.h"

namespace fs = std::filesystem;

namespace tingdu::media {

namespace audio {

namespace {

constexpr std::uintmax_t kMaxManifestBytes = 16u << 20;
constexpr std::uintmax_t kMaxPlaylistBytes = 4u << 20;
constexpr std::uintmax_t kMaxTocBytes = 4u << 20;

Result<std::string> readSmallFile(const std::string& path, std::uintmax_t limit)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return makeError(ErrorCode::NotFound, "no such file", path);
    if (size > limit)
        return makeError(ErrorCode::TooLarge, "the file is too large to be a manifest or playlist", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::PermissionDenied, "the file cannot be read", path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string stem(const std::string& path)
{
    return fs::path(path).stem().string();
}

// The path of a URL, without query or fragment ("https://h/a/b.m3u?x" -> "/a/b.m3u").
std::string urlPath(const std::string& url)
{
    const auto schemeEnd = url.find("://");
    const auto start = url.find('/', schemeEnd == std::string::npos ? 0 : schemeEnd + 3);
    if (start == std::string::npos)
        return "/";
    return url.substr(start, url.find_first_of("?#", start) - start);
}

// What a remote manifest or playlist may point at: http(s) only. A web page must not make the
// player read files on this computer (file://, absolute paths), so those hrefs resolve to
// nothing and the track reports that it has no address.
std::string remoteHref(const std::string& baseUrl, const std::string& href)
{
    const std::string resolved = resolveHref(baseUrl, href);
    return isRemoteSource(resolved) ? resolved : std::string();
}

bool startsWithText(const std::string& body, std::string_view prefix)
{
    const auto first = body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string::npos && body.compare(first, prefix.size(), prefix) == 0;
}

bool endsWithLower(std::string s, std::string_view suffix)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<std::unique_ptr<Publication>> finish(AudiobookData data)
{
    return std::unique_ptr<Publication>(std::make_unique<AudiobookPublication>(std::move(data)));
}

Result<std::unique_ptr<Publication>> openSingleFile(const std::string& path, const AudioSourceOptions* remote = nullptr)
{
    auto input = AudioInput::open(path, remote ? *remote : AudioSourceOptions{});
    if (!input)
        return input.error();
    AudiobookData data;
    data.format = Format::AudioFile;
    data.metadata.title = (*input)->tag("album");
    if (data.metadata.title.empty())
        data.metadata.title = (*input)->tag("title");
    if (data.metadata.title.empty())
        data.metadata.title = stem(path);
    if (auto artist = (*input)->tag("artist"); !artist.empty())
        data.metadata.authors.push_back({artist, "aut"});
    input->reset();
    if (auto r = addTracks(data, {TrackRef{path, stem(path), "", 0, false, {}}}, true, remote); !r)
        return r.error();
    return finish(std::move(data));
}

Result<std::unique_ptr<Publication>> openFolder(const std::string& path)
{
    std::vector<std::string> files;
    std::error_code ec;
    // Tracks at the top and one level down: multi-disc rips ("CD1/", "CD2/") and books whose
    // folder wraps another ("Book/Test Audiobook/") are one book in natural order.
    for (const auto& entry : fs::directory_iterator(path, fs::directory_options::skip_permission_denied, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.front() == '.')
            continue;
        if (entry.is_regular_file(ec) && hasAudioExtension(name)) {
            files.push_back(name);
        } else if (entry.is_directory(ec)) {
            std::error_code inner;
            for (const auto& sub : fs::directory_iterator(entry.path(), fs::directory_options::skip_permission_denied, inner)) {
                const std::string subName = sub.path().filename().string();
                if (!subName.empty() && subName.front() != '.' && sub.is_regular_file(inner) && hasAudioExtension(subName))
                    files.push_back(name + "/" + subName);
            }
        }
    }
    if (ec)
        return makeError(ErrorCode::PermissionDenied, "the folder cannot be read", path);
    std::sort(files.begin(), files.end(), naturalLess);
    std::vector<TrackRef> tracks;
    for (const auto& f : files)
        tracks.push_back({(fs::path(path) / f).string(), stem(fs::path(f).filename().string()), "", 0, false, {}});
    AudiobookData data;
    data.format = Format::AudioFolder;
    fs::path folder(path);
    if (folder.filename().empty())  // "books/title/" names the folder by its parent path
        folder = folder.parent_path();
    data.metadata.title = folder.filename().string();
    if (auto r = addTracks(data, tracks, true); !r)
        return makeError(r.error().code, r.error().message, path);
    return finish(std::move(data));
}

// M3U/M3U8 text: tracks relative to `base` (a folder, or the playlist's URL when `remote`).
Result<std::unique_ptr<Publication>> readPlaylist(const std::string& text, const std::string& base,
                                                  const std::string& subject, const AudioSourceOptions* remote)
{
    std::vector<TrackRef> tracks;
    TrackRef pending;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        if (line.rfind("#EXTINF:", 0) == 0) {  // #EXTINF:seconds,title
            const auto comma = line.find(',');
            pending.duration = std::max(0.0, std::atof(line.c_str() + 8));
            pending.title = comma == std::string::npos ? "" : line.substr(comma + 1);
            continue;
        }
        if (line.empty() || line.front() == '#')
            continue;
        if (!remote && line.rfind("file://", 0) == 0)
            line.erase(0, 7);
        pending.source = remote ? remoteHref(base, line) : resolveHref(base, line);
        if (pending.title.empty())
            pending.title = stem(line.substr(0, line.find_first_of("?#")));
        tracks.push_back(std::move(pending));
        pending = {};
    }
    AudiobookData data;
    data.format = Format::Playlist;
    data.metadata.title = stem(remote ? urlPath(subject) : subject);
    if (tracks.empty())
        return makeError(ErrorCode::Empty, "the playlist lists no tracks", subject);
    if (auto r = addTracks(data, tracks, true, remote); !r)
        return makeError(r.error().code, r.error().message, subject);
    return finish(std::move(data));
}

Result<std::unique_ptr<Publication>> openPlaylist(const std::string& path)
{
    auto text = readSmallFile(path, kMaxPlaylistBytes);
    if (!text)
        return text.error();
    return readPlaylist(*text, fs::path(path).parent_path().string(), path, nullptr);
}

Result<std::unique_ptr<Publication>> openManifest(const std::string& path)
{
    auto text = readSmallFile(path, kMaxManifestBytes);
    if (!text)
        return text.error();
    const std::string dir = fs::path(path).parent_path().string();
    std::string selfUrl;
    try {  // a "self" link with an absolute URL is the base for hrefs that are not here locally
        const auto root = nlohmann::json::parse(*text, nullptr, false);
        if (root.is_object() && root.contains("links") && root["links"].is_array())
            for (const auto& l : root["links"])
                if (l.is_object() && l.value("rel", nlohmann::json()).is_string() && l["rel"] == "self" &&
                    l.value("href", nlohmann::json()).is_string())
                    selfUrl = l["href"].get<std::string>();
    } catch (const std::exception&) {
    }
    if (selfUrl.find("://") == std::string::npos)
        selfUrl.clear();
    const auto resolve = [&](const std::string& href) {
        const std::string local = resolveHref(dir, href);
        std::error_code ec;
        if (selfUrl.empty() || href.find("://") != std::string::npos || fs::exists(local, ec))
            return local;
        return resolveHref(selfUrl, href);
    };
    const auto load = [&](const std::string& href) { return readSmallFile(resolveHref(dir, href), kMaxTocBytes); };
    AudiobookData data;
    data.format = Format::AudiobookManifest;
    if (auto r = readManifest(*text, resolve, data, path, nullptr, load); !r)
        return r.error();
    if (data.metadata.title.empty())
        data.metadata.title = stem(path);
    return finish(std::move(data));
}

// A manifest or playlist at an http(s) URL, fetched with the streams' own TLS settings;
// a URL that serves audio itself opens as a one-track book.
Result<std::unique_ptr<Publication>> openRemote(const std::string& url, const AudioSourceOptions& options)
{
    auto fetched = fetchRemoteText(url, options, kMaxManifestBytes);
    if (!fetched)
        return fetched.error();
    if (fetched->isAudio)
        return openSingleFile(url, &options);
    const std::string& body = fetched->body;
    const std::string& base = fetched->finalUrl;  // a library may redirect to its CDN
    const std::string path = urlPath(base);
    if (fetched->mimeType.find("mpegurl") != std::string::npos || startsWithText(body, "#EXTM3U") ||
        endsWithLower(path, ".m3u") || endsWithLower(path, ".m3u8"))
        return readPlaylist(body, base, url, &options);
    if (!startsWithText(body, "{")) {
        const std::string type = fetched->mimeType.empty() ? "" : " (the server calls it " + fetched->mimeType + ")";
        return makeError(ErrorCode::Unsupported,
                         "the address serves neither an audiobook manifest nor a playlist" + type, url);
    }
    AudiobookData data;
    data.format = Format::AudiobookManifest;
    const auto resolve = [&](const std::string& href) { return remoteHref(base, href); };
    const auto load = [&](const std::string& href) -> Result<std::string> {
        auto toc = fetchRemoteText(remoteHref(base, href), options, kMaxTocBytes);
        if (!toc)
            return toc.error();
        return std::move(toc->body);
    };
    if (auto r = readManifest(body, resolve, data, url, &options, load); !r)
        return r.error();
    if (data.metadata.title.empty())
        data.metadata.title = stem(path);
    return finish(std::move(data));
}

}  // namespace

}  // namespace audio

Result<std::unique_ptr<Publication>> openAudiobook(const std::string& path, Format format)
{
    switch (format) {
    case Format::AudioFile:
        return audio::openSingleFile(path);
    case Format::AudioFolder:
        return audio::openFolder(path);
    case Format::Playlist:
        return audio::openPlaylist(path);
    case Format::AudiobookManifest:
        if (fs::is_directory(path)) {
            for (const char* name : {"manifest.json", "publication.json"})
                if (fs::exists(fs::path(path) / name))
                    return audio::openManifest((fs::path(path) / name).string());
        }
        return audio::openManifest(path);
    case Format::AudiobookPackage:
        return audio::openPackage(path);
    default:
        return makeError(ErrorCode::Unsupported, "not an audiobook", path);
    }
}

Result<std::unique_ptr<Publication>> openRemoteAudiobook(const std::string& url, const AudioSourceOptions& options)
{
    return audio::openRemote(url, options);
}

}  // namespace tingdu::media
