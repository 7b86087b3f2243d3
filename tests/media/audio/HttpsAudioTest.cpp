// Streaming over real HTTPS from a Poco server on loopback with the test CA: verification is
// on, failures are distinct errors, dropped connections resume at the same sample.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "AudioFixtures.h"
#include "HttpsTestServer.h"
#include "tingdu/media/AudioPlayer.h"

using namespace tingdu::media;
using namespace tingdu::testing;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;
using Certificate = HttpsTestServer::Certificate;

namespace {

// A 40 s mono WAV ramp (sample = t/40 full scale): every output sample says where it came from.
class RampFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        ffmpeg("-f lavfi -i \"aevalsrc=exprs='t/40':sample_rate=44100:duration=40\" -c:a pcm_s16le \"" +
               s_dir->file("ramp.wav") + "\"");
        makeTone(s_dir->file("tone.mp3"), 440, 6);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static std::string file(const std::string& name) { return s_dir->file(name); }

    static AudioSourceOptions trusted()
    {
        AudioSourceOptions o;
        o.caFile = HttpsTestServer::caFile();
        o.openTimeoutSeconds = 5;
        return o;
    }

    // Largest distance, in seconds, between where each output sample should be and where it is.
    static double rampError(const Pcm& pcm, double start)
    {
        double worst = 0;
        for (std::size_t f = 0; f < pcm.frames(); f += 37) {
            const double expected = start + static_cast<double>(f) / pcm.sampleRate;
            const double actual = pcm.samples[f * 2] / 32767.0 * 40;
            worst = std::max(worst, std::abs(actual - expected));
        }
        return worst;
    }

    static inline TempDir* s_dir = nullptr;
};

TEST_F(RampFixture, PlaysAndSeeksOverVerifiedHttps)
{
    HttpsTestServer server([](HTTPServerRequest& rq, HTTPServerResponse& rs) { serveFile(rq, rs, file("ramp.wav")); });
    auto timeline = makeAudioTimeline(server.url("/ramp.wav"), trusted());
    ASSERT_TRUE(timeline) << timeline.error().describe();
    EXPECT_NEAR(timeline->duration(), 40, 0.01);
    RenderOptions o;
    o.startSeconds = 23.25;
    o.durationSeconds = 2;
    auto sink = makeWavFileSink(file("seek.wav"));
    auto r = renderAudio(*timeline, *sink, o);
    ASSERT_TRUE(r) << r.error().describe();
    const Pcm pcm = readWav(file("seek.wav"));
    EXPECT_NEAR(pcm.seconds(), 2, 0.001);
    EXPECT_LT(rampError(pcm, 23.25), 0.050);
}

TEST_F(RampFixture, DroppedConnectionResumesAtTheSameSample)
{
    std::atomic<int> requests{0};
    HttpsTestServer server([&](HTTPServerRequest& rq, HTTPServerResponse& rs) {
        ServeOptions drop;
        if (requests++ == 1)  // the first media request after the probe: cut it after 1 MB
            drop.dropAfterBytes = 1 << 20;
        serveFile(rq, rs, file("ramp.wav"), drop);
    });
    auto timeline = makeAudioTimeline(server.url("/ramp.wav"), trusted());
    ASSERT_TRUE(timeline) << timeline.error().describe();
    auto sink = makeWavFileSink(file("dropped.wav"));
    auto r = renderAudio(*timeline, *sink, {});
    ASSERT_TRUE(r) << r.error().describe();
    const Pcm pcm = readWav(file("dropped.wav"));
    EXPECT_GE(requests.load(), 3) << "the connection was never dropped";
    EXPECT_NEAR(pcm.seconds(), 40, 0.01);
    EXPECT_LT(rampError(pcm, 0), 0.002) << "audio was lost or repeated around the drop";
}

