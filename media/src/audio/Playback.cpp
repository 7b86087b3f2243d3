#include "Playback.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace tingdu::media::audio {

namespace {
constexpr double kContiguous = 0.005;  // DAISY clips of one file that touch within 5 ms play on
}

Playback::Playback(const AudioTimeline& timeline, AudioFormat format)
    : m_timeline(timeline), m_format(format), m_resampler(format), m_tempo(format)
{
    double t = 0;
    for (double d : timeline.clipDurations) {
        m_clipStarts.push_back(t);
        t += d;
    }
    m_clipStarts.push_back(t);  // the end
}

double Playback::clipEnd() const
{
    const auto& clip = m_timeline.clips[m_clip];
    double end = clip.end >= 0 ? clip.end : 1e12;
    if (m_end >= 0)
        end = std::min(end, clip.begin + (m_end - m_clipTimelineStart));
    return end;
}

Result<void> Playback::openAt(const std::string& source, double sourceSeconds)
{
    if (!m_input || m_input->source() != source) {
        m_input.reset();
        auto input = AudioInput::open(source, m_timeline.source);
        if (!input)
            return input.error();
        m_input = std::move(*input);
        if (sourceSeconds > 0)
            if (auto r = m_input->seek(sourceSeconds); !r)
                return r;
    } else if (auto r = m_input->seek(sourceSeconds); !r) {
        return r;
    }
    m_frame = nullptr;
    m_frameOffset = 0;
    m_sourcePos = m_skipUntil = sourceSeconds;
    return {};
}

Result<void> Playback::seek(double t)
{
    if (m_timeline.clips.empty())
        return makeError(ErrorCode::InvalidArgument, "nothing to play");
    if (m_timeline.clipDurations.size() != m_timeline.clips.size())
        return makeError(ErrorCode::InvalidArgument, "every clip needs a duration on the timeline");
    t = std::clamp(t, 0.0, m_clipStarts.back());
    // The last clip that starts at or before t (skipping zero-length clips at t).
    const auto after = std::upper_bound(m_clipStarts.begin(), m_clipStarts.end() - 1, t);
    m_clip = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, after - m_clipStarts.begin() - 1));
    while (m_clip + 1 < m_timeline.clips.size() && m_timeline.clipDurations[m_clip] <= 0)
        ++m_clip;
    m_clipTimelineStart = m_clipStarts[m_clip];
    const auto& clip = m_timeline.clips[m_clip];
    m_resampler.reset();
    m_tempo.reset();
    m_inPos = m_outPos = t;
    m_inputDone = m_drained = false;
    return openAt(clip.source, clip.begin + (t - m_clipTimelineStart));
}

Result<void> Playback::reconnect(const Error& cause)
{
    // A dropped stream re-opens at the sample where it stopped (Range request), a few times.
    // A TLS read error mid-stream is a dropped connection too; the re-open verifies again.
    const bool dropped =
        cause.code == ErrorCode::Network || cause.code == ErrorCode::Corrupt || cause.code == ErrorCode::Tls;
    if (!m_input || !m_input->isRemote() || !dropped ||
        m_reconnects >= m_timeline.source.reconnectAttempts)
        return cause;
    ++m_reconnects;
    const double resumeAt = m_sourcePos;
    const std::string source = m_input->source();
    m_input.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(100 * m_reconnects));
    if (m_timeline.source.cancel && m_timeline.source.cancel->load())
        return makeError(ErrorCode::Cancelled, "cancelled", source);
    auto r = openAt(source, resumeAt);
    if (!r)
        return reconnect(r.error());
    return {};
}

Result<void> Playback::nextFrame()
{
    for (;;) {
        auto frame = m_input->nextFrame();
        if (frame) {
            m_frame = *frame;
            m_frameOffset = 0;
            if (m_frame)
                m_reconnects = 0;
            return {};
        }
        // Re-opened where it stopped: read on from there. Without this the re-open left no frame,
        // which feed() takes for the end of the file. reconnect() bounds the attempts.
        if (auto r = reconnect(frame.error()); !r)
            return r;
    }
}

Result<void> Playback::feed()
{
    if (!m_frame || m_frameOffset >= m_frame->nb_samples) {
        if (auto r = nextFrame(); !r)
            return r;
        if (!m_frame)
            return advanceClip();  // end of this source
    }
    const double rate = m_frame->sample_rate;
    const double start = m_input->frameStart();
    const int count = m_frame->nb_samples;
    // Sample indexes inside this frame, clamped in double: clip ends can be "never" (1e12 s).
    const auto index = [&](double seconds) {
        return static_cast<int>(std::clamp(std::round((seconds - start) * rate), 0.0, static_cast<double>(count)));
    };
    const int begin = std::max(m_frameOffset, index(m_skipUntil));
    const double end = clipEnd();
    const int stop = index(end);
    if (begin < stop) {
        auto pcm = m_resampler.convert(*m_frame, begin, stop - begin);
        if (!pcm)
            return pcm.error();
        if (auto r = m_tempo.push(pcm->samples, pcm->frames); !r)
            return r;
    }
    m_frameOffset = begin < stop ? stop : std::max(m_frameOffset, std::min(begin, stop));
    m_sourcePos = start + m_frameOffset / rate;
    m_inPos = m_clipTimelineStart + (m_sourcePos - m_timeline.clips[m_clip].begin);
    if (stop < count || m_sourcePos >= end - 0.5 / rate) {
        if (m_end >= 0 && m_inPos >= m_end - 0.5 / rate) {
            m_inputDone = true;
            return {};
        }
        if (stop < count || m_timeline.clips[m_clip].end >= 0)
            return advanceClip();
    }
    return {};
}

Result<void> Playback::advanceClip()
{
    const std::size_t next = m_clip + 1;
    if (next >= m_timeline.clips.size()) {
        m_inputDone = true;
        return {};
    }
    const std::string& previousSource = m_timeline.clips[m_clip].source;
    // Re-base on the next clip's start so estimated clip lengths never drift the timeline.
    const double inFlight = m_inPos - m_outPos;
    m_clip = next;
    m_clipTimelineStart = m_clipStarts[next];
    m_inPos = m_clipTimelineStart;
    m_outPos = m_inPos - inFlight;
    const auto& clip = m_timeline.clips[next];
    if (m_input && m_frame && clip.source == previousSource && std::abs(clip.begin - m_sourcePos) < kContiguous) {
        m_skipUntil = clip.begin;  // same file, touching: keep decoding, no seek
        return {};
    }
    return openAt(clip.source, clip.begin);
}

Result<std::size_t> Playback::read(std::int16_t* out, std::size_t frames)
{
    while (m_tempo.queuedFrames() < frames && !m_drained) {
        if (m_inputDone) {
            auto tail = m_resampler.drain();
            if (tail && tail->frames)
                (void)m_tempo.push(tail->samples, tail->frames);
            if (auto r = m_tempo.drain(); !r)
                return r.error();
            m_drained = true;
            break;
        }
        if (auto r = feed(); !r)
            return r.error();
    }
    const std::size_t n = m_tempo.take(out, frames);
    m_outPos += static_cast<double>(n) * m_tempo.speed() / m_format.sampleRate;
    return n;
}

}  // namespace tingdu::media::audio
