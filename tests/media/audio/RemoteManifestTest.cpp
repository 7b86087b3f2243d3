// Audiobooks whose manifest or playlist lives on a server: fetched over real HTTPS (test CA)
// with the streams' own verification and headers, relative track URLs resolved against the
// manifest's URL, then played from the server.
#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <set>

#include "AudioFixtures.h"
#include "HttpsTestServer.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

// Two tracks of different pitch (440 Hz for 4 s, 880 Hz for 3 s) under /books/a/tracks/.
class RemoteBook : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        makeTone(s_dir->file("one.mp3"), 440, 4);
        makeTone(s_dir->file("two.mp3"), 880, 3);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static AudioSourceOptions trusted()
    {
        AudioSourceOptions o;
        o.caFile = HttpsTestServer::caFile();
        o.openTimeoutSeconds = 5;
        o.headers.push_back("Authorization: Bearer k3y");
        return o;
    }
    // Serves `documents` by path (with their types) and the two tracks; 401 without the key.
    struct Document {
        std::string type;
        std::string body;
    };
    HttpsTestServer::Handler handler(std::map<std::string, Document> documents)
    {
        return [this, documents](HTTPServerRequest& rq, HTTPServerResponse& rs) {
            {
                std::lock_guard lock(m_mutex);
                m_paths.insert(rq.getURI());
            }
            if (rq.get("Authorization", "") != "Bearer k3y")
                return serveText(rs, 401, "text/plain", "login first");
            const std::string path = rq.getURI().substr(0, rq.getURI().find('?'));
            if (auto it = documents.find(path); it != documents.end())
                return serveText(rs, 200, it->second.type, it->second.body);
            if (path == "/books/a/tracks/one.mp3" || path == "/books/a/tracks/two.mp3") {
                ServeOptions mp3;
                mp3.contentType = "audio/mpeg";
                return serveFile(rq, rs, s_dir->file(path.substr(path.rfind('/') + 1)), mp3);
            }
            serveText(rs, 404, "text/plain", "not found");
        };
    }
    bool requested(const std::string& uri)
    {
        std::lock_guard lock(m_mutex);
        return m_paths.count(uri) > 0;
    }
    // Renders `seconds` from `start` and returns the pitch heard.
    static double pitchAt(const Publication& book, double start, double seconds)
    {
        auto timeline = makeAudioTimeline(book, trusted());
        EXPECT_TRUE(timeline) << timeline.error().describe();
        if (!timeline)
            return 0;
        RenderOptions o;
        o.startSeconds = start;
        o.durationSeconds = seconds;
        const std::string out = s_dir->file("heard.wav");
        auto sink = makeWavFileSink(out);
        auto r = renderAudio(*timeline, *sink, o);
        EXPECT_TRUE(r) << r.error().describe();
        const Pcm pcm = readWav(out);
        EXPECT_NEAR(pcm.seconds(), seconds, 0.02);
        return zeroCrossingHz(pcm, pcm.frames() / 10, pcm.frames() * 9 / 10);
    }

    static inline TempDir* s_dir = nullptr;
    std::mutex m_mutex;
    std::set<std::string> m_paths;
};

constexpr const char* kManifest = R"({
  "@context": "https://readium.org/webpub-manifest/context.jsonld",
  "metadata": {"@type": "http://schema.org/Audiobook", "title": "Remote Book", "duration": 7},
  "readingOrder": [
    {"href": "tracks/one.mp3", "type": "audio/mpeg", "duration": 4, "title": "One"},
    {"href": "./sub/../tracks/two.mp3?v=2", "type": "audio/mpeg", "title": "Two"}
  ],
  "toc": [{"href": "tracks/one.mp3#t=0", "title": "Start"}, {"href": "tracks/one.mp3#t=2", "title": "Middle"},
          {"href": "./sub/../tracks/two.mp3?v=2#t=1", "title": "Late"}]
})";

