#pragma once
// Mono speech PCM → AAC (MP4/M4B) or MP3 through libavcodec/libavformat, and the final
// audiobook assembled from per-chapter pieces with chapter marks, metadata and cover.
#include <string>
#include <vector>

#include "FfmpegHandles.h"
#include "tingdu/accessibility/AudiobookExport.h"
#include "tingdu/media/AudioSink.h"

namespace tingdu::accessibility {

/// An AudioSink that encodes into PATH. Writes "<path>.part-<pid>" and renames on finish(),
/// so an interrupted encode never leaves a file that looks finished.
class EncodedFileSink final : public media::AudioSink {
public:
    EncodedFileSink(std::string path, AudioContainer container, int bitRate = 32000);
    ~EncodedFileSink() override;

    media::AudioFormat preferredFormat() const override { return {22050, 1}; }
    media::Result<void> open(const media::AudioFormat& format) override;
    media::Result<void> write(const std::int16_t* samples, std::size_t frames) override;
    void close() override { (void)finish(); }
    /// Flushes the encoder, writes the trailer and renames into place.
    media::Result<void> finish();

private:
    media::Result<void> encode(const AVFrame* frame);

    std::string m_path;
    std::string m_partPath;
    AudioContainer m_container;
    int m_bitRate;
    OutputPtr m_out;
    CodecPtr m_codec;
    AVStream* m_stream = nullptr;
    FramePtr m_frame;
    PacketPtr m_packet;
    std::size_t m_frameSize = 0;  // samples per encoder frame
    std::size_t m_filled = 0;     // samples already in m_frame
    std::int64_t m_nextPts = 0;
    bool m_finished = false;
};

/// What the final file says about the book.
struct BookTags {
    std::string title;
    std::string author;
    std::string language;
    std::string cover;          ///< image bytes (JPEG or PNG); empty: none
};

/// Concatenates PIECES (files made by EncodedFileSink, same codec) into OUTPUT with one chapter
/// per piece named by TITLES. Atomic: temp file + rename; on failure nothing is left at OUTPUT.
/// Returns the chapter durations in seconds.
media::Result<std::vector<double>> assembleAudiobook(const std::vector<std::string>& pieces,
                                                     const std::vector<std::string>& titles, const BookTags& tags,
                                                     AudioContainer container, const std::string& output);

}  // namespace tingdu::accessibility
