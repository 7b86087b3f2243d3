// The compact MP4 sample table against ffprobe's own packet list, and playback through it
// against ffmpeg's decode of the same file, sample for sample.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "AudioFixtures.h"
#include "audio/Mp4Index.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;

namespace {

struct Packet {
    std::uint64_t pos;
    std::uint32_t size;
    std::int64_t dts;
};

std::vector<Packet> ffprobePackets(const std::string& file)
{
    const auto json = nlohmann::json::parse(
        capture("ffprobe -v error -select_streams a:0 -show_entries packet=pos,size,dts -of json \"" + file + "\""));
    std::vector<Packet> list;
    for (const auto& p : json["packets"])
        list.push_back({std::stoull(p["pos"].get<std::string>()), static_cast<std::uint32_t>(std::stoul(p["size"].get<std::string>())),
                        p["dts"].get<std::int64_t>()});
    return list;
}

class CompactMp4 : public ::testing::TestWithParam<const char*> {};

TEST_P(CompactMp4, TableMatchesFfprobePacketForPacket)
{
    TempDir dir;
    const std::string file = dir.file("book.m4b");
    // Chapters add a text track; the extra args choose where the index sits and chunking.
    ASSERT_TRUE(makeChaptered(file, {0, 3, 7.5}, 20, GetParam()));
    auto index = audio::Mp4Index::load(file);
    ASSERT_NE(index, nullptr) << "a plain M4B was not read";
    const auto expected = ffprobePackets(file);
    ASSERT_EQ(index->sampleCount(), expected.size());
    audio::Mp4Index::Sample s;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        ASSERT_TRUE(index->next(s));
        EXPECT_EQ(s.offset, expected[i].pos) << "packet " << i;
        EXPECT_EQ(s.size, expected[i].size) << "packet " << i;
        // ffprobe times packets from the first presented sample: ours minus the priming.
        EXPECT_EQ(s.dts - index->mediaStart(), expected[i].dts) << "packet " << i;
    }
    EXPECT_FALSE(index->next(s));
    // Seeking lands on the sample whose decode time it names.
    index->seek(expected[100].dts + index->mediaStart());
    ASSERT_TRUE(index->next(s));
    EXPECT_EQ(s.offset, expected[100].pos);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CompactMp4,
                         ::testing::Values("-c:a aac -b:a 96k", "-c:a aac -b:a 64k -movflags +faststart",
                                           "-c:a aac -ar 22050 -ac 1 -b:a 24k -frag_duration 0"));

TEST(CompactMp4Playback, MatchesFfmpegSampleForSampleAfterSeeks)
{
    TempDir dir;
    const std::string file = dir.file("noise.mp4");
    // A video track first, so audio chunks are interleaved and the audio is FFmpeg's stream 1.
    // Noise substitution off: its decoder-side random state makes any decoder, FFmpeg's own
    // included, differ after a seek from a decode that ran from the start.
    ASSERT_TRUE(ffmpeg("-f lavfi -i \"anoisesrc=color=pink:seed=3:amplitude=0.5:sample_rate=44100:duration=30\" "
                       "-f lavfi -i testsrc=size=64x64:rate=5 -t 30 -map 1 -map 0 -ac 2 -c:v mpeg4 "
                       "-c:a aac -aac_pns 0 -b:a 128k \"" + file + "\""));
    const auto index = audio::Mp4Index::load(file);
    ASSERT_NE(index, nullptr);
    EXPECT_EQ(index->stream(), 1);
    // A canonical 44-byte WAV header, which readWav expects.
    ASSERT_TRUE(ffmpeg("-i \"" + file + "\" -map a:0 -map_metadata -1 -fflags +bitexact -flags:a +bitexact -c:a pcm_s16le \"" +
                       dir.file("reference.wav") + "\""));
    const Pcm reference = readWav(dir.file("reference.wav"));
    auto timeline = makeAudioTimeline(file);
    ASSERT_TRUE(timeline) << timeline.error().describe();
    EXPECT_NEAR(timeline->duration(), reference.seconds(), 0.03);
    for (double target : {0.0, 7.25, 21.5}) {
        RenderOptions options;
        options.startSeconds = target;
        options.durationSeconds = 1;
        auto sink = makeWavFileSink(dir.file("out.wav"));
        auto r = renderAudio(*timeline, *sink, options);
        ASSERT_TRUE(r) << r.error().describe();
        const Pcm out = readWav(dir.file("out.wav"));
        ASSERT_EQ(out.frames(), 44100u);
        const auto first = static_cast<std::size_t>(std::llround(target * 44100));
        double worst = 0;
        for (std::size_t i = 0; i < out.samples.size(); ++i)
            worst = std::max(worst, std::abs(double(out.samples[i]) - reference.samples[first * 2 + i]));
        EXPECT_LE(worst, 2) << "at " << target << " s the audio differs from ffmpeg's decode";
    }
}

}  // namespace