TEST_F(RemoteBook, ReadiumManifestOpensWithTracksDurationAndPlays)
{
    HttpsTestServer server(handler({{"/books/a/manifest.json", {"application/audiobook+json", kManifest}}}));
    auto opened = openPublication(server.url("/books/a/manifest.json?session=9"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    const Publication& book = **opened;
    EXPECT_EQ(book.format(), Format::AudiobookManifest);
    EXPECT_EQ(book.metadata().title, "Remote Book");
    ASSERT_EQ(book.readingOrder().size(), 2u);
    EXPECT_EQ(book.readingOrder()[0].href, server.url("/books/a/tracks/one.mp3"));
    EXPECT_EQ(book.readingOrder()[1].href, server.url("/books/a/tracks/two.mp3?v=2"));
    // The second track gave no duration: it was probed over HTTPS with our headers.
    EXPECT_NEAR(book.readingOrder()[1].durationSeconds, 3, 0.1);
    EXPECT_NEAR(book.metadata().durationSeconds, 7, 0.1);
    ASSERT_EQ(book.toc().size(), 3u);
    EXPECT_NEAR(book.toc()[1].timeSeconds, 2, 1e-6);
    EXPECT_NEAR(book.toc()[2].timeSeconds, 5, 0.1);

    EXPECT_NEAR(pitchAt(book, 1.0, 1.5), 440, 440 * 0.02);
    EXPECT_NEAR(pitchAt(book, 5.0, 1.5), 880, 880 * 0.02);
    EXPECT_TRUE(requested("/books/a/tracks/two.mp3?v=2"));
}

TEST_F(RemoteBook, M3uPlaylistOpensAndPlays)
{
    const std::string playlist = "#EXTM3U\n#EXTINF:4,One\ntracks/one.mp3\n#EXTINF:3,Two\n/books/a/tracks/two.mp3\n";
    HttpsTestServer server(handler({{"/books/a/list", {"audio/x-mpegurl", playlist}}}));
    auto opened = openPublication(server.url("/books/a/list"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    EXPECT_EQ((*opened)->format(), Format::Playlist);
    ASSERT_EQ((*opened)->readingOrder().size(), 2u);
    EXPECT_EQ((*opened)->readingOrder()[0].title, "One");
    EXPECT_NEAR((*opened)->metadata().durationSeconds, 7, 0.01);
    EXPECT_NEAR(pitchAt(**opened, 4.5, 1.0), 880, 880 * 0.02);
}

TEST_F(RemoteBook, RemotePlaylistCannotReachLocalFiles)
{
    // A server must not make the player open files on this computer.
    const std::string playlist = "#EXTM3U\nfile://" + s_dir->file("one.mp3") + "\n" + s_dir->file("two.mp3") + "\n";
    HttpsTestServer server(handler({{"/evil.m3u", {"text/plain", playlist}}}));
    auto opened = openPublication(server.url("/evil.m3u"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    const auto& clips = (*opened)->audio()->clips();
    ASSERT_EQ(clips.size(), 2u);
    EXPECT_TRUE(clips[0].source.empty()) << clips[0].source;
    // An absolute path names a file on the same server, as in a web page.
    EXPECT_EQ(clips[1].source, server.url(s_dir->file("two.mp3")));
    auto timeline = makeAudioTimeline(**opened, trusted());
    ASSERT_FALSE(timeline);
    EXPECT_EQ(timeline.error().code, ErrorCode::Unsupported) << timeline.error().describe();
}

TEST_F(RemoteBook, FailuresAreDistinct)
{
    HttpsTestServer server(handler({{"/page.html", {"text/html", "<html><body>Hello</body></html>"}},
                                    {"/huge.json", {"application/json", "{" + std::string(17u << 20, ' ')}},
                                    {"/broken.json", {"application/audiobook+json", "{\"readingOrder\": 5}"}}}));
    const auto code = [&](const std::string& path, AudioSourceOptions options) {
        auto r = openPublication(server.url(path), options);
        EXPECT_FALSE(r) << path << " opened";
        return r ? ErrorCode::Internal : r.error().code;
    };
    EXPECT_EQ(code("/missing.json", trusted()), ErrorCode::NotFound);
    auto noKey = trusted();
    noKey.headers.clear();
    EXPECT_EQ(code("/books/a/manifest.json", noKey), ErrorCode::Unauthorized);
    EXPECT_EQ(code("/page.html", trusted()), ErrorCode::Unsupported);
    EXPECT_EQ(code("/huge.json", trusted()), ErrorCode::TooLarge);
    EXPECT_EQ(code("/broken.json", trusted()), ErrorCode::Corrupt);
    auto systemTrust = trusted();
    systemTrust.caFile.clear();  // the system store does not know the test CA
    EXPECT_EQ(code("/books/a/manifest.json", systemTrust), ErrorCode::Tls);
}

TEST_F(RemoteBook, BadCertificateIsATlsError)
{
    HttpsTestServer server(handler({{"/books/a/manifest.json", {"application/audiobook+json", kManifest}}}),
                           HttpsTestServer::Certificate::SelfSigned);
    auto opened = openPublication(server.url("/books/a/manifest.json"), trusted());
    ASSERT_FALSE(opened) << "a self-signed certificate was accepted";
    EXPECT_EQ(opened.error().code, ErrorCode::Tls) << opened.error().describe();
}

TEST_F(RemoteBook, AudioUrlOpensAsOneTrack)
{
    HttpsTestServer server(handler({}));
    auto opened = openPublication(server.url("/books/a/tracks/one.mp3"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    EXPECT_EQ((*opened)->format(), Format::AudioFile);
    EXPECT_NEAR((*opened)->metadata().durationSeconds, 4, 0.1);
}

TEST_F(RemoteBook, StreamedM4bPlaysFromASeek)
{
    // Remote MP4s go through FFmpeg's own demuxer (the compact table is for local files).
    const std::string m4b = s_dir->file("book.m4b");
    ASSERT_TRUE(makeChaptered(m4b, {0, 2, 4}, 6));
    HttpsTestServer server([&](HTTPServerRequest& rq, HTTPServerResponse& rs) { serveFile(rq, rs, m4b); });
    auto opened = openPublication(server.url("/book.m4b"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    EXPECT_EQ((*opened)->toc().size(), 3u);
    auto timeline = makeAudioTimeline(**opened, trusted());
    ASSERT_TRUE(timeline) << timeline.error().describe();
    RenderOptions o;
    o.startSeconds = 2.5;
    o.durationSeconds = 1;
    auto sink = makeNullSink();
    auto r = renderAudio(*timeline, *sink, o);
    ASSERT_TRUE(r) << r.error().describe();
    EXPECT_NEAR(static_cast<double>(r->framesWritten) / 44100, 1, 0.01);
}

TEST_F(RemoteBook, RedirectedManifestResolvesAgainstWhereItLanded)
{
    // Libraries hand out one address and redirect to where the book lives.
    HttpsTestServer book(handler({{"/books/a/manifest.json", {"application/audiobook+json", kManifest}}}));
    HttpsTestServer library([&](HTTPServerRequest&, HTTPServerResponse& rs) {
        rs.redirect(book.url("/books/a/manifest.json"));
    });
    auto opened = openPublication(library.url("/loan/42"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    ASSERT_EQ((*opened)->readingOrder().size(), 2u);
    EXPECT_EQ((*opened)->readingOrder()[0].href, book.url("/books/a/tracks/one.mp3"));

    // Never from https down to plain http: the manifest would arrive unprotected.
    HttpsTestServer plain(handler({{"/books/a/manifest.json", {"application/audiobook+json", kManifest}}}),
                          HttpsTestServer::Certificate::PlainHttp);
    HttpsTestServer downgrading([&](HTTPServerRequest&, HTTPServerResponse& rs) {
        rs.redirect(plain.url("/books/a/manifest.json"));
    });
    auto refused = openPublication(downgrading.url("/loan/42"), trusted());
    ASSERT_FALSE(refused) << "followed a redirect from https to http";
    EXPECT_EQ(refused.error().code, ErrorCode::Tls) << refused.error().describe();
}

TEST_F(RemoteBook, W3cManifestWithHtmlTocFromTheServer)
{
    const std::string publication = R"({"type": "Audiobook", "name": "W3C Remote",
        "readingOrder": [{"url": "tracks/one.mp3", "duration": "PT4S"}, {"url": "tracks/two.mp3", "duration": "PT3S"}],
        "resources": [{"url": "nav/toc.html", "rel": ["contents"], "encodingFormat": "text/html"}]})";
    const std::string toc = R"(<html><body><nav role="doc-toc"><ol>
        <li><a href="../tracks/one.mp3">Opening</a></li><li><a href="../tracks/two.mp3#t=2">Ending</a></li>
        </ol></nav></body></html>)";
    HttpsTestServer server(handler({{"/books/a/publication.json", {"application/ld+json", publication}},
                                    {"/books/a/nav/toc.html", {"text/html", toc}}}));
    auto opened = openPublication(server.url("/books/a/publication.json"), trusted());
    ASSERT_TRUE(opened) << opened.error().describe();
    const auto& entries = (*opened)->toc();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[1].title, "Ending");
    EXPECT_NEAR(entries[1].timeSeconds, 6, 1e-6);
}

}  // namespace
