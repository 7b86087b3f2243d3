#pragma once
// An audiobook as the engine sees it: clips on one timeline, chapters on that timeline, and how
// to reach remote sources (headers, CA, time-outs).
#include <atomic>
#include <string>
#include <vector>

#include "tingdu/media/Publication.h"

namespace tingdu::media {

/// How remote (http/https) sources are opened. Local files ignore all of it.
struct AudioSourceOptions {
    std::vector<std::string> headers;  ///< "Name: value" request headers (Authorization, ...)
    std::string caFile;                ///< PEM bundle to trust; empty: the system's trust store
    double openTimeoutSeconds = 15;    ///< connect/read stall limit (FFmpeg rw_timeout)
    int reconnectAttempts = 5;         ///< re-opens at the same position after a dropped stream
    /// Set to true from any thread to abandon a pending open or read (AVIOInterruptCB polls it).
    const std::atomic<bool>* cancel = nullptr;
};

struct AudioChapter {
    std::string title;
    int level = 1;
    double start = 0;  ///< seconds on the timeline
    double end = 0;    ///< next chapter's start, or the total duration
};

/// One playable timeline: clips in order, each with its (known or estimated) length.
struct AudioTimeline {
    std::vector<AudioClip> clips;
    /// Length of each clip on the timeline; for clips that play to the end of their source
    /// (end < 0) an estimate (manifest duration or probe); playback re-bases at each clip start.
    std::vector<double> clipDurations;
    std::vector<AudioChapter> chapters;
    AudioSourceOptions source;

    double duration() const;
    /// Timeline start of clip `index` (sum of the durations before it).
    double clipStart(std::size_t index) const;
    /// The clip holding timeline time `t` (the last one for t past the end).
    std::size_t clipAt(double t) const;
    /// Index of the chapter holding `t`, or -1 when there are none or t precedes the first.
    int chapterAt(double t) const;
};

/// Builds the timeline of a publication with audio. Clip lengths come from clip ends, then the
/// reading order's durations, then probing the source. Errors: Unsupported (no audio), and the
/// probe's errors for a source whose length cannot be found.
Result<AudioTimeline> makeAudioTimeline(const Publication& publication, AudioSourceOptions source = {});
/// A timeline over one file or URL (what `tingdu-cli play URL` uses); probes its length and chapters.
Result<AudioTimeline> makeAudioTimeline(const std::string& source, AudioSourceOptions options = {});

}  // namespace tingdu::media
