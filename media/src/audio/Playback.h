#pragma once
// Walks an AudioTimeline clip by clip through the stages (AudioInput → Resampler → TempoFilter)
// and hands out PCM in the sink's format. Thread: one thread at a time (the engine thread or the
// renderAudio() caller). seek() resets every stage; read() never returns samples from before it.
#include <memory>
#include <vector>

#include "AudioInput.h"
#include "Resampler.h"
#include "TempoFilter.h"

namespace tingdu::media::audio {

class Playback {
public:
    /// `timeline` must outlive the Playback.
    Playback(const AudioTimeline& timeline, AudioFormat format);

    /// Goes to timeline second `t` (clamped); opens or re-uses the source that holds it.
    Result<void> seek(double t);
    Result<void> setSpeed(double speed) { return m_tempo.setSpeed(speed); }
    double speed() const { return m_tempo.speed(); }
    /// Input stops at timeline second `t` (offline rendering of a stretch); < 0: the end.
    void setEnd(double t) { m_end = t; }
    /// Up to `frames` frames of output; 0 only when everything has been played.
    Result<std::size_t> read(std::int16_t* out, std::size_t frames);
    /// Timeline second of the next sample read() hands out.
    double position() const { return m_outPos; }
    std::size_t clipIndex() const { return m_clip; }

private:
    Result<void> feed();
    Result<void> nextFrame();
    Result<void> advanceClip();
    Result<void> openAt(const std::string& source, double sourceSeconds);
    Result<void> reconnect(const Error& cause);
    double clipEnd() const;

    const AudioTimeline& m_timeline;
    std::vector<double> m_clipStarts;  // prefix sums: DAISY books have thousands of clips
    AudioFormat m_format;
    Resampler m_resampler;
    TempoFilter m_tempo;
    std::unique_ptr<AudioInput> m_input;
    const AVFrame* m_frame = nullptr;
    int m_frameOffset = 0;       // samples of m_frame already consumed
    std::size_t m_clip = 0;
    double m_clipTimelineStart = 0;
    double m_sourcePos = 0;      // source second of the next sample to feed
    double m_skipUntil = 0;      // source samples before this are dropped (seek target)
    double m_inPos = 0;          // timeline second of the input fed so far
    double m_outPos = 0;         // timeline second of the output handed out so far
    double m_end = -1;
    bool m_inputDone = false;
    bool m_drained = false;
    int m_reconnects = 0;
};

}  // namespace tingdu::media::audio
