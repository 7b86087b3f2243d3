#include "Resampler.h"

namespace tingdu::media::audio {

Result<void> Resampler::configure(const AVFrame& frame)
{
    if (m_swr && frame.sample_rate == m_inRate && frame.format == m_inFormat &&
        av_channel_layout_compare(&frame.ch_layout, &m_inLayout) == 0)
        return {};
    if (m_swr) {  // the next source differs: keep what the old converter still holds
        if (auto r = run(nullptr, 0, true); !r)
            return r;
    }
    av_channel_layout_uninit(&m_inLayout);
    if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || frame.ch_layout.nb_channels <= 0)
        av_channel_layout_default(&m_inLayout, std::max(1, frame.ch_layout.nb_channels));
    else
        av_channel_layout_copy(&m_inLayout, &frame.ch_layout);
    AVChannelLayout outLayout{};
    av_channel_layout_default(&outLayout, m_out.channels);
    SwrContext* raw = nullptr;
    int rc = swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_S16, m_out.sampleRate, &m_inLayout,
                                       static_cast<AVSampleFormat>(frame.format), frame.sample_rate, 0, nullptr);
    av_channel_layout_uninit(&outLayout);
    m_swr.reset(raw);
    // A mono recording goes to every speaker at full level (swresample's default is -3 dB).
    if (rc >= 0 && m_inLayout.nb_channels == 1 && m_out.channels <= 8) {
        const double full[8] = {1, 1, 1, 1, 1, 1, 1, 1};
        rc = swr_set_matrix(raw, full, 1);
    }
    if (rc < 0 || swr_init(raw) < 0) {
        m_swr.reset();
        return makeError(ErrorCode::Unsupported, "cannot convert this audio to the output format");
    }
    m_inRate = frame.sample_rate;
    m_inFormat = frame.format;
    return {};
}

Result<void> Resampler::run(const std::uint8_t* const* in, int inCount, bool append)
{
    if (!append)
        m_buffer.clear();
    const int room = swr_get_out_samples(m_swr.get(), inCount);
    if (room <= 0)
        return {};
    const std::size_t used = m_buffer.size();
    m_buffer.resize(used + static_cast<std::size_t>(room) * m_out.channels);
    auto* out = reinterpret_cast<std::uint8_t*>(m_buffer.data() + used);
    const int got = swr_convert(m_swr.get(), &out, room, const_cast<const std::uint8_t**>(in), inCount);
    if (got < 0) {
        m_buffer.resize(used);
        return makeError(ErrorCode::Corrupt, "cannot convert the decoded audio");
    }
    m_buffer.resize(used + static_cast<std::size_t>(got) * m_out.channels);
    return {};
}

Result<PcmSpan> Resampler::convert(const AVFrame& frame, int offset, int count)
{
    m_buffer.clear();
    if (auto r = configure(frame); !r)
        return r.error();
    const int channels = frame.ch_layout.nb_channels;
    const int bytes = av_get_bytes_per_sample(static_cast<AVSampleFormat>(frame.format));
    const std::uint8_t* planes[AV_NUM_DATA_POINTERS] = {};
    if (av_sample_fmt_is_planar(static_cast<AVSampleFormat>(frame.format))) {
        for (int c = 0; c < channels && c < AV_NUM_DATA_POINTERS; ++c)
            planes[c] = frame.extended_data[c] + static_cast<std::ptrdiff_t>(offset) * bytes;
    } else {
        planes[0] = frame.extended_data[0] + static_cast<std::ptrdiff_t>(offset) * bytes * channels;
    }
    if (auto r = run(planes, count, true); !r)
        return r.error();
    return PcmSpan{m_buffer.data(), m_buffer.size() / static_cast<std::size_t>(m_out.channels)};
}

Result<PcmSpan> Resampler::drain()
{
    m_buffer.clear();
    if (m_swr)
        if (auto r = run(nullptr, 0, true); !r)
            return r.error();
    return PcmSpan{m_buffer.data(), m_buffer.size() / static_cast<std::size_t>(m_out.channels)};
}

void Resampler::reset()
{
    m_swr.reset();  // configure() builds a fresh one for the next frame
    m_inRate = 0;
    m_inFormat = -1;
}

}  // namespace tingdu::media::audio
