#pragma once
// Stage 1: demux + decode one source (a file or an http(s) URL).
// Thread: the one thread that drives the pipeline. The frame returned by nextFrame() is owned
// by the AudioInput and valid until the next nextFrame()/seek(). seek() flushes the decoder.
#include <memory>
#include <string>
#include <vector>

#include "AvHandles.h"
#include "CompactMp4.h"
#include "tingdu/media/AudioTimeline.h"

namespace tingdu::media::audio {

/// Chapter markers stored inside one file (MP4 chapter atoms, ID3v2 CHAP, Ogg/Matroska).
struct EmbeddedChapter {
    std::string title;
    double start = 0;
    double end = 0;
};

class AudioInput {
public:
    /// Opens the source and its best audio stream's decoder. Errors: NotFound, Unauthorized,
    /// Tls, Network, Unsupported (no audio stream or codec), Corrupt, Cancelled, Io.
    static Result<std::unique_ptr<AudioInput>> open(const std::string& source, const AudioSourceOptions& options);
    ~AudioInput();
    AudioInput(const AudioInput&) = delete;
    AudioInput& operator=(const AudioInput&) = delete;

    /// Positions the demuxer at or before `seconds` (source time, 0 = first audible sample);
    /// the caller trims the first frame to the exact target using frameStart().
    Result<void> seek(double seconds);
    /// The next decoded frame, or nullptr at the end of the stream.
    Result<const AVFrame*> nextFrame();
    /// Source seconds of the first sample of the frame last returned.
    double frameStart() const { return m_frameStart; }

    const std::string& source() const { return m_source; }
    bool isRemote() const { return m_remote; }
    double duration() const;  ///< seconds, 0 when unknown
    std::vector<EmbeddedChapter> chapters() const;
    std::string tag(const char* key) const;  ///< container metadata ("title", "artist", ...)

private:
    AudioInput() = default;
    Result<void> openInternal(const std::string& source, const AudioSourceOptions& options, bool compact);
    int readPacket();

    std::string m_source;
    bool m_remote = false;
    const std::atomic<bool>* m_cancel = nullptr;
    std::unique_ptr<CompactMp4> m_compact;  // before m_format: its IO must outlive the context
    FormatContextPtr m_format;
    CodecContextPtr m_codec;
    PacketPtr m_packet;
    FramePtr m_frame;
    int m_stream = -1;
    double m_timeBase = 0;
    std::int64_t m_startPts = 0;
    double m_frameStart = 0;
    double m_nextStart = 0;
    bool m_draining = false;
    std::uint64_t m_packetsRead = 0;  // since open, of any stream
};

bool isRemoteSource(const std::string& source);

/// The options every http(s) open uses, audio or manifest alike: time-outs, the caller's
/// headers, certificate verification with the caller's CA file, reconnects, our user agent.
void setRemoteOptions(Dictionary& opts, const AudioSourceOptions& options);
/// AVIOInterruptCB callback: non-zero once the std::atomic<bool> at `opaque` is set.
int interruptOnCancel(void* opaque);

}  // namespace tingdu::media::audio
