#include "AudioEncoder.h"

extern "C" {
#include <libavutil/opt.h>
}

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace tingdu::accessibility {

using media::ErrorCode;
using media::makeError;

EncodedFileSink::EncodedFileSink(std::string path, AudioContainer container, int bitRate)
    : m_path(std::move(path)), m_partPath(m_path + ".part-" + std::to_string(::getpid())), m_container(container),
      m_bitRate(bitRate)
{
}

EncodedFileSink::~EncodedFileSink()
{
    if (!m_finished) {
        m_out.reset();
        std::remove(m_partPath.c_str());
    }
}

media::Result<void> EncodedFileSink::open(const media::AudioFormat& format)
{
    if (format.channels != 1)
        return makeError(ErrorCode::InvalidArgument, "the speech encoder takes mono audio", m_path);
    quietFfmpeg();
    const bool aac = m_container == AudioContainer::M4b;
    AVFormatContext* raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, aac ? "mp4" : "mp3", m_partPath.c_str()) < 0 || !raw)
        return makeError(ErrorCode::Internal, "FFmpeg lacks the muxer", m_path);
    m_out.reset(raw);
    const AVCodec* codec = aac ? avcodec_find_encoder(AV_CODEC_ID_AAC) : avcodec_find_encoder_by_name("libmp3lame");
    if (!codec)
        return makeError(ErrorCode::Unsupported, aac ? "FFmpeg has no AAC encoder" : "FFmpeg has no MP3 encoder", m_path);
    m_codec.reset(avcodec_alloc_context3(codec));
    // LAME takes 16-bit planar as is (no conversion either side); FFmpeg's AAC wants float.
    m_codec->sample_fmt = aac ? AV_SAMPLE_FMT_FLTP : AV_SAMPLE_FMT_S16P;
    m_codec->sample_rate = format.sampleRate;
    av_channel_layout_default(&m_codec->ch_layout, 1);
    m_codec->bit_rate = m_bitRate;
    m_codec->time_base = AVRational{1, format.sampleRate};
    // Encoding costs more CPU than eSpeak's synthesis (measured: AAC ~4.5x, LAME ~2x per audio
    // second), so take the encoders' cheapest settings that still suit speech: AAC's fast coder
    // without noise substitution, coding up to 8 kHz (wideband speech; the encoder's cost grows
    // with the band it codes); LAME's quality level 9.
    if (aac) {
        av_opt_set(m_codec->priv_data, "aac_coder", "fast", 0);
        av_opt_set_int(m_codec->priv_data, "aac_pns", 0, 0);
        m_codec->cutoff = std::min(8000, format.sampleRate / 2);
    } else {
        m_codec->compression_level = 9;
    }
    if (m_out->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (int rc = avcodec_open2(m_codec.get(), codec, nullptr); rc < 0)
        return makeError(ErrorCode::Internal, "cannot open the audio encoder: " + avErrorText(rc), m_path);
    m_stream = avformat_new_stream(m_out.get(), nullptr);
    avcodec_parameters_from_context(m_stream->codecpar, m_codec.get());
    m_stream->time_base = m_codec->time_base;
    if (int rc = avio_open(&m_out->pb, m_partPath.c_str(), AVIO_FLAG_WRITE); rc < 0)
        return ioError(rc, "cannot create the file", m_path);
    AVDictionary* options = nullptr;
    if (!aac) {
        av_dict_set(&options, "id3v2_version", "0", 0);  // pieces are concatenated later
        av_dict_set(&options, "write_xing", "0", 0);
    }
    const int rc = avformat_write_header(m_out.get(), &options);
    av_dict_free(&options);
    if (rc < 0)
        return ioError(rc, "cannot write the audio header", m_path);
    // One frame, reused: refilled in place unless the encoder still holds it.
    m_frameSize = static_cast<std::size_t>(m_codec->frame_size > 0 ? m_codec->frame_size : 1152);
    m_frame.reset(av_frame_alloc());
    m_packet.reset(av_packet_alloc());
    if (!m_frame || !m_packet)
        return makeError(ErrorCode::Internal, "out of memory", m_path);
    m_frame->nb_samples = static_cast<int>(m_frameSize);
    m_frame->format = m_codec->sample_fmt;
    m_frame->sample_rate = m_codec->sample_rate;
    av_channel_layout_copy(&m_frame->ch_layout, &m_codec->ch_layout);
    if (av_frame_get_buffer(m_frame.get(), 0) < 0)
        return makeError(ErrorCode::Internal, "out of memory", m_path);
    return {};
}

media::Result<void> EncodedFileSink::encode(const AVFrame* frame)
{
    if (int rc = avcodec_send_frame(m_codec.get(), frame); rc < 0)
        return makeError(ErrorCode::Internal, "the audio encoder failed: " + avErrorText(rc), m_path);
    for (;;) {
        const int rc = avcodec_receive_packet(m_codec.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return makeError(ErrorCode::Internal, "the audio encoder failed: " + avErrorText(rc), m_path);
        av_packet_rescale_ts(m_packet.get(), m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        if (int w = av_interleaved_write_frame(m_out.get(), m_packet.get()); w < 0)
            return ioError(w, "cannot write audio", m_path);
    }
}

media::Result<void> EncodedFileSink::write(const std::int16_t* samples, std::size_t frames)
{
    if (!m_codec)
        return makeError(ErrorCode::Internal, "the encoder is not open", m_path);
    // Samples go straight into the encoder's frame; a frame is sent whenever it is full.
    while (frames > 0) {
        if (m_filled == 0 && av_frame_make_writable(m_frame.get()) < 0)
            return makeError(ErrorCode::Internal, "out of memory", m_path);
        const std::size_t take = std::min(frames, m_frameSize - m_filled);
        if (m_codec->sample_fmt == AV_SAMPLE_FMT_S16P) {
            std::copy_n(samples, take, reinterpret_cast<std::int16_t*>(m_frame->data[0]) + m_filled);
        } else {
            float* out = reinterpret_cast<float*>(m_frame->data[0]) + m_filled;
            for (std::size_t i = 0; i < take; ++i)
                out[i] = static_cast<float>(samples[i]) * (1.0f / 32768.0f);
        }
        m_filled += take;
        samples += take;
        frames -= take;
        if (m_filled == m_frameSize) {
            m_filled = 0;
            m_frame->pts = m_nextPts;
            m_nextPts += static_cast<std::int64_t>(m_frameSize);
            if (auto r = encode(m_frame.get()); !r)
                return r;
        }
    }
    return {};
}

media::Result<void> EncodedFileSink::finish()
{
    if (m_finished || !m_codec)
        return {};
    if (m_filled > 0) {
        // The last, short frame: pad with silence to a whole frame (the encoders want that).
        const std::vector<std::int16_t> pad(m_frameSize - m_filled, 0);
        if (auto r = write(pad.data(), pad.size()); !r)
            return r;
    }
    if (auto r = encode(nullptr); !r)
        return r;
    if (int rc = av_write_trailer(m_out.get()); rc < 0)
        return ioError(rc, "cannot finish the audio file", m_path);
    if (int rc = avio_closep(&m_out->pb); rc < 0)
        return ioError(rc, "cannot finish the audio file", m_path);
    m_out.reset();
    if (std::rename(m_partPath.c_str(), m_path.c_str()) != 0) {
        std::remove(m_partPath.c_str());
        return makeError(ErrorCode::Io, "cannot move the finished audio into place", m_path);
    }
    m_finished = true;
    return {};
}

}  // namespace tingdu::accessibility