TEST_F(RampFixture, RequestHeadersAreSent)
{
    HttpsTestServer server([](HTTPServerRequest& rq, HTTPServerResponse& rs) {
        if (rq.get("Authorization", "") != "Bearer s3cret")
            return serveText(rs, 401, "text/plain", "login first");
        serveFile(rq, rs, file("tone.mp3"));
    });
    auto refused = makeAudioTimeline(server.url("/tone.mp3"), trusted());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Unauthorized) << refused.error().describe();
    auto options = trusted();
    options.headers.push_back("Authorization: Bearer s3cret");
    auto timeline = makeAudioTimeline(server.url("/tone.mp3"), options);
    ASSERT_TRUE(timeline) << timeline.error().describe();
    auto sink = makeNullSink();
    auto r = renderAudio(*timeline, *sink, {});
    ASSERT_TRUE(r) << r.error().describe();
    EXPECT_NEAR(static_cast<double>(r->framesWritten) / 44100, 6, 0.05);
}

TEST_F(RampFixture, HttpStatusErrorsAreDistinct)
{
    HttpsTestServer server([](HTTPServerRequest& rq, HTTPServerResponse& rs) {
        if (rq.getURI() == "/forbidden")
            return serveText(rs, 403, "text/plain", "no");
        serveFile(rq, rs, file("nothing-here.mp3"));  // 404
    });
    auto missing = makeAudioTimeline(server.url("/missing.mp3"), trusted());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound) << missing.error().describe();
    auto forbidden = makeAudioTimeline(server.url("/forbidden"), trusted());
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, ErrorCode::Unauthorized) << forbidden.error().describe();
}

class BadCertificate : public RampFixture, public ::testing::WithParamInterface<Certificate> {};

TEST_P(BadCertificate, IsRefusedAsTls)
{
    HttpsTestServer server([](HTTPServerRequest& rq, HTTPServerResponse& rs) { serveFile(rq, rs, file("tone.mp3")); },
                           GetParam());
    auto timeline = makeAudioTimeline(server.url("/tone.mp3"), trusted());
    ASSERT_FALSE(timeline) << "a bad certificate was accepted";
    EXPECT_EQ(timeline.error().code, ErrorCode::Tls) << timeline.error().describe();
}

INSTANTIATE_TEST_SUITE_P(Certificates, BadCertificate,
                         ::testing::Values(Certificate::WrongHost, Certificate::Expired, Certificate::SelfSigned));

TEST_F(RampFixture, UnknownCaIsRefusedWithoutOurCaFile)
{
    HttpsTestServer server([](HTTPServerRequest& rq, HTTPServerResponse& rs) { serveFile(rq, rs, file("tone.mp3")); });
    AudioSourceOptions systemTrust;  // no caFile: the system store, which does not know the test CA
    auto timeline = makeAudioTimeline(server.url("/tone.mp3"), systemTrust);
    ASSERT_FALSE(timeline);
    EXPECT_EQ(timeline.error().code, ErrorCode::Tls) << timeline.error().describe();
}

TEST_F(RampFixture, StalledServerTimesOutAndCancelIsPrompt)
{
    std::atomic<bool> release{false};
    HttpsTestServer server([&](HTTPServerRequest&, HTTPServerResponse& rs) {
        for (int i = 0; i < 100 && !release; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        serveText(rs, 503, "text/plain", "late");
    });
    auto options = trusted();
    options.openTimeoutSeconds = 1;
    const auto t0 = std::chrono::steady_clock::now();
    auto timedOut = makeAudioTimeline(server.url("/slow.mp3"), options);
    const auto waited = std::chrono::steady_clock::now() - t0;
    ASSERT_FALSE(timedOut);
    EXPECT_EQ(timedOut.error().code, ErrorCode::Network) << timedOut.error().describe();
    EXPECT_LT(waited, std::chrono::seconds(4));

    std::atomic<bool> cancel{false};
    options.openTimeoutSeconds = 30;
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const auto t1 = std::chrono::steady_clock::now();
    auto cancelled = makeAudioTimeline(server.url("/slow.mp3"), options);
    const auto took = std::chrono::steady_clock::now() - t1;
    canceller.join();
    release = true;
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled) << cancelled.error().describe();
    EXPECT_LT(took, std::chrono::seconds(2));
}

TEST(HttpsAudio, UnresolvableHostIsANetworkError)
{
    AudioSourceOptions options;
    options.openTimeoutSeconds = 3;
    auto timeline = makeAudioTimeline("https://no-such-host.invalid/book.mp3", options);
    ASSERT_FALSE(timeline);
    EXPECT_EQ(timeline.error().code, ErrorCode::Network) << timeline.error().describe();
}

}  // namespace
