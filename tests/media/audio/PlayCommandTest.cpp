// tingdu-cli play / info as a user runs them: a subprocess writing a real WAV file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "AudioFixtures.h"
#include "HttpsTestServer.h"

using namespace tingdu::testing;

namespace {

const std::string kCli = TINGDU_CLI;

int exitCode(const std::string& args)
{
    const int status = std::system((kCli + " " + args + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(PlayCommand, WritesWhatTheListenerHearsAtDoubleSpeed)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 10));
    ASSERT_EQ(exitCode("play \"" + dir.file("tone.mp3") + "\" --out \"" + dir.file("out.wav") + "\" --speed 2"), 0);
    const Pcm pcm = readWav(dir.file("out.wav"));
    EXPECT_NEAR(pcm.seconds(), 5.0, 0.1);
    EXPECT_NEAR(zeroCrossingHz(pcm, 4410, pcm.frames() - 4410), 440, 8.8);
}

TEST(PlayCommand, ChapterAndStartAndDuration)
{
    TempDir dir;
    ASSERT_TRUE(makeChaptered(dir.file("book.m4b"), {0, 3, 7.5}, 10));
    ASSERT_EQ(exitCode("play \"" + dir.file("book.m4b") + "\" --out \"" + dir.file("c2.wav") + "\" --chapter 2"), 0);
    EXPECT_NEAR(readWav(dir.file("c2.wav")).seconds(), 4.5, 0.01);
    ASSERT_EQ(exitCode("play \"" + dir.file("book.m4b") + "\" --out \"" + dir.file("s.wav") +
                       "\" --start 1.5 --duration 2 --speed 0.5"),
              0);
    EXPECT_NEAR(readWav(dir.file("s.wav")).seconds(), 4.0, 0.05);

    const auto info = nlohmann::json::parse(capture(kCli + " info \"" + dir.file("book.m4b") + "\" --json"));
    ASSERT_EQ(info["chapters"].size(), 3u);
    EXPECT_NEAR(info["chapters"][1]["start"].get<double>(), 3.0, 0.001);
    EXPECT_NEAR(info["chapters"][1]["end"].get<double>(), 7.5, 0.001);
    EXPECT_NEAR(info["duration"].get<double>(), 10.0, 0.05);
}

TEST(PlayCommand, ErrorsAndUsage)
{
    TempDir dir;
    EXPECT_EQ(exitCode("play /nonexistent.mp3 --out \"" + dir.file("x.wav") + "\""), 1);
    EXPECT_EQ(exitCode("play a.mp3"), 2);                                   // no --out
    EXPECT_EQ(exitCode("play a.mp3 --out x.wav --speed 9"), 2);             // out of range
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 2));
    EXPECT_EQ(exitCode("play \"" + dir.file("tone.mp3") + "\" --out \"" + dir.file("x.wav") + "\" --chapter 5"), 1);
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.wav")));
}

TEST(PlayCommand, CorpusAudiobookFolder)
{
    const std::string corpus = corpusDir();
    if (corpus.empty())
        GTEST_SKIP() << "corpus not found (set TINGDU_CORPUS_DIR)";
    TempDir dir;
    const std::string book = corpus + "/audiobook/readium-audiotest/Test Audiobook";
    const auto info = nlohmann::json::parse(capture(kCli + " info \"" + book + "\" --json"));
    EXPECT_EQ(info["tracks"].get<int>(), 3);
    EXPECT_EQ(info["chapters"].size(), 3u);
    ASSERT_EQ(exitCode("play \"" + book + "\" --out \"" + dir.file("c3.wav") + "\" --chapter 3 --speed 1.5"), 0);
    const double chapter = info["chapters"][2]["end"].get<double>() - info["chapters"][2]["start"].get<double>();
    EXPECT_NEAR(readWav(dir.file("c3.wav")).seconds(), chapter / 1.5, 0.1);
}

}  // namespace

