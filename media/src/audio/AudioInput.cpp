#include "AudioInput.h"

#include <cmath>
#include <cstring>
#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tingdu::media::audio {

namespace {

constexpr double kPreroll = 0.3;

int interruptCallback(void* opaque)
{
    const auto* cancel = static_cast<const std::atomic<bool>*>(opaque);
    return cancel && cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

std::string headerBlock(const std::vector<std::string>& headers)
{
    std::string block;
    for (const auto& h : headers) {
        // A header with a line break would smuggle a second one in; drop it.
        if (h.find_first_of("\r\n") != std::string::npos || h.find(':') == std::string::npos)
            continue;
        block += h + "\r\n";
    }
    return block;
}

// FFmpeg's MP4 demuxer reads a long book's sample tables into blocks of megabytes (6 MB each
// for 20 hours) and frees them once its index is built. glibc raises its mmap threshold after
// the first such block is freed, so from the second file on they land in the heap and stay
// resident: 12 MB held for nothing while a 20-hour book plays. A fixed threshold keeps every
// block of 1 MiB or more in its own mapping, returned to the system when freed.
void keepLargeBlocksUnmapped()
{
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_MMAP_THRESHOLD, 1 << 20); });
#endif
}

// An MP4 whose index (moov) follows the audio, from a server that ignores Range requests:
// FFmpeg reads through the audio to reach the index and cannot go back: its demuxer fails
// ("partial file", invalid data) before the first packet, which looked like a dropped
// connection, and the re-open after it like the end of the book: nothing played, no error.
// (A file small enough to stay in FFmpeg's buffer plays; so does any seekable source.)
bool cannotSeekBackToTheAudio(const AVFormatContext* format, bool remote, double duration)
{
    return remote && format->pb && !(format->pb->seekable & AVIO_SEEKABLE_NORMAL) &&
           std::strstr(format->iformat->name, "mp4") && duration > 0;
}

}  // namespace

void setRemoteOptions(Dictionary& opts, const AudioSourceOptions& options)
{
    const auto timeoutUs = std::to_string(static_cast<std::int64_t>(options.openTimeoutSeconds * 1e6));
    opts.set("rw_timeout", timeoutUs);
    opts.set("timeout", timeoutUs);
    opts.set("headers", headerBlock(options.headers));
    // FFmpeg does not verify certificates unless asked; we always ask.
    opts.set("tls_verify", "1");
    if (!options.caFile.empty())
        opts.set("ca_file", options.caFile);
    // FFmpeg re-requests a stream that drops mid-body (Range from the same byte); a failed
    // open is not retried here, so the time-out means what it says. Playback re-opens
    // after errors FFmpeg gives up on.
    opts.set("reconnect", "1");
    opts.set("reconnect_delay_max", "2");
    opts.set("user_agent", "Tingdu");
}

int interruptOnCancel(void* opaque)
{
    return interruptCallback(opaque);
}

bool isRemoteSource(const std::string& source)
{
    return source.rfind("http://", 0) == 0 || source.rfind("https://", 0) == 0;
}

AudioInput::~AudioInput() = default;

Result<std::unique_ptr<AudioInput>> AudioInput::open(const std::string& source, const AudioSourceOptions& options)
{
    keepLargeBlocksUnmapped();
    std::unique_ptr<AudioInput> input(new AudioInput);
    LogCapture capture;
    if (auto r = input->openInternal(source, options, true); !r)
        return r.error();
    return input;
}

