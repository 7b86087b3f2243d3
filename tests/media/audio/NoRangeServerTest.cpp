// A server that ignores Range (python3 -m http.server, many plain web servers) cannot serve an
// MP4 whose index (moov) sits after the audio: FFmpeg reads to the index at the end and cannot
// go back. That must be a clear error, not silence; the same book with its index first plays.
#include <gtest/gtest.h>

#include <Poco/StreamCopier.h>

#include <fstream>

#include "AudioFixtures.h"
#include "HttpsTestServer.h"
#include "tingdu/media/AudioPlayer.h"

using namespace tingdu::media;
using namespace tingdu::testing;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

// The whole file with 200 whatever the request asks, and no Accept-Ranges, like http.server.
void serveWholeIgnoringRange(HTTPServerResponse& response, const std::string& file)
{
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    response.setContentType("audio/mp4");
    response.setContentLength(static_cast<std::streamsize>(in.tellg()));
    in.seekg(0);
    Poco::StreamCopier::copyStream(in, response.send());
}

AudioSourceOptions quick()
{
    AudioSourceOptions o;
    o.openTimeoutSeconds = 5;
    return o;
}

Result<RenderResult> playFromServer(const std::string& file)
{
    HttpsTestServer server(
        [&](HTTPServerRequest&, HTTPServerResponse& rs) { serveWholeIgnoringRange(rs, file); },
        HttpsTestServer::Certificate::PlainHttp);
    auto timeline = makeAudioTimeline(server.url("/book.m4b"), quick());
    if (!timeline)
        return timeline.error();
    auto sink = makeNullSink();
    return renderAudio(*timeline, *sink, {});
}

}  // namespace

TEST(NoRangeServer, MoovAtTheEndIsAClearErrorNotSilence)
{
    TempDir dir;
    const std::string file = dir.file("book.m4b");
    ASSERT_TRUE(makeChaptered(file, {0, 60}, 120, "-c:a aac -b:a 64k"));  // ffmpeg's default: moov last
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.find("moov"), bytes.find("mdat")) << "the fixture's index is not at the end";
    const auto played = playFromServer(file);
    ASSERT_FALSE(played) << "played " << played->framesWritten << " frames from a file it cannot seek in";
    EXPECT_EQ(played.error().code, ErrorCode::Unsupported) << played.error().describe();
    EXPECT_NE(played.error().describe().find("cannot seek"), std::string::npos) << played.error().describe();
}

TEST(NoRangeServer, MoovFirstPlaysWhole)
{
    TempDir dir;
    const std::string file = dir.file("book.m4b");
    ASSERT_TRUE(makeChaptered(file, {0, 60}, 120, "-c:a aac -b:a 64k -movflags +faststart"));
    const auto played = playFromServer(file);
    ASSERT_TRUE(played) << played.error().describe();
    EXPECT_NEAR(static_cast<double>(played->framesWritten) / 44100, 120, 0.05);
}
