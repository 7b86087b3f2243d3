#include "CompactMp4.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace tingdu::media::audio {

namespace {
constexpr int kBufferSize = 64 * 1024;
}

std::unique_ptr<CompactMp4> CompactMp4::open(const std::string& path)
{
    auto index = Mp4Index::load(path);
    if (!index)
        return nullptr;
    std::unique_ptr<CompactMp4> mp4(new CompactMp4);
    mp4->m_index = std::move(index);
    if (avio_open2(&mp4->m_file, path.c_str(), AVIO_FLAG_READ, nullptr, nullptr) < 0)
        return nullptr;
    mp4->m_size = avio_size(mp4->m_file);
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    if (!buffer)
        return nullptr;
    mp4->m_masked = avio_alloc_context(buffer, kBufferSize, 0, mp4.get(), readMasked, nullptr, seekMasked);
    if (!mp4->m_masked) {
        av_free(buffer);
        return nullptr;
    }
    return mp4;
}

CompactMp4::~CompactMp4()
{
    if (m_masked) {
        av_freep(&m_masked->buffer);
        avio_context_free(&m_masked);
    }
    avio_closep(&m_file);
}

int CompactMp4::readMasked(void* opaque, std::uint8_t* buffer, int size)
{
    auto* self = static_cast<CompactMp4*>(opaque);
    if (avio_seek(self->m_file, self->m_maskedPos, SEEK_SET) < 0)
        return AVERROR(EIO);
    const int got = avio_read(self->m_file, buffer, size);
    if (got <= 0)
        return got == 0 ? AVERROR_EOF : got;
    // Where a hidden table's box type falls in this read, FFmpeg sees "free" and skips the box.
    const std::int64_t from = self->m_maskedPos;
    for (const std::uint64_t typeAt : self->m_index->hiddenTypes()) {
        for (std::int64_t i = 0; i < 4; ++i) {
            const std::int64_t at = static_cast<std::int64_t>(typeAt) + i - from;
            if (at >= 0 && at < got)
                buffer[at] = static_cast<std::uint8_t>("free"[i]);
        }
    }
    self->m_maskedPos += got;
    return got;
}

std::int64_t CompactMp4::seekMasked(void* opaque, std::int64_t offset, int whence)
{
    auto* self = static_cast<CompactMp4*>(opaque);
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return self->m_size;
    case SEEK_SET:
        self->m_maskedPos = offset;
        break;
    case SEEK_CUR:
        self->m_maskedPos += offset;
        break;
    case SEEK_END:
        self->m_maskedPos = self->m_size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    return self->m_maskedPos;
}

void CompactMp4::seek(std::int64_t ts, AVRational timeBase)
{
    m_index->seek(av_rescale_q(ts, timeBase, AVRational{1, static_cast<int>(m_index->timescale())}));
}

int CompactMp4::read(AVPacket* packet, int streamIndex, AVRational timeBase)
{
    Mp4Index::Sample sample;
    if (!m_index->next(sample))
        return AVERROR_EOF;
    // A table pointing past the end is a truncated file: it plays up to where the data stops.
    // (Compared without adding: a lying offset near 2^64 would wrap around.)
    const auto fileSize = static_cast<std::uint64_t>(std::max<std::int64_t>(0, m_size));
    if (sample.offset > fileSize || sample.size > fileSize - sample.offset || sample.size > INT_MAX)
        return AVERROR_EOF;
    int rc = av_new_packet(packet, static_cast<int>(sample.size));
    if (rc < 0)
        return rc;
    if ((rc = static_cast<int>(avio_seek(m_file, static_cast<std::int64_t>(sample.offset), SEEK_SET))) < 0 ||
        (rc = avio_read(m_file, packet->data, static_cast<int>(sample.size))) != static_cast<int>(sample.size)) {
        av_packet_unref(packet);
        return rc < 0 ? rc : AVERROR_EOF;
    }
    const AVRational track{1, static_cast<int>(m_index->timescale())};
    packet->dts = packet->pts = av_rescale_q(sample.dts - m_index->mediaStart(), track, timeBase);
    packet->duration = av_rescale_q(sample.duration, track, timeBase);
    packet->stream_index = streamIndex;
    packet->flags |= AV_PKT_FLAG_KEY;
    return 0;
}

}  // namespace tingdu::media::audio
