// Interop: the sample audiobooks and manifests in the shared corpus (skipped when absent).
// Expectations come from the files themselves: the JSON's own track count and duration,
// ffprobe's durations for local tracks.
#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <nlohmann/json.hpp>

#include "AudioFixtures.h"
#include "core/Readers.h"  // openAudiobook: the reader itself, past format sniffing
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;
namespace fs = std::filesystem;

namespace {

std::string audiobookDir()
{
    const std::string corpus = corpusDir();
    return corpus.empty() || !fs::is_directory(corpus + "/audiobook") ? "" : corpus + "/audiobook";
}

#define REQUIRE_CORPUS(dir)                                                         \
    const std::string dir = audiobookDir();                                         \
    if (dir.empty())                                                                \
        GTEST_SKIP() << "corpus not found (set TINGDU_CORPUS_DIR) — interop skipped"

double ffprobeDuration(const std::string& path)
{
    return std::stod(capture("ffprobe -v error -show_entries format=duration -of csv=p=0 \"" + path + "\""));
}

void expectTestAudiobook(const Publication& p, const std::string& folder)
{
    ASSERT_EQ(p.readingOrder().size(), 3u);
    double total = 0;
    for (const char* name : {"gtr-jazz.mp3", "Latin.mp3", "vln-lin-cs.mp3"})
        total += ffprobeDuration(folder + "/" + name);
    EXPECT_NEAR(p.metadata().durationSeconds, total, 0.05);
    EXPECT_EQ(fs::path(p.readingOrder()[0].href).filename(), "gtr-jazz.mp3");
    EXPECT_EQ(fs::path(p.readingOrder()[1].href).filename(), "Latin.mp3");
    EXPECT_EQ(fs::path(p.readingOrder()[2].href).filename(), "vln-lin-cs.mp3");
    // It plays: one second across the first track boundary.
    auto timeline = makeAudioTimeline(p);
    ASSERT_TRUE(timeline) << timeline.error().describe();
    auto sink = makeNullSink();
    RenderOptions o;
    o.startSeconds = p.readingOrder()[0].durationSeconds - 0.5;
    o.durationSeconds = 1.0;
    auto r = renderAudio(*timeline, *sink, o);
    ASSERT_TRUE(r) << r.error().describe();
    // Track lengths are the container's estimates; the real end may differ by a few ms.
    EXPECT_NEAR(static_cast<double>(r->framesWritten), 44100.0, 441.0);
}

TEST(AudiobookCorpus, ReadiumAudiotestFolder)
{
    REQUIRE_CORPUS(dir);
    const std::string folder = dir + "/readium-audiotest/Test Audiobook";
    auto p = openPublication(folder);
    ASSERT_TRUE(p) << p.error().describe();
    EXPECT_EQ((*p)->format(), Format::AudioFolder);
    expectTestAudiobook(**p, folder);
}

TEST(AudiobookCorpus, AudiotestZab)
{
    REQUIRE_CORPUS(dir);
    // A .zab is a zip of tracks without a manifest; the package reader opens it directly.
    auto p = openAudiobook(dir + "/audiotest.zab", Format::AudiobookPackage);
    ASSERT_TRUE(p) << p.error().describe();
    expectTestAudiobook(**p, dir + "/readium-audiotest/Test Audiobook");
}

TEST(AudiobookCorpus, LocalMp3sPlay)
{
    REQUIRE_CORPUS(dir);
    for (const char* name : {"flatland_0.mp3", "noise.mp3"}) {
        const std::string path = dir + "/palace-manifests/" + name;
        auto p = openPublication(path);
        ASSERT_TRUE(p) << p.error().describe();
        EXPECT_NEAR((*p)->metadata().durationSeconds, ffprobeDuration(path), 0.05) << name;
        auto timeline = makeAudioTimeline(**p);
        ASSERT_TRUE(timeline);
        auto sink = makeNullSink();
        RenderOptions o;
        o.durationSeconds = std::min(2.0, (*p)->metadata().durationSeconds);
        auto r = renderAudio(*timeline, *sink, o);
        ASSERT_TRUE(r) << name << ": " << r.error().describe();
        EXPECT_NEAR(static_cast<double>(r->framesWritten) / 44100, o.durationSeconds, 0.01) << name;
    }
}

TEST(AudiobookCorpus, EveryManifestParsesOrFailsClearly)
{
    REQUIRE_CORPUS(dir);
    int parsed = 0;
    int refused = 0;
    int protectedByLcp = 0;
    std::vector<std::string> files = {dir + "/flatland.json"};
    for (const auto& e : fs::recursive_directory_iterator(dir + "/palace-manifests"))
        if (e.path().extension() == ".json")
            files.push_back(e.path().string());
    for (const auto& file : files) {
        SCOPED_TRACE(file);
        std::ifstream in(file);
        const auto json = nlohmann::json::parse(in, nullptr, false);
        const bool isManifest = !json.is_discarded() && json.is_object() &&
                                (json.contains("readingOrder") || json.contains("spine"));
        auto p = openAudiobook(file, Format::AudiobookManifest);
        if (!isManifest) {  // broken JSON, license documents, key sets, a manifest without tracks
            ASSERT_FALSE(p) << "opened something that is not an audiobook";
            EXPECT_TRUE(p.error().code == ErrorCode::Corrupt || p.error().code == ErrorCode::Empty);
            EXPECT_FALSE(p.error().message.empty());
            ++refused;
            continue;
        }
        const auto& order = json.contains("readingOrder") ? json["readingOrder"] : json["spine"];
        // Library loans whose tracks are Readium LCP ciphertext: refused as DRM, in words.
        const bool lcp = std::any_of(order.begin(), order.end(), [](const nlohmann::json& item) {
            if (!item.is_object() || !item.contains("properties") || !item["properties"].is_object())
                return false;
            const auto& encrypted = item["properties"].value("encrypted", nlohmann::json());
            return encrypted.is_object() && encrypted.value("scheme", "") == "http://readium.org/2014/01/lcp";
        });
        if (lcp) {
            ASSERT_FALSE(p) << "opened an LCP-protected audiobook as if it could be played";
            EXPECT_EQ(p.error().code, ErrorCode::DrmProtected) << p.error().describe();
            EXPECT_NE(p.error().message.find("LCP"), std::string::npos) << p.error().message;
            ++protectedByLcp;
            continue;
        }
        ASSERT_TRUE(p) << p.error().describe();
        EXPECT_EQ((*p)->readingOrder().size(), order.size());
        double declared = 0;
        if (json.contains("metadata") && json["metadata"].contains("duration") &&
            json["metadata"]["duration"].is_number())
            declared = json["metadata"]["duration"].get<double>();
        if (declared <= 0)
            for (const auto& item : order)
                if (item.contains("duration") && item["duration"].is_number())
                    declared += item["duration"].get<double>();
        EXPECT_NEAR((*p)->metadata().durationSeconds, declared, 0.01);
        ++parsed;
    }
    EXPECT_GE(parsed, 20);  // 31 manifests in the corpus: 21 open, 10 are LCP loans
    EXPECT_GE(protectedByLcp, 8);
    EXPECT_GE(refused, 5);
}

TEST(AudiobookCorpus, TocTimesOfFlatland)
{
    REQUIRE_CORPUS(dir);
    auto p = openPublication(dir + "/palace-manifests/flatland_toc.audiobook-manifest.json");
    ASSERT_TRUE(p) << p.error().describe();
    const auto& toc = (*p)->toc();
    ASSERT_GE(toc.size(), 2u);
    // "flatland_1_abbott.mp3#t=71" → the first track starts at 0: 71 s on the timeline.
    EXPECT_DOUBLE_EQ(toc[0].timeSeconds, 71);
    EXPECT_EQ(toc[1].level, 2);
    // Section 4 is "flatland_2_abbott.mp3#t=18": after track 1's 1371 s.
    bool found = false;
    for (const auto& n : toc)
        if (n.href.find("flatland_2_abbott.mp3#t=18") != std::string::npos) {
            EXPECT_DOUBLE_EQ(n.timeSeconds, 1371 + 18);
            found = true;
        }
    EXPECT_TRUE(found);
}

}  // namespace