Result<void> AudioInput::openInternal(const std::string& source, const AudioSourceOptions& options, bool compact)
{
    m_source = source;
    m_remote = isRemoteSource(source);
    m_cancel = options.cancel;
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw)
        return makeError(ErrorCode::Internal, "out of memory", source);
    raw->interrupt_callback.callback = interruptCallback;
    raw->interrupt_callback.opaque = const_cast<std::atomic<bool>*>(options.cancel);

    // Local MP4/M4B: our compact sample table instead of FFmpeg's index (Mp4Index.h).
    m_compact = compact && !m_remote ? CompactMp4::open(source) : nullptr;
    if (m_compact) {
        raw->pb = m_compact->io();
        raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    }
    Dictionary opts;
    if (m_remote)
        setRemoteOptions(opts, options);
    // MP4: keep the sample index as stored instead of rebuilding a copy for edit lists; a
    // 20-hour M4B's index is tens of MB, and the copy doubles the peak.
    opts.set("advanced_editlist", "0");
    int rc = avformat_open_input(&raw, source.c_str(), nullptr, opts.out());
    if (rc < 0 && m_cancel && m_cancel->load())  // TLS reports an interrupted handshake as EIO
        return makeError(ErrorCode::Cancelled, "opening was cancelled", source);
    if (rc < 0 && m_compact)  // what FFmpeg refuses with tables hidden, it may read whole
        return openInternal(source, options, false);
    if (rc < 0)  // avformat_open_input frees the context on failure
        return avError(rc, "cannot open the audio", source);
    m_format.reset(raw);
    if ((rc = avformat_find_stream_info(raw, nullptr)) < 0)
        return avError(rc, "cannot read the audio stream", source);

    const AVCodec* codec = nullptr;
    m_stream = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (m_stream == AVERROR_STREAM_NOT_FOUND)
        return makeError(ErrorCode::Unsupported, "the file holds no audio stream", source);
    if (m_stream < 0 || !codec)
        return makeError(ErrorCode::Unsupported, "the audio codec is not supported", source);
    if (m_compact && m_stream != m_compact->stream()) {  // FFmpeg disagrees: let it read alone
        m_format.reset();
        return openInternal(source, options, false);
    }
    // Cover art and other streams are never read: cheaper demuxing, no attached-picture bursts.
    for (unsigned i = 0; i < raw->nb_streams; ++i)
        if (static_cast<int>(i) != m_stream)
            raw->streams[i]->discard = AVDISCARD_ALL;

    AVStream* stream = raw->streams[m_stream];
    m_codec.reset(avcodec_alloc_context3(codec));
    if (!m_codec || avcodec_parameters_to_context(m_codec.get(), stream->codecpar) < 0)
        return makeError(ErrorCode::Internal, "cannot set up the decoder", source);
    m_codec->pkt_timebase = stream->time_base;
    m_codec->thread_count = 1;
    if ((rc = avcodec_open2(m_codec.get(), codec, nullptr)) < 0)
        return makeError(ErrorCode::Unsupported, "the audio codec cannot be decoded", source);
    m_timeBase = av_q2d(stream->time_base);
    // Compact packets are already timed from the first presented sample.
    m_startPts = m_compact || stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    m_packet.reset(av_packet_alloc());
    m_frame.reset(av_frame_alloc());
    if (!m_packet || !m_frame)
        return makeError(ErrorCode::Internal, "out of memory", source);
    return {};
}

Result<void> AudioInput::seek(double seconds)
{
    LogCapture capture;
    // Land a little early: MP3's bit reservoir and AAC's overlap need the frames before the
    // target to decode it right; the caller drops the pre-roll by frameStart().
    const double preroll = seconds > kPreroll ? seconds - kPreroll : 0.0;
    const auto ts = static_cast<std::int64_t>(std::llround(preroll / m_timeBase)) + m_startPts;
    if (m_compact) {
        m_compact->seek(ts, m_format->streams[m_stream]->time_base);
    } else {
        int rc = avformat_seek_file(m_format.get(), m_stream, INT64_MIN, ts, ts, 0);
        if (rc < 0)
            rc = av_seek_frame(m_format.get(), m_stream, ts, AVSEEK_FLAG_BACKWARD);
        if (rc < 0)
            return avError(rc, "cannot seek in the audio", m_source);
    }
    avcodec_flush_buffers(m_codec.get());
    m_draining = false;
    m_nextStart = preroll;  // until a frame says otherwise
    return {};
}

