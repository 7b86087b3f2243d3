#include <algorithm>
#include <array>
#include <cctype>

#include "AudioInput.h"
#include "AudiobookPublication.h"

namespace tingdu::media::audio {

AudiobookPublication::~AudiobookPublication()
{
    if (!m_data.cacheDir.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_data.cacheDir, ec);
    }
}

Error lcpProtected(const std::string& subject)
{
    return makeError(ErrorCode::DrmProtected,
                     "this audiobook is protected with Readium LCP, which Tingdu cannot play yet; "
                     "ask the library for a copy without DRM (an MP3 download or an open stream)",
                     subject);
}

bool naturalLess(const std::string& a, const std::string& b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const auto ca = static_cast<unsigned char>(a[i]);
        const auto cb = static_cast<unsigned char>(b[j]);
        if (std::isdigit(ca) && std::isdigit(cb)) {
            std::size_t ei = i;
            std::size_t ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei])))
                ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej])))
                ++ej;
            std::string na = a.substr(i, ei - i);
            std::string nb = b.substr(j, ej - j);
            na.erase(0, std::min(na.find_first_not_of('0'), na.size() - 1));
            nb.erase(0, std::min(nb.find_first_not_of('0'), nb.size() - 1));
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        const int la = std::tolower(ca);
        const int lb = std::tolower(cb);
        if (la != lb)
            return la < lb;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j);
}

bool hasAudioExtension(const std::string& name)
{
    static constexpr std::array kExt = {".mp3", ".m4a", ".m4b", ".aac", ".ogg", ".oga", ".opus",
                                        ".flac", ".wav", ".wma", ".mp4", ".mka", ".webm"};
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::any_of(kExt.begin(), kExt.end(), [&](std::string_view e) {
        return lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
    });
}

Result<void> addTracks(AudiobookData& data, const std::vector<TrackRef>& tracks, bool chaptersFromFiles,
                       const AudioSourceOptions* remote)
{
    if (tracks.empty())
        return makeError(ErrorCode::Empty, "the audiobook has no tracks");
    double start = 0;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const TrackRef& t = tracks[i];
        ReadingOrderItem item{t.source, t.mediaType, true, t.duration, t.title};
        std::vector<EmbeddedChapter> embedded;
        // Tracks are probed for what the list does not say (and for their chapters); remote
        // ones only when the caller gave the options to reach them and the length is unknown.
        const bool remoteTrack = isRemoteSource(t.source);
        const bool probe = remoteTrack ? remote && t.duration <= 0 : (t.duration <= 0 || chaptersFromFiles);
        if (!t.source.empty() && !t.encrypted && probe) {
            auto input = AudioInput::open(t.source, remoteTrack ? *remote : AudioSourceOptions{});
            if (!input) {
                if (tracks.size() == 1)
                    return input.error();
                data.warnings.push_back("track " + std::to_string(i + 1) + " cannot be read: " + input.error().describe());
            } else {
                if (item.durationSeconds <= 0)
                    item.durationSeconds = (*input)->duration();
                if (item.title.empty())
                    item.title = (*input)->tag("title");
                embedded = (*input)->chapters();
            }
        }
        if (t.source.empty())
            data.warnings.push_back("track " + std::to_string(i + 1) + " has no address to play it from");
        else if (t.encrypted)
            data.warnings.push_back("track " + std::to_string(i + 1) + " is protected by DRM");
        if (chaptersFromFiles) {
            for (const auto& c : embedded)
                data.toc.push_back(NavPoint{c.title, 1, "", "", start + c.start});
            if (embedded.empty() && tracks.size() > 1) {
                const std::string title = item.title.empty() ? "Track " + std::to_string(i + 1) : item.title;
                data.toc.push_back(NavPoint{title, 1, t.source, "", start});
            }
        }
        // A track without an address stays in the list: playing it reports why it cannot.
        AudioClip clip;
        clip.source = t.source;
        data.clips.push_back(std::move(clip));
        start += item.durationSeconds;
        data.readingOrder.push_back(std::move(item));
    }
    if (data.metadata.durationSeconds <= 0)
        data.metadata.durationSeconds = start;
    return {};
}

}  // namespace tingdu::media::audio
