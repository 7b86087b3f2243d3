// The pipeline rendered offline into a real WAV file: speed with the pitch kept, exact seeks,
// many clips of one file (DAISY), clip lists across files.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "AudioFixtures.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;

namespace {

Pcm render(const AudioTimeline& timeline, const std::string& out, RenderOptions options)
{
    auto sink = makeWavFileSink(out);
    auto r = renderAudio(timeline, *sink, options);
    EXPECT_TRUE(r) << r.error().describe();
    return readWav(out);
}

AudioTimeline timelineOf(const std::string& path)
{
    auto t = makeAudioTimeline(path);
    EXPECT_TRUE(t) << t.error().describe();
    return t ? *t : AudioTimeline{};
}

struct SpeedCase {
    double speed;
    double expectedSeconds;
};

class Speed : public ::testing::TestWithParam<SpeedCase> {};

TEST_P(Speed, DurationScalesAndPitchIsKept)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 10, "-b:a 128k"));
    RenderOptions options;
    options.speed = GetParam().speed;
    const Pcm pcm = render(timelineOf(dir.file("tone.mp3")), dir.file("out.wav"), options);
    ASSERT_EQ(pcm.sampleRate, 44100);
    EXPECT_NEAR(pcm.seconds(), GetParam().expectedSeconds, GetParam().expectedSeconds * 0.02);
    const double hz = zeroCrossingHz(pcm, pcm.frames() / 10, pcm.frames() * 9 / 10);
    EXPECT_NEAR(hz, 440, 440 * 0.02) << "speed " << GetParam().speed;
}

INSTANTIATE_TEST_SUITE_P(Tempo, Speed,
                         ::testing::Values(SpeedCase{2.0, 5.0}, SpeedCase{0.5, 20.0}, SpeedCase{1.0, 10.0},
                                           SpeedCase{3.0, 10.0 / 3}, SpeedCase{1.5, 10.0 / 1.5}));

bool libavfilterMapped()
{
    std::ifstream maps("/proc/self/maps");
    std::stringstream text;
    text << maps.rdbuf();
    return text.str().find("libavfilter.so") != std::string::npos;
}

// libavfilter and the ~30 libraries it pulls in cost ~11 MB resident: loaded only for tempo.
TEST(Speed, LibavfilterLoadsOnlyForAnotherSpeed)
{
#ifndef __linux__
    GTEST_SKIP() << "libavfilter is loaded lazily on Linux only";
#endif
    if (libavfilterMapped())
        GTEST_SKIP() << "an earlier test in this process changed speed; run this test alone";
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.ogg"), 440, 2));
    const Pcm normal = render(timelineOf(dir.file("tone.ogg")), dir.file("normal.wav"), {});
    EXPECT_NEAR(normal.seconds(), 2.0, 0.05);
    EXPECT_FALSE(libavfilterMapped()) << "playing at 1.0x must not load libavfilter";
    RenderOptions fast;
    fast.speed = 2.0;
    const Pcm quick = render(timelineOf(dir.file("tone.ogg")), dir.file("fast.wav"), fast);
    EXPECT_NEAR(quick.seconds(), 1.0, 0.05);
    EXPECT_TRUE(libavfilterMapped());
}

TEST(Seek, LosslessRampLandsOnTheExactSample)
{
    // The left channel is a ramp t/40: the first sample after a seek says where we landed.
    TempDir dir;
    ASSERT_TRUE(ffmpeg("-f lavfi -i \"aevalsrc=exprs='t/40|0':sample_rate=44100:duration=40\" -c:a flac \"" +
                       dir.file("ramp.flac") + "\""));
    const auto timeline = timelineOf(dir.file("ramp.flac"));
    for (double target : {0.0, 1.234, 23.456, 39.0}) {
        RenderOptions options;
        options.startSeconds = target;
        options.durationSeconds = 0.5;
        const Pcm pcm = render(timeline, dir.file("out.wav"), options);
        ASSERT_GT(pcm.frames(), 1000u);
        const double landed = pcm.samples[0] / 32767.0 * 40;
        EXPECT_NEAR(landed, target, 0.050) << "seek to " << target;
        EXPECT_NEAR(pcm.seconds(), 0.5, 0.001);
    }
}

// Where a lossy file's seek lands, against ffmpeg's own decode of the whole file: the noise
// after the seek must line up with the reference at the target (cross-correlation, ±1 s search).
double landedAt(const Pcm& reference, const Pcm& out, double target)
{
    const std::size_t window = 4410;
    const auto ref = [&](std::size_t f) { return static_cast<double>(reference.samples[f * 2]); };
    const auto got = [&](std::size_t f) { return static_cast<double>(out.samples[f * 2]); };
    const std::size_t center = static_cast<std::size_t>(target * 44100);
    const std::size_t from = center > 44100 ? center - 44100 : 0;
    const std::size_t to = std::min(center + 44100, reference.frames() - window);
    double best = -1e300;
    std::size_t bestLag = 0;
    for (std::size_t lag = from; lag < to; ++lag) {
        double sum = 0;
        for (std::size_t i = 0; i < window; i += 2)
            sum += ref(lag + i) * got(i);
        if (sum > best) {
            best = sum;
            bestLag = lag;
        }
    }
    return static_cast<double>(bestLag) / 44100;
}

