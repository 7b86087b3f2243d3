#pragma once
// The one Publication class every audiobook reader fills in (single file, folder, playlist,
// Readium manifest, W3C LPF, packaged zip): the readers differ only in how they find tracks.
#include <filesystem>
#include <string>
#include <vector>

#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/Publication.h"

namespace tingdu::media::audio {

/// A track as a reader found it, before probing: what is known may be partial.
struct TrackRef {
    std::string source;       ///< absolute path or URL; empty when the manifest gives none
    std::string title;
    std::string mediaType;
    double duration = 0;      ///< 0: unknown (probed when local)
    bool encrypted = false;   ///< LCP and other DRM schemes
    std::string encryptionScheme;  ///< properties.encrypted.scheme, when the manifest gives one
};

struct AudiobookData {
    Format format = Format::AudioFile;
    Metadata metadata;
    std::vector<ReadingOrderItem> readingOrder;
    std::vector<NavPoint> toc;
    std::vector<std::string> warnings;
    std::vector<AudioClip> clips;
    std::filesystem::path cacheDir;  ///< extracted package entries, removed with the publication
};

class AudiobookPublication final : public Publication, public AudioContent {
public:
    explicit AudiobookPublication(AudiobookData data) : m_data(std::move(data)) {}
    ~AudiobookPublication() override;
    AudiobookPublication(const AudiobookPublication&) = delete;
    AudiobookPublication& operator=(const AudiobookPublication&) = delete;

    Format format() const override { return m_data.format; }
    const Metadata& metadata() const override { return m_data.metadata; }
    const std::vector<ReadingOrderItem>& readingOrder() const override { return m_data.readingOrder; }
    const std::vector<NavPoint>& toc() const override { return m_data.toc; }
    const std::vector<NavPoint>& pageList() const override { return m_noPages; }
    const std::vector<std::string>& warnings() const override { return m_data.warnings; }
    const AudioContent* audio() const override { return this; }
    const std::vector<AudioClip>& clips() const override { return m_data.clips; }

private:
    AudiobookData m_data;
    std::vector<NavPoint> m_noPages;
};

/// Fills readingOrder, clips and the duration from `tracks`, probing local tracks whose
/// duration is unknown. When `chaptersPerTrack` is set, tracks without embedded chapters get a
/// TOC entry each; embedded chapters (AVChapter) are offset to the track's start.
/// Remote tracks of unknown length are probed only when `remote` gives the options to reach them.
/// Errors: Empty (no tracks), and the probe's errors for a broken single file.
Result<void> addTracks(AudiobookData& data, const std::vector<TrackRef>& tracks, bool chaptersFromFiles,
                       const AudioSourceOptions* remote = nullptr);

/// The scheme Readium LCP marks encrypted resources with (properties.encrypted.scheme).
inline constexpr const char* kLcpScheme = "http://readium.org/2014/01/lcp";
/// DrmProtected, worded for a listener: what the book is, that Tingdu cannot play it, what to do.
Error lcpProtected(const std::string& subject);

/// Natural order: "track2" before "track10", case-insensitive.
bool naturalLess(const std::string& a, const std::string& b);
/// True for names that end like an audio file (.mp3, .m4b, ...).
bool hasAudioExtension(const std::string& name);

}  // namespace tingdu::media::audio
