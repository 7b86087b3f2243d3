// Audiobook readers over real files made by the ffmpeg CLI: chapters as ffprobe sees them,
// folders in natural order, playlists, manifests, packages, and broken input.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "AudioFixtures.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;

namespace {

// ffprobe's own chapter list: what a reader must agree with.
std::vector<std::pair<double, double>> ffprobeChapters(const std::string& path)
{
    const auto json = nlohmann::json::parse(capture("ffprobe -v error -show_chapters -of json \"" + path + "\""));
    std::vector<std::pair<double, double>> list;
    for (const auto& c : json["chapters"])
        list.emplace_back(std::stod(c["start_time"].get<std::string>()), std::stod(c["end_time"].get<std::string>()));
    return list;
}

double ffprobeDuration(const std::string& path)
{
    return std::stod(capture("ffprobe -v error -show_entries format=duration -of csv=p=0 \"" + path + "\""));
}

void write(const std::string& path, const std::string& text)
{
    std::ofstream(path) << text;
}

class ChapteredFile : public ::testing::TestWithParam<const char*> {};

TEST_P(ChapteredFile, ChaptersMatchFfprobe)
{
    TempDir dir;
    const std::string path = dir.file(std::string("book.") + GetParam());
    ASSERT_TRUE(makeChaptered(path, {0, 3, 7.5}, 10));
    const auto expected = ffprobeChapters(path);
    ASSERT_EQ(expected.size(), 3u) << "ffmpeg wrote no chapters into " << path;

    auto publication = openPublication(path);
    ASSERT_TRUE(publication) << publication.error().describe();
    const auto& toc = (*publication)->toc();
    ASSERT_EQ(toc.size(), expected.size());
    for (std::size_t i = 0; i < toc.size(); ++i) {
        EXPECT_NEAR(toc[i].timeSeconds, expected[i].first, 0.001) << "chapter " << i;
        EXPECT_EQ(toc[i].title, "Chapter " + std::to_string(i + 1));
    }
    EXPECT_EQ((*publication)->format(), Format::AudioFile);
    EXPECT_NEAR((*publication)->metadata().durationSeconds, ffprobeDuration(path), 0.05);
    EXPECT_EQ((*publication)->metadata().title, "Chaptered Book");
    ASSERT_NE((*publication)->audio(), nullptr);
    EXPECT_EQ((*publication)->audio()->clips().size(), 1u);
}

// M4B chapter atoms, ID3v2 CHAP, Ogg (Opus) chapter comments, Matroska chapters.
INSTANTIATE_TEST_SUITE_P(Containers, ChapteredFile, ::testing::Values("m4b", "mp3", "opus", "mka"));

TEST(AudioFolder, TracksInNaturalOrderWithTheirDurations)
{
    TempDir dir;
    const auto book = dir.path() / "My Book";
    std::filesystem::create_directory(book);
    ASSERT_TRUE(makeTone((book / "track10.mp3").string(), 500, 1.0));
    ASSERT_TRUE(makeTone((book / "track2.mp3").string(), 400, 2.0));
    ASSERT_TRUE(makeTone((book / "track1.mp3").string(), 300, 3.0));
    write((book / ".hidden.mp3").string(), "not audio");
    write((book / "cover.txt").string(), "not audio");

    auto publication = openPublication(book.string());
    ASSERT_TRUE(publication) << publication.error().describe();
    const auto& order = (*publication)->readingOrder();
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(std::filesystem::path(order[0].href).filename(), "track1.mp3");
    EXPECT_EQ(std::filesystem::path(order[1].href).filename(), "track2.mp3");
    EXPECT_EQ(std::filesystem::path(order[2].href).filename(), "track10.mp3");
    EXPECT_NEAR(order[0].durationSeconds, ffprobeDuration(order[0].href), 0.05);
    EXPECT_NEAR((*publication)->metadata().durationSeconds, 6.0, 0.15);
    EXPECT_EQ((*publication)->metadata().title, "My Book");
    ASSERT_EQ((*publication)->toc().size(), 3u);  // one chapter per track
    EXPECT_NEAR((*publication)->toc()[2].timeSeconds, order[0].durationSeconds + order[1].durationSeconds, 1e-6);
}

TEST(Playlist, M3uWithRelativePathsAndExtinf)
{
    TempDir dir;
    std::filesystem::create_directory(dir.path() / "cd1");
    ASSERT_TRUE(makeTone(dir.file("cd1/a.ogg"), 300, 1.5, "-c:a libvorbis"));
    ASSERT_TRUE(makeTone(dir.file("b.flac"), 400, 2.5));
    write(dir.file("book.m3u8"), "#EXTM3U\n#EXTINF:2,First part\ncd1/a.ogg\n\n# a comment\nb.flac\r\n");
    auto publication = openPublication(dir.file("book.m3u8"));
    ASSERT_TRUE(publication) << publication.error().describe();
    const auto& order = (*publication)->readingOrder();
    ASSERT_EQ(order.size(), 2u);
    EXPECT_EQ(order[0].title, "First part");
    EXPECT_DOUBLE_EQ(order[0].durationSeconds, 2.0);  // as the playlist declares
    EXPECT_NEAR(order[1].durationSeconds, 2.5, 0.02);  // probed
    EXPECT_EQ((*publication)->format(), Format::Playlist);
}

TEST(Playlist, MissingTrackIsAWarningNotACrash)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("a.mp3"), 300, 1));
    write(dir.file("list.m3u"), "a.mp3\nmissing.mp3\n");
    auto publication = openPublication(dir.file("list.m3u"));
    ASSERT_TRUE(publication) << publication.error().describe();
    EXPECT_EQ((*publication)->readingOrder().size(), 2u);
    ASSERT_FALSE((*publication)->warnings().empty());
    EXPECT_NE((*publication)->warnings().front().find("track 2"), std::string::npos);
}

