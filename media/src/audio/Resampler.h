#pragma once
// Stage 2: swresample from whatever the decoder gives to the sink's interleaved s16 format.
// Thread: the pipeline thread. convert() returns a buffer the Resampler owns, valid until the
// next call. A change of input format (the next source) drains the old converter first.
// reset() (after a seek) drops the converter's delay line.
#include <cstdint>
#include <vector>

#include "AvHandles.h"
#include "tingdu/media/AudioSink.h"

namespace tingdu::media::audio {

struct PcmSpan {
    const std::int16_t* samples = nullptr;
    std::size_t frames = 0;
};

class Resampler {
public:
    explicit Resampler(AudioFormat out) : m_out(out) {}
    ~Resampler() { av_channel_layout_uninit(&m_inLayout); }
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    /// Converts frames [offset, offset + count) of `frame`.
    Result<PcmSpan> convert(const AVFrame& frame, int offset, int count);
    /// Whatever the converter still holds (end of the timeline).
    Result<PcmSpan> drain();
    void reset();
    const AudioFormat& format() const { return m_out; }

private:
    Result<void> configure(const AVFrame& frame);
    Result<void> run(const std::uint8_t* const* in, int inCount, bool append);

    AudioFormat m_out;
    SwrPtr m_swr;
    int m_inRate = 0;
    int m_inFormat = -1;
    AVChannelLayout m_inLayout{};
    std::vector<std::int16_t> m_buffer;
};

}  // namespace tingdu::media::audio
