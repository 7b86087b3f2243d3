// The WAV sink writes a canonical header and appears only when complete.
#include "tingdu/media/AudioSink.h"

#include <cstring>
#include <vector>

#include "TestFiles.h"

using namespace tingdu::media;
using namespace tingdu::media::test;

TEST(WavFileSink, WritesHeaderAndDataAtomically)
{
    const auto dir = freshDir("wav");
    const auto path = (dir / "out.wav").string();
    auto sink = makeWavFileSink(path);
    ASSERT_TRUE(sink->open({22050, 1}).ok());
    std::vector<std::int16_t> samples(22050, 1000);
    ASSERT_TRUE(sink->write(samples.data(), samples.size()).ok());
    EXPECT_FALSE(std::filesystem::exists(path)) << "visible before it is complete";
    sink->close();
    ASSERT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(std::filesystem::file_size(path), 44u + 2u * 22050u);
    std::ifstream in(path, std::ios::binary);
    char h[44];
    in.read(h, 44);
    EXPECT_EQ(std::memcmp(h, "RIFF", 4), 0);
    EXPECT_EQ(std::memcmp(h + 8, "WAVEfmt ", 8), 0);
    std::uint32_t rate = 0;
    std::memcpy(&rate, h + 24, 4);
    EXPECT_EQ(rate, 22050u);
    // ffprobe agrees on the duration: the header is right, not merely present.
    const std::string cmd = "ffprobe -v error -show_entries format=duration -of csv=p=0 " + path;
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    double seconds = 0;
    ASSERT_EQ(fscanf(p, "%lf", &seconds), 1);
    pclose(p);
    EXPECT_NEAR(seconds, 1.0, 0.001);
}

TEST(WavFileSink, UnwritablePathIsAnError)
{
    auto sink = makeWavFileSink("/nonexistent-dir/out.wav");
    auto r = sink->open({44100, 2});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Io);
}

TEST(WavFileSink, AbandonedSinkLeavesNothing)
{
    const auto dir = freshDir("wav-abandon");
    {
        auto sink = makeWavFileSink((dir / "x.wav").string());
        ASSERT_TRUE(sink->open({44100, 2}).ok());
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir));
}
