#pragma once
// A local MP4/M4B read with a compact sample table (Mp4Index) instead of FFmpeg's index:
// FFmpeg opens the file through io(), which hides the audio track's tables, and packets come
// from read(). Thread: the pipeline thread. Owns io(); it must outlive the AVFormatContext.
#include <memory>
#include <string>

#include "AvHandles.h"
#include "Mp4Index.h"

namespace tingdu::media::audio {

class CompactMp4 {
public:
    /// nullptr when PATH is not an MP4 that Mp4Index reads (FFmpeg's own path is used then).
    static std::unique_ptr<CompactMp4> open(const std::string& path);
    ~CompactMp4();
    CompactMp4(const CompactMp4&) = delete;
    CompactMp4& operator=(const CompactMp4&) = delete;

    AVIOContext* io() const { return m_masked; }
    int stream() const { return m_index->stream(); }
    /// Positions before `ts` (stream time base): at the sample whose decode time is `ts`, which
    /// lies the encoder's priming earlier than the sample presented at `ts`.
    void seek(std::int64_t ts, AVRational timeBase);
    /// The next packet, timestamps in `timeBase` with the priming before 0. AVERROR_EOF at the end.
    int read(AVPacket* packet, int streamIndex, AVRational timeBase);

private:
    CompactMp4() = default;
    static int readMasked(void* opaque, std::uint8_t* buffer, int size);
    static std::int64_t seekMasked(void* opaque, std::int64_t offset, int whence);

    std::unique_ptr<Mp4Index> m_index;
    AVIOContext* m_file = nullptr;    // the real file
    AVIOContext* m_masked = nullptr;  // what FFmpeg reads
    std::int64_t m_size = 0;
    std::int64_t m_maskedPos = 0;
};

}  // namespace tingdu::media::audio
