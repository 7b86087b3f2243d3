#pragma once
// eSpeak's mono 22 kHz → whatever the sink asked for. Linear interpolation is plenty for speech
// and keeps latency at zero (no filter delay).
#include <cstdint>
#include <vector>

#include "tingdu/media/AudioSink.h"

namespace tingdu::accessibility {

class PcmConverter {
public:
    PcmConverter(media::AudioFormat in, media::AudioFormat out) : m_in(in), m_out(out) {}

    /// Converts COUNT mono input samples and writes them; returns the frames written.
    media::Result<std::size_t> push(const std::int16_t* samples, std::size_t count, media::AudioSink& sink)
    {
        if (m_in == m_out)
            return write(samples, count, sink);
        const double step = static_cast<double>(m_in.sampleRate) / m_out.sampleRate;
        const auto channels = static_cast<std::size_t>(m_out.channels);
        m_buffer.clear();
        // Positions are relative to the previous chunk's last sample (index -1 = m_last).
        for (; m_pos < static_cast<double>(count) - 1.0; m_pos += step) {
            const double p = m_pos;
            const auto i = static_cast<long>(p < 0 ? -1 : p);
            const double frac = p - static_cast<double>(i);
            const double a = i < 0 ? m_last : samples[i];
            const double b = samples[i + 1];
            const auto v = static_cast<std::int16_t>(a + (b - a) * frac);
            m_buffer.insert(m_buffer.end(), channels, v);
        }
        m_pos -= static_cast<double>(count);
        if (count > 0)
            m_last = samples[count - 1];
        return write(m_buffer.data(), m_buffer.size() / channels, sink);
    }

private:
    static media::Result<std::size_t> write(const std::int16_t* s, std::size_t frames, media::AudioSink& sink)
    {
        if (frames == 0)
            return std::size_t{0};
        if (auto r = sink.write(s, frames); !r)
            return r.error();
        return frames;
    }

    media::AudioFormat m_in;
    media::AudioFormat m_out;
    std::vector<std::int16_t> m_buffer;
    double m_pos = -1.0;
    std::int16_t m_last = 0;
};

}  // namespace tingdu::accessibility
