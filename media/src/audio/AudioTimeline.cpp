#include "tingdu/media/AudioTimeline.h"

#include <algorithm>
#include <map>

#include "AudioInput.h"

namespace tingdu::media {

double AudioTimeline::duration() const
{
    double total = 0;
    for (double d : clipDurations)
        total += d;
    return total;
}

double AudioTimeline::clipStart(std::size_t index) const
{
    double t = 0;
    for (std::size_t i = 0; i < index && i < clipDurations.size(); ++i)
        t += clipDurations[i];
    return t;
}

std::size_t AudioTimeline::clipAt(double t) const
{
    double start = 0;
    for (std::size_t i = 0; i < clipDurations.size(); ++i) {
        if (t < start + clipDurations[i])
            return i;
        start += clipDurations[i];
    }
    return clipDurations.empty() ? 0 : clipDurations.size() - 1;
}

int AudioTimeline::chapterAt(double t) const
{
    int found = -1;
    for (std::size_t i = 0; i < chapters.size(); ++i)
        if (chapters[i].start <= t + 1e-6)
            found = static_cast<int>(i);
    return found;
}

namespace {

void chaptersFromToc(const std::vector<NavPoint>& toc, double total, AudioTimeline& timeline)
{
    for (const auto& n : toc)
        if (n.timeSeconds >= 0)
            timeline.chapters.push_back({n.title, n.level, n.timeSeconds, total});
    std::stable_sort(timeline.chapters.begin(), timeline.chapters.end(),
                     [](const AudioChapter& a, const AudioChapter& b) { return a.start < b.start; });
    for (std::size_t i = 0; i + 1 < timeline.chapters.size(); ++i)
        timeline.chapters[i].end = timeline.chapters[i + 1].start;
}

}  // namespace

Result<AudioTimeline> makeAudioTimeline(const Publication& publication, AudioSourceOptions source)
{
    const AudioContent* audio = publication.audio();
    if (!audio || audio->clips().empty())
        return makeError(ErrorCode::Unsupported, "the publication has no audio to play");
    AudioTimeline timeline;
    timeline.source = std::move(source);
    for (auto& h : audio->requestHeaders())
        timeline.source.headers.push_back(h);
    std::map<std::string, double> known;
    for (const auto& item : publication.readingOrder())
        if (item.durationSeconds > 0)
            known[item.href] = item.durationSeconds;
    std::map<std::string, double> probed;
    for (const auto& clip : audio->clips()) {
        if (clip.source.empty())
            return makeError(ErrorCode::Unsupported, "a track of this audiobook has no address to play it from");
        double length = clip.end >= 0 ? clip.end - clip.begin : -1;
        if (length < 0) {
            if (auto it = known.find(clip.source); it != known.end()) {
                length = it->second - clip.begin;
            } else {
                auto p = probed.find(clip.source);
                if (p == probed.end()) {
                    auto input = audio::AudioInput::open(clip.source, timeline.source);
                    if (!input)
                        return input.error();
                    p = probed.emplace(clip.source, (*input)->duration()).first;
                }
                length = p->second - clip.begin;
            }
        }
        timeline.clips.push_back(clip);
        timeline.clipDurations.push_back(std::max(0.0, length));
    }
    chaptersFromToc(publication.toc(), timeline.duration(), timeline);
    return timeline;
}

Result<AudioTimeline> makeAudioTimeline(const std::string& source, AudioSourceOptions options)
{
    auto input = audio::AudioInput::open(source, options);
    if (!input)
        return input.error();
    AudioTimeline timeline;
    timeline.source = std::move(options);
    AudioClip clip;
    clip.source = source;
    timeline.clips.push_back(std::move(clip));
    timeline.clipDurations.push_back((*input)->duration());
    for (const auto& c : (*input)->chapters())
        timeline.chapters.push_back({c.title, 1, c.start, c.end});
    return timeline;
}

}  // namespace tingdu::media
