// Playback through the real audio engine: the audio heard at a phrase is the phrase's clip,
// starting within 50 ms of its clip-begin. The fixture's audio is seeded noise, so the place in
// the source is found without ambiguity by cross-correlating the rendered window with the
// source decoded by the ffmpeg CLI.
#include "DaisyFixtures.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <tuple>

namespace tingdu::media {
namespace {

constexpr int kRate = 22050;

std::vector<std::int16_t> rawSamples(const std::string& bytes)
{
    std::vector<std::int16_t> out(bytes.size() / 2);
    std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

std::string slurp(const test::fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The PCM of a canonical WAV file: the bytes of its "data" chunk.
std::vector<std::int16_t> wavSamples(const test::fs::path& p)
{
    const std::string bytes = slurp(p);
    std::size_t pos = 12;
    while (pos + 8 <= bytes.size()) {
        std::uint32_t size = 0;
        std::memcpy(&size, bytes.data() + pos + 4, 4);
        if (bytes.compare(pos, 4, "data") == 0)
            return rawSamples(bytes.substr(pos + 8, size));
        pos += 8 + size + (size & 1);
    }
    return {};
}

std::vector<std::int16_t> decodeWithFfmpeg(const test::fs::path& source, const test::fs::path& raw)
{
    const std::string cmd = "ffmpeg -nostdin -hide_banner -loglevel error -y -i '" + source.string() +
                            "' -f s16le -ac 1 -ar " + std::to_string(kRate) + " '" + raw.string() + "'";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    return rawSamples(slurp(raw));
}

struct Match {
    double seconds = -1;
    double correlation = 0;
};

// Where in SOURCE (searched ±0.25 s around EXPECTED) the WINDOW best fits, by normalised
// cross-correlation.
Match locate(const std::vector<std::int16_t>& window, const std::vector<std::int16_t>& source,
             double expected)
{
    Match best;
    const long center = std::lround(expected * kRate);
    const long n = static_cast<long>(window.size());
    double windowEnergy = 0;
    for (auto s : window)
        windowEnergy += double(s) * s;
    for (long lag = center - kRate / 4; lag <= center + kRate / 4; ++lag) {
        if (lag < 0 || lag + n > static_cast<long>(source.size()))
            continue;
        double dot = 0, energy = 0;
        for (long i = 0; i < n; ++i) {
            dot += double(window[i]) * source[lag + i];
            energy += double(source[lag + i]) * source[lag + i];
        }
        const double c = dot / std::sqrt(windowEnergy * energy + 1e-9);
        if (c > best.correlation)
            best = Match{double(lag) / kRate, c};
    }
    return best;
}

class AudioSync : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = test::writeDaisy202("sync");
        // Seeded white noise instead of tones: every stretch of it is unique.
        for (auto [file, seconds, seed] : {std::tuple{"a.wav", 10, 7}, std::tuple{"b.wav", 6, 11}}) {
            const std::string cmd =
                "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i anoisesrc=d=" +
                std::to_string(seconds) + ":c=white:r=" + std::to_string(kRate) +
                ":a=0.5:seed=" + std::to_string(seed) + " -c:a pcm_s16le '" + (m_dir / file).string() + "'";
            ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
        }
        auto opened = openPublication(m_dir.string());
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        m_pub = std::move(*opened);
    }

    // Renders 0.3 s from POSITION and finds it in SOURCE_FILE.
    Match renderAndLocate(const AudioTimeline& timeline, double position, const char* sourceFile,
                          double clipBegin)
    {
        const auto wav = m_dir / "render.wav";
        auto sink = makeWavFileSink(wav.string(), AudioFormat{kRate, 1});
        RenderOptions options;
        options.startSeconds = position;
        options.durationSeconds = 0.3;
        auto rendered = renderAudio(timeline, *sink, options);
        EXPECT_TRUE(rendered.ok()) << (rendered.ok() ? "" : rendered.error().describe());
        std::vector<std::int16_t> window = wavSamples(wav);
        EXPECT_GT(window.size(), static_cast<std::size_t>(kRate / 5));
        window.resize(std::min<std::size_t>(window.size(), kRate / 5));
        const auto source = decodeWithFfmpeg(m_dir / sourceFile, m_dir / "source.raw");
        return locate(window, source, clipBegin);
    }

    test::fs::path m_dir;
    std::unique_ptr<Publication> m_pub;
};

TEST_F(AudioSync, PhraseStartsAtItsClipBegin)
{
    auto timeline = makeAudioTimeline(*m_pub);
    ASSERT_TRUE(timeline.ok()) << timeline.error().describe();
    TimelineNavigator nav(*m_pub);
    const auto& phrases = phraseContent(*m_pub)->phrases();
    struct Case {
        const char* par;
        const char* file;
        double clipBegin;
    };
    for (const Case& c : {Case{"s2.smil#fn", "a.wav", 5.0}, Case{"s2.smil#p2", "b.wav", 2.5},
                          Case{"s3.smil#p3", "a.wav", 9.0}}) {
        // Step phrase by phrase from the start to the wanted par, as a listener would.
        std::optional<double> t = 0.0;
        while (t && phrases[nav.phraseAt(*t)].smilRef != c.par)
            t = nav.next(NavigationLevel::Phrase, *t);
        ASSERT_TRUE(t.has_value()) << c.par;
        const Match m = renderAndLocate(*timeline, *t, c.file, c.clipBegin);
        EXPECT_GT(m.correlation, 0.9) << c.par;
        EXPECT_NEAR(m.seconds, c.clipBegin, 0.05) << c.par;
    }
}

TEST_F(AudioSync, SkippedTimelinePlaysThePageThatFollows)
{
    TimelineNavigator nav(*m_pub);
    nav.setSkipped(Skippable::PageNumber | Skippable::Note, 0);
    AudioTimeline timeline;
    timeline.clips = nav.clips();
    for (const auto& clip : timeline.clips)
        timeline.clipDurations.push_back(clip.end - clip.begin);
    const auto page = nav.page("1"); // its announcement skipped: p2 (b.wav from 2.5 s) plays
    ASSERT_TRUE(page.has_value());
    const Match m = renderAndLocate(timeline, *page, "b.wav", 2.5);
    EXPECT_GT(m.correlation, 0.9);
    EXPECT_NEAR(m.seconds, 2.5, 0.05);
}

} // namespace
} // namespace tingdu::media
