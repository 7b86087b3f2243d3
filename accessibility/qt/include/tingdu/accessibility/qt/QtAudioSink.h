#pragma once
// media::AudioSink over QAudioSink (Qt Multimedia's PulseAudio/ALSA output; never the FFmpeg
// media backend): the audiobook engine and read-aloud write into it from their own threads.
#include <memory>

#include "tingdu/media/AudioSink.h"

namespace tingdu::accessibility::qt {

/// Process-wide hearing-safety limit (0..1, default 1) applied to every QtAudioSink's samples;
/// an administrator's limit (station mode) is set here once and no volume control exceeds it.
void setVolumeLimit(double limit);
double volumeLimit();

/// True when the system reports a default audio output device. Call it once on the GUI thread
/// at startup: Qt Multimedia's device list made first from a worker thread comes back empty
/// (it also makes the AudioOutputWatch there).
bool hasAudioOutput();

/// Pull-mode QAudioSink fed from a ring buffer.
/// Threads: QAudioSink needs an event loop, so the sink owns a small "audio output" QThread that
/// pulls from the ring; open()/write()/reset()/drain()/close() are called from ONE producer
/// thread (the engine's), which is never the GUI thread's problem: nothing here waits for it.
/// write() blocks while the ring (about 300 ms) is full — that paces the producer in real time.
/// Errors: open() gives Unsupported when there is no output device, Io when the device refuses
/// the stream; write() gives Io when the device failed since.
/// Device: the one chosenOutput() names (AudioOutput.h), else the default. When another is
/// chosen, the chosen one is unplugged or plugged back, or the device fails, write() moves the
/// stream (what is queued is kept) to the output in force.
class QtAudioSink final : public media::AudioSink {
public:
    /// Listening: a book or read-aloud, which keeps a station's visitor from counting as idle;
    /// Interface: Tingdu speaking its own interface, which does not.
    enum class Purpose { Listening, Interface };
    explicit QtAudioSink(Purpose purpose = Purpose::Listening);
    ~QtAudioSink() override;

    media::AudioFormat preferredFormat() const override;
    media::Result<void> open(const media::AudioFormat& format) override;
    media::Result<void> write(const std::int16_t* samples, std::size_t frames) override;
    void reset() override;
    media::Result<void> drain() override;
    void close() override;

    /// The listener's volume, 0..1 (any thread); multiplied by volumeLimit().
    void setVolume(double volume);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

std::unique_ptr<media::AudioSink> makeQtAudioSink(QtAudioSink::Purpose purpose = QtAudioSink::Purpose::Listening);

}  // namespace tingdu::accessibility::qt
