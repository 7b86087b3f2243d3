#pragma once
// Where decoded or synthesised audio goes. The audiobook engine and the speech engine both
// write into this; the Qt sink (QAudioSink) lives in accessibility/qt.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "tingdu/media/Result.h"

namespace tingdu::media {

/// Interleaved signed 16-bit PCM.
struct AudioFormat {
    int sampleRate = 44100;
    int channels = 2;
    bool operator==(const AudioFormat&) const = default;
};

/// Contract: open() once before write(); write() is called from one producer thread and may
/// block until the sink has room (that is how real-time pacing works); the samples are copied
/// before write() returns. reset() drops whatever is queued (after a seek or a stop).
class AudioSink {
public:
    virtual ~AudioSink() = default;
    /// The format the sink wants; a producer resamples to it. Called before open().
    virtual AudioFormat preferredFormat() const { return {}; }
    virtual Result<void> open(const AudioFormat& format) = 0;
    virtual Result<void> write(const std::int16_t* samples, std::size_t frames) = 0;
    virtual void reset() {}
    /// Blocks until everything written has been played; then the sink may be closed.
    virtual Result<void> drain() { return {}; }
    virtual void close() = 0;
};

/// Discards audio as fast as it comes (benchmarks, tests).
std::unique_ptr<AudioSink> makeNullSink(AudioFormat preferred = {});
/// Writes a canonical PCM WAV file; the header is finalised on close().
std::unique_ptr<AudioSink> makeWavFileSink(const std::string& path, AudioFormat preferred = {});

}  // namespace tingdu::media
