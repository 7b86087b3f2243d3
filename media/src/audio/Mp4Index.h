#pragma once
// The sample table of a local MP4/M4B's audio track, kept compact. FFmpeg's mov demuxer holds a
// 24-byte index entry per AAC frame (37 MB for a 20-hour book at 22 kHz, more at 44.1 kHz);
// this keeps 4 bytes per frame plus a few per chunk. AudioInput lets FFmpeg read the file with
// the track's four tables hidden (their box types read as "free"), so FFmpeg still gives the
// codec, duration, chapters and tags, and builds no index; packets come from here.
// Thread: the pipeline thread, like AudioInput.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tingdu::media::audio {

class Mp4Index {
public:
    /// The table of PATH's one audio track, or nullptr when PATH is not a plain (unfragmented)
    /// MP4 with exactly one audio track whose tables this reader understands; then FFmpeg's own
    /// path is used.
    static std::unique_ptr<Mp4Index> load(const std::string& path);

    int stream() const { return m_stream; }           ///< FFmpeg's stream index (trak order)
    std::uint32_t timescale() const { return m_timescale; }
    std::int64_t mediaStart() const { return m_mediaStart; }  ///< edit list start: priming, in timescale
    /// File offsets of the four box types FFmpeg must not see (stts, stsc, stsz, stco/co64).
    const std::vector<std::uint64_t>& hiddenTypes() const { return m_hidden; }
    std::size_t sampleCount() const { return m_count; }

    struct Sample {
        std::uint64_t offset = 0;
        std::uint32_t size = 0;
        std::int64_t dts = 0;  ///< timescale units from the track's first sample
        std::uint32_t duration = 0;
    };
    /// Positions at the last sample whose dts is at or before `dts` (the first for earlier).
    void seek(std::int64_t dts);
    /// The next sample in order; false at the end of the track.
    bool next(Sample& out);

private:
    Mp4Index() = default;
    std::uint32_t sizeOf(std::size_t sample) const { return m_fixedSize ? m_fixedSize : m_sizes[sample]; }

    int m_stream = -1;
    std::uint32_t m_timescale = 0;
    std::int64_t m_mediaStart = 0;
    std::vector<std::uint64_t> m_hidden;
    std::size_t m_count = 0;
    std::uint32_t m_fixedSize = 0;
    std::vector<std::uint32_t> m_sizes;             // per sample, unless m_fixedSize
    std::vector<std::uint64_t> m_chunkOffsets;      // per chunk
    std::vector<std::uint32_t> m_chunkFirstSample;  // per chunk, plus the count at the end
    std::vector<std::uint32_t> m_runFirstSample;    // stts runs, plus the count at the end
    std::vector<std::uint32_t> m_runDelta;
    std::vector<std::int64_t> m_runFirstDts;
    // Cursor: the next sample, its chunk and byte offset, its stts run and dts.
    std::size_t m_sample = 0;
    std::size_t m_chunk = 0;
    std::uint64_t m_offset = 0;
    std::size_t m_run = 0;
    std::int64_t m_dts = 0;
};

}  // namespace tingdu::media::audio
