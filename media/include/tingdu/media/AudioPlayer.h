#pragma once
// The audiobook engine: plays an AudioTimeline into an AudioSink on its own worker thread, or
// renders it offline as fast as possible.
//
// Pipeline, one stage per class (media/src/audio), all driven by ONE thread — the engine thread
// for AudioPlayer, the caller's thread for renderAudio():
//   AudioInput    demux + decode one source (file or URL). Owns its AVFormatContext/AVCodecContext;
//                 hands out AVFrames it owns until the next call. seek() flushes the decoder and
//                 drops samples before the target, so the first frame after a seek starts exactly
//                 there (±1 sample). Re-used across clips of the same source (DAISY) while they are
//                 contiguous; re-opens and seeks back after a dropped HTTP connection.
//   Resampler     swresample to the sink's AudioFormat (interleaved s16). Owns its output buffer,
//                 valid until the next call. A seek resets its delay line (reset()).
//   TempoFilter   libavfilter atempo (chained above 2.0×), pitch kept. Speed changes go through
//                 avfilter_graph_send_command (no gap); bypassed at 1.0×. A seek drops its queue.
//   Gain          volume and fades, ramped over 20 ms so changes never click; in place.
//   AudioSink     copies the samples before write() returns; write() blocks to pace real time.
//                 reset() is called after every seek and stop.
//
// Thread contract: every public method may be called from any thread; they only post commands
// the engine thread applies within one chunk (≤ 20 ms of audio) plus what the sink has queued.
// Callbacks run ON THE ENGINE THREAD: they must return quickly and must not call back into the
// player synchronously waiting for it; the Qt side re-posts them with a queued connection.
#include <functional>
#include <memory>
#include <string>

#include "tingdu/media/AudioSink.h"
#include "tingdu/media/AudioTimeline.h"

namespace tingdu::media {

enum class PlaybackState { Stopped, Playing, Paused, Finished };

struct PlayerCallbacks {
    std::function<void(double seconds)> position;         ///< ≥ 10 times per second while playing
    std::function<void(PlaybackState)> state;
    std::function<void(int chapter)> chapterChanged;     ///< index into AudioTimeline::chapters
    std::function<void(const Error&)> error;            ///< then the state goes to Stopped
    std::function<void()> finished;                     ///< end of the timeline; then state Finished
};

/// Sleep timer: stop after a listening time, or at the end of the current chapter, fading out.
struct SleepTimer {
    enum class Mode { Off, AfterSeconds, EndOfChapter };
    Mode mode = Mode::Off;
    double seconds = 0;       ///< AfterSeconds: wall-clock seconds from now
    double fadeSeconds = 3;   ///< fade-out length before the pause
};

class AudioPlayer {
public:
    /// The sink is used only on the engine thread from the first play() until destruction.
    AudioPlayer(std::unique_ptr<AudioSink> sink, PlayerCallbacks callbacks = {});
    /// Stops the engine thread (joins it) and closes the sink.
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    /// Replaces what is played; the position goes to `startSeconds` (a saved position) and the
    /// state to Paused. Nothing is opened until play().
    void load(AudioTimeline timeline, double startSeconds = 0);
    void play();
    void pause();
    void seek(double seconds);           ///< absolute, clamped to the timeline
    void seekRelative(double delta);     ///< ±N seconds
    void nextChapter();
    void previousChapter();              ///< restarts the chapter when more than 3 s into it
    void goToChapter(int index);
    void setSpeed(double speed);         ///< clamped to 0.5–3.0; pitch is kept
    void setVolume(double volume);       ///< 0–1 linear gain
    void setSleepTimer(SleepTimer timer);

    /// Last position the engine reported (any thread).
    double position() const;
    PlaybackState state() const;

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
};

struct RenderOptions {
    double startSeconds = 0;
    double durationSeconds = -1;  ///< timeline seconds to play; < 0: to the end
    double speed = 1.0;
    double volume = 1.0;
};

struct RenderResult {
    double timelineSeconds = 0;  ///< how much of the book was played
    std::size_t framesWritten = 0;
};

/// Plays the timeline into `sink` on the calling thread as fast as the sink takes it: exactly
/// the samples a listener would hear with these options. Opens and closes the sink.
Result<RenderResult> renderAudio(const AudioTimeline& timeline, AudioSink& sink, const RenderOptions& options);

}  // namespace tingdu::media
