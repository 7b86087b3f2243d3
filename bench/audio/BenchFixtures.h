#pragma once
// What the audio benchmarks share: cached long fixtures, CPU and wall clocks, a sink that
// paces like a sound card and notes when audio arrives.
#include <atomic>
#include <chrono>
#include <string>

#include "tingdu/media/AudioPlayer.h"

namespace tingdu::bench {

/// One hour of 64 kb/s mono MP3 and a 20-hour low-bitrate M4B, made once with ffmpeg and
/// kept in $TMPDIR/tingdu-bench-audio (they take a minute to make).
std::string oneHourMp3();
std::string twentyHourM4b();

double cpuSeconds();          ///< this process, user + system
double childCpuSeconds();     ///< finished children, user + system
double wallSeconds();
/// Runs a shell command; returns its wall time in seconds (negative on failure).
double runTimed(const std::string& command);
/// Runs a shell command; returns its own peak RSS in kB (negative on failure).
long runPeakRssKb(const std::string& command);

/// Discards audio; paces at real time when asked; records when the first write after a reset
/// arrived (seek latency).
class PacedSink final : public media::AudioSink {
public:
    explicit PacedSink(bool realTime, media::AudioFormat format = {}) : m_realTime(realTime), m_format(format) {}
    media::AudioFormat preferredFormat() const override { return m_format; }
    media::Result<void> open(const media::AudioFormat& f) override;
    media::Result<void> write(const std::int16_t*, std::size_t frames) override;
    void reset() override { m_armed = true; }
    void close() override {}
    /// Arms the sink: the next write stores its time in firstWrite.
    void arm() { m_armed = true; m_firstWrite = 0; }
    double firstWrite() const { return m_firstWrite; }

private:
    bool m_realTime;
    media::AudioFormat m_format;
    std::atomic<bool> m_armed{false};
    std::atomic<double> m_firstWrite{0};
    std::chrono::steady_clock::time_point m_next;
};

/// Median seek-to-first-audio latency (seconds) of `player` over `count` targets spread
/// through `duration`; the player is paused between seeks.
double medianSeekLatency(media::AudioPlayer& player, PacedSink& sink, double duration, int count);

/// "name: value unit (peer: value, ratio)"
void report(const std::string& name, double value, const std::string& unit, const std::string& peer, double peerValue);

#ifdef TINGDU_BENCH_HTTPS
/// Seek latency over HTTPS on loopback (test server and CA from tests/support).
double httpsSeekLatency(const std::string& file, double duration);
#endif

}  // namespace tingdu::bench