namespace {

// DAISY books come through the same path (openPublication): --chapter and --page pick places
// on their SMIL timeline.
TEST(PlayCommand, CorpusDaisyChapterAndPage)
{
    const std::string corpus = corpusDir();
    const std::string book = corpus + "/daisy/pipeline1/d202/great_painters";
    if (corpus.empty() || !std::filesystem::is_directory(book))
        GTEST_SKIP() << "DAISY corpus not found (set TINGDU_CORPUS_DIR)";
    const auto info = nlohmann::json::parse(capture(kCli + " info \"" + book + "\" --json"));
    if (info["chapters"].size() < 2 || info["pageList"].empty())
        GTEST_SKIP() << "the DAISY reader gives no timed chapters or pages in this build";
    TempDir dir;
    ASSERT_EQ(exitCode("play \"" + book + "\" --out \"" + dir.file("c2.wav") + "\" --chapter 2 --speed 2"), 0);
    const double chapter = info["chapters"][1]["end"].get<double>() - info["chapters"][1]["start"].get<double>();
    EXPECT_NEAR(readWav(dir.file("c2.wav")).seconds(), chapter / 2, 0.1);
    const std::string label = info["pageList"][0]["label"].get<std::string>();
    ASSERT_EQ(exitCode("play \"" + book + "\" --out \"" + dir.file("p.wav") + "\" --page " + label + " --duration 2"),
              0);
    EXPECT_NEAR(readWav(dir.file("p.wav")).seconds(), 2.0, 0.01);
    EXPECT_EQ(exitCode("play \"" + book + "\" --out \"" + dir.file("x.wav") + "\" --page no-such-page"), 1);
}

}  // namespace

namespace {

TEST(PlayCommand, HttpsUrlWithHeaderAndCaFile)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 3));
    const std::string file = dir.file("tone.mp3");
    HttpsTestServer server([&](Poco::Net::HTTPServerRequest& rq, Poco::Net::HTTPServerResponse& rs) {
        if (rq.get("Authorization", "") != "Bearer abc")
            return serveText(rs, 401, "text/plain", "login first");
        serveFile(rq, rs, file);
    });
    const std::string url = "\"" + server.url("/tone.mp3") + "\"";
    const std::string ca = " --ca-file \"" + HttpsTestServer::caFile() + "\"";
    ASSERT_EQ(exitCode("play " + url + " --out \"" + dir.file("u.wav") + "\" --header 'Authorization: Bearer abc'" + ca),
              0);
    EXPECT_NEAR(readWav(dir.file("u.wav")).seconds(), 3.0, 0.05);
    EXPECT_EQ(exitCode("play " + url + " --out \"" + dir.file("n.wav") + "\"" + ca), 1);  // 401
    // Without our CA the server's certificate is not trusted: refused, nothing written.
    EXPECT_EQ(exitCode("play " + url + " --out \"" + dir.file("t.wav") + "\" --header 'Authorization: Bearer abc'"), 1);
    EXPECT_FALSE(std::filesystem::exists(dir.file("t.wav")));
}

TEST(PlayCommand, RemoteManifestInfoAndChapter)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("one.mp3"), 440, 3));
    ASSERT_TRUE(makeTone(dir.file("two.mp3"), 880, 2));
    const std::string manifest = R"({"metadata": {"title": "Streamed", "@type": "http://schema.org/Audiobook"},
        "readingOrder": [{"href": "media/one.mp3", "type": "audio/mpeg", "duration": 3},
                         {"href": "media/two.mp3", "type": "audio/mpeg", "duration": 2}],
        "toc": [{"href": "media/one.mp3", "title": "First"}, {"href": "media/two.mp3#t=0.5", "title": "Second"}]})";
    HttpsTestServer server([&](Poco::Net::HTTPServerRequest& rq, Poco::Net::HTTPServerResponse& rs) {
        if (rq.get("Authorization", "") != "Bearer abc")
            return serveText(rs, 401, "text/plain", "login first");
        if (rq.getURI() == "/book/manifest.json")
            return serveText(rs, 200, "application/audiobook+json", manifest);
        if (rq.getURI().rfind("/book/media/", 0) == 0)
            return serveFile(rq, rs, dir.file(rq.getURI().substr(12)));
        serveText(rs, 404, "text/plain", "not found");
    });
    const std::string url = " \"" + server.url("/book/manifest.json") + "\"";
    const std::string options = " --header 'Authorization: Bearer abc' --ca-file \"" + HttpsTestServer::caFile() + "\"";
    const auto info = nlohmann::json::parse(capture(kCli + " info" + url + " --json" + options));
    EXPECT_EQ(info["title"], "Streamed");
    EXPECT_NEAR(info["duration"].get<double>(), 5, 0.01);
    ASSERT_EQ(info["toc"].size(), 2u);
    ASSERT_EQ(exitCode("play" + url + " --out \"" + dir.file("c2.wav") + "\" --chapter 2" + options), 0);
    const Pcm pcm = readWav(dir.file("c2.wav"));
    EXPECT_NEAR(pcm.seconds(), 1.5, 0.05);
    EXPECT_NEAR(zeroCrossingHz(pcm, pcm.frames() / 10, pcm.frames() * 9 / 10), 880, 880 * 0.02);
    EXPECT_EQ(exitCode("info \"" + server.url("/book/gone.json") + "\"" + options), 1);  // 404
    EXPECT_EQ(exitCode("info" + url + " --ca-file \"" + HttpsTestServer::caFile() + "\""), 1);  // 401
}

}  // namespace