Result<const AVFrame*> AudioInput::nextFrame()
{
    LogCapture capture;
    for (;;) {
        int rc = avcodec_receive_frame(m_codec.get(), m_frame.get());
        if (rc == 0) {
            const std::int64_t pts = m_frame->best_effort_timestamp;
            m_frameStart = pts == AV_NOPTS_VALUE ? m_nextStart : static_cast<double>(pts - m_startPts) * m_timeBase;
            m_nextStart = m_frameStart + static_cast<double>(m_frame->nb_samples) / m_frame->sample_rate;
            return static_cast<const AVFrame*>(m_frame.get());
        }
        if (rc == AVERROR_EOF)
            return static_cast<const AVFrame*>(nullptr);
        if (rc != AVERROR(EAGAIN))
            return avError(rc, "cannot decode the audio", m_source);
        if (m_draining) {
            return static_cast<const AVFrame*>(nullptr);
        }
        rc = readPacket();
        // Unsupported, not Network: re-opening cannot help, the server itself cannot seek.
        if (rc < 0 && m_packetsRead == 0 && cannotSeekBackToTheAudio(m_format.get(), m_remote, duration()))
            return makeError(ErrorCode::Unsupported,
                             "this server cannot seek within the file, and the file keeps its index after the "
                             "audio, so the audio cannot be read from it (it needs a server that supports Range "
                             "requests, or the file saved with its index first)",
                             m_source);
        if (rc == 0)
            ++m_packetsRead;
        if (rc == AVERROR_EOF || (rc < 0 && !m_remote && m_format->pb && avio_feof(m_format->pb))) {
            m_draining = true;
            avcodec_send_packet(m_codec.get(), nullptr);
            continue;
        }
        if (rc < 0 && m_cancel && m_cancel->load())
            return makeError(ErrorCode::Cancelled, "reading was cancelled", m_source);
        if (rc < 0)
            return avError(rc, "cannot read the audio", m_source);
        if (m_packet->stream_index == m_stream) {
            rc = avcodec_send_packet(m_codec.get(), m_packet.get());
            // A damaged packet is skipped, as every player does; the stream goes on.
            if (rc < 0 && rc != AVERROR(EAGAIN) && rc != AVERROR_INVALIDDATA) {
                av_packet_unref(m_packet.get());
                return avError(rc, "cannot decode the audio", m_source);
            }
        }
        av_packet_unref(m_packet.get());
    }
}

int AudioInput::readPacket()
{
    if (m_compact)
        return m_compact->read(m_packet.get(), m_stream, m_format->streams[m_stream]->time_base);
    return av_read_frame(m_format.get(), m_packet.get());
}

double AudioInput::duration() const
{
    const AVStream* s = m_format->streams[m_stream];
    if (m_format->duration > 0)
        return static_cast<double>(m_format->duration) / AV_TIME_BASE;
    if (s->duration > 0)
        return static_cast<double>(s->duration) * m_timeBase;
    return 0;
}

std::vector<EmbeddedChapter> AudioInput::chapters() const
{
    std::vector<EmbeddedChapter> list;
    for (unsigned i = 0; i < m_format->nb_chapters; ++i) {
        const AVChapter* c = m_format->chapters[i];
        const double tb = av_q2d(c->time_base);
        EmbeddedChapter chapter;
        const AVDictionaryEntry* title = av_dict_get(c->metadata, "title", nullptr, 0);
        chapter.title = title ? title->value : "Chapter " + std::to_string(i + 1);
        chapter.start = std::max(0.0, static_cast<double>(c->start) * tb);
        chapter.end = static_cast<double>(c->end) * tb;
        list.push_back(std::move(chapter));
    }
    return list;
}

std::string AudioInput::tag(const char* key) const
{
    const AVDictionaryEntry* e = av_dict_get(m_format->metadata, key, nullptr, 0);
    if (!e)  // Ogg keeps its comments on the stream
        e = av_dict_get(m_format->streams[m_stream]->metadata, key, nullptr, 0);
    return e ? e->value : std::string();
}

}  // namespace tingdu::media::audio