TEST(Manifest, ReadiumManifestWithTocFragmentsAndProbedDurations)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("one.mp3"), 300, 4));
    ASSERT_TRUE(makeTone(dir.file("two.mp3"), 400, 3));
    write(dir.file("manifest.json"), R"({
      "@context": "https://readium.org/webpub-manifest/context.jsonld",
      "metadata": {"@type": "http://schema.org/Audiobook", "title": {"en": "A Test"},
                   "author": [{"name": "Ann Author"}], "narrator": "Ned Narrator", "language": "en"},
      "readingOrder": [
        {"href": "one.mp3", "type": "audio/mpeg", "duration": 4, "title": "Part One"},
        {"href": "two.mp3", "type": "audio/mpeg"}],
      "toc": [{"href": "one.mp3#t=0", "title": "Start"},
              {"href": "one.mp3#t=2.5", "title": "Middle", "children": [{"href": "two.mp3#t=1", "title": "Deep"}]}]
    })");
    auto publication = openPublication(dir.file("manifest.json"));
    ASSERT_TRUE(publication) << publication.error().describe();
    const auto& p = **publication;
    EXPECT_EQ(p.metadata().title, "A Test");
    ASSERT_EQ(p.metadata().authors.size(), 1u);
    EXPECT_EQ(p.metadata().authors[0].name, "Ann Author");
    ASSERT_EQ(p.metadata().narrators.size(), 1u);
    ASSERT_EQ(p.readingOrder().size(), 2u);
    EXPECT_NEAR(p.readingOrder()[1].durationSeconds, ffprobeDuration(dir.file("two.mp3")), 0.05);
    EXPECT_NEAR(p.metadata().durationSeconds, 4 + p.readingOrder()[1].durationSeconds, 1e-6);
    ASSERT_EQ(p.toc().size(), 3u);
    EXPECT_DOUBLE_EQ(p.toc()[1].timeSeconds, 2.5);
    EXPECT_EQ(p.toc()[2].level, 2);
    EXPECT_DOUBLE_EQ(p.toc()[2].timeSeconds, 5.0);  // 4 s of track one, then 1 s in
}

TEST(Manifest, BrokenManifestsGiveClearErrors)
{
    TempDir dir;
    write(dir.file("bad.json"), R"({"readingOrder": [ {"href": "a.mp3", )");
    auto bad = openPublication(dir.file("bad.json"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Corrupt);
    EXPECT_NE(bad.error().message.find("not valid JSON"), std::string::npos);

    write(dir.file("empty.json"), R"({"metadata": {"title": "x"}, "readingOrder": []})");
    auto empty = openPublication(dir.file("empty.json"));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Empty);

    write(dir.file("notlist.json"), R"({"readingOrder": {"href": "a.mp3"}})");
    auto notList = openPublication(dir.file("notlist.json"));
    ASSERT_FALSE(notList);
    EXPECT_EQ(notList.error().code, ErrorCode::Corrupt);
    EXPECT_NE(notList.error().message.find("not a list"), std::string::npos);
}

TEST(Manifest, RemoteHrefsResolveAgainstTheSelfLink)
{
    TempDir dir;
    write(dir.file("remote.json"), R"({
      "links": [{"rel": "self", "href": "https://books.example.org/b/7/manifest.json"}],
      "metadata": {"title": "Remote", "duration": 30},
      "readingOrder": [{"href": "t1.mp3", "duration": 10}, {"href": "/abs/t2.mp3", "duration": 20}]})");
    auto publication = openPublication(dir.file("remote.json"));
    ASSERT_TRUE(publication) << publication.error().describe();
    const auto& order = (*publication)->readingOrder();
    ASSERT_EQ(order.size(), 2u);
    EXPECT_EQ(order[0].href, "https://books.example.org/b/7/t1.mp3");
    EXPECT_EQ(order[1].href, "https://books.example.org/abs/t2.mp3");
    EXPECT_DOUBLE_EQ((*publication)->metadata().durationSeconds, 30);
}

