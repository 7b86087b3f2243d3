// MP4/M4B sample tables (stts/stsc/stsz/stco/co64, edit list) read by our own code from a local
// file, then walked and sought the way playback does, and the masked view FFmpeg reads (the
// tables' box types relabelled "free") read through, with packets cut from the table.
#include <climits>
#include <cstdint>

#include "FuzzFiles.h"
#include "audio/CompactMp4.h"
#include "audio/Mp4Index.h"

using namespace tingdu::media::audio;

namespace {

// Walks at most `limit` samples that lie inside the file, as CompactMp4::read stops at the first
// that does not (a fixed sample size may claim billions of samples in a tiny file).
void walk(Mp4Index& index, std::uint64_t fileSize, int limit)
{
    Mp4Index::Sample sample;
    for (int i = 0; i < limit && index.next(sample); ++i)
        if (sample.offset > fileSize || sample.size > fileSize - sample.offset)
            break;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = tingdu::fuzz::writeInput("input.m4b", data, size);
    if (auto index = Mp4Index::load(path)) {
        walk(*index, size, 1 << 16);
        for (const std::int64_t dts : {std::int64_t{0}, std::int64_t{1} << 20, INT64_MAX, INT64_MIN, std::int64_t{-1}}) {
            index->seek(dts);
            walk(*index, size, 64);
        }
    }
    auto mp4 = CompactMp4::open(path);
    if (!mp4)
        return 0;
    std::uint8_t buffer[4096];
    while (avio_read(mp4->io(), buffer, sizeof buffer) > 0) {
    }
    AVPacket* packet = av_packet_alloc();
    const AVRational timeBase{1, 44100};
    for (int i = 0; i < 4096 && mp4->read(packet, 0, timeBase) == 0; ++i)
        av_packet_unref(packet);
    mp4->seek(INT64_MAX / 2, timeBase);
    for (int i = 0; i < 16 && mp4->read(packet, 0, timeBase) == 0; ++i)
        av_packet_unref(packet);
    av_packet_free(&packet);
    return 0;
}
