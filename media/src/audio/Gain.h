#pragma once
// Stage 4: volume and fades, in place on interleaved s16. A new target is reached by a linear
// ramp over 20 ms, so volume changes and the sleep timer's fade never click.
// Thread: the pipeline thread.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "tingdu/media/AudioSink.h"

namespace tingdu::media::audio {

class Gain {
public:
    explicit Gain(AudioFormat format) : m_format(format) {}
    void setTarget(double gain) { m_target = std::clamp(gain, 0.0, 1.0); }
    double target() const { return m_target; }
    /// Sets the level at once (start of a render: there is no earlier level to ramp from).
    void jump(double gain) { m_current = m_target = std::clamp(gain, 0.0, 1.0); }

    void apply(std::int16_t* samples, std::size_t frames)
    {
        if (m_current == 1.0 && m_target == 1.0)
            return;
        const double step = 1.0 / (0.020 * m_format.sampleRate);  // full scale in 20 ms
        const auto channels = static_cast<std::size_t>(m_format.channels);
        for (std::size_t f = 0; f < frames; ++f) {
            if (m_current < m_target)
                m_current = std::min(m_target, m_current + step);
            else if (m_current > m_target)
                m_current = std::max(m_target, m_current - step);
            for (std::size_t c = 0; c < channels; ++c) {
                auto& s = samples[f * channels + c];
                s = static_cast<std::int16_t>(std::lround(s * m_current));
            }
        }
    }

private:
    AudioFormat m_format;
    double m_current = 1.0;
    double m_target = 1.0;
};

}  // namespace tingdu::media::audio