class LossySeek : public ::testing::TestWithParam<const char*> {};

TEST_P(LossySeek, LandsWithinFiftyMillisecondsOfTheTarget)
{
    TempDir dir;
    const std::string file = dir.file(std::string("noise.") + GetParam());
    ASSERT_TRUE(ffmpeg("-f lavfi -i \"anoisesrc=color=white:seed=7:amplitude=0.5:sample_rate=44100:duration=40\" -ac 2 \"" +
                       file + "\""));
    ASSERT_TRUE(ffmpeg("-i \"" + file + "\" -ar 44100 -ac 2 -c:a pcm_s16le \"" + dir.file("reference.wav") + "\""));
    const Pcm reference = readWav(dir.file("reference.wav"));
    const auto timeline = timelineOf(file);
    for (double target : {12.3, 25.75, 3.05, 37.5}) {
        RenderOptions options;
        options.startSeconds = target;
        options.durationSeconds = 0.5;
        const Pcm pcm = render(timeline, dir.file("out.wav"), options);
        ASSERT_GT(pcm.frames(), 4410u);
        EXPECT_NEAR(landedAt(reference, pcm, target), target, 0.050) << GetParam() << ": seek to " << target;
    }
}

INSTANTIATE_TEST_SUITE_P(Codecs, LossySeek, ::testing::Values("mp3", "m4b", "ogg", "opus"));

TEST(Clips, ManyShortClipsOfOneFilePlayGaplessInOrder)
{
    // DAISY-style: 0.25 s clips back to back over one MP3; the output is the file's stretch.
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("narration.mp3"), 440, 12));
    AudioTimeline timeline;
    for (int i = 0; i < 40; ++i) {
        AudioClip clip;
        clip.source = dir.file("narration.mp3");
        clip.begin = 1.0 + i * 0.25;
        clip.end = clip.begin + 0.25;
        timeline.clips.push_back(clip);
        timeline.clipDurations.push_back(0.25);
    }
    const Pcm pcm = render(timeline, dir.file("out.wav"), {});
    EXPECT_NEAR(pcm.seconds(), 10.0, 0.001);
    EXPECT_NEAR(zeroCrossingHz(pcm, 0, pcm.frames()), 440, 2);
    // No gap anywhere: every 10 ms window keeps the tone's level.
    for (std::size_t f = 441; f + 441 < pcm.frames(); f += 441)
        ASSERT_GT(rms(pcm, f, f + 441, 0), 0.03) << "gap at " << f / 44100.0 << " s";
}

TEST(Clips, TimelineAcrossFilesWithDifferentRates)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("a.mp3"), 300, 2));
    ASSERT_TRUE(ffmpeg("-f lavfi -i sine=frequency=600:sample_rate=22050:duration=3 -ac 1 \"" + dir.file("b.ogg") +
                       "\""));
    AudioTimeline timeline;
    for (const char* f : {"a.mp3", "b.ogg"}) {
        AudioClip clip;
        clip.source = dir.file(f);
        timeline.clips.push_back(clip);
    }
    timeline.clipDurations = {2.0, 3.0};
    const Pcm pcm = render(timeline, dir.file("out.wav"), {});
    EXPECT_NEAR(pcm.seconds(), 5.0, 0.05);
    EXPECT_NEAR(zeroCrossingHz(pcm, 4410, 44100), 300, 3);
    EXPECT_NEAR(zeroCrossingHz(pcm, 44100 * 3, 44100 * 4), 600, 6);
}

TEST(Render, VolumeScalesTheSignal)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.flac"), 440, 2));
    const auto timeline = timelineOf(dir.file("tone.flac"));
    const Pcm full = render(timeline, dir.file("full.wav"), {});
    RenderOptions half;
    half.volume = 0.5;
    const Pcm quiet = render(timeline, dir.file("quiet.wav"), half);
    EXPECT_NEAR(rms(quiet, 0, quiet.frames(), 0) / rms(full, 0, full.frames(), 0), 0.5, 0.01);
}

TEST(Render, BadArgumentsAreRefused)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 1));
    const auto timeline = timelineOf(dir.file("tone.mp3"));
    auto sink = makeNullSink();
    RenderOptions tooFast;
    tooFast.speed = 4;
    auto r = renderAudio(timeline, *sink, tooFast);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    RenderOptions past;
    past.startSeconds = 99;
    auto p = renderAudio(timeline, *sink, past);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::InvalidArgument);
}

TEST(Render, FileRemovedMidwayIsAnErrorNotACrash)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("a.mp3"), 300, 1));
    ASSERT_TRUE(makeTone(dir.file("b.mp3"), 300, 1));
    AudioTimeline timeline;
    for (const char* f : {"a.mp3", "b.mp3"}) {
        AudioClip clip;
        clip.source = dir.file(f);
        timeline.clips.push_back(clip);
        timeline.clipDurations.push_back(1.0);
    }
    std::filesystem::remove(dir.file("b.mp3"));  // the second disk is gone
    auto sink = makeNullSink();
    auto r = renderAudio(timeline, *sink, {});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound) << r.error().describe();
}

}  // namespace