TEST(Manifest, W3cLpfPublicationJson)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("ch1.mp3"), 300, 2));
    write(dir.file("publication.json"), R"({
      "@context": ["https://schema.org", "https://www.w3.org/ns/pub-context"],
      "conformsTo": "https://www.w3.org/TR/audiobooks/", "name": "LPF Book", "author": "W. Author",
      "readBy": ["R. Reader"], "inLanguage": "fr", "duration": "PT2S",
      "readingOrder": [{"type": "LinkedResource", "url": "ch1.mp3", "encodingFormat": "audio/mpeg",
                        "name": "Chapitre 1", "duration": "PT2S"}]})");
    auto publication = openPublication(dir.path().string());
    ASSERT_TRUE(publication) << publication.error().describe();
    EXPECT_EQ((*publication)->metadata().title, "LPF Book");
    ASSERT_EQ((*publication)->readingOrder().size(), 1u);
    EXPECT_EQ((*publication)->readingOrder()[0].title, "Chapitre 1");
    EXPECT_DOUBLE_EQ((*publication)->metadata().durationSeconds, 2.0);
    ASSERT_FALSE((*publication)->metadata().languages.empty());
    EXPECT_EQ((*publication)->metadata().languages[0], "fr");
}

TEST(Package, ZippedManifestAndTracksAreExtractedPrivately)
{
    TempDir dir;
    std::filesystem::create_directory(dir.path() / "pkg");
    ASSERT_TRUE(makeTone(dir.file("pkg/01.mp3"), 300, 1.5));
    ASSERT_TRUE(makeTone(dir.file("pkg/02.mp3"), 400, 1.0));
    write(dir.file("pkg/manifest.json"),
          R"({"metadata": {"title": "Zipped"}, "readingOrder": [{"href": "01.mp3"}, {"href": "02.mp3"}]})");
    ASSERT_TRUE(run("cd \"" + dir.file("pkg") + "\" && zip -q -0 ../book.audiobook manifest.json 01.mp3 02.mp3"));
    std::string extracted;
    {
        auto publication = openPublication(dir.file("book.audiobook"));
        ASSERT_TRUE(publication) << publication.error().describe();
        EXPECT_EQ((*publication)->format(), Format::AudiobookPackage);
        EXPECT_EQ((*publication)->metadata().title, "Zipped");
        ASSERT_EQ((*publication)->readingOrder().size(), 2u);
        EXPECT_NEAR((*publication)->metadata().durationSeconds, 2.5, 0.1);
        extracted = (*publication)->audio()->clips().front().source;
        ASSERT_TRUE(std::filesystem::exists(extracted));
        const auto perms = std::filesystem::status(std::filesystem::path(extracted).parent_path()).permissions();
        EXPECT_EQ(perms & std::filesystem::perms::others_read, std::filesystem::perms::none);
    }
    EXPECT_FALSE(std::filesystem::exists(extracted)) << "the private copy outlived the publication";
}

TEST(BrokenAudio, TruncatedMp3StillOpensAndLyingExtensionsAreSniffed)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("full.mp3"), 440, 10, "-b:a 64k"));
    std::filesystem::copy_file(dir.file("full.mp3"), dir.file("cut.mp3"));
    std::filesystem::resize_file(dir.file("cut.mp3"), 40000);
    auto cut = openPublication(dir.file("cut.mp3"));
    ASSERT_TRUE(cut) << cut.error().describe();
    auto timeline = makeAudioTimeline(**cut);
    ASSERT_TRUE(timeline);
    auto sink = makeWavFileSink(dir.file("cut.wav"));
    auto played = renderAudio(*timeline, *sink, {});
    ASSERT_TRUE(played) << played.error().describe();  // what is there plays; the rest is missing
    EXPECT_NEAR(readWav(dir.file("cut.wav")).seconds(), 40000.0 * 8 / 64000, 0.3);

    // A WAV named .mp3 is opened by its content.
    ASSERT_TRUE(makeTone(dir.file("really-wav.wav"), 440, 1));
    std::filesystem::rename(dir.file("really-wav.wav"), dir.file("lying.mp3"));
    auto lying = openPublication(dir.file("lying.mp3"));
    ASSERT_TRUE(lying) << lying.error().describe();
    EXPECT_NEAR((*lying)->metadata().durationSeconds, 1.0, 0.01);

    write(dir.file("text.mp3"), "this is not audio at all, just text pretending");
    auto text = openPublication(dir.file("text.mp3"));
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, ErrorCode::Corrupt);
}

TEST(BrokenAudio, M4aCutBeforeItsIndexIsCorrupt)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("full.m4a"), 440, 5));  // moov at the end: cutting loses it
    std::filesystem::copy_file(dir.file("full.m4a"), dir.file("cut.m4a"));
    std::filesystem::resize_file(dir.file("cut.m4a"), 20000);
    auto cut = openPublication(dir.file("cut.m4a"));
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, ErrorCode::Corrupt) << cut.error().describe();
}

TEST(BrokenAudio, FileWithoutAudioIsUnsupported)
{
    TempDir dir;
    ASSERT_TRUE(ffmpeg("-f lavfi -i testsrc=size=64x64:rate=5 -t 1 -c:v mpeg4 -f mp4 \"" + dir.file("video.m4a") + "\""));
    auto p = openPublication(dir.file("video.m4a"));
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::Unsupported) << p.error().describe();
    EXPECT_NE(p.error().message.find("no audio"), std::string::npos);
}

}  // namespace
